from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "API clients"

    def ready(self) -> None:
        import accounts.schema  # noqa: F401 - registers the OpenAPI security scheme
