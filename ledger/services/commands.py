"""The money movements as commands: small frozen values that say whose accounts they lock, whose
accounts they may open, and how they change the books (`apply`).

Adding a movement is adding a command here (and its public function in `movements.py`).
Amounts arrive validated: positive, two decimals, within the maximum (see `ledger.serializers`).
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from balance_service.errors import (
    AmountExceedsRefundable,
    AmountExceedsReservation,
    OrderConflict,
    ReservationExpired,
    ReservationNotFound,
    ReservationNotPaid,
    ReservationNotPending,
)
from ledger.models import Account, Reservation, Transaction
from ledger.services.books import BalanceAfter, Books
from ledger.services.locks import UserAccounts
from ledger.services.posting import SimplePosting


@dataclass(frozen=True, slots=True)
class Posted:
    """What one movement answers with: its transaction or reservation, whether it moved money now
    (False: the same call again, which moves nothing), and the balances of each user it changed
    right after it (filled in by `movements_post`)."""

    record: Transaction | Reservation
    moved: bool = True
    balances: tuple[BalanceAfter, ...] = ()


class Movement:
    """A command. `locks`: the users whose accounts it locks; `opens`: those whose accounts it
    opens when missing."""

    @property
    def locks(self) -> tuple[int, ...]:
        raise NotImplementedError

    @property
    def opens(self) -> tuple[int, ...]:
        return ()

    def apply(self, books: Books) -> Posted:
        """Check the rules against the locked books and plan the postings; raise a DomainError
        (before changing anything) when a rule says no."""
        raise NotImplementedError

    def simple(self) -> SimplePosting | None:
        """The one posting this movement makes, when the request alone decides its legs (then a
        single statement may check and write it: `posting_alone`); None when it needs the books
        (a reservation, a balance that decides an amount)."""
        return None


@dataclass(frozen=True, slots=True)
class Deposit(Movement):
    """Money arrives from outside (billing took an external payment). Opens the user's accounts."""

    user_id: int
    amount: Decimal
    comment: str = ""

    @property
    def locks(self) -> tuple[int, ...]:
        return (self.user_id,)

    @property
    def opens(self) -> tuple[int, ...]:
        return (self.user_id,)

    def simple(self) -> SimplePosting:
        return SimplePosting(
            type=Transaction.Type.DEPOSIT,
            amount=self.amount,
            user_id=self.user_id,
            comment=self.comment,
            legs=((None, Account.Kind.WORLD, -self.amount), (self.user_id, Account.Kind.AVAILABLE, self.amount)),
        )

    def apply(self, books: Books) -> Posted:
        return Posted(books.post_simple(self.simple()))


@dataclass(frozen=True, slots=True)
class Withdrawal(Movement):
    """Money leaves to an external payout."""

    user_id: int
    amount: Decimal
    comment: str = ""

    @property
    def locks(self) -> tuple[int, ...]:
        return (self.user_id,)

    def simple(self) -> SimplePosting:
        return SimplePosting(
            type=Transaction.Type.WITHDRAWAL,
            amount=self.amount,
            user_id=self.user_id,
            comment=self.comment,
            legs=((self.user_id, Account.Kind.AVAILABLE, -self.amount), (None, Account.Kind.WORLD, self.amount)),
        )

    def apply(self, books: Books) -> Posted:
        books.require_available(self.user_id, self.amount)
        return Posted(books.post_simple(self.simple()))


@dataclass(frozen=True, slots=True)
class Transfer(Movement):
    """From one user's available balance to another's; opens the receiver's accounts if needed."""

    from_user_id: int
    to_user_id: int
    amount: Decimal
    comment: str = ""

    def __post_init__(self):
        if self.from_user_id == self.to_user_id:
            raise ValueError("a transfer needs two different users")  # the serializer says so first

    @property
    def locks(self) -> tuple[int, ...]:
        return (self.from_user_id, self.to_user_id)

    @property
    def opens(self) -> tuple[int, ...]:
        return (self.to_user_id,)

    def simple(self) -> SimplePosting:
        return SimplePosting(
            type=Transaction.Type.TRANSFER,
            amount=self.amount,
            user_id=self.from_user_id,
            to_user_id=self.to_user_id,
            comment=self.comment,
            legs=(
                (self.from_user_id, Account.Kind.AVAILABLE, -self.amount),
                (self.to_user_id, Account.Kind.AVAILABLE, self.amount),
            ),
        )

    def apply(self, books: Books) -> Posted:
        books.require_available(self.from_user_id, self.amount)
        return Posted(books.post_simple(self.simple()))


