"""Cheap figures for monitoring the webhooks (the metrics endpoint reads them)."""

from django.db.models import Min
from django.utils import timezone

from events.models import Delivery


def deliveries_waiting() -> int:
    """Deliveries not yet made (pending, whether due or waiting for a retry)."""
    return Delivery.objects.filter(status=Delivery.Status.PENDING).count()


def oldest_waiting_age_seconds() -> float:
    """How long the oldest pending delivery has been waiting (0 when none is)."""
    oldest = Delivery.objects.filter(status=Delivery.Status.PENDING).aggregate(at=Min("created_at"))["at"]
    return max(0.0, (timezone.now() - oldest).total_seconds()) if oldest else 0.0
