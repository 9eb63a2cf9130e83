"""`make bench`: the service under load next to the raw-SQL ceiling, measured in the same run.

Runs inside `scripts/with-postgres` (PG_DURABLE=1: fsync on, as in production; see bench/run).
Migrates, seeds BENCH_USERS users with bulk SQL, captures the SQL the service issues for one
transfer, one deposit and one atomic batch of 100 transfers into bench/sql/ (through the real view, with Django's
CaptureQueriesContext), starts gunicorn with production settings on a free loopback port, and
drives each scenario with wrk (bench/lua/) for BENCH_SECONDS, then pgbench with the captured
SQL at the same client counts. Prints one table; the ratios hold even on a noisy machine.
"""

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
SQL = BENCH / "sql"
USERS = int(os.environ.get("BENCH_USERS", 10000))
SECONDS = int(os.environ.get("BENCH_SECONDS", 10))
HOT_USERS = 10
BATCH_CEILING = 100  # transfers per batch in the batched ceiling (bench/sql/batch.sql)
# BENCH_ONLY="transfer, 10k users@32;balance read": run only the scenarios (name, or name@clients) listed.
ONLY = [item.strip() for item in os.environ.get("BENCH_ONLY", "").split(";") if item.strip()]
SEED_BALANCE = 1_000_000
CAPTURE_USERS = (USERS - 1, USERS)  # seeded users whose literal ids become pgbench variables

os.environ.update(
    SECRET_KEY=os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
    SECURE_SSL_REDIRECT="0",
    SECURE_COOKIES="0",
    SECURE_HSTS_SECONDS="0",
    ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
    DJANGO_SETTINGS_MODULE="balance_service.settings",
    LOG_LEVEL="WARNING",
    # The bench measures throughput: rate limits (tested in balance_service/tests/test_security.py) stay out of it.
    THROTTLE_RATE="1000000000/min",
)
os.environ.pop("DEBUG", None)
sys.path.insert(0, str(ROOT))


