"""The books as one database transaction sees them while it plans movements.

`Books` locks every account the movements touch up front (one statement, primary-key order),
opens the accounts they may open, and hands commands the locked accounts and reservations.
Commands change balances in memory and add postings; `write` sends all of them at once.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from balance_service.errors import AccountNotFound, InsufficientFunds
from ledger import sql
from ledger.models import Reservation, Transaction
from ledger.services.locks import UserAccounts, accounts_lock, reservation_lock
from ledger.services.posting import Leg, Posting, SimplePosting, posting_plan, postings_write


def accounts_lock_for(movements: Sequence) -> dict[int, UserAccounts]:
    """Lock the existing accounts (both kinds) of every user in `movements`."""
    return accounts_lock(user_ids={user_id for movement in movements for user_id in movement.locks})


@dataclass(frozen=True, slots=True)
class BalanceAfter:
    """A user's balances right after a movement, from the locked accounts."""

    user_id: int
    available: Decimal
    reserved: Decimal


class Books:
    def __init__(self, movements: Sequence):
        """Lock the accounts of every user in `movements` and open the accounts they may open.
        A movement sees an account only once it existed before or an earlier movement opened it
        (see `enter`), so it is refused as it would be alone."""
        self._locked = accounts_lock_for(movements)
        self._present = set(self._locked)
        opens = {user_id for movement in movements for user_id in movement.opens} - self._present
        if opens:
            self._locked |= accounts_lock(user_ids=(), open_for=opens)
        self.now = timezone.now()
        self.postings: list[Posting] = []

    def enter(self, movement) -> None:
        """From now on the accounts `movement` opens are visible to it and to later movements."""
        self._present.update(movement.opens)

    def find(self, user_id: int) -> UserAccounts | None:
        return self._locked.get(user_id) if user_id in self._present else None

    def accounts(self, user_id: int) -> UserAccounts:
        """The user's locked accounts; AccountNotFound when the user has none."""
        accounts = self.find(user_id)
        if accounts is None:
            raise AccountNotFound(f"User {user_id} has no account.")
        return accounts

    def require_available(self, user_id: int, amount: Decimal) -> UserAccounts:
        accounts = self.accounts(user_id)
        if accounts.available.balance < amount:
            raise InsufficientFunds(f"User {user_id} has {accounts.available.balance} available, {amount} requested.")
        return accounts

    def reservation(self, *, order_id: int, service_id: int) -> Reservation | None:
        """Lock a reservation (its user's accounts are locked already, in `__init__`)."""
        return reservation_lock(order_id=order_id, service_id=service_id)

    def reservation_open(self, reservation: Reservation, *, service_name: str) -> Reservation | None:
        """Insert `reservation` (unsaved), registering its service as `service_name` when the
        service is new. Returns it saved, with its service, or None when the order already has a
        reservation (committed by another transaction meanwhile). Stamped with the movement's
        time, as its transaction is."""
        reservation.created_at = reservation.updated_at = self.now
        return sql.reservation_insert(reservation, service_name=service_name)

    def reservation_save(self, reservation: Reservation, *, fields: Sequence[str]) -> None:
        """Save the changed `fields` of a reservation locked by `reservation`, and its `updated_at`
        (the movement's time)."""
        reservation.updated_at = self.now
        sql.reservation_update(reservation, fields=(*fields, "updated_at"))

    def post(
        self,
        *,
        type: Transaction.Type,
        amount: Decimal,
        legs: list[Leg],
        user_id: int,
        to_user_id: int | None = None,
        reservation: Reservation | None = None,
        comment: str = "",
    ) -> Transaction:
        """Plan one balanced transaction; it is written, and gets its id, in `write`."""
        posting = posting_plan(
            type=type,
            amount=amount,
            legs=legs,
            user_id=user_id,
            to_user_id=to_user_id,
            reservation=reservation,
            comment=comment,
            now=self.now,
        )
        posting.after = self.balances_after([posting])
        self.postings.append(posting)
        return posting.txn

    def post_simple(self, simple: SimplePosting) -> Transaction:
        """Plan `simple` on the locked accounts; AccountNotFound for the first leg whose user has
        none."""
        return self.post(
            type=simple.type,
            amount=simple.amount,
            user_id=simple.user_id,
            to_user_id=simple.to_user_id,
            comment=simple.comment,
            legs=[
                (kind if user is None else getattr(self.accounts(user), kind), amount)
                for user, kind, amount in simple.legs
            ],
        )

    def balances_after(self, postings: Sequence[Posting]) -> tuple[BalanceAfter, ...]:
        """The balances, as they are now in memory, of each user whose accounts `postings`
        changed (in the order they were first changed)."""
        users = dict.fromkeys(account.user_id for posting in postings for account in posting.changed)
        return tuple(
            BalanceAfter(user_id, accounts.available.balance, accounts.reserved.balance)
            for user_id, accounts in ((user_id, self._locked[user_id]) for user_id in users)
        )

    def write(self) -> None:
        postings_write(self.postings)
        self.postings = []
