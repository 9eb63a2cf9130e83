"""Row locks, reservations and reads of the hot paths."""

from collections.abc import Collection, Iterator, Sequence
from datetime import datetime
from decimal import Decimal

from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.transaction import TransactionManagementError

from ledger.models import Account, Reservation, Service
from ledger.sql.cursor import bound_cursor

# --- Locking accounts -------------------------------------------------------------------------

AccountRow = tuple[int, int, str, Decimal]  # id, user id, kind, balance


def accounts_select_for_update(user_ids: Collection[int], *, skip_locked: bool = False) -> list[AccountRow]:
    """`(id, user id, kind, balance)` of every account of `user_ids` (their available and reserved
    accounts), locked (FOR NO KEY UPDATE) in primary-key order, in one statement; `skip_locked`:
    without the rows another transaction holds (the worker's sweep). SQLite has no row locks (its
    immediate transactions already hold the write lock)."""
    if not connection.in_atomic_block:
        raise TransactionManagementError("Accounts are locked inside a transaction only.")
    ids = sorted(set(user_ids))
    if not ids:
        return []
    if connection.vendor != "postgresql":
        found = Account.objects.filter(user_id__in=ids).order_by("pk")
        return list(found.values_list("id", "user_id", "kind", "balance"))
    with bound_cursor() as cursor:
        # The ids as an array's text: integers need no quoting, and psycopg's list adapter costs
        # more than the rest of the statement's Python.
        cursor.execute(_LOCK_SQL[skip_locked], ["{" + ",".join(str(int(i)) for i in ids) + "}"])
        return cursor.fetchall()


_LOCK_SQL = {
    skip: "SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id = ANY(%s::bigint[])"  # noqa: S608
    f" ORDER BY id FOR NO KEY UPDATE{' SKIP LOCKED' if skip else ''}"
    for skip in (False, True)
}


def reservation_select_for_update(*, order_id: int, service_id: int) -> Reservation | None:
    """A reservation with its service, the reservation's row locked (FOR NO KEY UPDATE), in one
    statement; None when there is none. The ORM's twin (elsewhere) compiles the same query on
    every call, which was a third of a payment's CPU time."""
    if connection.vendor != "postgresql":
        found = Reservation.objects.select_for_update(no_key=True, of=("self",)).select_related("service")
        return found.filter(order_id=order_id, service_id=service_id).first()
    with bound_cursor() as cursor:
        cursor.execute(_RESERVATION_LOCK_SQL, [order_id, service_id])
        row = cursor.fetchone()
    return None if row is None else _reservation_from(row)


def _reservation_from(row: tuple) -> Reservation:
    """A reservation and its service from one row of both."""
    split = len(_RESERVATION_FIELDS)
    reservation = Reservation.from_db(connection.alias, _RESERVATION_FIELDS, row[:split])
    reservation.service = Service.from_db(connection.alias, _SERVICE_FIELDS, row[split:])
    return reservation


_RESERVATION_FIELDS = [field.attname for field in Reservation._meta.concrete_fields]
_SERVICE_FIELDS = [field.attname for field in Service._meta.concrete_fields]
_RESERVATION_COLUMNS = [field.column for field in Reservation._meta.concrete_fields]
_SERVICE_COLUMNS = [field.column for field in Service._meta.concrete_fields]
_RESERVATION_LOCK_SQL = f"""
SELECT {", ".join(f"r.{column}" for column in _RESERVATION_COLUMNS)},
       {", ".join(f"s.{column}" for column in _SERVICE_COLUMNS)}
FROM ledger_reservation r JOIN ledger_service s ON s.id = r.service_id
WHERE r.order_id = %s AND r.service_id = %s
FOR NO KEY UPDATE OF r
"""  # noqa: S608 - the models' own column names
# The new service's row, or the existing one (the statement's snapshot does not see its own
# insert); the foreign key is checked at the end of the statement, when the service exists.
_RESERVATION_INSERT_SQL = f"""
WITH new_service AS (
    INSERT INTO ledger_service (id, name, created_at) VALUES (%s, %s, now()) ON CONFLICT DO NOTHING
    RETURNING {", ".join(_SERVICE_COLUMNS)}
), reservation AS (
    INSERT INTO ledger_reservation ({", ".join(_RESERVATION_COLUMNS[1:])})
    VALUES ({", ".join(["%s"] * (len(_RESERVATION_COLUMNS) - 1))}) ON CONFLICT DO NOTHING
    RETURNING {", ".join(_RESERVATION_COLUMNS)}
)
SELECT reservation.*, service.*
FROM reservation, (
    SELECT * FROM new_service UNION ALL SELECT {", ".join(_SERVICE_COLUMNS)} FROM ledger_service WHERE id = %s
) AS service
"""  # noqa: S608 - the models' own column names


