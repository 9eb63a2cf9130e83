"""The hand-written SQL of the hot paths, and only here, each statement beside its portable path.

Everything else in the project uses the ORM. These five statements run on (nearly) every request,
where the ORM's query compiler and model instantiation cost more than the database itself
(measured with `make bench-cpu`): writing the postings of a movement, locking the accounts it
moves, locking the reservation it acts on, reading a balance, and summing a month's revenue per
service. Each has a plain-ORM or
portable twin for SQLite (`make run`'s default); the test suite runs the movements on both.
Besides them, one line of session control: `snapshot_begin`, for the back office's totals.

The database still judges every write: the balance >= 0 check, the entries' sum-to-zero trigger
and the foreign keys apply to these statements as to any other.
"""

import json
from collections.abc import Collection, Iterator, Sequence
from datetime import datetime
from decimal import Decimal

from django.db import DEFAULT_DB_ALIAS, connection, connections, models
from django.db.backends.utils import CursorWrapper
from django.db.models.expressions import RawSQL
from django.db.transaction import TransactionManagementError

from ledger.models import Account, Entry, Event, Reservation, Service, Transaction

# (account id, user id or None, signed amount, balance after or None)
EntryRow = tuple[int, int | None, Decimal, Decimal | None]


def _bound_cursor() -> CursorWrapper:
    """PostgreSQL: a cursor with server-side binding, for these statements only (psycopg sends
    the values apart from the SQL and prepares statements it runs often: balance_service/postgresql)."""
    return connection.bound_cursor()


# --- Writing postings -------------------------------------------------------------------------

# The transactions come as one JSON document and get their ids first (`input`, numbered by `n`), so
# each entry finds its transaction by that number.
# Each transaction's event (`events`) gets the id `xid * EVENT_IDS_PER_XACT + n`, where xid is the
# writing database transaction's and n counts its events (a later statement of the same
# transaction, a batch's savepoint, goes on from its last one); past the limit the id is NULL and
# the statement fails rather than break the order (see `event_settled_below`).
# The balance >= 0 check applies to every updated row, the entries' sum-to-zero trigger and the
# transaction -> reservation foreign key at the end of the statement, the entry -> transaction
# foreign key (deferred) at commit. Drawing ids with nextval() needs the USAGE right on that
# sequence (docs/decisions.md).
EVENT_IDS_PER_XACT = 65536

_WRITE_SQL = f"""
WITH input AS MATERIALIZED (
    SELECT t.*, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM jsonb_to_recordset(%(transactions)s::jsonb) AS t(
        n bigint, type varchar, amount numeric, user_id bigint, to_user_id bigint, reservation_id bigint,
        service_id bigint, comment varchar, created_at timestamptz, event jsonb)
    ORDER BY t.n
), xact AS MATERIALIZED (
    SELECT base, coalesce(
        (SELECT max(id) + 1 FROM ledger_event WHERE id >= base AND id < base + {EVENT_IDS_PER_XACT}), base
    ) AS first_id
    FROM (SELECT pg_current_xact_id()::text::bigint * {EVENT_IDS_PER_XACT} AS base) AS x
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at
    FROM input
), events AS (
    INSERT INTO ledger_event (id, type, transaction_id, data, created_at)
    SELECT CASE WHEN xact.first_id + input.n - 1 < xact.base + {EVENT_IDS_PER_XACT}
                THEN xact.first_id + input.n - 1 END,
           'transaction.' || input.type, input.id, input.event || jsonb_build_object('id', input.id), input.created_at
    FROM input CROSS JOIN xact
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT input.id, e.account_id, e.user_id, e.amount, e.balance_after, input.created_at
    FROM ROWS FROM (jsonb_to_recordset(%(entries)s::jsonb)
        AS (n bigint, account_id bigint, user_id bigint, amount numeric, balance_after numeric))
        WITH ORDINALITY AS e(n, account_id, user_id, amount, balance_after, position)
    JOIN input USING (n)
    ORDER BY e.position  -- entry ids follow the legs' order (a history line's order within its transaction)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM jsonb_to_recordset(%(balances)s::jsonb) AS new(id bigint, balance numeric)
    WHERE ledger_account.id = new.id
      -- The planner cannot count a JSON document's rows (it guesses 100) and would join by
      -- scanning the whole table; a list of ids makes it look each account up by key.
      AND ledger_account.id = ANY(ARRAY(SELECT (b->>'id')::bigint FROM jsonb_array_elements(%(balances)s::jsonb) AS b))
)
SELECT id FROM input ORDER BY n
"""  # noqa: S608 - one integer constant formatted in


