"""The books' figures read at scrape time (balance_service/metrics.py, `scrape_collector`);
imported by LedgerConfig.ready()."""

from collections.abc import Iterator

from django.db import router
from django.db.models import Count, Sum
from prometheus_client.core import GaugeMetricFamily

from balance_service.metrics import kopecks, scrape_collector
from balance_service.routers import replica_reads
from ledger.models import Reservation


@scrape_collector
def open_reservations() -> Iterator[GaugeMetricFamily]:
    """Open reservations and the money they hold, from the replica when there is a healthy one."""
    with replica_reads():
        reservations = Reservation.objects.using(router.db_for_read(Reservation))
        totals = reservations.filter(status=Reservation.Status.RESERVED).aggregate(n=Count("pk"), s=Sum("amount"))
    yield GaugeMetricFamily("balance_reservations_open", "Reservations still open.", value=totals["n"])
    yield GaugeMetricFamily(
        "balance_reservations_open_kopecks",
        "Money held by open reservations, in kopecks (integer minor units of RUB).",
        value=kopecks(totals["s"] or 0),
    )