def reservation_insert(reservation: Reservation, *, service_name: str) -> Reservation | None:
    """Insert `reservation` (unsaved, its times set) and, when its service is new, the service
    named `service_name`; returns the saved reservation with its service, or None when the order
    already has one (the unique constraint). PostgreSQL: one statement. Elsewhere: the ORM."""
    if connection.vendor != "postgresql":  # SQLite: one writer at a time, no one else inserts meanwhile
        Service.objects.bulk_create([Service(id=reservation.service_id, name=service_name)], ignore_conflicts=True)
        Reservation.objects.bulk_create([reservation], ignore_conflicts=True)
        return reservation_select_for_update(order_id=reservation.order_id, service_id=reservation.service_id)
    values = [getattr(reservation, name) for name in _RESERVATION_FIELDS[1:]]
    with bound_cursor() as cursor:
        cursor.execute(_RESERVATION_INSERT_SQL, [reservation.service_id, service_name, *values, reservation.service_id])
        row = cursor.fetchone()
    return None if row is None else _reservation_from(row)


def reservation_update(reservation: Reservation, *, fields: Sequence[str]) -> None:
    """Save `fields` of a reservation. The ORM's twin (elsewhere) compiles its UPDATE on every
    call, a fifth of a payment's CPU time."""
    if connection.vendor != "postgresql":
        reservation.save(update_fields=fields)
        return
    columns = ", ".join(f"{Reservation._meta.get_field(name).column} = %s" for name in fields)
    with bound_cursor() as cursor:
        cursor.execute(
            f"UPDATE ledger_reservation SET {columns} WHERE id = %s",  # noqa: S608 - the model's column names
            [*(getattr(reservation, name) for name in fields), reservation.pk],
        )


# --- Reads -----------------------------------------------------------------------------------


def balances_select(user_id: int) -> dict[str, Decimal]:
    """A user's balances by account kind (empty when the user has no account)."""
    if connection.vendor != "postgresql":
        return dict(Account.objects.filter(user_id=user_id).values_list("kind", "balance"))
    with bound_cursor() as cursor:
        cursor.execute("SELECT kind, balance FROM ledger_account WHERE user_id = %s", [user_id])
        return dict(cursor.fetchall())


# An index-only scan of one month's payments and refunds (index `transaction_revenue_month`),
# grouped in the database so that one row per service reaches Python. A refund counts in the month
# it was made, whenever its payment was: a month's revenue can be negative.
_REVENUE_BY_SERVICE = """
SELECT service.name, per_service.revenue
FROM (
    SELECT service_id, sum(CASE WHEN type = 'payment' THEN amount ELSE -amount END) AS revenue
    FROM ledger_transaction
    WHERE type IN ('payment', 'refund') AND created_at >= %s AND created_at < %s
    GROUP BY service_id
) AS per_service
JOIN ledger_service service ON service.id = per_service.service_id
ORDER BY service.name, service.id
"""


def revenue_by_service_select(
    start: datetime, end: datetime, *, using: str = DEFAULT_DB_ALIAS
) -> Iterator[tuple[str, Decimal]]:
    """`(service name, payments - refunds)` of the transactions in `[start, end)`, by name then id,
    read on `using`."""
    with connections[using].cursor() as cursor:
        cursor.execute(_REVENUE_BY_SERVICE, [start, end])
        while rows := cursor.fetchmany(1000):
            # PostgreSQL sums numerics to a Decimal; SQLite to an int or a float (2 decimals, exact
            # enough to round back to cents).
            yield from (
                (name, revenue if isinstance(revenue, Decimal) else Decimal(str(revenue))) for name, revenue in rows
            )


# --- One snapshot for a page of totals ---------------------------------------------------------


def snapshot_begin() -> None:
    """First thing in a transaction on PostgreSQL: every following query of the transaction reads
    one snapshot (REPEATABLE READ, read only), so totals read by several queries agree even while
    money moves. SQLite's transactions already read one snapshot."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
