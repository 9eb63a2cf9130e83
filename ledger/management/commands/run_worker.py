"""`python manage.py run_worker`: the long-running background worker (docs/operations-worker.md).

Every RESERVATION_SWEEP_SECONDS it releases the reservations whose `expires_at` has come, in
batches of `--batch` (one database transaction each), and once a day it deletes the idempotency
records older than IDEMPOTENCY_KEY_TTL_HOURS. Every WORKER_TICK_SECONDS it runs one round of each
job of settings.WORKER_JOBS (dotted paths of classes with `run_once()` and `close()`; the events'
webhook deliveries and retention, `events.jobs.EventsJob`): named by setting, so the ledger app
imports nothing of the apps that read it. SIGTERM or SIGINT: it finishes the batch in hand and
exits 0. Several workers may run at once (see `ledger.services.expiry`).
"""

import logging
import os
import signal
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils import timezone
from django.utils.module_loading import import_string

from accounts.models import IdempotencyRecord
from ledger.respond import in_transaction
from ledger.services.expiry import reservations_expire

logger = logging.getLogger("balance_service.worker")

PURGE_EVERY = timedelta(days=1)


class Command(BaseCommand):
    help = "Run the background worker: release expired reservations, purge old idempotency keys."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=100, help="reservations per database transaction")
        parser.add_argument("--once", action="store_true", help="sweep once and exit (for cron or a test)")

    def handle(self, *args, batch: int, once: bool, **options):
        stop = threading.Event()

        def request_stop(signum, frame):
            logger.info("worker: %s received, stopping after the batch in hand", signal.Signals(signum).name)
            stop.set()

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
        logger.info(
            "worker: started (sweep every %ss, batches of %d, pid %d)",
            settings.RESERVATION_SWEEP_INTERVAL.total_seconds(),
            batch,
            os.getpid(),
        )
        purged_at = None
        jobs = [import_string(path)() for path in settings.WORKER_JOBS]
        sweep_every = settings.RESERVATION_SWEEP_INTERVAL.total_seconds()
        tick = min(sweep_every, settings.WORKER_TICK.total_seconds())
        next_sweep = time.monotonic()
        while True:
            started = time.monotonic()
            released = 0
            try:
                if started >= next_sweep:
                    next_sweep = started + sweep_every
                    released = self.sweep(batch, stop)
                    if purged_at is None or timezone.now() - purged_at >= PURGE_EVERY:
                        self.purge()
                        purged_at = timezone.now()
            except Exception:  # a lost database connection, say: log it and try again next round
                logger.exception("worker: the sweep failed; retrying in %ss", sweep_every)
            finally:
                close_old_connections()
            for job in jobs:
                try:
                    job.run_once()
                except Exception:  # the same: the job's next round tries again
                    logger.exception("worker: %s failed; retrying in %ss", type(job).__name__, tick)
                finally:
                    close_old_connections()
            if released:
                logger.info("worker: released %d expired reservation(s) in %.3fs", released, time.monotonic() - started)
            if once or stop.wait(tick):
                break
        for job in jobs:
            job.close()
        logger.info("worker: stopped")

    def sweep(self, batch: int, stop: threading.Event) -> int:
        """Release every due reservation, a batch per transaction, until none is left (or asked to stop)."""
        released = 0
        while not stop.is_set():
            count = in_transaction(lambda: reservations_expire(limit=batch))
            released += count
            if count < batch:
                break
        return released

    def purge(self) -> None:
        cutoff = timezone.now() - timedelta(hours=max(24, settings.IDEMPOTENCY_KEY_TTL_HOURS))
        deleted, _ = IdempotencyRecord.objects.filter(created_at__lt=cutoff).delete()
        logger.info("worker: deleted %d idempotency record(s) older than %s", deleted, cutoff.isoformat())
