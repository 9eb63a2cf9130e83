"""The webhooks' figures for monitoring, read at scrape time (balance_service/metrics.py,
`scrape_collector`); imported by EventsConfig.ready()."""

from collections.abc import Iterator

from django.db.models import Min
from django.utils import timezone
from prometheus_client.core import GaugeMetricFamily

from balance_service.metrics import scrape_collector
from events.models import Delivery


def deliveries_waiting() -> int:
    """Deliveries not yet made (pending, whether due or waiting for a retry)."""
    return Delivery.objects.filter(status=Delivery.Status.PENDING).count()


def oldest_waiting_age_seconds() -> float:
    """How long the oldest pending delivery has been waiting (0 when none is)."""
    oldest = Delivery.objects.filter(status=Delivery.Status.PENDING).aggregate(at=Min("created_at"))["at"]
    return max(0.0, (timezone.now() - oldest).total_seconds()) if oldest else 0.0


@scrape_collector
def webhook_deliveries() -> Iterator[GaugeMetricFamily]:
    yield GaugeMetricFamily(
        "balance_webhook_deliveries_waiting",
        "Webhook deliveries not yet made (pending: due, or waiting for a retry).",
        value=deliveries_waiting(),
    )
    yield GaugeMetricFamily(
        "balance_webhook_oldest_waiting_age_seconds",
        "How long the oldest webhook delivery not yet made has waited since it was queued (0: none waits).",
        value=oldest_waiting_age_seconds(),
    )
