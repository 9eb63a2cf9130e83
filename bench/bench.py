"""`make bench`: the service under load next to the raw-SQL ceiling, measured in the same run.

Runs inside `scripts/with-postgres` (PG_DURABLE=1: fsync on, as in production; see bench/run).
Migrates a database of its own, seeds BENCH_USERS users with bulk SQL, captures the SQL the
service issues for one transfer, one deposit and one atomic batch of 100 transfers into
var/bench-sql/ (through the real view, with Django's CaptureQueriesContext), copies the database
for pgbench, starts the service as `make run` does (scripts/serve: granian, or WEB_SERVER) with
production settings on the loopback, and then, BENCH_ROUNDS
times, runs each scenario with wrk (bench/lua/) for BENCH_SECONDS after a BENCH_WARMUP warm-up
and right after it pgbench with the captured SQL at the same client count. Reads the server's
and PostgreSQL's CPU and the machine's load from /proc during each run. Prints the medians.
"""

import os
import re
import secrets
import shutil
import sys
import urllib.request
from pathlib import Path

import harness

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
SQL = ROOT / "var" / "bench-sql"  # regenerated on every run, so not committed
USERS = int(os.environ.get("BENCH_USERS", 10000))
SECONDS = int(os.environ.get("BENCH_SECONDS", 10))
WARMUP = int(os.environ.get("BENCH_WARMUP", 2))  # seconds of load before each measured run
ROUNDS = int(os.environ.get("BENCH_ROUNDS", 2))  # every scenario this many times; the table shows medians
HOT_USERS = 10
BATCH_CEILING = 100  # transfers per batch in the batched ceiling (var/bench-sql/batch.sql)
# BENCH_ONLY="transfer, 10k users@32;balance read": run only the scenarios (name, or name@clients) listed.
ONLY = [item.strip() for item in os.environ.get("BENCH_ONLY", "").split(";") if item.strip()]
CAPTURE_USERS = (USERS - 1, USERS)  # seeded users whose literal ids become pgbench variables

# Production settings without HTTPS or rate limits (tested in balance_service/tests/test_security.py).
os.environ.update(harness.SERVER_ENV, SECRET_KEY=os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50))
os.environ.pop("DEBUG", None)
sys.path.insert(0, str(ROOT))