def postings_write(
    transactions: Sequence[Transaction],
    entries: Sequence[Sequence[EntryRow]],
    balances: dict[int, Decimal],
    events: Sequence[dict],
) -> None:
    """Insert `transactions` (unsaved; each with its `entries` and the `data` of its event, without
    the transaction's id) and set the cached `balances` of the accounts they changed (account id ->
    new balance). Gives each transaction its id. PostgreSQL: one statement, its rows sent as three
    JSON documents (`json.dumps` is one C call; psycopg adapts a list element by element in
    Python). Elsewhere: the ORM, four statements."""
    if connection.vendor != "postgresql":
        _postings_write_orm(transactions, entries, balances, events)
        return
    stamps: dict[datetime, str] = {}  # the transactions of one write share their time: rendered once
    params = {
        "transactions": json.dumps(
            [
                {
                    "n": n,
                    "type": t.type,
                    "amount": str(t.amount),
                    "user_id": t.user_id,
                    "to_user_id": t.to_user_id,
                    "reservation_id": t.reservation_id,
                    "service_id": t.service_id,
                    "comment": t.comment,
                    "created_at": stamps.get(t.created_at) or stamps.setdefault(t.created_at, t.created_at.isoformat()),
                    "event": event,
                }
                for n, (t, event) in enumerate(zip(transactions, events, strict=True), 1)
            ]
        ),
        "entries": json.dumps(
            [
                {"n": n, "account_id": account, "user_id": user, "amount": str(amount), "balance_after": _text(after)}
                for n, rows in enumerate(entries, 1)
                for account, user, amount, after in rows
            ]
        ),
        "balances": json.dumps([{"id": pk, "balance": str(balance)} for pk, balance in balances.items()]),
    }
    with _bound_cursor() as cursor:
        cursor.execute(_WRITE_SQL, params)
        for txn, (txn_id,) in zip(transactions, cursor.fetchall(), strict=True):
            # The instance now stands for a saved row, as if the ORM had inserted it.
            txn.pk = txn_id
            txn._state.adding, txn._state.db = False, connection.alias


def _text(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


def _postings_write_orm(
    transactions: Sequence[Transaction],
    entries: Sequence[Sequence[EntryRow]],
    balances: dict[int, Decimal],
    events: Sequence[dict],
) -> None:
    Transaction.objects.bulk_create(transactions)
    # SQLite: one writer at a time, from its first write to its commit, so ids ascend in commit order.
    Event.objects.bulk_create(
        Event(type=f"transaction.{txn.type}", transaction=txn, data={**data, "id": txn.pk}, created_at=txn.created_at)
        for txn, data in zip(transactions, events, strict=True)
    )
    Entry.objects.bulk_create(
        Entry(
            transaction=txn,
            account_id=account_id,
            user_id=user_id,
            amount=amount,
            balance_after=balance_after,
            created_at=txn.created_at,
        )
        for txn, rows in zip(transactions, entries, strict=True)
        for account_id, user_id, amount, balance_after in rows
    )
    Account.objects.bulk_update([Account(pk=pk, balance=b) for pk, b in balances.items()], ["balance"])


def event_settled_below() -> RawSQL | None:
    """An expression for the feed: every event below it has committed or never will, so no event
    with a smaller id can appear later (None: every committed event is settled).

    PostgreSQL: the oldest transaction still running when the statement's snapshot was taken
    (`pg_snapshot_xmin`); every transaction with a smaller xid has ended, and an event's id begins
    with its writer's xid, so every event below `xmin * EVENT_IDS_PER_XACT` is visible or gone for
    good, and any event that commits later has a larger id. The price: the feed lags behind the
    oldest write transaction running in the cluster (milliseconds for the books' own).
    SQLite: writers take the write lock before their first write and keep it until they commit,
    so ids are drawn in commit order and a reader always sees a prefix of them."""
    if connection.vendor != "postgresql":
        return None
    return RawSQL(  # noqa: S611 - a constant expression, no input
        f"pg_snapshot_xmin(pg_current_snapshot())::text::bigint * {EVENT_IDS_PER_XACT}",
        [],
        output_field=models.BigIntegerField(),
    )


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
    with _bound_cursor() as cursor:
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
    with _bound_cursor() as cursor:
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
    with _bound_cursor() as cursor:
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
    with _bound_cursor() as cursor:
        cursor.execute(
            f"UPDATE ledger_reservation SET {columns} WHERE id = %s",  # noqa: S608 - the model's column names
            [*(getattr(reservation, name) for name in fields), reservation.pk],
        )


# --- Reads -----------------------------------------------------------------------------------


def balances_select(user_id: int) -> dict[str, Decimal]:
    """A user's balances by account kind (empty when the user has no account)."""
    if connection.vendor != "postgresql":
        return dict(Account.objects.filter(user_id=user_id).values_list("kind", "balance"))
    with _bound_cursor() as cursor:
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
