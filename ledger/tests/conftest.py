"""Fixtures of the back office tests: a small set of books (the staff fixtures are in the root conftest)."""

from decimal import Decimal

import pytest

from ledger.tests.factories import DepositFactory, PayFactory, ReserveFactory, TransferFactory


@pytest.fixture
def books(db):
    """User 7 deposits 100, sends 10 to user 8, reserves 30 for order 15 of "Premium listing"
    and pays 25 of it (5 goes back). User 7 ends with 65 available, 0 reserved; user 8 with 10."""
    DepositFactory(user_id=7, amount=Decimal("100.00"), comment='=HYPERLINK("http://evil")')
    TransferFactory(from_user_id=7, to_user_id=8, amount=Decimal("10.00"), comment="rent")
    ReserveFactory(
        user_id=7, service_id=3, order_id=15, amount=Decimal("30.00"), service_name="@SUM(A1) Premium listing"
    )
    PayFactory(user_id=7, service_id=3, order_id=15, amount=Decimal("25.00"))
