"""The database's check that a transaction's entries sum to zero stays an index probe per
transaction, whatever size of insert its plan was last made for (migration 0010_entry_balanced_check)."""

from decimal import Decimal

import pytest
from django.db import connection

from ledger import services
from ledger.services import Transfer

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

USERS = 200


def _entry_rows_read() -> int:
    """Rows of ledger_entry read so far, by sequential scans and index scans, as the statistics
    say once this backend has flushed its counters."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_force_next_flush()")
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) FROM pg_stat_user_tables"
            " WHERE relname = 'ledger_entry'"
        )
        return cursor.fetchone()[0]


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
    _entry_rows_read()  # flush what came before
    before = _entry_rows_read()
    services.transfer_create(from_user_id=1, to_user_id=2, amount=Decimal("0.01"))
    read = _entry_rows_read() - before
    assert read <= 10, f"one transfer read {read} rows of ledger_entry (of its {USERS * 22} or so)"
