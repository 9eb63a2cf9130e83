"""Reads of the books. Nothing here writes."""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db import connections
from django.db.models import F, QuerySet, Sum
from django.db.models.functions import Abs

from balance_service.errors import AccountNotFound, ValidationFailed
from balance_service.routers import read_alias
from ledger.filters import EntryFilter
from ledger.models import Account, Entry, Reservation, Transaction
from ledger.pagination import Cursor, KeysetOrder, Page, keyset_page


@dataclass(frozen=True)
class Balance:
    user_id: int
    available: Decimal
    reserved: Decimal
    currency: str = "RUB"


def balance_get(*, user_id: int) -> Balance:
    # Written out: the ORM's query compiler was half of a balance read's CPU time.
    rows = Account.objects.raw("SELECT id, kind, balance FROM ledger_account WHERE user_id = %s", [user_id])
    kinds = {account.kind: account.balance for account in rows}
    if not kinds:
        raise AccountNotFound(f"User {user_id} has no account.")
    return Balance(user_id=user_id, available=kinds[Account.Kind.AVAILABLE], reserved=kinds[Account.Kind.RESERVED])


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


def entry_list(
    *, user_id: int, filters: Mapping[str, str] | None = None, ordering: str = DEFAULT_HISTORY_ORDERING
) -> QuerySet[Entry]:
    """A user's history: their entries (one per change of their available or reserved balance)
    narrowed by `filters` (see `EntryFilter`), in `ordering` (a key of HISTORY_ORDERINGS; by
    date or by absolute amount, ties by id), with what `entry_comment` reads joined in.

    Raises ValidationFailed naming the bad filter, then AccountNotFound for a user with no account.
    """
    order = HISTORY_ORDERINGS[ordering]
    entries = (
        Entry.objects.filter(user_id=user_id)
        .select_related("account", "transaction__reservation__service")
        .annotate(abs_amount=Abs("amount"))
    )
    filterset = EntryFilter(filters or {}, queryset=entries, user_id=user_id)
    if not filterset.is_valid():
        raise ValidationFailed(
            "The query parameters are not valid.",
            errors={name: list(messages) for name, messages in filterset.errors.items()},
        )
    if not Account.objects.filter(user_id=user_id).exists():
        raise AccountNotFound(f"User {user_id} has no account.")
    sign = "-" if order.descending else ""
    return filterset.qs.order_by(f"{sign}{order.field}", f"{sign}id")


def entry_page(
    *,
    user_id: int,
    filters: Mapping[str, str] | None = None,
    ordering: str = DEFAULT_HISTORY_ORDERING,
    cursor: Cursor | None = None,
    limit: int = 50,
) -> Page:
    """One page of `entry_list`: two queries (the account check and the page), whatever its
    size and depth. `cursor` must have been made for the same `ordering`."""
    entries = entry_list(user_id=user_id, filters=filters, ordering=ordering)
    return keyset_page(entries, order=HISTORY_ORDERINGS[ordering], cursor=cursor, limit=limit)


def entry_comment(entry: Entry) -> str:
    """Where the money of `entry` came from or went, and why, from its user's side, followed
    by the caller's own comment when there is one ("Deposit: salary for May")."""
    txn = entry.transaction
    reservation = txn.reservation
    order = f"order {reservation.order_id}" if reservation else ""
    match txn.type:
        case Transaction.Type.DEPOSIT:
            text = "Deposit"
        case Transaction.Type.WITHDRAWAL:
            text = "Withdrawal"
        case Transaction.Type.TRANSFER if entry.amount < 0:
            text = f"Transfer to user {txn.to_user_id}"
        case Transaction.Type.TRANSFER:
            text = f"Transfer from user {txn.user_id}"
        case Transaction.Type.RESERVATION if entry.account.kind == Account.Kind.AVAILABLE:
            text = f"Reserved for {order} ({reservation.service.name})"
        case Transaction.Type.RESERVATION:
            text = f"Held for {order} ({reservation.service.name})"
        case Transaction.Type.PAYMENT:
            text = f"Payment for {order} ({reservation.service.name})"
        case Transaction.Type.RESERVATION_RELEASE if reservation.status == Reservation.Status.CANCELLED:
            text = f"Order {reservation.order_id} cancelled: reservation returned"
        case Transaction.Type.RESERVATION_RELEASE:
            text = f"Unused part of the reservation for {order} returned"
        case _:
            raise ValueError(f"no wording for transaction type {txn.type!r}")
    return f"{text}: {txn.comment}" if txn.comment else text


