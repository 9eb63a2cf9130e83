"""Answering a POST that moves money: its retries after a deadlock, and its `Idempotency-Key`
(safe retries, see docs/api.md). Without a key the services open their own transaction (or
need none); with one, a durable transaction holds the movement and the request's record.

The record of a keyed request is written in the same database transaction as the movement, so a
movement and its record exist together or not at all. A transaction-scoped advisory lock on
(client, key) tells a concurrent duplicate that the first is still running (409); the unique
constraint on (client, key) is the backstop.
"""

import hashlib
import logging
import time
from collections.abc import Callable
from typing import TypeVar

from django.db import OperationalError, connection, transaction
from rest_framework.response import Response

from accounts.models import IdempotencyRecord
from balance_service.errors import DomainError, IdempotencyKeyInProgress, IdempotencyKeyReused, ValidationFailed
from balance_service.parsers import canonical_json

logger = logging.getLogger(__name__)
T = TypeVar("T")

HEADER = "Idempotency-Key"
_META_KEY = "HTTP_IDEMPOTENCY_KEY"  # read from META: `request.headers` would build the map of every header
REPLAYED_HEADER = "Idempotent-Replayed"

Outcome = tuple[int, dict]  # HTTP status and body

# deadlock_detected, serialization_failure: the transaction did nothing and may simply run again.
RETRYABLE_SQLSTATES = {"40P01", "40001"}
ATTEMPTS = 3


def retried(work: Callable[[], T]) -> T:
    """Run `work`, again after a deadlock or serialization failure (a few times): `work` opens
    its own transaction(s), so a failed attempt left nothing behind and nothing is applied twice."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return work()
        except OperationalError as exc:
            if attempt == ATTEMPTS or getattr(exc.__cause__, "sqlstate", None) not in RETRYABLE_SQLSTATES:
                raise
            logger.warning("retrying after %s (attempt %d)", exc.__cause__.sqlstate, attempt)
            time.sleep(0.005 * attempt)
    raise AssertionError("unreachable")


def in_transaction(work: Callable[[], T]) -> T:
    """Run `work` as the outermost (durable) transaction, `retried`."""

    def durable() -> T:
        with transaction.atomic(durable=True):
            return work()

    return retried(durable)


def _key_from(request) -> str | None:
    key = request.META.get(_META_KEY)
    if key is None:
        return None
    if not (1 <= len(key) <= 255) or not all(0x20 <= ord(ch) <= 0x7E for ch in key):
        raise ValidationFailed(
            f"{HEADER} must be 1 to 255 printable ASCII characters.",
            errors={HEADER: ["Must be 1 to 255 printable ASCII characters."]},
        )
    return key


def _fingerprint(request) -> str:
    body = canonical_json(request.data)  # "1.5" and 1.5 are different bodies
    return hashlib.sha256(f"{request.method} {request.path.rstrip('/')}\n{body}".encode()).hexdigest()


def _lock(client_id: int, key: str) -> bool:
    """Try the advisory lock for (client, key) until the transaction ends. SQLite's immediate
    transactions already serialise writers, so there it is always granted."""
    if connection.vendor != "postgresql":
        return True
    digest = hashlib.sha256(f"{client_id}\0{key}".encode()).digest()
    lock_id = int.from_bytes(digest[:8], "big", signed=True)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [lock_id])
        return cursor.fetchone()[0]


def respond_once(request, run: Callable[[], Outcome]) -> Response:
    """Run `run` (which moves money with one service call and renders the outcome), honouring
    the request's Idempotency-Key: with a key, in one durable transaction that also keeps the
    request's record. A DomainError raised by `run` is stored and replayed like a success when a
    key was given, so a retry never flips an outcome."""
    key = _key_from(request)
    if key is None:
        # No record to keep: the services open their own transaction, or need none (a movement
        # that one statement checks and writes, see `ledger.services.movement_post`). Inside a
        # transaction already (a test's), the request gets a savepoint of its own, so that a
        # refusal undoes its writes only.
        if connection.in_atomic_block:
            with transaction.atomic():
                status, body = run()
        else:
            status, body = retried(run)
        return Response(body, status=status)

    client = request.auth
    fingerprint = _fingerprint(request)

    def keyed() -> tuple[int, dict, bool]:
        if not _lock(client.pk, key):
            raise IdempotencyKeyInProgress(f"A request with {HEADER} {key!r} is still being processed; retry later.")
        record = IdempotencyRecord.objects.filter(client=client, key=key).first()
        if record is not None:
            if record.fingerprint != fingerprint:
                raise IdempotencyKeyReused(f"{HEADER} {key!r} was already used with a different request.")
            return record.status_code, record.response_body, True
        try:
            with transaction.atomic():  # a savepoint: a refusal undoes its writes, the record is kept
                status, body = run()
        except DomainError as exc:
            status, body = exc.status, exc.body()
        IdempotencyRecord.objects.create(
            client=client, key=key, fingerprint=fingerprint, status_code=status, response_body=body
        )
        return status, body, False

    status, body, replayed = in_transaction(keyed)
    return Response(body, status=status, headers={REPLAYED_HEADER: "true"} if replayed else None)
