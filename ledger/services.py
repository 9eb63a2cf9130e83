"""Every money movement of API.md. Each function is one atomic block that locks what it touches
through `ledger.locks`, checks the rules, and posts one balanced transaction.

Called inside another atomic block (the API layer, batches) a service joins it without a
savepoint: a refusal then dooms the whole enclosing transaction. A caller that must survive a
refusal (a keyed request storing it, a one-by-one batch) opens its own savepoint around the call.
That saves two round trips on every plain request.

Amounts arrive validated (positive, two decimals, within the maximum): see `ledger.serializers`.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django.db import connection, transaction
from django.utils import timezone

from balance_service import metrics
from balance_service.db import is_postgres
from balance_service.errors import (
    AccountNotFound,
    AmountExceedsReservation,
    DomainError,
    InsufficientFunds,
    OrderConflict,
    ReservationNotFound,
    ReservationNotPending,
)
from ledger.locks import UserAccounts, accounts_lock, reservation_lock, service_ensure, system_account_id
from ledger.models import Account, Entry, Reservation, Transaction

Leg = tuple[Account | str, Decimal]  # a user account, or the kind of a system account


EntryRow = tuple[int, int | None, Decimal, Decimal | None]  # account id, user id, amount, balance after


@dataclass
class Posting:
    """One balanced transaction, planned in memory and not yet written (see `_write`)."""

    txn: Transaction
    entries: list[EntryRow]
    changed: list[Account] = field(default_factory=list)


def _plan(
    *,
    type: str,
    amount: Decimal,
    legs: list[Leg],
    user_id: int,
    to_user_id: int | None = None,
    reservation: Reservation | None = None,
    comment: str = "",
    now: datetime | None = None,
) -> Posting:
    """Apply `legs` to the (already locked) user accounts in memory and build the transaction
    and its entries; nothing is written yet."""
    if sum(delta for _, delta in legs) != 0:
        raise AssertionError(f"unbalanced legs {legs}")
    txn = Transaction(
        type=type,
        amount=amount,
        user_id=user_id,
        to_user_id=to_user_id,
        reservation=reservation,
        service_id=reservation.service_id if reservation else None,
        comment=comment,
        created_at=now or timezone.now(),
    )
    posting = Posting(txn=txn, entries=[])
    for account, delta in legs:
        if isinstance(account, str):
            posting.entries.append((system_account_id(account), None, delta, None))
            continue
        account.balance += delta
        if account.balance < 0:
            raise AssertionError(f"{account} would go below zero")  # callers check first; the database too
        posting.entries.append((account.pk, account.user_id, delta, account.balance))
        posting.changed.append(account)
    return posting


def _write(postings: list[Posting]) -> list[Transaction]:
    """Write planned postings whatever their number: the transactions, their entries and the new
    cached balances of the accounts they changed. One statement on PostgreSQL, three elsewhere."""
    balances = {account.pk: account.balance for p in postings for account in p.changed}  # the last wins
    if is_postgres():
        _write_postgres(postings, balances)
    else:
        _write_portable(postings, balances)
    txns = [p.txn for p in postings]
    metrics.money_posted(txns)  # counted once the database transaction commits
    return txns


# The transactions' ids are drawn first (`ids`), so each entry finds its transaction by position.
# The database still judges all of it: the balance >= 0 check on every updated row, the entries'
# sum-to-zero trigger and the transaction -> reservation foreign key at the end of the statement,
# the entry -> transaction foreign key (deferred) at commit. Drawing ids with nextval() needs the
# USAGE right on that sequence (README, "Decisions").
_WRITE_SQL = """
WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, %(count)s::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest(%(type)s::varchar[], %(amount)s::numeric[], %(user_id)s::bigint[], %(to_user_id)s::bigint[],
                %(reservation_id)s::bigint[], %(service_id)s::bigint[], %(comment)s::varchar[],
                %(created_at)s::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest(%(entry_n)s::bigint[], %(entry_account_id)s::bigint[], %(entry_user_id)s::bigint[],
                %(entry_amount)s::numeric[], %(entry_balance_after)s::numeric[], %(entry_created_at)s::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest(%(account_id)s::bigint[], %(balance)s::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
"""


def _write_postgres(postings: list[Posting], balances: dict[int, Decimal]) -> None:
    """PostgreSQL: everything in one statement (one round trip), columns sent as arrays."""
    txns = [p.txn for p in postings]
    entries = [(n, *entry, p.txn.created_at) for n, p in enumerate(postings, 1) for entry in p.entries]
    params = {
        "count": len(txns),
        "type": [t.type for t in txns],
        "amount": [Decimal(t.amount) for t in txns],  # psycopg refuses a list mixing int and Decimal
        "user_id": [t.user_id for t in txns],
        "to_user_id": [t.to_user_id for t in txns],
        "reservation_id": [t.reservation_id for t in txns],
        "service_id": [t.service_id for t in txns],
        "comment": [t.comment for t in txns],
        "created_at": [t.created_at for t in txns],
        "account_id": list(balances),
        "balance": list(balances.values()),
    }
    columns = ("n", "account_id", "user_id", "amount", "balance_after", "created_at")
    params.update((f"entry_{name}", [entry[i] for entry in entries]) for i, name in enumerate(columns))
    params["entry_amount"] = [Decimal(amount) for amount in params["entry_amount"]]
    with connection.cursor() as cursor:
        cursor.execute(_WRITE_SQL, params)
        for txn, (txn_id,) in zip(txns, cursor.fetchall(), strict=True):
            txn.pk = txn_id
            txn._state.adding, txn._state.db = False, connection.alias


def _write_portable(postings: list[Posting], balances: dict[int, Decimal]) -> None:
    """Other databases (SQLite for local runs): the ORM, three statements."""
    Transaction.objects.bulk_create([p.txn for p in postings])
    Entry.objects.bulk_create(
        Entry(
            transaction=p.txn,
            account_id=account_id,
            user_id=user_id,
            amount=amount,
            balance_after=balance_after,
            created_at=p.txn.created_at,
        )
        for p in postings
        for account_id, user_id, amount, balance_after in p.entries
    )
    Account.objects.bulk_update([Account(pk=pk, balance=b) for pk, b in balances.items()], ["balance"])


def _post(**kwargs) -> Transaction:
    """Plan and write one balanced transaction (see `_plan`)."""
    return _write([_plan(**kwargs)])[0]


def _accounts_of(user_id: int, locked: dict[int, UserAccounts]) -> UserAccounts:
    try:
        return locked[user_id]
    except KeyError:
        raise AccountNotFound(f"User {user_id} has no account.") from None


def _require_available(user_id: int, accounts: UserAccounts, amount: Decimal) -> None:
    if accounts.available.balance < amount:
        raise InsufficientFunds(f"User {user_id} has {accounts.available.balance} available, {amount} requested.")


def _deposit(
    locked: dict[int, UserAccounts], *, user_id: int, amount: Decimal, comment: str = "", now: datetime | None = None
) -> Posting:
    return _plan(
        type=Transaction.Type.DEPOSIT,
        amount=amount,
        user_id=user_id,
        comment=comment,
        now=now,
        legs=[(Account.Kind.WORLD, -amount), (locked[user_id].available, amount)],
    )


def _withdrawal(
    locked: dict[int, UserAccounts], *, user_id: int, amount: Decimal, comment: str = "", now: datetime | None = None
) -> Posting:
    accounts = _accounts_of(user_id, locked)
    _require_available(user_id, accounts, amount)
    return _plan(
        type=Transaction.Type.WITHDRAWAL,
        amount=amount,
        user_id=user_id,
        comment=comment,
        now=now,
        legs=[(accounts.available, -amount), (Account.Kind.WORLD, amount)],
    )


def _transfer(
    locked: dict[int, UserAccounts],
    *,
    from_user_id: int,
    to_user_id: int,
    amount: Decimal,
    comment: str = "",
    now: datetime | None = None,
) -> Posting:
    if from_user_id == to_user_id:
        raise ValueError("a transfer needs two different users")  # the serializer says so first
    sender = _accounts_of(from_user_id, locked)
    _require_available(from_user_id, sender, amount)
    return _plan(
        type=Transaction.Type.TRANSFER,
        amount=amount,
        user_id=from_user_id,
        to_user_id=to_user_id,
        comment=comment,
        now=now,
        legs=[(sender.available, -amount), (locked[to_user_id].available, amount)],
    )


# The plain movements, by operation name: how to plan one, and whose accounts it locks and opens.
_MOVEMENTS = {
    "deposit": (_deposit, lambda a: [a["user_id"]], lambda a: [a["user_id"]]),
    "withdraw": (_withdrawal, lambda a: [a["user_id"]], lambda a: []),
    "transfer": (_transfer, lambda a: [a["from_user_id"], a["to_user_id"]], lambda a: [a["to_user_id"]]),
}
MOVEMENT_NAMES = frozenset(_MOVEMENTS)


def _create(name: str, args: dict) -> Transaction:
    plan, users, opens = _MOVEMENTS[name]
    locked = accounts_lock(user_ids=users(args), open_for=opens(args), reserved=False)
    return _write([plan(locked, **args)])[0]


@transaction.atomic(savepoint=False)
def deposit_create(*, user_id: int, amount: Decimal, comment: str = "") -> Transaction:
    """Money arrives from outside (billing took an external payment). Opens the user's accounts."""
    return _create("deposit", {"user_id": user_id, "amount": amount, "comment": comment})


@transaction.atomic(savepoint=False)
def withdrawal_create(*, user_id: int, amount: Decimal, comment: str = "") -> Transaction:
    """Money leaves to an external payout."""
    return _create("withdraw", {"user_id": user_id, "amount": amount, "comment": comment})


@transaction.atomic(savepoint=False)
def transfer_create(*, from_user_id: int, to_user_id: int, amount: Decimal, comment: str = "") -> Transaction:
    """From one user's available balance to another's; opens the receiver's accounts if needed."""
    args = {"from_user_id": from_user_id, "to_user_id": to_user_id, "amount": amount, "comment": comment}
    return _create("transfer", args)


def accounts_touched(*, name: str, args: dict) -> tuple[list[int], list[int]]:
    """The users whose accounts the operation `name` (an API operation) locks, and those whose
    accounts it opens when missing: for batches, which lock everything up front."""
    if name in _MOVEMENTS:
        _, touched, opened = _MOVEMENTS[name]
        return touched(args), opened(args)
    return [args["user_id"]], []


class MovementRefused(Exception):
    """Movement number `index` of a `movements_create` call was refused with `error`."""

    def __init__(self, index: int, error: DomainError):
        super().__init__(f"movement {index}: {error.message}")
        self.index, self.error = index, error


@transaction.atomic(savepoint=False)
def movements_create(*, movements: Sequence[tuple[str, dict]]) -> list[Transaction]:
    """Post deposits, withdrawals and transfers (`(name, arguments)` as for `deposit_create`,
    `withdrawal_create`, `transfer_create`; names in `MOVEMENT_NAMES`) in order, all or none.

    Every account involved is locked up front in primary-key order (those the movements open
    are opened then), the movements are checked one after the other against the balances they
    leave, and then written in one statement whatever their number (see `_write`). A movement sees only the
    accounts that existed before or that an earlier movement opened, so it is refused as it
    would be alone (a withdrawal before the user's first deposit: `account_not_found`).
    Raises `MovementRefused` naming the first refused movement; nothing is written then.
    """
    users, opens = set(), set()
    for name, args in movements:
        touched, opened = accounts_touched(name=name, args=args)
        users.update(touched)
        opens.update(opened)
    locked = accounts_lock(user_ids=users, reserved=False)
    present = set(locked)  # users whose accounts exist at this point of the batch
    if opens - present:
        locked |= accounts_lock(user_ids=(), open_for=opens - present, reserved=False)
    now = timezone.now()
    postings = []
    for index, (name, args) in enumerate(movements):
        plan, touched, opened = _MOVEMENTS[name]
        present.update(opened(args))
        visible = {user_id: locked[user_id] for user_id in touched(args) if user_id in present}
        try:
            postings.append(plan(visible, **args, now=now))
        except DomainError as exc:
            raise MovementRefused(index, exc) from exc
    return _write(postings)


@transaction.atomic(savepoint=False)
def reservation_create(
    *, user_id: int, service_id: int, order_id: int, amount: Decimal, service_name: str | None = None, comment: str = ""
) -> tuple[Reservation, bool]:
    """Hold `amount` of the user's available money for an order. Returns the reservation and
    whether it is new: the same call again returns the existing one and moves nothing."""
    accounts = _accounts_of(user_id, accounts_lock(user_ids=[user_id]))
    existing = reservation_lock(order_id=order_id, service_id=service_id)
    if existing is not None:
        _require_same_reservation(existing, user_id=user_id, amount=amount)
        return existing, False
    _require_available(user_id, accounts, amount)
    service_ensure(service_id=service_id, name=service_name)
    # Another user may be reserving the same order right now: the unique constraint decides.
    Reservation.objects.bulk_create(
        [Reservation(user_id=user_id, service_id=service_id, order_id=order_id, amount=amount)], ignore_conflicts=True
    )
    reservation = reservation_lock(order_id=order_id, service_id=service_id)
    _require_same_reservation(reservation, user_id=user_id, amount=amount)
    _post(
        type=Transaction.Type.RESERVATION,
        amount=amount,
        user_id=user_id,
        reservation=reservation,
        comment=comment,
        legs=[(accounts.available, -amount), (accounts.reserved, amount)],
    )
    return reservation, True


def _require_same_reservation(reservation: Reservation, *, user_id: int, amount: Decimal) -> None:
    if reservation.user_id != user_id or reservation.amount != amount:
        raise OrderConflict(
            f"Order {reservation.order_id} of service {reservation.service_id} already has a reservation "
            f"with another user or amount."
        )


def _reservation_of(*, user_id: int, service_id: int, order_id: int) -> tuple[Reservation, UserAccounts]:
    """Lock the user's accounts, then the reservation; 404 unless it is this user's."""
    accounts = accounts_lock(user_ids=[user_id]).get(user_id)
    reservation = reservation_lock(order_id=order_id, service_id=service_id) if accounts else None
    if reservation is None or reservation.user_id != user_id:
        raise ReservationNotFound(f"User {user_id} has no reservation for order {order_id} of service {service_id}.")
    return reservation, accounts


def _release(reservation: Reservation, accounts: UserAccounts, amount: Decimal) -> None:
    _post(
        type=Transaction.Type.RESERVATION_RELEASE,
        amount=amount,
        user_id=reservation.user_id,
        reservation=reservation,
        legs=[(accounts.reserved, -amount), (accounts.available, amount)],
    )


@transaction.atomic(savepoint=False)
def reservation_pay(*, user_id: int, service_id: int, order_id: int, amount: Decimal) -> Reservation:
    """Charge a reservation as company revenue. Paying less than reserved returns the rest to
    available. Paying a paid reservation again with the same amount moves nothing."""
    reservation, accounts = _reservation_of(user_id=user_id, service_id=service_id, order_id=order_id)
    if reservation.status == Reservation.Status.PAID and reservation.paid_amount == amount:
        return reservation
    if reservation.status != Reservation.Status.RESERVED:
        raise ReservationNotPending(f"The reservation for order {order_id} is {reservation.status}.")
    if amount > reservation.amount:
        raise AmountExceedsReservation(
            f"The reservation for order {order_id} holds {reservation.amount}, {amount} requested."
        )
    _post(
        type=Transaction.Type.PAYMENT,
        amount=amount,
        user_id=user_id,
        reservation=reservation,
        legs=[(accounts.reserved, -amount), (Account.Kind.REVENUE, amount)],
    )
    if amount < reservation.amount:
        _release(reservation, accounts, reservation.amount - amount)
    reservation.status, reservation.paid_amount = Reservation.Status.PAID, amount
    reservation.save(update_fields=["status", "paid_amount", "updated_at"])
    return reservation


@transaction.atomic(savepoint=False)
def reservation_cancel(*, user_id: int, service_id: int, order_id: int, amount: Decimal | None = None) -> Reservation:
    """Return the whole reserved amount to available. `amount`, when given, must equal it.
    Cancelling a cancelled reservation again moves nothing."""
    reservation, accounts = _reservation_of(user_id=user_id, service_id=service_id, order_id=order_id)
    if amount is not None and amount != reservation.amount:
        raise OrderConflict(f"The reservation for order {order_id} holds {reservation.amount}, not {amount}.")
    if reservation.status == Reservation.Status.CANCELLED:
        return reservation
    if reservation.status != Reservation.Status.RESERVED:
        raise ReservationNotPending(f"The reservation for order {order_id} is {reservation.status}.")
    _release(reservation, accounts, reservation.amount)
    reservation.status = Reservation.Status.CANCELLED
    reservation.save(update_fields=["status", "updated_at"])
    return reservation
