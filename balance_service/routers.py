"""Reads from a streaming replica (DATABASE_REPLICA_URL): history pages, reports, the admin's
lists and exports. Balances and every write stay on the primary.

Code asks for the replica by reading inside `replica_reads()`; `ReplicaRouter` then sends the
read there when all of these hold, and to the primary otherwise:
- a replica is configured;
- the read is not of a balance (`PRIMARY_ONLY`: the accounts table);
- no transaction is open on the primary: a read inside a money movement sees the movement's own
  rows, and a read in any atomic block is part of something that must be consistent;
- the replica answers and its replay lag is at most REPLICA_MAX_LAG (env REPLICA_MAX_LAG_SECONDS). The verdict is kept
  REPLICA_CHECK_INTERVAL per process, so the check is one small query a second, not one per read.
A read that falls back is counted in `balance_replica_fallbacks_total` by reason.
"""

import contextlib
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

from balance_service import metrics

logger = logging.getLogger(__name__)

PRIMARY = DEFAULT_DB_ALIAS
REPLICA = "replica"
PRIMARY_ONLY = frozenset({"ledger.account"})  # balances are read where they are written

# The lag in seconds; 0 when nothing received is waiting to be replayed (an idle primary sends
# nothing, so the last replayed transaction may be old while the replica is fully caught up), and
# 0 on a server that is not a standby at all (a promoted replica, a test mirror).
LAG_SQL = """
SELECT CASE
    WHEN NOT pg_is_in_recovery() THEN interval '0'
    WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN interval '0'
    ELSE coalesce(now() - pg_last_xact_replay_timestamp(), interval '1000000000 seconds')
END
"""

_wanted: ContextVar[bool] = ContextVar("replica_reads", default=False)
_verdict: dict[str, object] = {"until": 0.0, "reason": None}


@contextmanager
def replica_reads() -> Iterator[None]:
    """Reads inside the block may go to the replica (as a decorator too: `@replica_reads()`).
    A queryset is routed when it is evaluated: build and evaluate it inside, or pin it with
    `.using(router.db_for_read(Model))` inside when it is consumed later (a streamed export)."""
    token = _wanted.set(True)
    try:
        yield
    finally:
        _wanted.reset(token)


def configured() -> bool:
    return REPLICA in settings.DATABASES


def forget_verdict() -> None:
    """Check the replica again at the next read (tests; after a change of configuration)."""
    _verdict["until"] = 0.0


def _check() -> str | None:
    """None when the replica may serve reads, else why not ("down" or "lag")."""
    now = time.monotonic()
    if now < _verdict["until"]:
        return _verdict["reason"]
    replica = connections[REPLICA]
    try:
        with replica.cursor() as cursor:
            cursor.execute(LAG_SQL)
            lag = cursor.fetchone()[0]  # a timedelta
        metrics.REPLICA_LAG.set(lag.total_seconds())
        reason = "lag" if lag > settings.REPLICA_MAX_LAG else None
    except Exception as exc:  # noqa: BLE001 - whatever the failure, the primary serves
        failure = type(exc).__name__
        with contextlib.suppress(Exception):  # a dead connection may fail to close too
            replica.close()
        reason = "down"
    if reason != _verdict["reason"]:  # log changes only, not every check
        if reason == "down":
            logger.warning("replica unavailable (%s): reading from the primary", failure)
        elif reason == "lag":
            logger.warning("replica lags over %s: reading from the primary", settings.REPLICA_MAX_LAG)
        else:
            logger.info("replica serving reads again")
    _verdict.update(until=now + settings.REPLICA_CHECK_INTERVAL.total_seconds(), reason=reason)
    return reason


def read_alias() -> str:
    """Where a read wanted on the replica goes now: REPLICA or PRIMARY (see the module's rules)."""
    if not configured() or connections[PRIMARY].in_atomic_block:
        return PRIMARY
    reason = _check()
    if reason is not None:
        metrics.REPLICA_FALLBACKS.labels(reason).inc()
        return PRIMARY
    return REPLICA


class ReplicaRouter:
    """settings.DATABASE_ROUTERS: reads inside `replica_reads()` per `read_alias`; everything
    else, and every write and migration, on the primary."""

    def db_for_read(self, model, **hints) -> str | None:
        if model._meta.label_lower in PRIMARY_ONLY:
            return PRIMARY  # even for a row's relation loaded from a replica-read row
        if not _wanted.get():
            return None  # Django's default: the database of the row in hand, else the primary
        return read_alias()

    def db_for_write(self, model, **hints) -> str | None:
        return None

    def allow_relation(self, obj1, obj2, **hints) -> bool:
        return True  # the replica is a copy of the primary: the same rows

    def allow_migrate(self, db, app_label, model_name=None, **hints) -> bool:
        return db == PRIMARY
