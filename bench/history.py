"""Benchmark of the history endpoint on a user with 1,000,000 entries.

    scripts/with-postgres .venv/bin/python bench/history.py      (or: make bench-history)

Loads consistent books with `generate_series` (every transaction's entries sum to zero, every
`balance_after` is its account's running sum, reservations match; `ledger_verify` checks it),
then requests, through the real endpoint (Django's test client: URL routing, API key, view,
selector, serializer), the first page and a page about 500,000 entries deep for each ordering
and for two filters, and prints the milliseconds of the request and of the page query at the
database (EXPLAIN ANALYZE of the exact SQL the endpoint ran), with the plan's index scans.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "balance_service.settings_test")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

from accounts.scopes import ALL_SCOPES  # noqa: E402
from accounts.services import api_client_create  # noqa: E402
from ledger.history import HISTORY_ORDERINGS, HistoryQuery  # noqa: E402
from ledger.models import Account, Entry  # noqa: E402
from ledger.pagination import Cursor, cursor_encode  # noqa: E402
from ledger.selectors import entry_list  # noqa: E402
from ledger.verify import ledger_verify  # noqa: E402

USER, OTHER, SERVICE = 1, 2, 1
CYCLES = 200_000  # 4 or 6 entries of USER each (5 on average): 1,000,000 entries, plus the first deposit
START = 1000  # USER's first deposit; every cycle brings the balances back to (START, 0)
DEEP = 500_000
RUNS = 15

# Cycle k (amount a): deposit a; reserve a for order k+1; then, k even: pay it all; k odd: cancel it
# and take a out again (k % 4 == 1: withdrawal; k % 4 == 3: transfer to OTHER). Ids are computed:
# transaction 1 + 5k + step + 1, entry 2 + 8k + slot + 1, reservation k + 1.
LOAD_SQL = """
CREATE TEMP TABLE cyc AS
SELECT k, a, sum(CASE WHEN k %% 4 = 3 THEN a ELSE 0 END) OVER (ORDER BY k) AS other_balance
FROM (SELECT k, round(((k * 7919) %% 100000 + 1) / 100.0, 2)::numeric(20, 2) AS a
      FROM generate_series(0, %(cycles)s - 1) AS k) AS s;

CREATE TEMP TABLE step AS
SELECT k, a, other_balance, s AS step, 2 + 5 * k + s AS txn_id,
       timestamptz '2022-01-01 00:00:00+00' + (5 * k + s) * interval '10 seconds' AS at
FROM cyc CROSS JOIN generate_series(0, 3) AS s
WHERE s < 3 OR k %% 2 = 1;

INSERT INTO ledger_service (id, name, created_at) VALUES (%(service)s, 'Premium listing', now());

INSERT INTO ledger_reservation (id, user_id, service_id, order_id, amount, paid_amount, status, created_at, updated_at)
SELECT k + 1, %(user)s, %(service)s, k + 1, a, CASE WHEN k %% 2 = 0 THEN a ELSE 0 END,
       CASE WHEN k %% 2 = 0 THEN 'paid' ELSE 'cancelled' END,
       timestamptz '2022-01-01 00:00:00+00' + (5 * k + 1) * interval '10 seconds',
       timestamptz '2022-01-01 00:00:00+00' + (5 * k + 2) * interval '10 seconds'
FROM cyc;

