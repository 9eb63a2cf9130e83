"""Totals of the books for the back office (the dashboard, the trial balance), none of them a sum
over the entries table.

- What users hold now: the sum of the cached balances (one row per account).
- Open reservations: a partial index holds the open ones only (`reservation_open`).
- Movements per period and transaction type (revenue, deposits, withdrawals, reservations): one
  index-only scan of the periods' transactions (`transaction_created_covering`).
- What users held at the end of a period, from the two: the holdings now less what users' money
  grew by since. Money is conserved (the database refuses an unbalanced transaction;
  `verify_ledger` checks the sums), so this is the rule of `ledger.balances_at` (each account's
  latest `balance_after`) summed over every user, which costs one index lookup per account and
  instant instead; the tests hold the two equal.

Revenue is made of parts, each a transaction type and its sign (`REVENUE_PARTS`): payments less
refunds, a refund counting in the month it was made (as in the monthly report's CSV,
`ledger.selectors.revenue_by_service`). The dashboard, its chart, the month ends and the trial
balance follow from the parts. A refund moves money from revenue to the user's available balance:
users' money grows by what revenue shrinks by, and reserved money does not move.
"""

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone

from ledger.models import Account, Reservation, Transaction
from ledger.sql import snapshot_begin

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class RevenuePart:
    name: str
    type: str
    sign: int


REVENUE_PARTS: tuple[RevenuePart, ...] = (
    RevenuePart("payments", Transaction.Type.PAYMENT, +1),
    RevenuePart("refunds", Transaction.Type.REFUND, -1),
)

# Reserved money grows by reservations and shrinks by what is paid or released from it.
_RESERVED_SIGNS = {
    Transaction.Type.RESERVATION: +1,
    Transaction.Type.PAYMENT: -1,
    Transaction.Type.RESERVATION_RELEASE: -1,
}


@dataclass
class Movements:
    """The sums of one period's transactions by type, and what users held at the period's end."""

    by_type: dict[str, Decimal] = field(default_factory=lambda: defaultdict(lambda: ZERO))
    held_available: Decimal = ZERO
    held_reserved: Decimal = ZERO

    @property
    def revenue_parts(self) -> dict[str, Decimal]:
        return {part.name: self.by_type[part.type] for part in REVENUE_PARTS}

    @property
    def revenue(self) -> Decimal:
        """Net revenue: the parts with their signs."""
        return sum((part.sign * self.by_type[part.type] for part in REVENUE_PARTS), ZERO)

    @property
    def deposits(self) -> Decimal:
        return self.by_type[Transaction.Type.DEPOSIT]

    @property
    def withdrawals(self) -> Decimal:
        return self.by_type[Transaction.Type.WITHDRAWAL]

    @property
    def users_change(self) -> Decimal:
        """What users' money (available + reserved) grew by: what came in from outside less what
        went out and what the company earned."""
        return self.deposits - self.withdrawals - self.revenue

    @property
    def reserved_change(self) -> Decimal:
        return sum((sign * self.by_type[kind] for kind, sign in _RESERVED_SIGNS.items()), ZERO)

    @property
    def held(self) -> Decimal:
        return self.held_available + self.held_reserved


@dataclass
class Month(Movements):
    start: date = date.min  # the month's first day


@dataclass(frozen=True)
class Holdings:
    """What users hold now, from the cached balances."""

    available: Decimal
    reserved: Decimal
    users: int

    @property
    def total(self) -> Decimal:
        return self.available + self.reserved


@dataclass(frozen=True)
class Dashboard:
    holdings: Holdings
    open_reservations: int
    open_reserved: Decimal
    months: list[Month]  # oldest first; the last is the current month, to now

    @property
    def this_month(self) -> Month:
        return self.months[-1]

    @property
    def last_month(self) -> Month:
        return self.months[-2]


@dataclass(frozen=True)
class TrialBalance:
    """At the end of a day: users' money + revenue = deposits - withdrawals, all to date."""

    at: datetime
    user_count: int  # users with accounts now (the rows of "Balances at a date")
    available: Decimal
    reserved: Decimal
    revenue: Decimal
    deposits: Decimal
    withdrawals: Decimal

    @property
    def users(self) -> Decimal:
        return self.available + self.reserved

    @property
    def difference(self) -> Decimal:
        """Users' money + revenue - (deposits - withdrawals): 0 when the books are right."""
        return self.users + self.revenue - (self.deposits - self.withdrawals)


def local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.get_default_timezone())


def end_of_day(day: date) -> datetime:
    """The last instant of `day` in the business time zone (what happened at midnight belongs
    to the next day, as in the monthly report's half-open months)."""
    return local_midnight(day + timedelta(days=1)) - timedelta(microseconds=1)


