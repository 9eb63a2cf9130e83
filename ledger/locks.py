"""Every row lock of the books is taken here, in one order: user accounts by primary key, then
the reservation. Crossing transfers therefore cannot deadlock (a rare race with an account
that another transaction has just opened is retried by `balance_service.db.in_transaction`)."""

from collections.abc import Collection
from dataclasses import dataclass

from django.db import DEFAULT_DB_ALIAS, connection
from django.db.transaction import TransactionManagementError

from ledger.models import Account, Reservation, Service

_system_ids: dict[str, int] = {}


@dataclass
class UserAccounts:
    available: Account
    reserved: Account | None = None  # None when locked with `reserved=False`


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
    """One statement, written out: the ORM's query compiler took a third of a transfer's CPU time
    here. SQLite has no row locks (its immediate transactions already hold the write lock)."""
    if not connection.in_atomic_block:
        raise TransactionManagementError("Accounts are locked inside a transaction only.")
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    params: list = list(ids)
    only_available = ""
    if not reserved:
        only_available = " AND kind = %s"
        params.append(Account.Kind.AVAILABLE.value)
    placeholders = ", ".join(["%s"] * len(ids))
    lock = f" {connection.ops.for_update_sql(no_key=True)}" if connection.features.has_select_for_update else ""
    sql = (
        "SELECT id, user_id, kind, balance FROM ledger_account"  # noqa: S608 - constants and placeholders only
        f" WHERE user_id IN ({placeholders}){only_available} ORDER BY id{lock}"
    )
    by_user: dict[int, dict[str, Account]] = {}
    for account in Account.objects.db_manager(connection.alias).raw(sql, params):
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


def service_ensure(*, service_id: int, name: str | None) -> None:
    """Register a service the first time its id is seen. An existing name is kept: accountants own it."""
    Service.objects.bulk_create([Service(id=service_id, name=name or f"Service {service_id}")], ignore_conflicts=True)
