"""The health check of a persistent connection (balance_service/postgresql): a connection the
server closed is replaced before a request uses it, and a sound one costs no round trip."""

import select
import time

import psycopg
import pytest
from django.db import connection

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _backend_pid() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def _from_outside(sql: str, params: list) -> list[tuple]:
    """Run `sql` on a connection of its own (not Django's)."""
    with psycopg.connect(**connection.get_connection_params(), autocommit=True) as outside:
        return outside.execute(sql, params).fetchall()


def _next_request_checks_the_connection() -> None:
    connection.close_if_unusable_or_obsolete()  # what Django does as each request starts
    assert connection.health_check_enabled
    assert not connection.health_check_done


def test_a_connection_the_server_closed_is_replaced_before_it_is_used():
    pid = _backend_pid()
    _next_request_checks_the_connection()
    assert _from_outside("SELECT pg_terminate_backend(%s)", [pid]) == [(True,)]
    deadline = time.monotonic() + 5
    while not select.select([connection.connection.fileno()], [], [], 0.1)[0]:
        assert time.monotonic() < deadline, "the server never closed the connection"
    assert _backend_pid() != pid  # no error: a new connection answered


def test_a_sound_connection_is_used_without_a_query_first():
    pid = _backend_pid()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 'the last statement'")
    _next_request_checks_the_connection()
    connection.close_if_health_check_failed()  # what the request's first query does first
    assert connection.health_check_done
    [(last,)] = _from_outside("SELECT query FROM pg_stat_activity WHERE pid = %s", [pid])
    assert last == "SELECT 'the last statement'"
    assert _backend_pid() == pid
