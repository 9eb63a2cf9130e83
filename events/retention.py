"""Retention: events and delivery records older than settings.EVENT_RETENTION_DAYS are deleted,
never one still waiting for delivery (a pending delivery, or an event some active endpoint has not
looked at yet)."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Min
from django.utils import timezone

from events.models import Delivery, WebhookEndpoint
from ledger.models import Event


def events_purge(*, now: datetime | None = None, batch: int = 1000) -> int:
    """Delete old finished deliveries, then old events nothing waits for, oldest first, `batch`
    at a time. Returns the number of events deleted."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.EVENT_RETENTION_DAYS)
    Delivery.objects.filter(created_at__lt=cutoff).exclude(status=Delivery.Status.PENDING).delete()
    looked_at = WebhookEndpoint.objects.filter(is_active=True).aggregate(upto=Min("events_after"))["upto"]
    events = Event.objects.all() if looked_at is None else Event.objects.filter(id__lte=looked_at)
    deleted, after = 0, 0
    while True:
        # Walk the primary key: ids ascend with time, so the old events come first and the walk
        # stops at the first young batch (no index on created_at to keep up on every write).
        rows = list(events.filter(id__gt=after).order_by("id").values_list("id", "created_at")[:batch])
        old = [pk for pk, created_at in rows if created_at < cutoff]
        if old:
            waiting = Delivery.objects.filter(event_id__in=old, status=Delivery.Status.PENDING).values("event_id")
            _, counts = Event.objects.filter(id__in=old).exclude(id__in=waiting).delete()  # and their deliveries
            deleted += counts.get(Event._meta.label, 0)
        if len(old) < batch:
            return deleted
        after = rows[-1][0]
