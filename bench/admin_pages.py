"""Benchmark of the back office's pages: seed 100,000 users and 1,000,000 transactions spread over
the last two years, then open each page as an accountant (Django's test client, in this process)
and print its time and its number of queries. Run it on a throwaway database:
`make bench-admin` (scripts/with-postgres).

    python bench/admin_pages.py [--users 100000] [--transactions 1000000] [--runs 5]

The books are consistent (the loader checks them with the same rules as `verify_ledger`'s money
checks): each user opens with a deposit, then deposits, withdrawals, transfers and orders
(reserved, then paid, cancelled or left open) follow in time order, posted through plain SQL
(generate_series) with the database guards (zero-sum trigger, constraints) switched on. Every
`balance_after` is the running sum of its account, ties by entry id.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "balance_service.settings_test")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.staff import accountant_create  # noqa: E402
from ledger.models import Account, Entry  # noqa: E402
from ledger.services.posting import system_account_id  # noqa: E402
from reports.admin import BALANCES_PER_PAGE  # noqa: E402

# Of the transactions after the users' opening deposits: orders take 38% (each a reservation,
# then 80% paid, 10% cancelled, 10% left open), the rest are deposits, withdrawals and transfers.
LOAD = """
CREATE TEMP TABLE bench_order AS
SELECT j AS id,
       (j * 7919) %% %(users)s + 1 AS user_id,
       j %% 50 + 1 AS service_id,
       ((j * 31) %% 10000 + 1)::numeric(20, 2) / 100 AS amount,
       CASE WHEN j %% 10 = 0 THEN 'reserved' WHEN j %% 10 = 1 THEN 'cancelled' ELSE 'paid' END AS status,
       %(start)s::timestamptz + (j - 1) * ((%(end)s::timestamptz - %(start)s::timestamptz) / %(orders)s) AS at
FROM generate_series(1::bigint, %(orders)s) AS j;

CREATE TEMP TABLE bench_move AS
SELECT i AS id,
       CASE WHEN i %% 13 < 5 THEN 'deposit' WHEN i %% 13 < 8 THEN 'withdrawal' ELSE 'transfer' END AS type,
       (i * 104729) %% %(users)s + 1 AS user_id,
       ((i * 104729) %% %(users)s + 1 + (i * 15485863) %% (%(users)s - 1)) %% %(users)s + 1 AS other_user_id,
       CASE WHEN i %% 13 < 5 THEN ((i * 37) %% 50000 + 100)::numeric(20, 2) / 100
            ELSE ((i * 37) %% 5000 + 1)::numeric(20, 2) / 100 END AS amount,
       %(start)s::timestamptz + (i - 1) * ((%(end)s::timestamptz - %(start)s::timestamptz) / %(moves)s)
           + interval '17 seconds' AS at
FROM generate_series(1::bigint, %(moves)s) AS i;

INSERT INTO ledger_service (id, name, created_at)
SELECT s, 'Service ' || lpad(s::text, 2, '0'), %(start)s FROM generate_series(1, 50) AS s;

INSERT INTO ledger_account (id, user_id, kind, balance, created_at)
SELECT 2 * u + k.n + 100, u, k.kind, 0, %(start)s::timestamptz - interval '1 day'
FROM generate_series(1, %(users)s) AS u, (VALUES (0, 'available'), (1, 'reserved')) AS k (n, kind);

INSERT INTO ledger_reservation (
    id, user_id, service_id, order_id, amount, paid_amount, refunded_amount, status, created_at, updated_at
)
SELECT id, user_id, service_id, id, amount, CASE WHEN status = 'paid' THEN amount ELSE 0 END, 0, status, at,
       CASE WHEN status = 'reserved' THEN at ELSE at + interval '1 hour' END
FROM bench_order;

