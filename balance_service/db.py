"""Running a unit of work as one database transaction, retried when PostgreSQL asks for it."""

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from django.db import OperationalError, connection, transaction

logger = logging.getLogger(__name__)
T = TypeVar("T")

# deadlock_detected, serialization_failure: the transaction did nothing and may simply run again.
RETRYABLE_SQLSTATES = {"40P01", "40001"}
ATTEMPTS = 3


def _retryable(exc: OperationalError) -> bool:
    return getattr(exc.__cause__, "sqlstate", None) in RETRYABLE_SQLSTATES


def in_transaction(work: Callable[[], T]) -> T:
    """Run `work` in the outermost transaction (durable), retrying a deadlock or serialization
    failure a few times: each attempt starts from scratch, so nothing is applied twice."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with transaction.atomic(durable=True):
                return work()
        except OperationalError as exc:
            if attempt == ATTEMPTS or not _retryable(exc):
                raise
            logger.warning("retrying after %s (attempt %d)", exc.__cause__.sqlstate, attempt)
            time.sleep(0.005 * attempt)
    raise AssertionError("unreachable")


def is_postgres() -> bool:
    return connection.vendor == "postgresql"
