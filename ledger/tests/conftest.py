"""Fixtures of the back office tests: the three kinds of staff, and a small set of books."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from ledger import services
from ledger.accountants import accountant_create

PASSWORD = "correct-horse-battery-42"


@pytest.fixture
def accountant(db):
    return accountant_create(username="anna", password=PASSWORD)


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(username="root", password=PASSWORD)


@pytest.fixture
def plain_staff(db):
    """Staff, but not an accountant: no permission at all."""
    return get_user_model().objects.create_user(username="intern", password=PASSWORD, is_staff=True)


@pytest.fixture
def books(db):
    """User 7 deposits 100, sends 10 to user 8, reserves 30 for order 15 of "Premium listing"
    and pays 25 of it (5 goes back). User 7 ends with 65 available, 0 reserved; user 8 with 10."""
    services.deposit_create(user_id=7, amount=Decimal("100.00"), comment='=HYPERLINK("http://evil")')
    services.transfer_create(from_user_id=7, to_user_id=8, amount=Decimal("10.00"), comment="rent")
    services.reservation_create(
        user_id=7, service_id=3, order_id=15, amount=Decimal("30.00"), service_name="@SUM(A1) Premium listing"
    )
    services.reservation_pay(user_id=7, service_id=3, order_id=15, amount=Decimal("25.00"))
