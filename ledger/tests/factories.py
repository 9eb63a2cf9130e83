"""Factories for the books. Money only enters through the services, so balances stay true: a
movement factory builds its command (`DepositFactory.build()`) or posts it
(`DepositFactory(user_id=7)` returns what the service answered, a Transaction or Reservation)."""

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


class MovementFactory(factory.Factory):
    """Posts the command with `ledger.services.movement_post` and returns the record it answered."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.movement_post(movement=model_class(*args, **kwargs)).record


class DepositFactory(MovementFactory):
    class Meta:
        model = services.Deposit

    user_id = factory.Sequence(lambda n: 100_000 + n)
    amount = Decimal("100.00")
    comment = ""


class WithdrawalFactory(MovementFactory):
    class Meta:
        model = services.Withdrawal

    user_id = factory.Sequence(lambda n: 100_000 + n)
    amount = Decimal("10.00")
    comment = ""


class TransferFactory(MovementFactory):
    class Meta:
        model = services.Transfer

    from_user_id = factory.Sequence(lambda n: 100_000 + n)
    to_user_id = factory.Sequence(lambda n: 200_000 + n)
    amount = Decimal("10.00")
    comment = ""


class ReserveFactory(MovementFactory):
    class Meta:
        model = services.Reserve

    user_id = factory.Sequence(lambda n: 100_000 + n)
    service_id = factory.Sequence(lambda n: 1000 + n)
    order_id = factory.Sequence(lambda n: 5000 + n)
    amount = Decimal("30.00")
    service_name = None
    comment = ""


class PayFactory(MovementFactory):
    class Meta:
        model = services.Pay

    user_id = factory.Sequence(lambda n: 100_000 + n)
    service_id = factory.Sequence(lambda n: 1000 + n)
    order_id = factory.Sequence(lambda n: 5000 + n)
    amount = Decimal("30.00")


class CancelFactory(MovementFactory):
    class Meta:
        model = services.Cancel

    user_id = factory.Sequence(lambda n: 100_000 + n)
    service_id = factory.Sequence(lambda n: 1000 + n)
    order_id = factory.Sequence(lambda n: 5000 + n)
    amount = None


def funded_user(user_id: int, amount: str | Decimal = "100.00") -> int:
    """Open a user's accounts with a deposit and return the id."""
    DepositFactory(user_id=user_id, amount=Decimal(amount))
    return user_id
