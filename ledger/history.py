"""A user's history as a query: which entries, in which order, which page. Built and validated by
the API (`ledger.serializers.HistoryQuerySerializer`) and the back office alike, read by
`ledger.selectors.entry_page`."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ledger.pagination import Cursor, KeysetOrder

HISTORY_ORDERINGS: dict[str, KeysetOrder] = {
    order.name: order
    for order in [
        KeysetOrder("-created_at", "created_at", descending=True, parse=datetime.fromisoformat),
        KeysetOrder("created_at", "created_at", descending=False, parse=datetime.fromisoformat),
        KeysetOrder("-amount", "abs_amount", descending=True, parse=Decimal),
        KeysetOrder("amount", "abs_amount", descending=False, parse=Decimal),
    ]
}
DEFAULT_HISTORY_ORDERING = "-created_at"
MAX_HISTORY_LIMIT = 500


@dataclass(frozen=True)
class HistoryQuery:
    """One page of one user's entries: only `type` (of the transaction) and `account` (available
    or reserved) when given, created in `[created_after, created_before)` (a half-open range, so
    consecutive windows never overlap), in `ordering` (a key of HISTORY_ORDERINGS: by date or by
    absolute amount, ties by id), `limit` items after `cursor` (made for the same ordering)."""

    user_id: int
    ordering: str = DEFAULT_HISTORY_ORDERING
    limit: int = 50
    cursor: Cursor | None = None
    type: str | None = None
    account: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None

    def __post_init__(self):
        if self.ordering not in HISTORY_ORDERINGS:
            raise ValueError(f"unknown ordering {self.ordering!r}")
        if self.cursor is not None and self.cursor.ordering != self.ordering:
            raise ValueError(f"a cursor for ordering={self.cursor.ordering} with ordering={self.ordering}")
