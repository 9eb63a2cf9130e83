"""Balances as they were at an instant.

The rule: a user account's balance at `at` is the `balance_after` of its latest entry at or before
`at` (by `created_at`, ties by id), and zero when it has no entry by then. It is the rule behind the
back office's "Balances at a date" and its trial balance, and the one the API's `?at=` (1.1) is to
use. One lookup per account on the index `entry_account_created_id` (account, created_at, id):
the cost follows the number of accounts asked for, not the number of their entries.
"""

import itertools
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db.models import DecimalField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from ledger.models import Account, Entry

ZERO = Decimal("0.00")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class BalanceAt:
    user_id: int
    available: Decimal
    reserved: Decimal

    @property
    def total(self) -> Decimal:
        return self.available + self.reserved


def _balance_after_at(at: datetime) -> Subquery:
    latest = Entry.objects.filter(account=OuterRef("pk"), created_at__lte=at).order_by("-created_at", "-id")
    return Subquery(latest.values("balance_after")[:1])


def balances_at(*, at: datetime, user_ids: Collection[int] | None = None) -> Iterator[BalanceAt]:
    """Each user's available and reserved balance at `at`, ascending by user id: the users of
    `user_ids` that have accounts, or every user (streamed from the database in chunks)."""
    accounts = Account.objects.filter(kind__in=Account.USER_KINDS)
    if user_ids is not None:
        accounts = accounts.filter(user_id__in=list(user_ids))
    rows = (
        accounts.annotate(then=_balance_after_at(at))
        .order_by("user_id", "kind")
        .values_list("user_id", "kind", "then")
        .iterator(chunk_size=2000)
    )
    for user_id, legs in itertools.groupby(rows, key=lambda row: row[0]):
        # A subquery's decimal comes back unscaled on SQLite: give it the two decimals of money.
        by_kind = {kind: (then or ZERO).quantize(CENT) for _, kind, then in legs}
        yield BalanceAt(
            user_id=user_id,
            available=by_kind.get(Account.Kind.AVAILABLE, ZERO),
            reserved=by_kind.get(Account.Kind.RESERVED, ZERO),
        )


def balances_at_totals(*, at: datetime) -> BalanceAt:
    """The sums over every user of `balances_at(at=at)`, in one query (`user_id` is 0)."""
    rows = (
        Account.objects.filter(kind__in=Account.USER_KINDS)
        .annotate(
            then=Coalesce(
                _balance_after_at(at), Value(ZERO), output_field=DecimalField(max_digits=20, decimal_places=2)
            )
        )
        .values("kind")
        .annotate(total=Sum("then"))
        .values_list("kind", "total")
    )
    totals = {kind: Decimal(total).quantize(CENT) for kind, total in rows}
    return BalanceAt(
        user_id=0,
        available=totals.get(Account.Kind.AVAILABLE, ZERO),
        reserved=totals.get(Account.Kind.RESERVED, ZERO),
    )
