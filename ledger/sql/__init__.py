"""The hand-written SQL of the hot paths, and only here (this package), each statement beside its
portable path.

Everything else in the project uses the ORM. These statements run on (nearly) every request,
where the ORM's query compiler and model instantiation cost more than the database itself
(measured with `make bench-cpu`): writing the postings of movements, checking and writing a
simple movement alone (`postings.py`); locking the accounts a movement moves, locking and
writing the reservation it acts on, reading a balance, and summing a month's revenue per service
(`rows.py`). Each has a plain-ORM or portable twin for SQLite (`make run`'s default; a simple
movement there takes the general road); the test suite runs the movements on both. Besides
them, one line of session control: `snapshot_begin`, for the back office's totals.

The database still judges every write: the balance >= 0 check, the entries' sum-to-zero trigger
and the foreign keys apply to these statements as to any other.
"""

from ledger.sql.postings import (
    EVENT_IDS_PER_XACT,
    EntryRow,
    alone_possible,
    event_settled_below,
    posting_alone,
    postings_write,
)
from ledger.sql.rows import (
    accounts_select_for_update,
    balances_select,
    reservation_insert,
    reservation_select_for_update,
    reservation_update,
    revenue_by_service_select,
    snapshot_begin,
)

__all__ = [
    "EVENT_IDS_PER_XACT",
    "EntryRow",
    "accounts_select_for_update",
    "alone_possible",
    "balances_select",
    "event_settled_below",
    "posting_alone",
    "postings_write",
    "reservation_insert",
    "reservation_select_for_update",
    "reservation_update",
    "revenue_by_service_select",
    "snapshot_begin",
]