INSERT INTO ledger_transaction (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
SELECT 1, 'deposit', %(start)s, %(user)s, NULL, NULL, NULL, 'opening balance', timestamptz '2021-12-31 00:00:00+00'
UNION ALL
SELECT txn_id,
       CASE step WHEN 0 THEN 'deposit' WHEN 1 THEN 'reservation'
                 WHEN 2 THEN CASE WHEN k %% 2 = 0 THEN 'payment' ELSE 'reservation_release' END
                 ELSE CASE WHEN k %% 4 = 1 THEN 'withdrawal' ELSE 'transfer' END END,
       a, %(user)s, CASE WHEN step = 3 AND k %% 4 = 3 THEN %(other)s END,
       CASE WHEN step IN (1, 2) THEN k + 1 END, CASE WHEN step IN (1, 2) THEN %(service)s END, '', at
FROM step;

INSERT INTO ledger_entry (id, transaction_id, account_id, user_id, amount, balance_after, created_at)
SELECT 1, 1, %(world)s, NULL, -%(start)s, NULL, timestamptz '2021-12-31 00:00:00+00'
UNION ALL
SELECT 2, 1, %(available)s, %(user)s, %(start)s, %(start)s, timestamptz '2021-12-31 00:00:00+00'
UNION ALL
SELECT 3 + 8 * k + 2 * step + leg, txn_id, account_id, owner, amount, balance_after, at
FROM step CROSS JOIN LATERAL (VALUES
    -- step 0, deposit: world -a, available +a
    (0, 0, %(world)s, NULL::bigint, -a, NULL::numeric),
    (0, 1, %(available)s, %(user)s, a, %(start)s + a),
    -- step 1, reservation: available -a, reserved +a
    (1, 0, %(available)s, %(user)s, -a, %(start)s),
    (1, 1, %(reserved)s, %(user)s, a, a),
    -- step 2: reserved -a, then revenue +a (payment) or available +a (release)
    (2, 0, %(reserved)s, %(user)s, -a, 0),
    (2, 1, CASE WHEN k %% 2 = 0 THEN %(revenue)s ELSE %(available)s END,
           CASE WHEN k %% 2 = 0 THEN NULL ELSE %(user)s END, a,
           CASE WHEN k %% 2 = 0 THEN NULL ELSE %(start)s + a END),
    -- step 3: available -a, then world +a (withdrawal) or OTHER's available +a (transfer)
    (3, 0, %(available)s, %(user)s, -a, %(start)s),
    (3, 1, CASE WHEN k %% 4 = 1 THEN %(world)s ELSE %(other_available)s END,
           CASE WHEN k %% 4 = 1 THEN NULL ELSE %(other)s END, a,
           CASE WHEN k %% 4 = 1 THEN NULL ELSE other_balance END)
) AS leg_row (leg_step, leg, account_id, owner, amount, balance_after)
WHERE leg_step = step;

UPDATE ledger_account SET balance = %(start)s WHERE id = %(available)s;
UPDATE ledger_account SET balance = (SELECT coalesce(max(other_balance), 0) FROM cyc)
WHERE id = %(other_available)s;
SELECT setval(pg_get_serial_sequence('ledger_transaction', 'id'), (SELECT max(id) FROM ledger_transaction));
SELECT setval(pg_get_serial_sequence('ledger_entry', 'id'), (SELECT max(id) FROM ledger_entry));
SELECT setval(pg_get_serial_sequence('ledger_reservation', 'id'), (SELECT max(id) FROM ledger_reservation));
ANALYZE;
"""


def say(text: str = "") -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def load() -> None:
    call_command("migrate", verbosity=0)
    accounts = [Account(user_id=u, kind=kind) for u in (USER, OTHER) for kind in Account.USER_KINDS]
    Account.objects.bulk_create(accounts)
    ids = {(a.user_id, a.kind): a.pk for a in Account.objects.all()}
    params = {
        "cycles": CYCLES,
        "user": USER,
        "other": OTHER,
        "service": SERVICE,
        "start": START,
        "world": ids[(None, "world")],
        "revenue": ids[(None, "revenue")],
        "available": ids[(USER, "available")],
        "reserved": ids[(USER, "reserved")],
        "other_available": ids[(OTHER, "available")],
    }
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(LOAD_SQL, params)
    say(
        f"loaded {Entry.objects.filter(user_id=USER).count():,} entries of user {USER} "
        f"({Entry.objects.count():,} in all) in {time.perf_counter() - started:.0f} s"
    )
    started = time.perf_counter()
    problems = ledger_verify()
    say(
        f"ledger_verify: {'books consistent' if not problems else problems[:5]} ({time.perf_counter() - started:.0f} s)"
    )
    if problems:
        raise SystemExit(1)


class PageQuery:
    """Captures the page query (the one on ledger_entry) that a request runs."""

    def __init__(self):
        self.sql, self.params = None, None

    def __call__(self, execute, sql, params, many, context):
        if 'FROM "ledger_entry"' in sql:
            self.sql, self.params = sql, params
        return execute(sql, params, many, context)


def measure(client: APIClient, url: str) -> tuple[float, float, list[str], int]:
    """(median ms of the request, median ms of the page query at the database, plan lines, items)."""
    capture = PageQuery()
    with connection.execute_wrapper(capture):
        response = client.get(url)
    assert response.status_code == 200, response.content
    items = len(response.json()["results"])
    request_ms = []
    for _ in range(RUNS):
        started = time.perf_counter()
        client.get(url)
        request_ms.append((time.perf_counter() - started) * 1000)
    db_ms, plan = [], []
    with connection.cursor() as cursor:
        for _ in range(5):
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + capture.sql, capture.params)
            plan = [row[0] for row in cursor.fetchall()]
            db_ms.append(float(plan[-1].split(":")[1].split()[0]))
    return statistics.median(request_ms), statistics.median(db_ms), plan, items


def deep_cursor(ordering: str, depth: int, filters: dict) -> str:
    """The cursor of the `next` link after `depth` entries, as paging from the start would give."""
    row = entry_list(HistoryQuery(user_id=USER, ordering=ordering, **filters))[depth - 1]
    order = HISTORY_ORDERINGS[ordering]
    return cursor_encode(Cursor(ordering=ordering, value=str(getattr(row, order.field)), id=row.pk, backwards=False))


def main() -> None:
    if connection.vendor != "postgresql":
        raise SystemExit("run it on PostgreSQL: scripts/with-postgres .venv/bin/python bench/history.py")
    load()
    _, key = api_client_create(name="bench", scopes=list(ALL_SCOPES))
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    base = f"/api/v1/information/account-transactions/{USER}"
    cases = [(ordering, {}, DEEP) for ordering in HISTORY_ORDERINGS]
    cases += [("-created_at", {"account": "reserved"}, DEEP // 2), ("amount", {"type": "transfer"}, 20_000)]
    say(f"\nlimit=50, medians of {RUNS} requests / 5 EXPLAIN ANALYZE runs")
    say(f"{'query':<44} {'first page ms':>22} {'deep page ms':>22}")
    say(f"{'':<44} {'request':>10} {'database':>11} {'request':>10} {'database':>11}")
    plans = []
    for ordering, filters, depth in cases:
        query = "&".join([f"ordering={ordering}", "limit=50", *[f"{k}={v}" for k, v in filters.items()]])
        first = measure(client, f"{base}?{query}")
        deep = measure(client, f"{base}?{query}&cursor={deep_cursor(ordering, depth, filters)}")
        label = f"{query.replace('&limit=50', '')} (deep: {depth:,})"
        say(f"{label:<44} {first[0]:>10.2f} {first[1]:>11.3f} {deep[0]:>10.2f} {deep[1]:>11.3f}")
        assert first[3] == deep[3] == 50
        plans.append((f"{query}, page {depth:,} deep", deep[2]))
    for label, plan in plans:
        say(f"\nEXPLAIN ANALYZE, {label}:")
        for line in plan:
            if "Scan" in line or "Index Cond" in line or "Limit" in line or "Execution Time" in line:
                say("  " + line.strip())


if __name__ == "__main__":
    main()
