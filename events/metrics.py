"""The webhooks' figures for monitoring, read at scrape time (balance_service/metrics.py,
`scrape_collector`); imported by EventsConfig.ready()."""

from collections.abc import Iterator

from django.db.models import Count, Min
from django.utils import timezone
from prometheus_client.core import GaugeMetricFamily

from balance_service.metrics import scrape_collector
from events.models import Delivery


def deliveries_waiting() -> tuple[int, float]:
    """Deliveries not yet made (pending, whether due or waiting for a retry), and how long the
    oldest of them has waited since it was queued (0 when none waits): one query."""
    waiting = Delivery.objects.filter(status=Delivery.Status.PENDING).aggregate(n=Count("pk"), oldest=Min("created_at"))
    age = max(0.0, (timezone.now() - waiting["oldest"]).total_seconds()) if waiting["oldest"] else 0.0
    return waiting["n"], age


@scrape_collector
def webhook_deliveries() -> Iterator[GaugeMetricFamily]:
    count, age = deliveries_waiting()
    yield GaugeMetricFamily(
        "balance_webhook_deliveries_waiting",
        "Webhook deliveries not yet made (pending: due, or waiting for a retry).",
        value=count,
    )
    yield GaugeMetricFamily(
        "balance_webhook_oldest_waiting_age_seconds",
        "How long the oldest webhook delivery not yet made has waited since it was queued (0: none waits).",
        value=age,
    )
