"""Django's PostgreSQL backend, with two additions for the hot paths.

A connection health check that costs no round trip. With `CONN_HEALTH_CHECKS`, Django checks a
persistent connection before each request uses it, with a `SELECT 1`: one round trip more on
every request. Here the check first asks the socket: an idle connection in autocommit receives
nothing from the server unless the server is closing it (a restart, `pg_terminate_backend`, an
idle timeout: the server sends its reason and hangs up). Nothing waiting: the connection is used
as it is. Something waiting: Django's own check runs and decides, so a connection is never given
up on a guess. What neither check sees is a network that drops packets silently: a query then
waits for TCP's timeouts in both cases.

`bound_cursor()`, for the statements of `ledger/sql/`: a cursor whose parameters travel apart
from the statement (server-side binding, as OPTIONS `server_side_binding` would give every
cursor). psycopg then sends the values as they are instead of quoting each into the SQL text in
Python, and prepares a statement it has run `prepare_threshold` times on the connection
(settings.py), so PostgreSQL stops parsing and planning it on every request.
"""

import select

from django.db.backends.postgresql import base
from django.db.backends.postgresql.psycopg_any import register_tzloader
from psycopg.pq import Format


class DatabaseWrapper(base.DatabaseWrapper):
    _server_binding = False

    def is_usable(self) -> bool:
        if self.connection is None or self.connection.closed:
            return False
        try:
            waiting, _, _ = select.select([self.connection.fileno()], [], [], 0)
        except (OSError, ValueError):  # the socket is gone
            return False
        return not waiting or super().is_usable()

    def bound_cursor(self):
        """A cursor with server-side binding, got as `cursor()` gets one: after the health check,
        inside Django's wrapper (its error translation and `execute_wrapper`s). While Django logs
        queries (DEBUG, CaptureQueriesContext) a plain cursor instead, so that the log shows each
        statement with its values (the bench turns them into pgbench scripts)."""
        self._server_binding = True
        try:
            return self.cursor()
        finally:
            self._server_binding = False

    def create_cursor(self, name=None):
        if not self._server_binding or name is not None or self.queries_logged:
            return super().create_cursor(name)
        cursor = base.ServerBindingCursor(self.connection)
        loader = self.connection.adapters.get_loader(base.TIMESTAMPTZ_OID, Format.TEXT)
        if self.timezone != loader.timezone:  # as Django's own create_cursor does
            register_tzloader(self.timezone, cursor)
        return cursor