CREATE TEMP TABLE bench_txn AS
SELECT row_number() OVER (ORDER BY at, sort) AS id, type, amount, user_id, to_user_id, reservation_id, service_id, at
FROM (
    SELECT 0 AS sort, 'deposit' AS type, 10000.00::numeric(20, 2) AS amount, u::bigint AS user_id,
           NULL::bigint AS to_user_id, NULL::bigint AS reservation_id, NULL::bigint AS service_id,
           %(start)s::timestamptz - interval '1 day' + u * interval '1 millisecond' AS at
    FROM generate_series(1, %(users)s) AS u
    UNION ALL
    SELECT 1, 'reservation', amount, user_id, NULL, id, service_id, at FROM bench_order
    UNION ALL
    SELECT 2, CASE status WHEN 'paid' THEN 'payment' ELSE 'reservation_release' END, amount, user_id, NULL, id,
           service_id, at + interval '1 hour'
    FROM bench_order WHERE status <> 'reserved'
    UNION ALL
    SELECT 3, type, amount, user_id, CASE WHEN type = 'transfer' THEN other_user_id END, NULL, NULL, at
    FROM bench_move
) AS txns;

INSERT INTO ledger_transaction (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
SELECT id, type, amount, user_id, to_user_id, reservation_id, service_id, '', at FROM bench_txn;

CREATE TEMP TABLE bench_leg AS
SELECT t.id AS transaction_id, leg.n, leg.account_id, leg.user_id, leg.amount, t.at
FROM bench_txn t
CROSS JOIN LATERAL (VALUES
    (1, CASE t.type WHEN 'deposit' THEN %(world)s WHEN 'withdrawal' THEN 2 * t.user_id + 100
                    WHEN 'transfer' THEN 2 * t.user_id + 100 WHEN 'reservation' THEN 2 * t.user_id + 100
                    ELSE 2 * t.user_id + 101 END,
        CASE WHEN t.type = 'deposit' THEN NULL ELSE t.user_id END, -t.amount),
    (2, CASE t.type WHEN 'deposit' THEN 2 * t.user_id + 100 WHEN 'withdrawal' THEN %(world)s
                    WHEN 'transfer' THEN 2 * t.to_user_id + 100 WHEN 'reservation' THEN 2 * t.user_id + 101
                    WHEN 'payment' THEN %(revenue)s ELSE 2 * t.user_id + 100 END,
        CASE t.type WHEN 'withdrawal' THEN NULL WHEN 'payment' THEN NULL
                    WHEN 'transfer' THEN t.to_user_id ELSE t.user_id END, t.amount)
) AS leg (n, account_id, user_id, amount);

INSERT INTO ledger_entry (id, transaction_id, account_id, user_id, amount, balance_after, created_at)
SELECT row_number() OVER (ORDER BY at, transaction_id, n), transaction_id, account_id, user_id, amount,
       CASE WHEN user_id IS NOT NULL
            THEN sum(amount) OVER (PARTITION BY account_id ORDER BY at, transaction_id, n) END,
       at
FROM bench_leg
ORDER BY at, transaction_id, n;

UPDATE ledger_account a SET balance = t.total
FROM (SELECT account_id, sum(amount) AS total FROM bench_leg WHERE user_id IS NOT NULL GROUP BY account_id) AS t
WHERE a.id = t.account_id;

SELECT setval(pg_get_serial_sequence('ledger_transaction', 'id'), (SELECT max(id) FROM ledger_transaction));
SELECT setval(pg_get_serial_sequence('ledger_entry', 'id'), (SELECT max(id) FROM ledger_entry));
SELECT setval(pg_get_serial_sequence('ledger_reservation', 'id'), (SELECT max(id) FROM ledger_reservation));
SELECT setval(pg_get_serial_sequence('ledger_account', 'id'), (SELECT max(id) FROM ledger_account));
DROP TABLE bench_order, bench_move, bench_txn, bench_leg;
"""


def load(*, users: int, transactions: int) -> None:
    if Entry.objects.exists():
        print("the database already holds entries: not loading", file=sys.stderr)
        return
    after_opening = transactions - users
    if after_opening < 100:
        raise SystemExit("--transactions must exceed --users by at least 100")
    # An order of status paid/cancelled is two transactions, an open one is one: 1.9 on average.
    orders = int(after_opening * 0.38 / 1.9)
    paid_or_cancelled = sum(1 for j in range(1, orders + 1) if j % 10 != 0)
    moves = after_opening - orders - paid_or_cancelled
    end = timezone.now() - timezone.timedelta(hours=2)
    params = {
        "users": users,
        "orders": orders,
        "moves": moves,
        "start": end - timezone.timedelta(days=730),
        "end": end,
        "world": system_account_id(Account.Kind.WORLD),
        "revenue": system_account_id(Account.Kind.REVENUE),
    }
    began = time.perf_counter()
    with connection.cursor() as cursor:
        for statement in LOAD.split(";\n"):
            if statement.strip():
                cursor.execute(statement, params)
        cursor.execute("VACUUM ANALYZE")
        cursor.execute("SELECT count(*) FROM ledger_transaction")
        (count,) = cursor.fetchone()
    print(f"loaded {users:,} users and {count:,} transactions in {time.perf_counter() - began:.1f} s")


def check() -> None:
    """The money checks of `verify_ledger` that matter here, in three statements."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM ledger_account a WHERE a.user_id IS NOT NULL AND a.balance <> "
            "coalesce((SELECT sum(amount) FROM ledger_entry e WHERE e.account_id = a.id), 0)"
        )
        drifted = cursor.fetchone()[0]
        cursor.execute(
            "SELECT count(*) FROM ledger_account a WHERE a.kind = 'reserved' AND a.balance <> "
            "coalesce((SELECT sum(amount) FROM ledger_reservation r "
            "WHERE r.user_id = a.user_id AND r.status = 'reserved'), 0)"
        )
        reserved = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM ledger_entry WHERE balance_after < 0")
        negative = cursor.fetchone()[0]
    if drifted or reserved or negative:
        raise SystemExit(f"inconsistent books: {drifted} drifted, {reserved} reserved, {negative} negative")
    print("books verify (cached balances, reserved balances, no negative balance)")


