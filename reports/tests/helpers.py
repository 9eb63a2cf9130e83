"""Payments at chosen moments, made through the real services with the clock set."""

from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from unittest import mock

from ledger.models import Reservation
from ledger.tests.factories import PayFactory, ReserveFactory, funded_user


@contextmanager
def clock_at(moment: datetime):
    """`django.utils.timezone.now()` returns `moment` inside the block (services and auto_now read it)."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def payment_make(
    *,
    at: datetime,
    service_id: int,
    order_id: int,
    amount: str,
    paid: str | None = None,
    user_id: int = 1,
    service_name: str | None = None,
) -> Reservation:
    """Fund the user, reserve `amount` for the order and pay `paid` (default: all of it) at `at`."""
    funded_user(user_id, amount)
    with clock_at(at):
        ReserveFactory(
            user_id=user_id,
            service_id=service_id,
            order_id=order_id,
            amount=Decimal(amount),
            service_name=service_name,
        )
        return PayFactory(user_id=user_id, service_id=service_id, order_id=order_id, amount=Decimal(paid or amount))
