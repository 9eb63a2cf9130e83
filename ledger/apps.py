from django.apps import AppConfig
from django.apps import apps as global_apps
from django.db.models.signals import post_migrate


class LedgerConfig(AppConfig):
    name = "ledger"
    verbose_name = "Books"

    def ready(self) -> None:
        from accounts.staff import accountants_group_ensure
        from ledger import metrics  # noqa: F401 - registers the books' scrape-time figures
        from ledger.services.posting import system_accounts_ensure

        # After migrate (and after a test flush, which emits post_migrate) the system accounts and
        # the Accountants group exist.
        post_migrate.connect(lambda **kwargs: system_accounts_ensure(using=kwargs["using"]), sender=self, weak=False)
        post_migrate.connect(
            lambda **kwargs: accountants_group_ensure(apps=kwargs.get("apps", global_apps), using=kwargs["using"]),
            sender=self,
            weak=False,
        )
