"""Factories for API clients, idempotency records and back-office staff."""

import factory
from django.contrib.auth import get_user_model

from accounts.models import ApiClient, IdempotencyRecord
from accounts.scopes import ALL_SCOPES
from accounts.services import api_client_create
from accounts.staff import accountant_create

PASSWORD = "correct-horse-battery-42"


class ApiClientFactory(factory.django.DjangoModelFactory):
    """An API client made as `create_api_client` makes one; its plain key is on `client.key`."""

    class Meta:
        model = ApiClient

    name = factory.Sequence(lambda n: f"client-{n}")
    scopes = factory.LazyFunction(lambda: list(ALL_SCOPES))

    @classmethod
    def _create(cls, model_class, *, name, scopes, **kwargs):
        client, key = api_client_create(name=name, scopes=list(scopes))
        client.key = key
        return client


class IdempotencyRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IdempotencyRecord

    client = factory.SubFactory(ApiClientFactory)
    key = factory.Sequence(lambda n: f"key-{n}")
    fingerprint = "0" * 64
    status_code = 201
    response_body = factory.LazyFunction(dict)


class UserFactory(factory.django.DjangoModelFactory):
    """A back-office user; `is_staff` and `is_superuser` as given."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    is_staff = True
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(self, create, extracted, **kwargs):
        if create:
            self.save()


class AccountantFactory(factory.Factory):
    """A staff user in the Accountants group, made by `accounts.staff.accountant_create`."""

    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"accountant{n}")
    password = PASSWORD

    @classmethod
    def _create(cls, model_class, *, username, password):
        return accountant_create(username=username, password=password)
