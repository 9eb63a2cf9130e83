"""Writing postings: the statement every movement's write ends in, the one that checks and
writes a simple movement alone, and the feed's bound on settled events."""

import json
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from django.db import connection, models
from django.db.models.expressions import RawSQL
from django.db.transaction import TransactionManagementError
from django.utils import timezone

from ledger.models import MAX_BALANCE, Account, Entry, Event, Transaction
from ledger.sql.cursor import bound_cursor

# (account id, user id or None, signed amount, balance after or None)
EntryRow = tuple[int, int | None, Decimal, Decimal | None]

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

# What every write does, from three relations its statement defines first: `input` (the
# transactions, numbered by `n`, with their ids and events), `legs` (their entries) and
# `new_balances` (the accounts' balances after them).
_WRITE_TAIL = f"""
xact AS MATERIALIZED (
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
    SELECT input.id, legs.account_id, legs.user_id, legs.amount, legs.balance_after, input.created_at
    FROM legs JOIN input USING (n)
    ORDER BY legs.position  -- entry ids follow the legs' order (a history line's order within its transaction)
), balances AS (
    UPDATE ledger_account SET balance = new.balance, moved_at = (SELECT max(created_at) FROM input)
    FROM new_balances AS new
    WHERE ledger_account.id = new.id
      -- The planner cannot count the rows of a JSON document or a CTE (it guesses) and may join
      -- by scanning the whole table; a list of ids makes it look each account up by key.
      AND ledger_account.id = ANY(ARRAY(SELECT id FROM new_balances))
)"""  # noqa: S608 - one integer constant formatted in

_WRITE_SQL = f"""
WITH input AS MATERIALIZED (
    SELECT t.*, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM jsonb_to_recordset(%(transactions)s::jsonb) AS t(
        n bigint, type varchar, amount numeric, user_id bigint, to_user_id bigint, reservation_id bigint,
        service_id bigint, comment varchar, created_at timestamptz, event jsonb)
    ORDER BY t.n
), legs AS (
    SELECT * FROM ROWS FROM (jsonb_to_recordset(%(entries)s::jsonb)
        AS (n bigint, account_id bigint, user_id bigint, amount numeric, balance_after numeric))
        WITH ORDINALITY AS e(n, account_id, user_id, amount, balance_after, position)
), new_balances AS MATERIALIZED (
    SELECT * FROM jsonb_to_recordset(%(balances)s::jsonb) AS new(id bigint, balance numeric)
), {_WRITE_TAIL}
SELECT id FROM input ORDER BY n
"""  # noqa: S608 - constant text formatted in


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
    with bound_cursor() as cursor:
        cursor.execute(_WRITE_SQL, params)
        for txn, (txn_id,) in zip(transactions, cursor.fetchall(), strict=True):
            # The instance now stands for a saved row, as if the ORM had inserted it.
            txn.pk = txn_id
            txn._state.adding, txn._state.db = False, connection.alias


def timestamp_text_sql(at: str) -> str:
    """SQL that renders the timestamptz expression `at` as `outbox.timestamp_text` renders a time
    (ISO 8601 in the zone given as the parameter `zone`, microseconds only when there are any,
    "Z" for a zero offset)."""
    local, offset = f"({at} AT TIME ZONE %(zone)s)", f"(({at} AT TIME ZONE %(zone)s) - ({at} AT TIME ZONE 'UTC'))"
    return f"""(to_char({local}, 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE WHEN extract(microseconds FROM {local})::bigint %% 1000000 = 0 THEN '' ELSE to_char({local}, '.US') END
        || CASE WHEN {offset} = interval '0' THEN 'Z'
                WHEN {offset} < interval '0' THEN '-' || to_char(-{offset}, 'HH24:MI')
                ELSE '+' || to_char({offset}, 'HH24:MI') END)"""


