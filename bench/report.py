"""Benchmark of the monthly report: bulk-load a month of payments, then time the API download and
the management command, each in a fresh process, and print seconds and peak memory (RSS high-water
mark). Run it on a throwaway database: `make bench-report` (scripts/with-postgres).

    python bench/report.py [--payments 1000000] [--services 1000] [--users 10000] [--period 2022-11] [--runs 3]

The books are consistent: each user gets one deposit, then per payment a reservation and a
make-payment of the whole amount (6 entries per payment plus 2 per user), posted through plain
SQL (generate_series) with the database guards (zero-sum trigger, constraints) switched on.
"""

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "balance_service.settings_test")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Sum  # noqa: E402
from django.test import Client  # noqa: E402

from ledger.models import Account, Entry  # noqa: E402
from ledger.selectors import revenue_by_service  # noqa: E402
from ledger.services.posting import system_account_id  # noqa: E402
from ledger.verify import ledger_verify  # noqa: E402
from reports.periods import period_parse  # noqa: E402

LOAD = """
CREATE TEMP TABLE bench_payment AS
SELECT i AS id,
       i %% %(users)s + 1 AS user_id,
       (i * 7) %% %(services)s + 1 AS service_id,
       ((i * 7919) %% 100000 + 1)::numeric(20, 2) / 100 AS amount,
       %(start)s::timestamptz + (i - 1) * ((%(end)s::timestamptz - %(start)s::timestamptz) / %(payments)s) AS at
FROM generate_series(1::bigint, %(payments)s) AS i;

INSERT INTO ledger_service (id, name, created_at)
SELECT s, CASE WHEN s %% 10 = 0 THEN 'Услуга ' ELSE 'Service ' END || lpad(s::text, 4, '0'), %(start)s
FROM generate_series(1, %(services)s) AS s;

INSERT INTO ledger_account (user_id, kind, balance, created_at)
SELECT u, k, 0, %(start)s::timestamptz - interval '1 day'
FROM generate_series(1, %(users)s) AS u, (VALUES ('available'), ('reserved')) AS kinds (k);

CREATE TEMP TABLE bench_user AS
SELECT a.user_id, a.id AS available_id, r.id AS reserved_id, t.total
FROM ledger_account a
JOIN ledger_account r ON r.user_id = a.user_id AND r.kind = 'reserved'
JOIN (SELECT user_id, sum(amount) AS total FROM bench_payment GROUP BY user_id) t ON t.user_id = a.user_id
WHERE a.kind = 'available';

INSERT INTO ledger_reservation (id, user_id, service_id, order_id, amount, paid_amount, status, created_at, updated_at)
SELECT id, user_id, service_id, id, amount, amount, 'paid', at - interval '1 second', at FROM bench_payment;

INSERT INTO ledger_transaction (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
SELECT user_id, 'deposit', total, user_id, NULL::bigint, NULL::bigint, NULL::bigint, '',
       %(start)s::timestamptz - interval '1 day'
FROM bench_user
UNION ALL
SELECT %(users)s + 2 * id - 1, 'reservation', amount, user_id, NULL, id, service_id, '', at - interval '1 second'
FROM bench_payment
UNION ALL
SELECT %(users)s + 2 * id, 'payment', amount, user_id, NULL, id, service_id, '', at FROM bench_payment;

INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
SELECT transaction_id, account_id, user_id, amount, balance_after, created_at FROM (
    SELECT u.user_id AS transaction_id, %(world)s AS account_id, NULL::bigint AS user_id, -u.total AS amount,
           NULL::numeric AS balance_after, %(start)s::timestamptz - interval '1 day' AS created_at
    FROM bench_user u
    UNION ALL
    SELECT u.user_id, u.available_id, u.user_id, u.total, u.total, %(start)s::timestamptz - interval '1 day'
    FROM bench_user u
    UNION ALL
    SELECT %(users)s + 2 * p.id - 1, u.available_id, p.user_id, -p.amount,
           u.total - sum(p.amount) OVER (PARTITION BY p.user_id ORDER BY p.id), p.at - interval '1 second'
    FROM bench_payment p JOIN bench_user u USING (user_id)
    UNION ALL
    SELECT %(users)s + 2 * p.id - 1, u.reserved_id, p.user_id, p.amount, p.amount, p.at - interval '1 second'
    FROM bench_payment p JOIN bench_user u USING (user_id)
    UNION ALL
    SELECT %(users)s + 2 * p.id, u.reserved_id, p.user_id, -p.amount, 0, p.at
    FROM bench_payment p JOIN bench_user u USING (user_id)
    UNION ALL
    SELECT %(users)s + 2 * p.id, %(revenue)s, NULL, p.amount, NULL, p.at FROM bench_payment p
) AS legs
ORDER BY created_at, transaction_id;

SELECT setval(pg_get_serial_sequence('ledger_transaction', 'id'), (SELECT max(id) FROM ledger_transaction));
SELECT setval(pg_get_serial_sequence('ledger_reservation', 'id'), (SELECT max(id) FROM ledger_reservation));
DROP TABLE bench_payment, bench_user;
"""


