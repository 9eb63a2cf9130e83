"""Reads of the books. Nothing here writes, and nothing here speaks HTTP."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db.models import QuerySet
from django.db.models.functions import Abs

from balance_service.errors import AccountNotFound
from ledger import sql
from ledger.history import HISTORY_ORDERINGS, HistoryQuery
from ledger.models import Account, Entry
from ledger.pagination import Page, keyset_page


@dataclass(frozen=True)
class Balance:
    user_id: int
    available: Decimal
    reserved: Decimal
    currency: str = "RUB"


def balance_get(*, user_id: int) -> Balance:
    kinds = sql.balances_select(user_id)
    if not kinds:
        raise AccountNotFound(f"User {user_id} has no account.")
    return Balance(user_id=user_id, available=kinds[Account.Kind.AVAILABLE], reserved=kinds[Account.Kind.RESERVED])


def entry_list(query: HistoryQuery) -> QuerySet[Entry]:
    """A user's history: their entries (one per change of their available or reserved balance)
    as `query` narrows and orders them (its cursor and limit aside), with what
    `ledger.wording` reads joined in. Raises AccountNotFound for a user with no account."""
    if not Account.objects.filter(user_id=query.user_id).exists():
        raise AccountNotFound(f"User {query.user_id} has no account.")
    entries = (
        Entry.objects.filter(user_id=query.user_id)
        .select_related("account", "transaction__reservation__service")
        .annotate(abs_amount=Abs("amount"))
    )
    if query.type is not None:
        entries = entries.filter(transaction__type=query.type)
    if query.account is not None:
        # `account_id = (SELECT ...)`: PostgreSQL runs the subquery once, then reads the
        # account's own (account, created_at, id) or (account, abs(amount), id) index.
        account = Account.objects.filter(user_id=query.user_id, kind=query.account).values("id")[:1]
        entries = entries.filter(account_id=account)
    if query.created_after is not None:
        entries = entries.filter(created_at__gte=query.created_after)
    if query.created_before is not None:
        entries = entries.filter(created_at__lt=query.created_before)
    order = HISTORY_ORDERINGS[query.ordering]
    sign = "-" if order.descending else ""
    return entries.order_by(f"{sign}{order.field}", f"{sign}id")


def entry_page(query: HistoryQuery) -> Page:
    """One page of `entry_list`: two queries (the account check and the page), whatever its
    size and depth."""
    entries = entry_list(query)
    return keyset_page(entries, order=HISTORY_ORDERINGS[query.ordering], cursor=query.cursor, limit=query.limit)


def revenue_by_service(*, start: datetime, end: datetime) -> Iterator[tuple[str, Decimal]]:
    """Revenue recognised in `[start, end)`, per service: `(service name, revenue)` sorted by the
    service's current name (then id, should two services share a name), one item per service with
    payments in the range.

    Revenue is recognised by make-payment only: each `payment` transaction posts exactly its amount
    to the company revenue account (`ledger.verify` checks that the two agree), and carries its
    reservation's service (the database requires it). The sum runs in the database over one
    month's payments (`ledger.sql`), so its cost follows the size of the month, not of the whole
    history, and one row per service reaches Python.
    """
    return sql.revenue_by_service_select(start, end)
