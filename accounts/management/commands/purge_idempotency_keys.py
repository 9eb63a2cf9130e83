from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from accounts.models import IdempotencyRecord


class Command(BaseCommand):
    help = "Delete idempotency records older than IDEMPOTENCY_KEY_TTL_HOURS (run daily from cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--hours",
            type=int,
            default=settings.IDEMPOTENCY_KEY_TTL_HOURS,
            help="Keep records younger than this many hours (at least 24).",
        )

    def handle(self, *args, hours: int, **options):
        if hours < 24:
            raise CommandError("Keys are kept at least 24 hours (docs/api.md, 'Safe retries').")
        cutoff = timezone.now() - timedelta(hours=hours)
        deleted, _ = IdempotencyRecord.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} idempotency record(s) older than {hours} hours.")