def load(*, payments: int, services: int, users: int, period: str) -> None:
    month = period_parse(text=period)
    if Entry.objects.exists():
        print("the database already holds entries: not loading", file=sys.stderr)
        return
    if users > payments:
        raise SystemExit("--users must not exceed --payments (every user pays at least once)")
    params = {
        "payments": payments,
        "services": services,
        "users": users,
        "start": month.start,
        "end": month.end,
        "world": system_account_id(Account.Kind.WORLD),
        "revenue": system_account_id(Account.Kind.REVENUE),
    }
    began = time.perf_counter()
    with connection.cursor() as cursor:
        for statement in LOAD.split(";\n"):
            if statement.strip():
                cursor.execute(statement, params)
        cursor.execute("VACUUM ANALYZE")
    print(
        f"loaded {payments:,} payments over {services:,} services and {users:,} users "
        f"in {time.perf_counter() - began:.1f} s"
    )


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def measure_api(period: str) -> dict:
    """In this (fresh) process: ask for the link with a key, then download the CSV without one."""
    from accounts.scopes import REPORTS_READ
    from accounts.services import api_client_create

    _, key = api_client_create(name=f"bench-{os.getpid()}", scopes=[REPORTS_READ])
    began = time.perf_counter()
    link = (
        Client()
        .get(f"/api/v1/reports/consolidated/monthly/?period={period}", HTTP_AUTHORIZATION=f"Bearer {key}")
        .json()["url"]
    )
    response = Client().get(link.removeprefix("http://testserver"))
    digest, size = hashlib.sha256(), 0
    for chunk in response.streaming_content:
        digest.update(chunk)
        size += len(chunk)
    response.close()
    return {
        "seconds": time.perf_counter() - began,
        "peak_mb": _peak_mb(resource.RUSAGE_SELF),
        "bytes": size,
        "sha256": digest.hexdigest(),
        "status": response.status_code,
    }


def measure_command(period: str) -> dict:
    """Run `manage.py monthly_report` as a child (as cron would) and read its peak RSS."""
    with tempfile.TemporaryDirectory() as directory:
        output = Path(directory) / "report.csv"
        began = time.perf_counter()
        subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "monthly_report", period, "--output", str(output)], check=True
        )
        seconds = time.perf_counter() - began
        data = output.read_bytes()
    return {
        "seconds": seconds,
        "peak_mb": _peak_mb(resource.RUSAGE_CHILDREN),
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "status": 0,
    }


def in_child(what: str, period: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", what, "--period", period], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--payments", type=int, default=1_000_000)
    parser.add_argument("--services", type=int, default=1000)
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--period", default="2022-11")
    parser.add_argument("--empty-period", default="2030-01", help="A month without payments (baseline memory).")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--verify", action="store_true", help="Also check the loaded books (ledger_verify).")
    parser.add_argument("--measure", choices=["api", "command"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        result = (measure_api if args.measure == "api" else measure_command)(args.period)
        print(json.dumps(result))
        return

    call_command("migrate", verbosity=0)
    load(payments=args.payments, services=args.services, users=args.users, period=args.period)
    if args.verify:
        problems = ledger_verify()
        print("books verify" if not problems else "\n".join(problems))
        if problems:
            raise SystemExit(1)
    month = period_parse(text=args.period)
    revenue = Entry.objects.filter(
        account__kind=Account.Kind.REVENUE, created_at__gte=month.start, created_at__lt=month.end
    )
    print(f"{revenue.count():,} revenue entries in {args.period}")
    began = time.perf_counter()
    report_total = sum(amount for _, amount in revenue_by_service(start=month.start, end=month.end))
    print(f"query alone: {time.perf_counter() - began:.2f} s")
    books_total = revenue.aggregate(total=Sum("amount"))["total"]
    print(f"report total {report_total} == revenue account change {books_total}: {report_total == books_total}")
    if report_total != books_total:
        raise SystemExit(1)

    hashes = set()
    for what in ("api", "command"):
        baseline = in_child(what, args.empty_period)
        print(
            f"{what:8} empty month {args.empty_period}: {baseline['seconds']:.2f} s, "
            f"peak RSS {baseline['peak_mb']:.1f} MB"
        )
        for run in range(1, args.runs + 1):
            result = in_child(what, args.period)
            assert result["status"] in (0, 200), result
            hashes.add(result["sha256"])
            print(
                f"{what:8} {args.period} run {run}: {result['seconds']:.2f} s, peak RSS {result['peak_mb']:.1f} MB, "
                f"{result['bytes']:,} bytes"
            )
    if len(hashes) > 1:
        raise SystemExit("THE API DOWNLOAD AND THE COMMAND OUTPUT DIFFER")
    print("API download and command output are byte-identical")


if __name__ == "__main__":
    main()