class _OfReservation(Movement):
    """A movement on the reservation of (order_id, service_id), which must be `user_id`'s."""

    user_id: int
    service_id: int
    order_id: int

    @property
    def locks(self) -> tuple[int, ...]:
        return (self.user_id,)

    def _reservation(self, books: Books) -> tuple[Reservation, UserAccounts]:
        """Lock the reservation (after the user's accounts); 404 unless it is this user's."""
        accounts = books.find(self.user_id)
        reservation = books.reservation(order_id=self.order_id, service_id=self.service_id) if accounts else None
        if reservation is None or reservation.user_id != self.user_id:
            raise ReservationNotFound(
                f"User {self.user_id} has no reservation for order {self.order_id} of service {self.service_id}."
            )
        return reservation, accounts

    def _release(self, books: Books, reservation: Reservation, accounts: UserAccounts, amount: Decimal) -> None:
        books.post(
            type=Transaction.Type.RESERVATION_RELEASE,
            amount=amount,
            user_id=reservation.user_id,
            reservation=reservation,
            legs=[(accounts.reserved, -amount), (accounts.available, amount)],
        )

    def _expire(self, books: Books, reservation: Reservation, accounts: UserAccounts) -> None:
        """Release an open reservation whose time is up; its status becomes `expired`."""
        self._release(books, reservation, accounts, reservation.amount)
        reservation.status = Reservation.Status.EXPIRED
        books.reservation_save(reservation, fields=("status",))


@dataclass(frozen=True, slots=True)
class Reserve(_OfReservation):
    """Hold `amount` of the user's available money for an order. The same call again answers the
    existing reservation and moves nothing."""

    user_id: int
    service_id: int
    order_id: int
    amount: Decimal
    service_name: str | None = None
    comment: str = ""
    expires_at: datetime | None = None  # checked by the serializer: in the future, within the maximum

    def apply(self, books: Books) -> Posted:
        accounts = books.accounts(self.user_id)
        existing = books.reservation(order_id=self.order_id, service_id=self.service_id)
        if existing is not None:
            self._require_same(existing)
            return Posted(existing, moved=False)
        books.require_available(self.user_id, self.amount)
        # A service id seen for the first time is registered; an existing name is the accountants'.
        # Another user may be reserving the same order right now: the unique constraint decides,
        # and the loser compares with the winner's reservation.
        reservation = books.reservation_open(
            Reservation(
                user_id=self.user_id,
                service_id=self.service_id,
                order_id=self.order_id,
                amount=self.amount,
                expires_at=self.expires_at,
            ),
            service_name=self.service_name or f"Service {self.service_id}",
        ) or books.reservation(order_id=self.order_id, service_id=self.service_id)
        self._require_same(reservation)
        books.post(
            type=Transaction.Type.RESERVATION,
            amount=self.amount,
            user_id=self.user_id,
            reservation=reservation,
            comment=self.comment,
            legs=[(accounts.available, -self.amount), (accounts.reserved, self.amount)],
        )
        return Posted(reservation)

    def _require_same(self, reservation: Reservation) -> None:
        if reservation.user_id != self.user_id or reservation.amount != self.amount:
            raise OrderConflict(
                f"Order {reservation.order_id} of service {reservation.service_id} already has a reservation "
                f"with another user or amount."
            )


