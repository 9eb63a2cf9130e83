import pytest

from ledger.verify import ledger_verify


@pytest.fixture(autouse=True)
def books_stay_right(db):
    """After every service test the books must verify (balances, sums, conservation)."""
    yield
    assert ledger_verify() == []