def month_starts(*, today: date, count: int) -> list[date]:
    """The first days of the `count` calendar months ending with `today`'s, oldest first."""
    index = today.year * 12 + today.month - 1
    return [date(i // 12, i % 12 + 1, 1) for i in range(index - count + 1, index + 1)]


@contextmanager
def _snapshot() -> Iterator[None]:
    """A read-only transaction whose queries all read one snapshot (PostgreSQL), so the cached
    balances and the movements agree even while money moves. Inside a caller's transaction (the
    tests'), that transaction's isolation stays."""
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost:
            snapshot_begin()
        yield


def _holdings() -> Holdings:
    rows = (
        Account.objects.filter(kind__in=Account.USER_KINDS)
        .values("kind")
        .annotate(total=Sum("balance"), accounts=Count("id"))
        .values_list("kind", "total", "accounts")
    )
    by_kind = {kind: (total, accounts) for kind, total, accounts in rows}
    available, users = by_kind.get(Account.Kind.AVAILABLE, (ZERO, 0))
    return Holdings(available=available, reserved=by_kind.get(Account.Kind.RESERVED, (ZERO, 0))[0], users=users)


def _movements(*, ends: Sequence[datetime], since: datetime | None, periods: list[Movements]) -> None:
    """Fill `periods` (len(ends) + 1 of them) with the sums by type of the transactions in
    (ends[i-1], ends[i]], the first from `since` (or the beginning), the last after ends[-1].

    One pass grouped by type alone, with one cumulative sum per end (`FILTER (WHERE created_at
    <= end)` on PostgreSQL): cheap comparisons on each row and a grouping PostgreSQL runs in
    parallel, where grouping by a computed month costs several times more."""
    transactions = Transaction.objects.all() if since is None else Transaction.objects.filter(created_at__gte=since)
    sums = {f"to_{i}": Sum("amount", filter=Q(created_at__lte=end), default=ZERO) for i, end in enumerate(ends)}
    rows = transactions.order_by().values("type").annotate(total=Sum("amount"), **sums)
    for row in rows:
        to_end = [row[f"to_{i}"] for i in range(len(ends))] + [row["total"]]
        for i, period in enumerate(periods):
            period.by_type[row["type"]] = to_end[i] - (to_end[i - 1] if i else ZERO)


def _held_back_from(holdings: Holdings, periods: Sequence[Movements]) -> None:
    """Set what users held at the end of each period, walking back from the holdings now (the
    end of the last period)."""
    available, reserved = holdings.available, holdings.reserved
    for period in reversed(periods):
        period.held_available, period.held_reserved = available, reserved
        reserved -= period.reserved_change
        available -= period.users_change - period.reserved_change


def dashboard_get(*, months: int = 13) -> Dashboard:
    """The dashboard as of now, in one snapshot and five queries: holdings from the cached balances,
    open reservations, and `months` calendar months (the current one included, to now) of
    movements with what users held at the end of each."""
    starts = month_starts(today=timezone.localdate(), count=months)
    periods = [Month(start=start) for start in starts]
    with _snapshot():
        holdings = _holdings()
        open_reservations = Reservation.objects.filter(status=Reservation.Status.RESERVED).aggregate(
            count=Count("id"), total=Sum("amount", default=ZERO)
        )
        ends = [end_of_day(start - timedelta(days=1)) for start in starts[1:]]
        _movements(ends=ends, since=local_midnight(starts[0]), periods=periods)
    _held_back_from(holdings, periods)
    return Dashboard(
        holdings=holdings,
        open_reservations=open_reservations["count"],
        open_reserved=open_reservations["total"],
        months=periods,
    )


def trial_balance_at(*, at: datetime) -> TrialBalance:
    """The trial balance at `at`, in one snapshot and three queries: users' money at `at` (the
    holdings now less what it grew by since), and revenue, deposits and withdrawals to `at`."""
    before, after = Movements(), Movements()
    with _snapshot():
        holdings = _holdings()
        _movements(ends=[at], since=None, periods=[before, after])
    _held_back_from(holdings, [before, after])
    return TrialBalance(
        at=at,
        user_count=holdings.users,
        available=before.held_available,
        reserved=before.held_reserved,
        revenue=before.revenue,
        deposits=before.deposits,
        withdrawals=before.withdrawals,
    )


@dataclass(frozen=True)
class ServiceRevenue:
    service_id: int
    name: str
    parts: dict[str, Decimal]  # by the names of REVENUE_PARTS

    @property
    def revenue(self) -> Decimal:
        return sum((part.sign * self.parts[part.name] for part in REVENUE_PARTS), ZERO)


def revenue_by_service_parts(*, start: datetime, end: datetime) -> list[ServiceRevenue]:
    """Revenue in `[start, end)` per service with each of its parts, sorted by the service's name
    then id (the order of the monthly report's CSV); one query, on the index of the parts' types
    (`transaction_revenue_month`). Net revenue per service equals the CSV's
    (`ledger.selectors.revenue_by_service`)."""
    of_parts = Q()
    for part in REVENUE_PARTS:
        of_parts |= Q(type=part.type)
    rows = (
        Transaction.objects.filter(of_parts, created_at__gte=start, created_at__lt=end)
        .values("service_id", "service__name", "type")
        .annotate(total=Sum("amount"))
        .order_by("service__name", "service_id", "type")
        .values_list("service_id", "service__name", "type", "total")
    )
    by_service: dict[int, ServiceRevenue] = {}
    names = {part.type: part.name for part in REVENUE_PARTS}
    for service_id, name, kind, total in rows:
        if service_id not in by_service:
            by_service[service_id] = ServiceRevenue(service_id, name, {part.name: ZERO for part in REVENUE_PARTS})
        by_service[service_id].parts[names[kind]] = total
    return list(by_service.values())
