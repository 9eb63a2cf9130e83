"""Factories for the books. Money only enters through the services, so balances stay true."""

from decimal import Decimal

import factory

from ledger import services
from ledger.models import Service


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service
        django_get_or_create = ("id",)

    id = factory.Sequence(lambda n: 1000 + n)
    name = factory.Sequence(lambda n: f"Service {n}")


def funded_user(user_id: int, amount: str | Decimal = "100.00") -> int:
    """Open a user's accounts with a deposit and return the id."""
    services.deposit_create(user_id=user_id, amount=Decimal(amount))
    return user_id
