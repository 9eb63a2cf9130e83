"""Webhook endpoints: registering one, and queueing a delivery of each new event it subscribes to.

Deliveries are queued by following the feed (`events.feed.events_settled`), one endpoint at a time:
each endpoint keeps the id of the last event it has looked at (`events_after`), so no event is
queued twice or skipped, and the write path of the books pays nothing per endpoint.
"""

import base64
import secrets
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from events.feed import events_settled
from events.models import Delivery, WebhookEndpoint
from ledger.models import Event
from ledger.outbox import EVENT_TYPES

SECRET_PREFIX = "whsec_"  # noqa: S105 - the format's prefix, not a secret


def secret_new() -> str:
    """A Standard Webhooks signing secret: "whsec_" and 32 random bytes in base64."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def event_types_check(event_types: Iterable[str]) -> list[str]:
    types = list(dict.fromkeys(event_types))
    unknown = [t for t in types if t not in EVENT_TYPES]
    if unknown:
        raise ValidationError(f"Unknown event type {', '.join(unknown)}; known: {', '.join(EVENT_TYPES)}.")
    return types


def endpoint_prepare(endpoint: WebhookEndpoint) -> None:
    """Give a new endpoint its secret and start it at the events committed so far: it receives
    the events that come after it."""
    endpoint.secret = secret_new()
    endpoint.events_after = Event.objects.aggregate(last=Max("id"))["last"] or 0


def webhook_endpoint_create(*, url: str, event_types: Iterable[str] = ()) -> WebhookEndpoint:
    """Register an endpoint (validated: http/https URL, known event types). Raises ValidationError."""
    endpoint = WebhookEndpoint(url=url, event_types=event_types_check(event_types))
    endpoint.full_clean(exclude=["secret"])
    endpoint_prepare(endpoint)
    endpoint.save()
    return endpoint


def deliveries_queue(*, limit: int = 1000) -> int:
    """For each active endpoint, queue a delivery of each settled event after its `events_after`
    that it subscribes to (up to `limit` events looked at per endpoint). An endpoint another worker
    is queueing for is skipped. Returns the number of deliveries queued."""
    queued = 0
    for endpoint_id in WebhookEndpoint.objects.filter(is_active=True).values_list("id", flat=True):
        with transaction.atomic():
            endpoint = (
                WebhookEndpoint.objects.select_for_update(skip_locked=True)
                .filter(pk=endpoint_id, is_active=True)
                .first()
            )
            if endpoint is None:
                continue
            events = list(events_settled(after=endpoint.events_after).values_list("id", "type")[:limit])
            if not events:
                continue
            now = timezone.now()
            deliveries = [
                Delivery(endpoint=endpoint, event_id=event_id, next_attempt_at=now)
                for event_id, event_type in events
                if endpoint.wants(event_type)
            ]
            Delivery.objects.bulk_create(deliveries, ignore_conflicts=True)
            endpoint.events_after = events[-1][0]
            endpoint.save(update_fields=["events_after"])
            queued += len(deliveries)
    return queued
