"""The write of a movement reads only the rows it needs, whatever the size of the books: the
database's check that a transaction's entries sum to zero stays an index probe per transaction,
whatever size of insert its plan was last made for (migration 0010_entry_balanced_check), and
the new balances are set by looking each account up by key (ledger/sql/)."""

from decimal import Decimal

import pytest
from django.db import connection

from ledger import services
from ledger.services import Transfer
from ledger.tests.pg_stats import rows_read

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

USERS = 200


def _big_batch() -> None:
    services.movements_post(
        movements=[
            Transfer(from_user_id=u, to_user_id=u % USERS + 1, amount=Decimal("0.01")) for u in range(1, USERS + 1)
        ]
        * 5
    )


def test_a_one_transfer_write_reads_its_own_entries_only_after_big_batches_replanned_the_check():
    for user_id in range(1, USERS + 1):
        services.deposit_create(user_id=user_id, amount=Decimal("100"))
    _big_batch()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE ledger_entry")  # invalidates the cached plan of the check
    _big_batch()  # so the check is planned again, for a transition table of 2,000 entries
    rows_read("ledger_entry")  # flush what came before
    before = rows_read("ledger_entry")
    services.transfer_create(from_user_id=1, to_user_id=2, amount=Decimal("0.01"))
    read = rows_read("ledger_entry") - before
    assert read <= 10, f"one transfer read {read} rows of ledger_entry (of its {USERS * 22} or so)"


def test_a_transfer_reads_its_own_accounts_only():
    """The new balances come to the database as a JSON document, whose length the planner cannot
    know: joined as such, it scanned every account on every write."""
    services.deposit_create(user_id=1, amount=Decimal("100"))
    with connection.cursor() as cursor:  # 20,000 more accounts, empty, as the books of 10,000 users
        cursor.execute(
            "INSERT INTO ledger_account (user_id, kind, balance, created_at)"
            " SELECT user_id, kind, 0, now() FROM generate_series(2, 10001) AS user_id,"
            " unnest(ARRAY['available', 'reserved']) AS kind"
        )
        cursor.execute("ANALYZE ledger_account")
    rows_read("ledger_account")  # flush what came before
    before = rows_read("ledger_account")
    services.transfer_create(from_user_id=1, to_user_id=2, amount=Decimal("0.01"))
    read = rows_read("ledger_account") - before
    assert read <= 12, f"one transfer read {read} rows of ledger_account (of about 20,000)"
