"""Every row lock of the books is taken here, in one order: user accounts by primary key, then
reservations. Crossing transfers therefore cannot deadlock (a rare race with an account that
another transaction has just opened is retried by the API's transaction runner)."""

from collections.abc import Collection
from dataclasses import dataclass

from ledger import sql
from ledger.models import Account, Reservation

_AVAILABLE_ONLY = (Account.Kind.AVAILABLE.value,)
_BOTH = tuple(kind.value for kind in Account.USER_KINDS)


@dataclass
class UserAccounts:
    available: Account
    reserved: Account | None = None  # None when locked with `reserved=False`


def accounts_lock(
    *, user_ids: Collection[int], open_for: Collection[int] = (), reserved: bool = True
) -> dict[int, UserAccounts]:
    """Lock the available and (unless `reserved` is False) reserved accounts of `user_ids`, in
    primary-key order. Movements that never touch reserved money lock half the rows.

    Users in `open_for` get their accounts opened first if they have none (two concurrent first
    deposits both succeed: the second insert waits for the first and then does nothing).
    Users without accounts are missing from the result.
    """
    locked = _lock(user_ids, reserved)
    missing = sorted(set(open_for) - locked.keys())
    if missing:
        Account.objects.bulk_create(
            [Account(user_id=user_id, kind=kind) for user_id in missing for kind in Account.USER_KINDS],
            ignore_conflicts=True,
        )
        locked.update(_lock(missing, reserved))
    return locked


def _lock(user_ids: Collection[int], reserved: bool) -> dict[int, UserAccounts]:
    by_user: dict[int, dict[str, Account]] = {}
    for account in sql.accounts_select_for_update(user_ids, kinds=_BOTH if reserved else _AVAILABLE_ONLY):
        by_user.setdefault(account.user_id, {})[account.kind] = account
    return {user_id: UserAccounts(**kinds) for user_id, kinds in by_user.items()}


def reservation_lock(*, order_id: int, service_id: int) -> Reservation | None:
    """Lock a reservation (after its user's accounts)."""
    return (
        Reservation.objects.select_for_update(no_key=True, of=("self",))
        .select_related("service")
        .filter(order_id=order_id, service_id=service_id)
        .first()
    )
