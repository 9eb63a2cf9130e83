"""Sending queued webhook deliveries: signed (Standard Webhooks), at least once, retried with
growing delays (settings.WEBHOOK_RETRY_DELAYS), then marked failed.

- Each endpoint is worked in a thread of its own, so a slow or dead endpoint holds up no other.
- A delivery is claimed in a short transaction (`FOR UPDATE SKIP LOCKED`: two workers never claim
  the same one) that sets its `next_attempt_at` a lease ahead; the HTTP request runs outside any
  database transaction; its outcome is recorded in another short one. A worker killed mid-request
  leaves the claim to lapse, and the delivery is tried again.
- Only http/https; redirects are not followed (a 3xx is a failure); the answer's body is kept as a
  short excerpt only. An endpoint that does not answer, or answers 429 or a 5xx, is left alone for
  the rest of the round; after another failure (a 4xx, a redirect) its next due delivery is sent.
"""

import http.client
import json
import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Coalesce
from django.utils import timezone
from standardwebhooks import Webhook

from events.feed import event_render
from events.models import WEBHOOK_SCHEMES, Delivery, WebhookEndpoint

logger = logging.getLogger(__name__)

EXCERPT_CHARS = 500
PER_ENDPOINT = 200  # deliveries one endpoint gets per round at most,
ROUND_SECONDS = 5  # and no new one after this long (a round ends sooner when none is due)
USER_AGENT = "balance-service-webhooks/1.1"


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    error: str = ""
    excerpt: str = ""

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def signed_request(*, secret: str, message_id: str, body: str, at: datetime) -> dict[str, str]:
    """The headers of a delivery, signed as the Standard Webhooks specification says."""
    return {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "webhook-id": message_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": Webhook(secret).sign(message_id, at, body),
    }


def http_post(url: str, body: str, headers: dict[str, str], *, timeout: float) -> Outcome:
    """POST once. No redirect is followed; a refused connection, a timeout or a broken answer is
    an Outcome with no status code."""
    parts = urlsplit(url)
    if parts.scheme not in WEBHOOK_SCHEMES:
        return Outcome(None, f"Refused to send to a {parts.scheme!r} URL.")
    deadline = time.monotonic() + timeout
    connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = connection_class(parts.hostname, parts.port, timeout=timeout)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        conn.request("POST", target, body=body.encode(), headers=headers)
        conn.sock.settimeout(max(0.01, deadline - time.monotonic()))
        response = conn.getresponse()
        excerpt = response.read(EXCERPT_CHARS).decode("utf-8", "replace")
    except (OSError, http.client.HTTPException) as exc:
        return Outcome(None, f"{type(exc).__name__}: {exc}"[:500])
    finally:
        conn.close()
    outcome = Outcome(response.status, excerpt=excerpt)
    return outcome if outcome.ok else Outcome(response.status, f"HTTP {response.status}", excerpt)


def _claim_next(endpoint_id: int) -> Delivery | None:
    """Claim the endpoint's next due delivery: one more attempt, due again when the lease ends."""
    now = timezone.now()
    with transaction.atomic():
        # One table, in the index's order: the first due row not locked by another worker, read
        # alone (joining the event here would let the planner join every due row before the limit).
        pk = (
            Delivery.objects.select_for_update(skip_locked=True)
            .filter(endpoint_id=endpoint_id, status=Delivery.Status.PENDING, next_attempt_at__lte=now)
            .order_by("next_attempt_at", "id")
            .values_list("pk", flat=True)
            .first()
        )
        if pk is None:
            return None
        Delivery.objects.filter(pk=pk).update(
            attempts=F("attempts") + 1,
            next_attempt_at=now + settings.WEBHOOK_LEASE,
            first_attempt_at=Coalesce("first_attempt_at", now),
            last_attempt_at=now,
        )
        return Delivery.objects.select_related("event", "endpoint").get(pk=pk)


def _record(delivery: Delivery, outcome: Outcome) -> None:
    """Store the outcome of attempt `delivery.attempts`. A 2xx ends the delivery whoever claimed
    it since; a failure counts only if no other worker has tried since (the claim lapsed)."""
    pending = Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.PENDING)
    fields = {"last_status_code": outcome.status_code, "last_error": outcome.error, "response_excerpt": outcome.excerpt}
    if outcome.ok:
        pending.update(status=Delivery.Status.SUCCEEDED, **fields)
        return
    delays = settings.WEBHOOK_RETRY_DELAYS
    if delivery.attempts > len(delays):
        pending.filter(attempts=delivery.attempts).update(status=Delivery.Status.FAILED, **fields)
        return
    retry_at = timezone.now() + delays[delivery.attempts - 1]
    pending.filter(attempts=delivery.attempts).update(next_attempt_at=retry_at, **fields)


