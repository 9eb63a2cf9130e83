"""Every row lock of the books is taken here, in one order: user accounts by primary key, then
reservations. Crossing transfers therefore cannot deadlock (a rare race with an account that
another transaction has just opened is retried by the API's transaction runner)."""

from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from ledger import sql
from ledger.models import Account, Reservation

_BOTH = tuple(kind.value for kind in Account.USER_KINDS)


@dataclass(slots=True)
class LockedAccount:
    """A user's account row, locked by this transaction. Planning a movement changes `balance`
    in memory; the write sends it (a plain object: a batch locks thousands of these, and a model
    instance costs several times as much to build)."""

    pk: int
    user_id: int
    kind: str
    balance: Decimal

    def __str__(self) -> str:
        return f"user {self.user_id} {self.kind}"


@dataclass(slots=True)
class UserAccounts:
    available: LockedAccount
    reserved: LockedAccount


def accounts_lock(*, user_ids: Collection[int], open_for: Collection[int] = ()) -> dict[int, UserAccounts]:
    """Lock the available and reserved accounts of `user_ids`, in primary-key order. Both kinds,
    even for a movement that moves available money only: every answer carries both balances
    after it (API.md, "Balances after"), and a locked row is the only read of the reserved one
    that cannot be stale. It costs no contention (whoever changes a reserved balance holds its
    user's available account too) and no measurable time (`make bench-cpu`).

    Users in `open_for` get their accounts opened first if they have none (two concurrent first
    deposits both succeed: the second insert waits for the first and then does nothing).
    Users without accounts are missing from the result.
    """
    locked = _lock(user_ids)
    missing = sorted(set(open_for) - locked.keys())
    if missing:
        Account.objects.bulk_create(
            [Account(user_id=user_id, kind=kind) for user_id in missing for kind in Account.USER_KINDS],
            ignore_conflicts=True,
        )
        locked.update(_lock(missing))
    return locked


def accounts_lock_free(*, user_ids: Collection[int]) -> dict[int, UserAccounts]:
    """Lock the accounts of those of `user_ids` whose accounts no other transaction holds, and
    return them (the worker's sweep: several workers share the work without waiting on each
    other or on the users' requests)."""
    return _lock(user_ids, skip_locked=True)


def _lock(user_ids: Collection[int], skip_locked: bool = False) -> dict[int, UserAccounts]:
    by_user: dict[int, dict[str, LockedAccount]] = {}
    for row in sql.accounts_select_for_update(user_ids, skip_locked=skip_locked):
        account = LockedAccount(*row)
        by_user.setdefault(account.user_id, {})[account.kind] = account
    # Skipping locked rows may leave a user with one of the two: that user is left for later.
    return {user_id: UserAccounts(**kinds) for user_id, kinds in by_user.items() if len(kinds) == len(_BOTH)}


def reservation_lock(*, order_id: int, service_id: int) -> Reservation | None:
    """Lock a reservation (after its user's accounts)."""
    return sql.reservation_select_for_update(order_id=order_id, service_id=service_id)