def django_setup():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def seed() -> str:
    """USERS users with SEED_BALANCE each (one deposit per user, entries balanced), with account
    ids 2u+1 (available) and 2u+2 (reserved); returns an API key with every scope."""
    from django.db import connection

    from accounts.scopes import ALL_SCOPES
    from accounts.services import api_client_create
    from ledger.services.posting import system_account_id

    world = system_account_id("world")
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO ledger_account (id, user_id, kind, balance, created_at)
            SELECT 2 * u + 1, u, 'available', %(b)s, now() FROM generate_series(1, %(n)s) u
            UNION ALL SELECT 2 * u + 2, u, 'reserved', 0, now() FROM generate_series(1, %(n)s) u;
            SELECT setval(pg_get_serial_sequence('ledger_account', 'id'), (SELECT max(id) FROM ledger_account));
            INSERT INTO ledger_transaction (id, type, amount, user_id, comment, created_at)
            SELECT u, 'deposit', %(b)s, u, 'bench seed', now() FROM generate_series(1, %(n)s) u;
            SELECT setval(pg_get_serial_sequence('ledger_transaction', 'id'), 1000000000);
            INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
            SELECT u, 2 * u + 1, u, %(b)s, %(b)s, now() FROM generate_series(1, %(n)s) u
            UNION ALL SELECT u, %(w)s, NULL, -%(b)s, NULL, now() FROM generate_series(1, %(n)s) u;
            ANALYZE;
            """,
            {"n": USERS, "b": SEED_BALANCE, "w": world},
        )
    _, key = api_client_create(name="bench", scopes=list(ALL_SCOPES))
    return key


def _pick(src: str | None, dst: str) -> list[str]:
    """pgbench lines drawing random users (a sender different from the receiver) and their
    available accounts (id 2u+1, see `seed`) into :<var> and :<var>_acct."""
    if src is None:
        return [f"\\set {dst} random(1, :users)", f"\\set {dst}_acct 2 * :{dst} + 1"]
    return [
        f"\\set {src} random(1, :users)",
        f"\\set {dst} random(1, :users - 1)",
        f"\\if :{dst} >= :{src}",
        f"\\set {dst} :{dst} + 1",
        "\\endif",
        f"\\set {src}_acct 2 * :{src} + 1",
        f"\\set {dst}_acct 2 * :{dst} + 1",
    ]


def capture(key: str) -> dict[str, Path]:
    """Run one transfer, one deposit and one atomic batch of BATCH_CEILING transfers through the
    real view, record every statement, and turn the user and account ids into pgbench variables.
    Writes bench/sql/*.sql."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_AUTHORIZATION=f"Bearer {key}")
    src, dst = CAPTURE_USERS
    # Pairs of seeded users whose ids cannot be mistaken for anything else in the SQL: their
    # account ids (2u+1) are above every user id.
    first = USERS - 2 * BATCH_CEILING + 1
    pairs = [(first + 2 * k, first + 2 * k + 1) for k in range(BATCH_CEILING)]
    transfers = [{"op": "transfer", "from_user_id": a, "to_user_id": b, "amount": "0.01"} for a, b in pairs]
    requests = {
        # name: (path, body, {user id: variable}, pgbench lines drawing the variables)
        "transfer": (
            "transfer",
            {"from_user_id": src, "to_user_id": dst, "amount": "0.01"},
            {src: "src", dst: "dst"},
            _pick("src", "dst"),
        ),
        "deposit": ("deposit", {"user_id": dst, "amount": "1.00"}, {dst: "dst"}, _pick(None, "dst")),
        "batch": (
            "batch",
            {"atomic": True, "operations": transfers},
            {user: f"{side}_{k}" for k, (a, b) in enumerate(pairs) for side, user in (("src", a), ("dst", b))},
            [line for k in range(BATCH_CEILING) for line in _pick(f"src_{k}", f"dst_{k}")],
        ),
    }
    # Steady state: the worker has already checked this key (it is cached for a few seconds).
    client.get(f"/api/v1/information/account-balance/{src}")
    scripts = {}
    for name, (path, body, variables, header) in requests.items():
        with CaptureQueriesContext(connection) as queries:
            response = client.post(f"/api/v1/transactions/{path}", body, content_type="application/json")
        assert response.status_code == 201, response.content
        lines = [
            "-- Captured by bench/bench.py from the service itself (one request through the real view);",
            "-- regenerated on every run. Per-request user and account ids are pgbench variables.",
            *header,
        ]
        if connection.settings_dict.get("CONN_HEALTH_CHECKS"):
            # Django checks a persistent connection once per request, outside its query log.
            lines += ["-- Django's connection health check (CONN_HEALTH_CHECKS), once per request:", "SELECT 1;"]
        for query in queries.captured_queries:
            sql = query["sql"]
            for user, var in variables.items():  # account ids first: they are the larger numbers
                sql = re.sub(rf"\b{2 * user + 1}\b", f":{var}_acct", sql)
                sql = re.sub(rf"\b{2 * user + 2}\b", f"(:{var}_acct + 1)", sql)
            for user, var in variables.items():
                sql = re.sub(rf"\b{user}\b", f":{var}", sql)
            # psycopg names the smallest integer type that held the captured ids; pgbench's may not fit.
            lines.append(re.sub(r"::int[24]\[\]", "::int8[]", sql) + ";")
        target = SQL / f"{name}.sql"
        target.write_text("\n".join(lines) + "\n")
        scripts[name] = target
    return scripts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(port: int, log: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "balance_service.wsgi",
            "--config",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1)
            return process
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"gunicorn did not start; see {log}")


def wrk(port: int, script: str, clients: int, **env) -> dict:
    threads = min(2, clients)
    result = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{clients}",
            f"-d{SECONDS}s",
            "--timeout",
            "10s",
            "-s",
            str(BENCH / "lua" / script),
            f"http://127.0.0.1:{port}",
        ],
        env={**os.environ, "BENCH_LUA_DIR": str(BENCH / "lua"), **{k: str(v) for k, v in env.items()}},
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    summary["rps"] = summary["requests"] / summary["seconds"]
    return summary


def pgbench(script: Path, clients: int, users: int) -> float:
    """Transactions per second of `script`, or 0 when pgbench fails (its output is shown)."""
    result = subprocess.run(
        [
            "pgbench",
            "-n",
            "-M",
            "simple",
            f"-c{clients}",
            f"-j{min(2, clients)}",
            f"-T{SECONDS}",
            "--max-tries=20",
            "-D",
            f"users={users}",
            "-f",
            str(script),
            os.environ["DATABASE_URL"],
        ],
        capture_output=True,
        text=True,
    )
    match = re.search(r"tps = ([\d.]+) \(without", result.stdout)
    if not match:
        print(f"pgbench {script.name} failed:\n{result.stdout}\n{result.stderr[-2000:]}", file=sys.stderr)
        return 0.0
    return float(match.group(1))


def main() -> None:
    django_setup()
    if not shutil.which("wrk") or not shutil.which("pgbench"):
        raise SystemExit("wrk and pgbench are needed (bench/run installs them)")
    key = seed()
    scripts = capture(key)
    from django.db import connection

    connection.close()
    port, log = free_port(), Path(os.environ.get("PGTEST_DIR", "/tmp")) / "gunicorn.log"
    server = start_gunicorn(port, log)
    workers = os.environ.get("WEB_CONCURRENCY", "gunicorn.conf.py default")
    print(f"bench: {USERS} users, {SECONDS} s per run, gunicorn workers: {workers}, fsync on", flush=True)
    history = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/information/account-transactions/1", headers={"Authorization": f"Bearer {key}"}
    )
    try:
        urllib.request.urlopen(history, timeout=5)
        has_history = True
    except urllib.error.HTTPError as exc:
        has_history = exc.code != 404
    # (scenario, wrk script, clients, env, ceiling script or None, operations per request)
    runs = (
        [("transfer, 10k users", "transfer.lua", c, {}, ("transfer", USERS), 1) for c in (16, 32, 64)]
        + [
            ("transfer, 10 hot users", "transfer.lua", c, {"BENCH_USERS": HOT_USERS}, ("transfer", HOT_USERS), 1)
            for c in (16, 64)
        ]
        + [("deposit, 10k users", "deposit.lua", c, {}, ("deposit", USERS), 1) for c in (8, 16, 64)]
        + [("reserve / make-payment", "reserve_pay.lua", c, {}, None, 1) for c in (16, 64)]
        + [("balance read", "balance.lua", c, {}, None, 1) for c in (16, 64)]
        + [("history first page", "history.lua", c, {}, None, 1) for c in (16, 64) if has_history]
        + [(f"batch of {n} transfers", "batch.lua", 4, {"BENCH_BATCH": n}, ("batch", USERS), n) for n in (100, 1000)]
    )
    if ONLY:
        runs = [run for run in runs if run[0] in ONLY or f"{run[0]}@{run[2]}" in ONLY]
    rows = []
    try:
        for name, script, clients, env, ceiling, per_request in runs:
            result = wrk(port, script, clients, BENCH_KEY=key, **env)
            rows.append((name, clients, result, ceiling, per_request))
            print(f"  {name} @{clients}: {result['rps']:.0f} req/s", flush=True)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    from ledger.verify import ledger_verify

    problems = ledger_verify()  # before pgbench, whose constant balances do not add up
    verdict = "verified" if not problems else f"{len(problems)} problems, e.g. {problems[:3]}"
    ceilings = {}
    for _name, clients, _result, ceiling, _per_request in rows:
        if ceiling and (ceiling, clients) not in ceilings:
            script, users = ceiling
            tps = pgbench(scripts[script], clients, users)
            ceilings[(ceiling, clients)] = tps * (BATCH_CEILING if script == "batch" else 1)
            print(f"  pgbench {script} users={users} @{clients}: {tps:.0f} tps", flush=True)
    print()
    print("| scenario | clients | req/s | ops/s | p50 ms | p99 ms | non-2xx | raw-SQL ceiling ops/s | % of ceiling |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, clients, result, ceiling, per_request in rows:
        ops = result["rps"] * per_request
        top = ceilings.get((ceiling, clients)) if ceiling else None
        print(
            f"| {name} | {clients} | {result['rps']:.0f} | {ops:.0f} | {result['p50_ms']:.1f} | {result['p99_ms']:.1f} "
            f"| {result['non2xx'] + result['socket_errors']} | {f'{top:.0f}' if top else '-'} "
            f"| {f'{100 * ops / top:.0f}%' if top else '-'} |"
        )
    if not has_history:
        print("\nhistory first page: skipped, GET /information/account-transactions is not on this branch.")
    print(f"\nbooks after the service's runs: {verdict}")


if __name__ == "__main__":
    main()
