"""Reads of the books. Nothing here writes, and nothing here speaks HTTP."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db.models import OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Abs, Coalesce

from balance_service.errors import AccountNotFound
from balance_service.routers import read_alias
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
    at: datetime | None = None  # None: now


def balance_get(*, user_id: int) -> Balance:
    kinds = sql.balances_select(user_id)
    if not kinds:
        raise AccountNotFound(f"User {user_id} has no account.")
    return Balance(user_id=user_id, available=kinds[Account.Kind.AVAILABLE], reserved=kinds[Account.Kind.RESERVED])


def balances_at(*, at: datetime, accounts: QuerySet[Account] | None = None) -> QuerySet[Account]:
    """`accounts` (default: every user account), each annotated with `balance_at`: its balance as
    it was at `at`, after every change at or before it. The rule, in one place for the API and the
    back office: the `balance_after` of the account's latest entry at or before `at` (ties by id,
    the order the entries were written in), zero when there is none (the account had not moved or
    did not exist yet). One index probe per account (`entry_account_created_id`, read backwards),
    whatever the number of its entries."""
    latest = (
        Entry.objects.filter(account=OuterRef("pk"), created_at__lte=at)
        .order_by("-created_at", "-id")
        .values("balance_after")[:1]
    )
    accounts = Account.objects.filter(user_id__isnull=False) if accounts is None else accounts
    return accounts.annotate(balance_at=Coalesce(Subquery(latest), Value(Decimal("0.00"))))


def balance_at_get(*, user_id: int, at: datetime) -> Balance:
    """A user's balances as they were at `at` (see `balances_at`); zeros before the user's
    accounts existed. AccountNotFound for a user who has no account now."""
    kinds = dict(balances_at(at=at, accounts=Account.objects.filter(user_id=user_id)).values_list("kind", "balance_at"))
    if not kinds:
        raise AccountNotFound(f"User {user_id} has no account.")
    return Balance(
        user_id=user_id, available=kinds[Account.Kind.AVAILABLE], reserved=kinds[Account.Kind.RESERVED], at=at
    )


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
    payments or refunds in the range.

    Revenue is what make-payment recognised minus what payment-refund gave back in the range
    (whenever the payment was; it can be negative): each `payment` posts exactly its amount to the
    company revenue account and each `refund` takes its amount out (`ledger.verify` checks that
    they agree), and both carry their reservation's service (the database requires it). The sum
    runs in the database over one month's payments and refunds (`ledger.sql`), so its cost follows
    the size of the month, not of the whole history, and one row per service reaches Python.
    """
    return sql.revenue_by_service_select(start, end, using=read_alias())  # the replica when it keeps up