# One movement whose legs the request alone decides (a deposit, a withdrawal, a transfer), checked
# and written by a single statement in autocommit: one round trip instead of four (BEGIN, lock,
# write, COMMIT). It locks both accounts of every user it names, in primary-key order as
# `accounts_select_for_update` does (a lock waited for returns the row as its holder left it), and
# writes only when every user leg's account exists and no balance leaves [0, MAX_BALANCE]: the
# rules `Books` applies to these movements. Otherwise it writes nothing and returns no row; the
# caller then takes the general road, which opens missing accounts or says which rule refused.
# The balances after it (for its event and its answer) are computed here, from the locked rows,
# and so is its time: the caller read its clock before the statement waited for its locks, so
# when an account it locked has moved since (its `moved_at`, on the locked row), it takes that
# time instead (ties go by id). An account's entries are then in the same order by time as by id,
# which balances at an instant and the history rely on. The general road needs no such step: it
# reads the clock once its locks are held (`Books.now`).
_ALONE_SQL = f"""
WITH locked AS MATERIALIZED (
    SELECT id, user_id, kind, balance, moved_at FROM ledger_account
    WHERE user_id = ANY(%(users)s::bigint[]) ORDER BY id FOR NO KEY UPDATE
), legs AS MATERIALIZED (
    SELECT 1 AS n, coalesce(account.id, leg.account_id) AS account_id, leg.user_id, leg.amount,
           account.balance + leg.amount AS balance_after, leg.position
    FROM ROWS FROM (jsonb_to_recordset(%(legs)s::jsonb)
        AS (user_id bigint, kind varchar, account_id bigint, amount numeric))
        WITH ORDINALITY AS leg(user_id, kind, account_id, amount, position)
    LEFT JOIN locked AS account ON account.user_id = leg.user_id AND account.kind = leg.kind
), after AS MATERIALIZED (  -- each locked account after its leg (one at most), and that leg's place
    SELECT account.id, account.user_id, account.kind, legs.position AS first,
           coalesce(legs.balance_after, account.balance) AS balance
    FROM locked AS account LEFT JOIN legs ON legs.account_id = account.id
), allowed AS MATERIALIZED (
    SELECT (SELECT count(*) FROM locked) = 2 * cardinality(%(users)s::bigint[])
       AND NOT EXISTS (SELECT FROM legs WHERE account_id IS NULL)
       AND NOT EXISTS (SELECT FROM after WHERE balance < 0 OR balance > {MAX_BALANCE}) AS ok
), users_after AS MATERIALIZED (
    SELECT user_id, min(first) AS first,
           round(min(balance) FILTER (WHERE kind = 'available'), 2) AS available,
           round(min(balance) FILTER (WHERE kind = 'reserved'), 2) AS reserved
    FROM after GROUP BY user_id HAVING min(first) IS NOT NULL
), stamp AS MATERIALIZED (  -- the movement's time: the caller's, or its accounts' last movement's if later
    SELECT at, {timestamp_text_sql("at")} AS text
    FROM (SELECT greatest(%(now)s::timestamptz, (SELECT max(moved_at) FROM locked)) AS at FROM allowed WHERE ok) AS now
), input AS MATERIALIZED (
    SELECT 1 AS n, t.type, t.amount, t.user_id, t.to_user_id, NULL::bigint AS reservation_id,
           NULL::bigint AS service_id, t.comment, stamp.at AS created_at,
           t.event || jsonb_build_object('created_at', stamp.text, 'balances', (
               SELECT jsonb_agg(jsonb_build_object(
                   'user_id', user_id, 'available', available::text, 'reserved', reserved::text) ORDER BY first)
               FROM users_after)) AS event,
           nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM jsonb_to_record(%(transaction)s::jsonb) AS t(
        type varchar, amount numeric, user_id bigint, to_user_id bigint, comment varchar, event jsonb)
    CROSS JOIN stamp  -- no row unless allowed
), new_balances AS MATERIALIZED (
    SELECT id, balance FROM after WHERE first IS NOT NULL AND (SELECT ok FROM allowed)
), {_WRITE_TAIL}
SELECT input.id, input.created_at, users_after.user_id, users_after.available, users_after.reserved
FROM input CROSS JOIN users_after ORDER BY users_after.first
"""  # noqa: S608 - constants formatted in

# A leg of `posting_alone`: a user's account as (user id, kind, None, amount), or a system
# account as (None, None, account id, amount).
AloneLeg = tuple[int | None, str | None, int | None, Decimal]


def alone_possible() -> bool:
    """Whether `posting_alone` can run here: PostgreSQL (SQLite has no such statement), in
    autocommit outside any transaction (the statement commits on its own)."""
    return connection.vendor == "postgresql" and not connection.in_atomic_block and connection.get_autocommit()


def posting_alone(txn: Transaction, *, legs: Sequence[AloneLeg], event: dict, now: datetime) -> list[tuple] | None:
    """Check and write `txn` (unsaved, without reservation or time) with its `legs` (one per
    account) and the `data` of its event (without id, time and balances) in one statement, in
    autocommit (it commits on its own). Its time is `now`, or its accounts' last movement's when
    that is later. Returns `(user id, available, reserved)` after it of each user it moved, in the
    order of their first leg, and gives `txn` its id and time; None when it wrote nothing (a rule
    would refuse it, or an account is missing). Only where `alone_possible()`."""
    if not alone_possible():
        raise TransactionManagementError("A movement goes alone only on PostgreSQL, in autocommit.")
    accounts = [(user, kind) if user is not None else account for user, kind, account, _ in legs]
    if len(set(accounts)) != len(accounts):  # each leg's balance after it is its account's balance after all
        raise ValueError(f"two legs on one account: {legs}")
    users = sorted({user for user, _, _, _ in legs if user is not None})
    params = {
        "users": "{" + ",".join(str(int(u)) for u in users) + "}",
        "zone": timezone.get_current_timezone_name(),
        "now": now,
        "legs": json.dumps(
            [
                {"user_id": user, "kind": kind, "account_id": account, "amount": str(amount)}
                for user, kind, account, amount in legs
            ]
        ),
        "transaction": json.dumps(
            {
                "type": txn.type,
                "amount": str(txn.amount),
                "user_id": txn.user_id,
                "to_user_id": txn.to_user_id,
                "comment": txn.comment,
                "event": event,
            }
        ),
    }
    with bound_cursor() as cursor:
        cursor.execute(_ALONE_SQL, params)
        rows = cursor.fetchall()
    if not rows:
        return None
    txn.pk, txn.created_at = rows[0][:2]
    txn._state.adding, txn._state.db = False, connection.alias
    return [row[2:] for row in rows]


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
    moved_at = max(txn.created_at for txn in transactions)
    Account.objects.bulk_update(
        [Account(pk=pk, balance=b, moved_at=moved_at) for pk, b in balances.items()], ["balance", "moved_at"]
    )


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