def django_setup():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def seed() -> str:
    """USERS users with SEED_BALANCE each into DATABASE_URL (see harness.seed); returns an API key
    with every scope."""
    from accounts.scopes import ALL_SCOPES
    from accounts.services import api_client_create

    harness.seed(os.environ["DATABASE_URL"], USERS)
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
    Writes var/bench-sql/*.sql."""
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
    SQL.mkdir(parents=True, exist_ok=True)
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
        # (The connection's health check costs no statement: balance_service/postgresql.)
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


def scenarios(has_history: bool) -> list[tuple]:
    """(scenario, wrk script, clients, wrk env, ceiling (captured script, users) or None, ops per request)"""
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
    return runs


def ceiling(url: str, script: Path, clients: int, users: int, per_request: int) -> tuple[float, harness.Load]:
    """The raw-SQL ceiling in operations/s (after its own warm-up) and the machine's load meanwhile."""
    if WARMUP:
        harness.pgbench(url, script, clients, WARMUP, users)
    with harness.Meter(None) as meter:
        tps = harness.pgbench(url, script, clients, SECONDS, users)
    return tps * per_request, meter.load


def main() -> None:
    if not shutil.which("wrk") or not shutil.which("pgbench"):
        raise SystemExit("wrk and pgbench are needed (bench/run installs them)")
    # The service's books and the ceiling's (pgbench writes balances that do not add up) apart.
    os.environ["DATABASE_URL"] = harness.database_create("bench_service")
    django_setup()
    key = seed()
    scripts = capture(key)
    from django.db import connection

    connection.close()
    ceiling_url = harness.database_create("bench_ceiling", template="bench_service")
    # The service as `make run` and the container serve it: scripts/serve, granian unless WEB_SERVER says otherwise.
    web_server = os.environ.get("WEB_SERVER", "granian")
    log = Path(os.environ.get("PGTEST_DIR", "/tmp")) / f"{web_server}.log"
    port = harness.port(0)
    env = {"SECRET_KEY": os.environ["SECRET_KEY"], "HOST": "127.0.0.1", "PORT": str(port), "WEB_SERVER": web_server}
    server = harness.Server(["scripts/serve"], ROOT, port, env, log)
    server.key = key
    server.start()
    workers = os.environ.get("WEB_CONCURRENCY", "the default of scripts/serve")
    print(
        f"bench: {USERS} users, {ROUNDS} rounds of {SECONDS} s per run after {WARMUP} s warm-up (median), "
        f"each ceiling right after its run; server: {web_server} (scripts/serve), workers: {workers}; fsync on. "
        f"{harness.NOTE}",
        flush=True,
    )
    history = urllib.request.Request(
        f"http://127.0.0.1:{server.port}/api/v1/information/account-transactions/1",
        headers={"Authorization": f"Bearer {key}"},
    )
    try:
        urllib.request.urlopen(history, timeout=5)
        has_history = True
    except urllib.error.HTTPError as exc:
        has_history = exc.code != 404
    runs = scenarios(has_history)
    results: dict[tuple, list[dict]] = {}
    try:
        for round_ in range(ROUNDS):
            for run in runs:
                name, script, clients, env, top, per_request = run
                result = harness.measure(server, script, clients, SECONDS, WARMUP, per_request, **env)
                line = (
                    f"  round {round_ + 1} {name} @{clients}: {result['ops']:.0f} ops/s, p99 {result['p99_ms']:.1f} ms"
                )
                if top:
                    script_name, users = top
                    per = BATCH_CEILING if script_name == "batch" else 1
                    result["ceiling"], load = ceiling(ceiling_url, scripts[script_name], clients, users, per)
                    line += f", ceiling {result['ceiling']:.0f} ops/s ({load.text()})"
                results.setdefault((name, clients), []).append(result)
                print(f"{line}; {result['load'].text()}", flush=True)
    finally:
        server.stop()
    from ledger.verify import ledger_verify

    problems = ledger_verify()
    verdict = "verified" if not problems else f"{len(problems)} problems, e.g. {problems[:3]}"
    print(f"\nMedians of {ROUNDS} rounds. CPU per operation from /proc while each run went; load: the 1-minute")
    print("load average and the cores other processes (wrk, pgbench, other work) kept busy meanwhile.\n")
    print(
        "| scenario | clients | ops/s | p50 ms | p99 ms | errors | raw-SQL ceiling ops/s | % of ceiling "
        "| server CPU ms/op | PostgreSQL CPU ms/op | load | other cores busy |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    med = harness.median
    for name, _script, clients, _env, top, _per in runs:
        rows = results[(name, clients)]
        loads = [r["load"] for r in rows]
        others = med([max(0.0, x.machine - x.server - x.postgres) for x in loads])
        shares = [r["ops"] / r["ceiling"] for r in rows if r.get("ceiling")]
        top_ops = f"{med([r.get('ceiling', 0) for r in rows]):.0f}" if top else "-"
        print(
            f"| {name} | {clients} | {med([r['ops'] for r in rows]):.0f} | {med([r['p50_ms'] for r in rows]):.1f} "
            f"| {med([r['p99_ms'] for r in rows]):.1f} | {sum(r['errors'] for r in rows)} "
            f"| {top_ops} "
            f"| {f'{100 * med(shares):.0f}%' if shares else '-'} "
            f"| {med([r['cpu_ms'] for r in rows]):.2f} | {med([r['pg_ms'] for r in rows]):.2f} "
            f"| {med([x.loadavg for x in loads]):.1f} | {others:.2f} |"
        )
    if not has_history:
        print("\nhistory first page: skipped, GET /information/account-transactions is not on this branch.")
    print(f"\nbooks after the service's runs: {verdict}")


if __name__ == "__main__":
    main()
