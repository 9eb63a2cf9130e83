from django.apps import AppConfig
from django.db.models.signals import post_migrate


class LedgerConfig(AppConfig):
    name = "ledger"
    verbose_name = "Books"

    def ready(self) -> None:
        from ledger.locks import system_accounts_ensure

        # After migrate (and after a test flush, which emits post_migrate) the system accounts exist.
        post_migrate.connect(lambda **kwargs: system_accounts_ensure(using=kwargs["using"]), sender=self, weak=False)
