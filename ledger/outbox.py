"""The events of the books (docs/events.md): what each committed transaction tells other services.

`ledger.sql` writes one `Event` per transaction in the same statement as the transaction itself
(`postings_write`, `posting_alone`); this module only says what an event holds. No DRF here (the
services call it).
The API renders a transaction and the balances after it with these same functions
(`TransactionOutputSerializer`, `Operation.outcome`); a test holds them equal to DRF's
field-by-field rendering of the serializer's declared fields.
"""

import functools

from django.utils import timezone

from ledger.models import Transaction

EVENT_TYPES: tuple[str, ...] = tuple(f"transaction.{value}" for value in Transaction.Type.values)
EVENT_TYPE_CHOICES = [(t, t) for t in EVENT_TYPES]


def event_type(transaction_type: str) -> str:
    return f"transaction.{transaction_type}"


def timestamp_text(value) -> str:
    """As DRF renders a DateTimeField: in the current time zone, ISO 8601, "Z" for UTC."""
    return _timestamp_text(value, timezone.get_current_timezone())


@functools.lru_cache(maxsize=256)
def _timestamp_text(value, zone) -> str:
    """Remembered: the transactions of one write share their time, and a batch renders it for
    each transaction's event and again for each answer."""
    text = value.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def balances_data(balances) -> list[dict]:
    """Balances after a transaction (`BalanceAfter`s) as the API renders them."""
    return [
        {"user_id": b.user_id, "available": f"{b.available:.2f}", "reserved": f"{b.reserved:.2f}"} for b in balances
    ]


def event_data(txn: Transaction, *, balances: list[dict] | None = None) -> dict:
    """The transaction as the API renders it (without its `id` when it has none yet: the writer
    adds it; `created_at` None when it has no time yet: the one-statement writer sets it) and the
    `balances` of the users it changed, right after it. Written out,
    not DRF's field-by-field rendering: a batch renders a thousand of these, and the generic way
    was a quarter of its time."""
    data = {} if txn.pk is None else {"id": txn.pk}
    data |= {
        "type": str(txn.type),
        "amount": f"{txn.amount:.2f}",
        "comment": txn.comment,
        "created_at": None if txn.created_at is None else timestamp_text(txn.created_at),
        "user_id": txn.user_id,
        "to_user_id": txn.to_user_id,
        "order_id": txn.reservation.order_id if txn.reservation_id else None,
        "service_id": txn.service_id,
    }
    if balances is not None:
        data["balances"] = balances
    return data