def pages(period: str, day: str, last_page: int) -> list[tuple[str, str]]:
    return [
        ("dashboard", "/admin/"),
        ("monthly report on screen", f"/admin/reports/monthly/?period={period}"),
        ("monthly report CSV", f"/admin/reports/monthly/?period={period}&format=csv"),
        ("balances at a date, page 1", f"/admin/reports/balances-at/?date={day}"),
        (f"balances at a date, page {last_page:,}", f"/admin/reports/balances-at/?date={day}&page={last_page}"),
        ("balances at a date, CSV", f"/admin/reports/balances-at/?date={day}&format=csv"),
        ("user balances list", "/admin/ledger/account/"),
        ("transactions list", "/admin/ledger/transaction/"),
        ("transactions list, payments", "/admin/ledger/transaction/?type__exact=payment"),
        ("reservations list, open", "/admin/ledger/reservation/?status__exact=reserved"),
        ("user history", "/admin/ledger/account/777/history/"),
    ]


def measure(client: Client, url: str, runs: int) -> tuple[float, float, int, int]:
    """(median seconds, slowest seconds, queries, bytes) of `runs` GETs after one warm-up."""
    times = []
    for run in range(runs + 1):
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            began = time.perf_counter()
            response = client.get(url)
            size = (
                sum(len(chunk) for chunk in response.streaming_content) if response.streaming else len(response.content)
            )
            elapsed = time.perf_counter() - began
        if response.status_code != 200:
            raise SystemExit(f"{url}: {response.status_code}\n{response.content[:2000]!r}")
        if run:
            times.append(elapsed)
    return statistics.median(times), max(times), len(queries.captured_queries), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--transactions", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    load(users=args.users, transactions=args.transactions)
    check()
    accountant = accountant_create(username=f"bench-{os.getpid()}", password="bench-accountant-password-42")
    client = Client()
    client.force_login(accountant)
    today = timezone.localdate()
    last_month = (today.replace(day=1) - timezone.timedelta(days=1)).strftime("%Y-%m")
    month_end = (today.replace(day=1) - timezone.timedelta(days=1)).isoformat()
    print(f"{'page':34} {'median':>9} {'slowest':>9} {'queries':>8} {'bytes':>11}")
    for name, url in pages(last_month, month_end, last_page=-(-args.users // BALANCES_PER_PAGE)):
        median, slowest, queries, size = measure(client, url, args.runs)
        print(f"{name:34} {median * 1000:7.0f} ms {slowest * 1000:6.0f} ms {queries:8} {size:11,}")


if __name__ == "__main__":
    main()
