from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from events.webhooks import webhook_endpoint_create
from ledger.outbox import EVENT_TYPES


class Command(BaseCommand):
    help = (
        "Register a webhook endpoint and print its signing secret alone on the last line (it is not shown "
        "again). Without --events it receives every event type."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", help="http:// or https:// URL; redirects are not followed.")
        parser.add_argument(
            "--events", nargs="+", default=[], metavar="TYPE", help=f"Event types to send: {', '.join(EVENT_TYPES)}."
        )

    def handle(self, *args, url: str, events: list[str], **options):
        try:
            endpoint = webhook_endpoint_create(url=url, event_types=events)
        except ValidationError as exc:
            messages = (
                [m for ms in exc.message_dict.values() for m in ms] if hasattr(exc, "error_dict") else exc.messages
            )
            raise CommandError(" ".join(messages)) from None
        types = ", ".join(endpoint.event_types) or "every event type"
        self.stderr.write(f"Created webhook endpoint {endpoint.pk} for {endpoint.url} ({types}).")
        self.stdout.write(endpoint.secret)
