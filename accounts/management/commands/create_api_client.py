from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError

from accounts.scopes import ALL_SCOPES
from accounts.services import api_client_create
from balance_service.errors import ValidationFailed


class Command(BaseCommand):
    help = "Create an API client and print its new key alone on the last line (it cannot be shown again)."

    def add_arguments(self, parser):
        parser.add_argument("name", help="The calling service, e.g. billing.")
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument(
            "--scopes",
            nargs="+",
            choices=ALL_SCOPES,
            metavar="SCOPE",
            help=f"Scopes to grant: {', '.join(ALL_SCOPES)}.",
        )
        group.add_argument("--all-scopes", action="store_true", help="Grant every scope.")

    def handle(self, *args, name: str, scopes: list[str] | None, all_scopes: bool, **options):
        try:
            client, key = api_client_create(name=name, scopes=list(ALL_SCOPES) if all_scopes else scopes)
        except IntegrityError:
            raise CommandError(f"An API client named {name!r} already exists.") from None
        except ValidationFailed as exc:
            raise CommandError(exc.message) from None
        self.stderr.write(f"Created API client {client.name!r} with scopes: {', '.join(client.scopes)}.")
        self.stdout.write(key)
