"""Postings: a balanced transaction planned in memory from its legs, then written with others.

A leg moves a signed amount on a (locked) user account, or on a system account named by its
kind. Planning applies the legs to the accounts' in-memory balances; `postings_write` sends any
number of postings to the database at once (`ledger.sql`). A `SimplePosting` (legs the request
alone decides) can also skip the planning: `posting_alone` has one statement lock, check and
write it.
"""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django.db import DEFAULT_DB_ALIAS

from balance_service import metrics
from balance_service.errors import BalanceLimitExceeded
from ledger import outbox, sql
from ledger.models import MAX_BALANCE, Account, Reservation, Transaction
from ledger.services.locks import LockedAccount

Leg = tuple[LockedAccount | str, Decimal]  # a locked user account, or the kind of a system account

_system_ids: dict[str, int] = {}


def system_accounts_ensure(*, using: str = DEFAULT_DB_ALIAS) -> None:
    """Create the world and revenue accounts if missing (run after every migrate)."""
    Account.objects.using(using).bulk_create(
        [Account(user_id=None, kind=kind) for kind in Account.SYSTEM_KINDS], ignore_conflicts=True
    )
    _system_ids.clear()


def system_account_id(kind: str) -> int:
    """The id of a system account. Cached per process: these rows are never locked or updated."""
    if kind not in _system_ids:
        system_accounts_ensure()
        _system_ids.update(Account.objects.filter(user_id__isnull=True).values_list("kind", "id"))
    return _system_ids[kind]


@dataclass(frozen=True, slots=True)
class SimplePosting:
    """A posting whose legs the request alone decides, whatever the balances: each leg a user's
    account as (user id, kind), or a system account as (None, kind). Deposits, withdrawals and
    transfers are such postings: `Books.post_simple` plans one inside a transaction,
    `posting_alone` checks and writes one in a single statement."""

    type: str
    amount: Decimal
    user_id: int
    legs: tuple[tuple[int | None, str, Decimal], ...]
    to_user_id: int | None = None
    comment: str = ""


@dataclass
class Posting:
    """One balanced transaction, planned and not yet written."""

    txn: Transaction
    entries: list[sql.EntryRow]
    changed: list[LockedAccount] = field(default_factory=list)
    after: tuple = ()  # its users' balances right after it (`BalanceAfter`s, set by Books.post), for its event


def posting_plan(
    *,
    type: str,
    amount: Decimal,
    legs: list[Leg],
    user_id: int,
    now: datetime,
    to_user_id: int | None = None,
    reservation: Reservation | None = None,
    comment: str = "",
) -> Posting:
    """Apply `legs` to the (already locked) user accounts in memory and build the transaction
    and its entries. Callers check the rules first; the database checks again on write. A balance
    that would pass MAX_BALANCE (the column's maximum) is refused here, for every movement, before
    any balance changes."""
    if sum(delta for _, delta in legs) != 0:
        raise AssertionError(f"unbalanced legs {legs}")
    for account, delta in legs:
        if not isinstance(account, str) and account.balance + delta > MAX_BALANCE:
            raise BalanceLimitExceeded(f"The {account} balance would pass {MAX_BALANCE}, the most the books hold.")
    txn = Transaction(
        type=type,
        amount=amount,
        user_id=user_id,
        to_user_id=to_user_id,
        reservation=reservation,
        service_id=reservation.service_id if reservation else None,
        comment=comment,
        created_at=now,
    )
    posting = Posting(txn=txn, entries=[])
    for account, delta in legs:
        if isinstance(account, str):
            posting.entries.append((system_account_id(account), None, delta, None))
            continue
        account.balance += delta
        if account.balance < 0:
            raise AssertionError(f"{account} would go below zero")
        posting.entries.append((account.pk, account.user_id, delta, account.balance))
        posting.changed.append(account)
    return posting


def posting_alone(simple: SimplePosting, *, now: datetime) -> tuple[Transaction, list[tuple]] | None:
    """Check and write `simple` in one statement that commits on its own (`sql.posting_alone`):
    its transaction (at `now`, or later if one of its accounts moved later), and `(user id,
    available, reserved)` after it of each user it moved; None when it wrote nothing (a rule would
    refuse it, or an account is missing). Only where `sql.alone_possible()`."""
    txn = Transaction(
        type=simple.type,
        amount=simple.amount,
        user_id=simple.user_id,
        to_user_id=simple.to_user_id,
        comment=simple.comment,
        created_at=None,
    )
    legs = [
        (user, kind, None, amount) if user is not None else (None, None, system_account_id(kind), amount)
        for user, kind, amount in simple.legs
    ]
    after = sql.posting_alone(txn, legs=legs, event=outbox.event_data(txn), now=now)
    if after is None:
        return None
    metrics.money_posted([txn])
    return txn, after


def postings_write(postings: list[Posting]) -> None:
    """Write planned postings, whatever their number: the transactions (which get their ids),
    their entries, their events, and the new cached balance of every account they changed."""
    if not postings:
        return
    balances = {account.pk: account.balance for p in postings for account in p.changed}  # the last wins
    events = [outbox.event_data(p.txn, balances=outbox.balances_data(p.after)) for p in postings]
    txns = [p.txn for p in postings]
    sql.postings_write(txns, [p.entries for p in postings], balances, events)
    metrics.money_posted(txns)  # counted once the database transaction commits
