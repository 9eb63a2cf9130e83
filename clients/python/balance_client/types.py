"""The API's bodies as typed dicts: what the methods return (amounts are strings, e.g. "100.50")."""

from typing import Literal, NotRequired, TypedDict


class Transaction(TypedDict):
    id: int
    type: Literal["deposit", "withdrawal", "transfer", "reservation", "payment", "reservation_release"]
    amount: str
    comment: str
    created_at: str
    user_id: int
    to_user_id: int | None
    order_id: int | None
    service_id: int | None


class Reservation(TypedDict):
    user_id: int
    service_id: int
    service_name: str
    order_id: int
    amount: str
    paid_amount: str
    status: Literal["reserved", "paid", "cancelled"]
    created_at: str
    updated_at: str


class Balance(TypedDict):
    user_id: int
    available: str
    reserved: str
    currency: str


class HistoryEntry(TypedDict):
    id: int
    created_at: str
    type: str
    account: Literal["available", "reserved"]
    amount: str
    balance_after: str
    comment: str
    order_id: int | None
    service_id: int | None
    counterparty_user_id: int | None


class HistoryPage(TypedDict):
    next: str | None
    previous: str | None
    results: list[HistoryEntry]


class ReportLink(TypedDict):
    period: str
    url: str


class BatchOperation(TypedDict, total=False):
    """`op` and the fields of that endpoint's body, e.g. `{"op": "deposit", "user_id": 7, "amount": "1.00"}`."""

    op: Literal["deposit", "withdraw", "transfer", "reserve", "make-payment", "reserve-refund"]
    user_id: int
    from_user_id: int
    to_user_id: int
    service_id: int
    order_id: int
    amount: str
    service_name: str
    comment: NotRequired[str]
