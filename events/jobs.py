"""The events' share of the worker (`python manage.py run_worker`): queue deliveries of new
events, send the due ones, and now and then purge old events. `EventsJob.run_once` does one round
and never blocks on an endpoint (see `events.delivery.Deliverer`)."""

import logging
import time

from events.delivery import Deliverer
from events.retention import events_purge
from events.webhooks import deliveries_queue

logger = logging.getLogger(__name__)

PURGE_EVERY_SECONDS = 3600


class EventsJob:
    def __init__(self):
        self._deliverer = Deliverer()
        self._purged_at = 0.0

    def run_once(self) -> int:
        """One round; returns how much it did (deliveries queued + endpoints started + events purged)."""
        queued = deliveries_queue()
        started = self._deliverer.run_due()
        purged = 0
        if time.monotonic() - self._purged_at >= PURGE_EVERY_SECONDS:
            purged = events_purge()
            self._purged_at = time.monotonic()
        if queued or purged:
            logger.info("events: %d deliveries queued, %d events purged", queued, purged)
        return queued + started + purged

    def close(self) -> None:
        """Let the requests in flight finish (each is bounded by WEBHOOK_TIMEOUT)."""
        self._deliverer.close()