def delivery_attempt(delivery: Delivery) -> Outcome:
    """Send a claimed delivery once and record what happened."""
    event = delivery.event
    body = json.dumps(event_render(event), separators=(",", ":"))
    headers = signed_request(secret=delivery.endpoint.secret, message_id=str(event.id), body=body, at=datetime.now(UTC))
    outcome = http_post(delivery.endpoint.url, body, headers, timeout=settings.WEBHOOK_TIMEOUT.total_seconds())
    _record(delivery, outcome)
    return outcome


def _endpoint_in_trouble(outcome: Outcome) -> bool:
    """No answer (refused, dropped, timed out), 429 or a 5xx: the endpoint is down, overloaded or
    failing, so its round ends. Any other status fails that delivery only."""
    return outcome.status_code is None or outcome.status_code == 429 or outcome.status_code >= 500


def endpoint_deliver(endpoint_id: int, *, limit: int = PER_ENDPOINT, stop: threading.Event | None = None) -> int:
    """Send up to `limit` of an endpoint's due deliveries, one after the other, until `stop` is
    set. A failure ends the round when it says the endpoint is in trouble (`_endpoint_in_trouble`);
    the rest wait for their retry or the next round. Another failure (a 4xx, a redirect) fails that
    delivery only, and the next is sent. Returns the number attempted."""
    attempted, ends = 0, time.monotonic() + ROUND_SECONDS
    try:
        while attempted < limit and time.monotonic() < ends and not (stop and stop.is_set()):
            delivery = _claim_next(endpoint_id)
            if delivery is None:
                break
            attempted += 1
            if _endpoint_in_trouble(delivery_attempt(delivery)):
                break
    finally:
        connection.close()  # this thread's connection
    return attempted


class Deliverer:
    """Works the endpoints with due deliveries, each in a thread of its own. `run_due` hands the
    endpoints that are not already being worked to the threads and returns at once; a long-running
    worker calls it in a loop, so a slow endpoint never holds up the others."""

    def __init__(self, max_endpoints: int = 32):
        self._pool = ThreadPoolExecutor(max_workers=max_endpoints, thread_name_prefix="webhooks")
        self._busy: dict[int, Future] = {}
        self._stop = threading.Event()

    def run_due(self, *, limit: int = PER_ENDPOINT) -> int:
        """Start work on every endpoint with due deliveries not already being worked. Returns the
        number of endpoints started."""
        for endpoint_id, future in list(self._busy.items()):
            if future.done():
                del self._busy[endpoint_id]
                if future.exception() is not None:  # a database outage, say: its deliveries wait for their lease
                    logger.warning("webhooks: endpoint %d: %r", endpoint_id, future.exception())
        due_deliveries = Delivery.objects.filter(
            endpoint=OuterRef("pk"), status=Delivery.Status.PENDING, next_attempt_at__lte=timezone.now()
        )
        due = (  # an index probe per endpoint, however many deliveries wait
            WebhookEndpoint.objects.filter(Exists(due_deliveries), is_active=True)
            .exclude(pk__in=list(self._busy))
            .values_list("pk", flat=True)
        )
        started = 0
        for endpoint_id in due:
            self._busy[endpoint_id] = self._pool.submit(endpoint_deliver, endpoint_id, limit=limit, stop=self._stop)
            started += 1
        return started

    def wait(self) -> int:
        """Wait for the work started so far; returns the number of deliveries attempted."""
        attempted = sum(future.result() for future in self._busy.values())
        self._busy = {}
        return attempted

    def close(self) -> None:
        """Start no new delivery; wait for the requests in flight (each bounded by WEBHOOK_TIMEOUT)."""
        self._stop.set()
        self._pool.shutdown(wait=True, cancel_futures=True)


def deliveries_run_due(*, limit: int = PER_ENDPOINT) -> int:
    """One round: every endpoint with due deliveries gets up to `limit` attempts, in parallel.
    Returns the number of deliveries attempted."""
    deliverer = Deliverer()
    try:
        deliverer.run_due(limit=limit)
        return deliverer.wait()
    finally:
        deliverer.close()


def delivery_resend(deliveries) -> int:
    """Send these deliveries again from the start of the retry schedule (the admin's action)."""
    return deliveries.update(
        status=Delivery.Status.PENDING, attempts=0, first_attempt_at=None, next_attempt_at=timezone.now()
    )