@dataclass(frozen=True, slots=True)
class Pay(_OfReservation):
    """Charge a reservation as company revenue. Paying less than reserved returns the rest to
    available. Paying a paid reservation again with the same amount moves nothing."""

    user_id: int
    service_id: int
    order_id: int
    amount: Decimal

    def apply(self, books: Books) -> Posted:
        reservation, accounts = self._reservation(books)
        if reservation.status == Reservation.Status.PAID and reservation.paid_amount == self.amount:
            return Posted(reservation, moved=False)
        if reservation.status == Reservation.Status.EXPIRED or (
            reservation.status == Reservation.Status.RESERVED and reservation.expired_at(books.now)
        ):
            raise ReservationExpired(f"The reservation for order {self.order_id} expired at {reservation.expires_at}.")
        if reservation.status != Reservation.Status.RESERVED:
            raise ReservationNotPending(f"The reservation for order {self.order_id} is {reservation.status}.")
        if self.amount > reservation.amount:
            raise AmountExceedsReservation(
                f"The reservation for order {self.order_id} holds {reservation.amount}, {self.amount} requested."
            )
        books.post(
            type=Transaction.Type.PAYMENT,
            amount=self.amount,
            user_id=self.user_id,
            reservation=reservation,
            legs=[(accounts.reserved, -self.amount), (Account.Kind.REVENUE, self.amount)],
        )
        if self.amount < reservation.amount:
            self._release(books, reservation, accounts, reservation.amount - self.amount)
        reservation.status, reservation.paid_amount = Reservation.Status.PAID, self.amount
        books.reservation_save(reservation, fields=("status", "paid_amount"))
        return Posted(reservation)


@dataclass(frozen=True, slots=True)
class Cancel(_OfReservation):
    """Return the whole reserved amount to available. `amount`, when given, must equal it.
    Cancelling a cancelled or expired reservation moves nothing; one whose time is up but that
    the worker has not released yet expires now."""

    user_id: int
    service_id: int
    order_id: int
    amount: Decimal | None = None

    def apply(self, books: Books) -> Posted:
        reservation, accounts = self._reservation(books)
        if self.amount is not None and self.amount != reservation.amount:
            raise OrderConflict(
                f"The reservation for order {self.order_id} holds {reservation.amount}, not {self.amount}."
            )
        if reservation.status in (Reservation.Status.CANCELLED, Reservation.Status.EXPIRED):
            return Posted(reservation, moved=False)
        if reservation.status != Reservation.Status.RESERVED:
            raise ReservationNotPending(f"The reservation for order {self.order_id} is {reservation.status}.")
        if reservation.expired_at(books.now):
            self._expire(books, reservation, accounts)
            return Posted(reservation)
        self._release(books, reservation, accounts, reservation.amount)
        reservation.status = Reservation.Status.CANCELLED
        books.reservation_save(reservation, fields=("status",))
        return Posted(reservation)


@dataclass(frozen=True, slots=True)
class Refund(_OfReservation):
    """Give back all or part of a paid reservation's payment: from the company's revenue to the
    user's available balance. `amount` None: all that is still refundable. Each call is a new
    refund (a retry needs an Idempotency-Key); never more in total than was paid."""

    user_id: int
    service_id: int
    order_id: int
    amount: Decimal | None = None
    comment: str = ""

    def apply(self, books: Books) -> Posted:
        reservation, accounts = self._reservation(books)
        if reservation.status not in (Reservation.Status.PAID, Reservation.Status.REFUNDED):
            raise ReservationNotPaid(f"The reservation for order {self.order_id} is {reservation.status}, not paid.")
        refundable = reservation.paid_amount - reservation.refunded_amount
        amount = refundable if self.amount is None else self.amount
        if not 0 < amount <= refundable:
            raise AmountExceedsRefundable(
                f"The payment for order {self.order_id} has {refundable} left to refund, {amount} requested."
            )
        books.post(
            type=Transaction.Type.REFUND,
            amount=amount,
            user_id=self.user_id,
            reservation=reservation,
            comment=self.comment,
            legs=[(Account.Kind.REVENUE, -amount), (accounts.available, amount)],
        )
        reservation.refunded_amount += amount
        if reservation.refunded_amount == reservation.paid_amount:
            reservation.status = Reservation.Status.REFUNDED
        books.reservation_save(reservation, fields=("status", "refunded_amount"))
        return Posted(reservation)


@dataclass(frozen=True, slots=True)
class Expire(_OfReservation):
    """Release a reservation whose `expires_at` has come (the worker's sweep): the held money goes
    back to available and the status becomes `expired`. Moves nothing when the reservation is no
    longer open or its time is not up."""

    user_id: int
    service_id: int
    order_id: int

    def apply(self, books: Books) -> Posted:
        reservation, accounts = self._reservation(books)
        if reservation.status != Reservation.Status.RESERVED or not reservation.expired_at(books.now):
            return Posted(reservation, moved=False)
        self._expire(books, reservation, accounts)
        return Posted(reservation)
