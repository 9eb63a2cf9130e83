import os
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.models import ApiClient
from accounts.scopes import ALL_SCOPES
from accounts.services import api_client_authenticate, api_client_create, api_client_revoke

LOCAL_NAME = "local"


class Command(BaseCommand):
    help = (
        "For local runs: make sure the key in FILE works (an all-scopes client named 'local'); "
        "create it, replacing a stale one, when it does not."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        key = file.read_text().strip() if file.exists() else ""
        if key and api_client_authenticate(key=key) is not None:
            self.stdout.write(f"Local API key: {file}")
            return
        with transaction.atomic():
            for stale in ApiClient.objects.filter(name=LOCAL_NAME):
                api_client_revoke(client=stale)
                stale.name = f"{LOCAL_NAME}-revoked-{stale.pk}"
                stale.save(update_fields=["name"])
            _, key = api_client_create(name=LOCAL_NAME, scopes=list(ALL_SCOPES))
        file.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(key + "\n")
        self.stdout.write(f"Created a local API key with every scope in {file}")
