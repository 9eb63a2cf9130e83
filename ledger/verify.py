"""The books checker: every invariant of the books, read back from the database."""

from decimal import Decimal

from django.db.models import DecimalField, F, Q, Sum
from django.db.models.functions import Cast, Round

from ledger.models import Account, Entry, Reservation, Transaction


def _cents(field: str) -> Cast:
    """An amount as whole cents: summed exactly on every database. (SQLite sums decimals as
    floats, where 0.10 + 0.20 is not 0.30; whole numbers it sums as integers.)"""
    return Cast(Round(F(field) * 100), DecimalField(max_digits=30, decimal_places=0))


def _cent_sum(field: str) -> Sum:
    return Sum(_cents(field), default=0)


def _money(cents) -> Decimal:
    return Decimal(cents).scaleb(-2)


def ledger_verify() -> list[str]:
    """Check the books; return one line per problem (empty when they are right).

    - every transaction's entries sum to zero (and it has entries);
    - every user account's cached balance equals the sum of its entries, and is not negative;
    - every reserved balance equals the sum of its user's open reservations;
    - the revenue account holds payments - refunds, and each reservation's refunded amount is the
      sum of its refunds;
    - total money is conserved: user balances + revenue = money that came in from outside.

    Sums are of whole cents (`_cents`), so the check is exact on SQLite as on PostgreSQL.
    """
    problems: list[str] = []
    unbalanced = (
        Entry.objects.values("transaction_id")
        .annotate(total=_cent_sum("amount"))
        .exclude(total=0)
        .order_by("transaction_id")
    )
    problems += [
        f"transaction {row['transaction_id']} entries sum to {_money(row['total'])}" for row in unbalanced[:100]
    ]
    empty = Transaction.objects.filter(entries__isnull=True).values_list("pk", flat=True)[:100]
    problems += [f"transaction {pk} has no entries" for pk in empty]

    user_accounts = Account.objects.filter(user_id__isnull=False)
    drifted = user_accounts.annotate(entry_cents=_cent_sum("entries__amount")).exclude(entry_cents=_cents("balance"))
    problems += [f"{a}: balance {a.balance:.2f} but entries sum to {_money(a.entry_cents):.2f}" for a in drifted[:100]]
    problems += [f"{a}: balance {a.balance:.2f} is below zero" for a in user_accounts.filter(balance__lt=0)[:100]]

    open_by_user = {
        user_id: _money(cents)
        for user_id, cents in Reservation.objects.filter(status=Reservation.Status.RESERVED)
        .values("user_id")
        .annotate(total=_cent_sum("amount"))
        .values_list("user_id", "total")
    }
    for user_id, reserved in Account.objects.filter(kind=Account.Kind.RESERVED).values_list("user_id", "balance"):
        expected = open_by_user.pop(user_id, Decimal("0"))
        if reserved != expected:
            problems.append(
                f"user {user_id}: reserved balance {reserved:.2f} but open reservations sum to {expected:.2f}"
            )
    problems += [
        f"user {user_id}: open reservations {total} but no reserved account" for user_id, total in open_by_user.items()
    ]

    totals = {
        kind: _money(cents)
        for kind, cents in Entry.objects.values("account__kind")
        .annotate(total=_cent_sum("amount"))
        .values_list("account__kind", "total")
    }
    users = totals.get(Account.Kind.AVAILABLE, 0) + totals.get(Account.Kind.RESERVED, 0)
    came_in = -totals.get(Account.Kind.WORLD, 0)
    revenue = totals.get(Account.Kind.REVENUE, 0)
    by_type = {
        kind: _money(cents)
        for kind, cents in Transaction.objects.filter(type__in=[Transaction.Type.PAYMENT, Transaction.Type.REFUND])
        .values("type")
        .annotate(total=_cent_sum("amount"))
        .values_list("type", "total")
    }
    payments, refunds = by_type.get(Transaction.Type.PAYMENT, 0), by_type.get(Transaction.Type.REFUND, 0)
    if payments - refunds != revenue:
        problems.append(f"payments {payments} - refunds {refunds} but the revenue account holds {revenue}")
    refunded = (
        Reservation.objects.annotate(
            refund_cents=Sum(
                _cents("transactions__amount"), filter=Q(transactions__type=Transaction.Type.REFUND), default=0
            )
        )
        .exclude(refund_cents=_cents("refunded_amount"))
        .order_by("pk")
    )
    problems += [
        f"reservation {r}: refunded_amount {r.refunded_amount:.2f} but its refunds sum to {_money(r.refund_cents):.2f}"
        for r in refunded[:100]
    ]
    if users + revenue != came_in:
        problems.append(f"money not conserved: users {users} + revenue {revenue} != deposits - withdrawals {came_in}")
    return problems
