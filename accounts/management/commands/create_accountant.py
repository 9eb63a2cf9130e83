import getpass
import os
import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.staff import accountant_create

PASSWORD_VARIABLE = "ACCOUNTANT_PASSWORD"  # noqa: S105 - the name of a variable, not a password


class Command(BaseCommand):
    help = (
        "Create a staff user in the Accountants group (read-only books, CSV export, monthly report). "
        f"The password is asked for on the terminal, or read from ${PASSWORD_VARIABLE} for automation."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username: str, **options):
        password = os.environ.get(PASSWORD_VARIABLE) or self._ask_password()
        try:
            user = accountant_create(username=username, password=password)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        except ValidationError as exc:
            raise CommandError("Password refused: " + " ".join(exc.messages)) from None
        self.stdout.write(f"Created accountant {user.username!r}: log in at /admin/.")

    def _ask_password(self) -> str:
        if not sys.stdin.isatty():
            raise CommandError(f"No password: set {PASSWORD_VARIABLE} or run the command in a terminal.")
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("The two passwords differ.")
        return password
