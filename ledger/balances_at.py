"""Balances as they were at an instant, for many users at once (the back office's "Balances at a
date" and its CSV).

The rule is `ledger.selectors.balances_at`, the one behind the API's `?at=`
(`selectors.balance_at_get`): a user account's balance at `at` is the `balance_after` of its latest
entry at or before `at` (by `created_at`, ties by id), and zero when it has no entry by then. This
module only reads that annotation for a page of users, or every user in chunks, and sums it; it
does not restate the rule. One lookup per account on the index `entry_account_created_id`
(account, created_at, id): the cost follows the number of accounts asked for, not the number of
their entries.
"""

import itertools
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db.models import Sum

from ledger import selectors
from ledger.models import Account

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


def balances_at(*, at: datetime, user_ids: Collection[int] | None = None) -> Iterator[BalanceAt]:
    """Each user's available and reserved balance at `at`, ascending by user id: the users of
    `user_ids` that have accounts, or every user (streamed from the database in chunks)."""
    accounts = Account.objects.filter(kind__in=Account.USER_KINDS)
    if user_ids is not None:
        accounts = accounts.filter(user_id__in=list(user_ids))
    rows = (
        selectors.balances_at(at=at, accounts=accounts)
        .order_by("user_id", "kind")
        .values_list("user_id", "kind", "balance_at")
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
        selectors.balances_at(at=at, accounts=Account.objects.filter(kind__in=Account.USER_KINDS))
        .values("kind")
        .annotate(total=Sum("balance_at"))
        .values_list("kind", "total")
    )
    totals = {kind: Decimal(total).quantize(CENT) for kind, total in rows}
    return BalanceAt(
        user_id=0,
        available=totals.get(Account.Kind.AVAILABLE, ZERO),
        reserved=totals.get(Account.Kind.RESERVED, ZERO),
    )