def entry_counterparty_user_id(entry: Entry) -> int | None:
    """The other user of a transfer; None for every other type."""
    txn = entry.transaction
    if txn.type != Transaction.Type.TRANSFER:
        return None
    return txn.to_user_id if entry.amount < 0 else txn.user_id


def ledger_verify() -> list[str]:
    """Check the books; return one line per problem (empty when they are right).

    - every transaction's entries sum to zero (and it has entries);
    - every user account's cached balance equals the sum of its entries, and is not negative;
    - every reserved balance equals the sum of its user's open reservations;
    - total money is conserved: user balances + revenue = money that came in from outside.
    """
    problems: list[str] = []
    unbalanced = (
        Entry.objects.values("transaction_id").annotate(total=Sum("amount")).exclude(total=0).order_by("transaction_id")
    )
    problems += [f"transaction {row['transaction_id']} entries sum to {row['total']}" for row in unbalanced[:100]]
    empty = Transaction.objects.filter(entries__isnull=True).values_list("pk", flat=True)[:100]
    problems += [f"transaction {pk} has no entries" for pk in empty]

    user_accounts = Account.objects.filter(user_id__isnull=False)
    drifted = user_accounts.annotate(entry_total=Sum("entries__amount", default=Decimal("0"))).exclude(
        balance=F("entry_total")
    )
    problems += [f"{a}: balance {a.balance:.2f} but entries sum to {a.entry_total:.2f}" for a in drifted[:100]]
    problems += [f"{a}: balance {a.balance:.2f} is below zero" for a in user_accounts.filter(balance__lt=0)[:100]]

    open_by_user = dict(
        Reservation.objects.filter(status=Reservation.Status.RESERVED)
        .values("user_id")
        .annotate(total=Sum("amount"))
        .values_list("user_id", "total")
    )
    for user_id, reserved in Account.objects.filter(kind=Account.Kind.RESERVED).values_list("user_id", "balance"):
        expected = open_by_user.pop(user_id, Decimal("0"))
        if reserved != expected:
            problems.append(
                f"user {user_id}: reserved balance {reserved:.2f} but open reservations sum to {expected:.2f}"
            )
    problems += [
        f"user {user_id}: open reservations {total} but no reserved account" for user_id, total in open_by_user.items()
    ]

    totals = dict(
        Entry.objects.values("account__kind").annotate(total=Sum("amount")).values_list("account__kind", "total")
    )
    users = totals.get(Account.Kind.AVAILABLE, 0) + totals.get(Account.Kind.RESERVED, 0)
    came_in = -totals.get(Account.Kind.WORLD, 0)
    revenue = totals.get(Account.Kind.REVENUE, 0)
    payments = Transaction.objects.filter(type=Transaction.Type.PAYMENT).aggregate(total=Sum("amount"))["total"] or 0
    if payments != revenue:
        problems.append(f"payments total {payments} but the revenue account holds {revenue}")
    if users + revenue != came_in:
        problems.append(f"money not conserved: users {users} + revenue {revenue} != deposits - withdrawals {came_in}")
    return problems


_REVENUE_BY_SERVICE = """
SELECT service.name, per_service.revenue
FROM (
    SELECT service_id, sum(amount) AS revenue
    FROM ledger_transaction
    WHERE type = 'payment' AND created_at >= %s AND created_at < %s
    GROUP BY service_id
) AS per_service
JOIN ledger_service service ON service.id = per_service.service_id
ORDER BY service.name, service.id
"""


def revenue_by_service(*, start: datetime, end: datetime) -> Iterator[tuple[str, Decimal]]:
    """Revenue recognised in `[start, end)`, per service: `(service name, revenue)` sorted by the
    service's current name (then id, should two services share a name), one item per service with
    payments in the range.

    Revenue is recognised by make-payment only: each `payment` transaction posts exactly its amount
    to the company revenue account (`ledger_verify` checks that the two agree), and carries its
    reservation's service (the database requires it). The sum runs in the database as an
    index-only scan of one month's payments (index `transaction_payment_month`), so its cost
    follows the size of the month, not of the whole history, and one row per service reaches Python.
    """
    with connections[read_alias()].cursor() as cursor:  # the replica when it keeps up
        cursor.execute(_REVENUE_BY_SERVICE, [start, end])
        while rows := cursor.fetchmany(1000):
            yield from rows
