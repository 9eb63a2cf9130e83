"""The public services of the write side: one function per movement, and `movements_post`, the one
road every movement travels (alone or in a batch).

Each runs in a database transaction of its own, or joins the caller's without a savepoint: a
refusal then dooms the whole enclosing transaction, so a caller that must survive a refusal (a
keyed request storing it) opens its own savepoint around the call. That saves two round trips
on every keyed request. Outside any transaction, a deposit, withdrawal or transfer needs none of
its own: one statement checks, writes and commits it (`movement_post`).
"""

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from balance_service.errors import DomainError
from ledger import sql
from ledger.models import Reservation, Transaction
from ledger.services.books import BalanceAfter, Books, accounts_lock_for
from ledger.services.commands import Cancel, Deposit, Movement, Pay, Posted, Refund, Reserve, Transfer, Withdrawal
from ledger.services.posting import posting_alone


class MovementRefused(Exception):
    """Movement number `index` of a `movements_post` call was refused with `error`."""

    def __init__(self, index: int, error: DomainError):
        super().__init__(f"movement {index}: {error.message}")
        self.index, self.error = index, error


def _post_all(movements: Sequence[Movement]) -> list[Posted]:
    """Lock, apply in order, write at once; raises the first refusal's MovementRefused."""
    books = Books(movements)
    results = []
    for index, movement in enumerate(movements):
        books.enter(movement)
        planned = len(books.postings)
        try:
            posted = movement.apply(books)
        except DomainError as exc:
            raise MovementRefused(index, exc) from exc
        postings = books.postings[planned:]
        # One posting (most movements): its own balances after it are the movement's.
        results.append(
            replace(posted, balances=postings[0].after if len(postings) == 1 else books.balances_after(postings))
        )
    books.write()
    return results


@transaction.atomic(savepoint=False)
def movements_post(*, movements: Sequence[Movement], atomic: bool = True) -> list[Posted | DomainError]:
    """Post `movements` in order, in one database transaction.

    Every existing account involved is locked up front in primary-key order, so crossing calls
    cannot deadlock; each movement is checked against the balances the ones before it leave.

    `atomic=True`: all or none. The postings of all of them are written at once (one statement
    on PostgreSQL, whatever their number). Raises `MovementRefused` naming the first refused
    movement; nothing is written then.

    `atomic=False`: each stands alone in a savepoint. Returns, in order, what each posted or the
    DomainError that refused it (which then left nothing behind).
    """
    if atomic:
        return _post_all(movements)
    accounts_lock_for(movements)  # every existing account first, in order; each savepoint opens its own
    results: list[Posted | DomainError] = []
    for movement in movements:
        try:
            with transaction.atomic():
                results.extend(_post_all([movement]))
        except MovementRefused as exc:
            results.append(exc.error)
    return results


def movement_post(*, movement: Movement) -> Posted:
    """Post one movement (`movements_post` of one); raises the DomainError that refuses it.

    Outside any transaction, a movement whose legs the request alone decides goes first as one
    statement that checks, writes and commits (`posting_alone`): one round trip instead of four.
    When that statement writes nothing (a rule would refuse, an account must be opened), the
    general road runs and says why, or posts it if the books changed meanwhile."""
    if (simple := movement.simple()) is not None and sql.alone_possible():
        alone = posting_alone(simple, now=timezone.now())
        if alone is not None:
            txn, after = alone
            return Posted(txn, balances=tuple(BalanceAfter(*row) for row in after))
    try:
        return movements_post(movements=[movement])[0]
    except MovementRefused as exc:
        raise exc.error from None


def deposit_create(*, user_id: int, amount: Decimal, comment: str = "") -> Transaction:
    """Money arrives from outside (billing took an external payment). Opens the user's accounts."""
    return movement_post(movement=Deposit(user_id=user_id, amount=amount, comment=comment)).record


def withdrawal_create(*, user_id: int, amount: Decimal, comment: str = "") -> Transaction:
    """Money leaves to an external payout."""
    return movement_post(movement=Withdrawal(user_id=user_id, amount=amount, comment=comment)).record


def transfer_create(*, from_user_id: int, to_user_id: int, amount: Decimal, comment: str = "") -> Transaction:
    """From one user's available balance to another's; opens the receiver's accounts if needed."""
    return movement_post(
        movement=Transfer(from_user_id=from_user_id, to_user_id=to_user_id, amount=amount, comment=comment)
    ).record


def reservation_create(
    *, user_id: int, service_id: int, order_id: int, amount: Decimal, service_name: str | None = None, comment: str = ""
) -> tuple[Reservation, bool]:
    """Hold `amount` of the user's available money for an order. Returns the reservation and
    whether it is new: the same call again returns the existing one and moves nothing."""
    posted = movement_post(
        movement=Reserve(
            user_id=user_id,
            service_id=service_id,
            order_id=order_id,
            amount=amount,
            service_name=service_name,
            comment=comment,
        )
    )
    return posted.record, posted.moved


def reservation_pay(*, user_id: int, service_id: int, order_id: int, amount: Decimal) -> Reservation:
    """Charge a reservation as company revenue (the rest, if any, goes back to available)."""
    return movement_post(movement=Pay(user_id=user_id, service_id=service_id, order_id=order_id, amount=amount)).record


def reservation_cancel(*, user_id: int, service_id: int, order_id: int, amount: Decimal | None = None) -> Reservation:
    """Return the whole reserved amount to available."""
    return movement_post(
        movement=Cancel(user_id=user_id, service_id=service_id, order_id=order_id, amount=amount)
    ).record


def payment_refund_create(
    *, user_id: int, service_id: int, order_id: int, amount: Decimal | None = None, comment: str = ""
) -> Reservation:
    """Give back `amount` (None: all that is left) of a paid reservation's payment to the user."""
    return movement_post(
        movement=Refund(user_id=user_id, service_id=service_id, order_id=order_id, amount=amount, comment=comment)
    ).record
