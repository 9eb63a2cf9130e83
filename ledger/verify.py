"""The books checker: every invariant of the books, read back from the database."""

from decimal import Decimal

from django.db.models import F, Sum

from ledger.models import Account, Entry, Reservation, Transaction


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
