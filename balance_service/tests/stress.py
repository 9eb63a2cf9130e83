"""Stress run with injected faults: proof that no money is lost, created or moved twice.

A test utility: the suite's short stress test calls `run()`; the long run is `make stress` (on a
throwaway PostgreSQL: `scripts/with-postgres .venv/bin/python -m balance_service.tests.stress
--operations 100000`). It creates a database of its own on that server,
serves the API from it with gunicorn and the production settings (TLS behind a proxy, as in
production) on a free loopback port, and starts several worker processes, each with its own HTTP
connection, that send random movements for a few hot users, each with its own Idempotency-Key:
single operations and batches of 2-5 (atomic or one by one), with spending outweighing deposits
so that insufficient funds are common. A network error, a 503 or a 409
`idempotency_key_in_progress` is retried with the same key and body.

Meanwhile the main process injects faults in turn: pg_terminate_backend on the service's
connections, kill -9 of a gunicorn worker, a very low statement_timeout for a few seconds, and a
PostgreSQL stop and start (checking that /readyz answers 503 while it is down and 200 after).

At the end it checks the books against what the answers said (each operation of a 2xx batch
counts as if sent alone), prints every figure and exits 1
when an invariant fails. `run()` is also what the short stress test in the suite calls.
"""

import argparse
import http.client
import itertools
import json
import multiprocessing
import os
import random
import secrets
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"
USERS = range(1, 7)  # hot users: every worker moves their money
SERVICES = (1, 2, 3)
BATCH_SHARE = 0.15  # requests that are batches
RETRY_FOR = 120.0  # seconds an operation is retried before it is left for the final resolution


def cents(low: int, high: int) -> str:
    return f"{Decimal(random.randint(low * 100, high * 100)) / 100:.2f}"


# ---------------------------------------------------------------- the service under test


@dataclass
class Service:
    admin_url: str  # the server's maintenance database, for faults and checks
    dbname: str
    port: int
    key: str = ""
    env: dict = field(default_factory=dict)
    process: subprocess.Popen | None = None
    log: Path | None = None

    @property
    def url(self) -> str:
        base = self.admin_url.rsplit("/", 1)[0]
        return f"{base}/{self.dbname}"

    def start(self, workers: int) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.dbname}"')
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "balance_service.settings",
            "DATABASE_URL": f"{self.url}?application_name=balance-stress",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "SECURE_PROXY_SSL_HEADER": "1",  # the client sends X-Forwarded-Proto: https, as a TLS proxy does
            "ALLOWED_HOSTS": "127.0.0.1",
            "THROTTLE_RATE": "1000000/s",
            "WEB_CONCURRENCY": str(workers),
            "GUNICORN_TIMEOUT": "60",
            "LOG_LEVEL": "WARNING",
        }
        manage = [str(BIN / "python"), "manage.py"]
        subprocess.run([*manage, "migrate", "--no-input", "-v", "0"], cwd=ROOT, env=self.env, check=True)
        made = subprocess.run(
            [*manage, "create_api_client", "stress", "--all-scopes"],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        )
        self.key = made.stdout.strip().splitlines()[-1]
        self.log = Path(tempfile.mkdtemp(prefix="balance-stress-")) / "gunicorn.log"
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [
                    str(BIN / "gunicorn"),
                    "balance_service.wsgi",
                    "-c",
                    "gunicorn.conf.py",
                    "-b",
                    f"127.0.0.1:{self.port}",
                ],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 60
        while get(self.port, "/readyz")[0] != 200:
            if time.monotonic() > deadline:
                raise RuntimeError("gunicorn did not become ready")
            time.sleep(0.2)

    def worker_pids(self) -> list[int]:
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in path.read_text().split()]

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.dbname}" WITH (FORCE)')


def get(port: int, path: str) -> tuple[int | None, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        response = conn.getresponse()
        return response.status, json.loads(response.read() or b"{}")
    except (OSError, http.client.HTTPException, ValueError):
        return None, {}
    finally:
        conn.close()


# ---------------------------------------------------------------- the workers


class Client:
    """One worker's HTTP connection to the service; retries with the same key and body."""

    def __init__(self, port: int, key: str, counts: Counter):
        self.port, self.key, self.counts = port, key, counts
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=70)

    def post(self, op: str, body: dict, idem: str, retry_for: float = RETRY_FOR) -> tuple[int | None, dict]:
        headers = {
            "Authorization": f"Bearer {self.key}",
            "Content-Type": "application/json",
            "Idempotency-Key": idem,
            "X-Forwarded-Proto": "https",
        }
        payload = json.dumps(body)
        give_up = time.monotonic() + retry_for
        delay = 0.05
        first = True
        while True:
            if not first:
                self.counts["retries"] += 1
            first = False
            try:
                self.conn.request("POST", f"/api/v1/transactions/{op}", payload, headers)
                response = self.conn.getresponse()
                status, raw = response.status, response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.conn.close()
            except (OSError, http.client.HTTPException):
                self.conn.close()
                self.counts["network_errors"] += 1
                status, raw = None, b""
            data = json.loads(raw) if raw else {}
            if status is not None:
                self.counts[f"status_{status}"] += 1
                if status == 503 and data.get("code") != "service_unavailable":
                    self.counts["bad_503_body"] += 1
            retry = status in (None, 503, 429) or (status == 409 and data.get("code") == "idempotency_key_in_progress")
            if not retry or time.monotonic() > give_up:
                return status, data
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


def random_operation(user: int, held: dict[int, dict], orders, taken: set[int]) -> tuple[str, dict]:
    """One random movement for `user`. Withdrawals, transfers and reserves ask for more on
    average than deposits bring, so balances stay low and insufficient funds are common.
    Payments and refunds pick one of this worker's open orders not in `taken` (and take it)."""
    roll = random.random()
    open_orders = [order for order, r in held.items() if r.get("status") == "reserved" and order not in taken]
    if roll < 0.22:
        return "deposit", {"user_id": user, "amount": cents(1, 300)}
    if roll < 0.40:
        return "withdraw", {"user_id": user, "amount": cents(1, 400)}
    if roll < 0.62:
        other = random.choice([u for u in USERS if u != user])
        return "transfer", {"from_user_id": user, "to_user_id": other, "amount": cents(1, 300)}
    if roll < 0.82 or not open_orders:
        body = {"user_id": user, "service_id": random.choice(SERVICES), "order_id": next(orders)}
        return "reserve", {**body, "amount": cents(1, 200)}
    order = random.choice(open_orders)
    taken.add(order)
    r = held[order]
    base = {"user_id": r["user_id"], "service_id": r["service_id"], "order_id": order}
    if random.random() < 0.6:
        amount = Decimal(r["amount"]) * random.choice([1, 1, Decimal("0.5"), Decimal("0.33")])
        return "make-payment", {**base, "amount": f"{max(amount, Decimal('0.01')):.2f}"}
    return "reserve-refund", base


def outcomes(op: str, body: dict, status: int | None, answer: dict) -> list[tuple[str, dict, int | None, dict]]:
    """What happened to each operation of a request: the request itself, or each operation of a
    batch. An atomic batch refused (or never answered) gives its status to every operation."""
    if op != "batch":
        return [(op, body, status, answer)]
    items = [(item["op"], {k: v for k, v in item.items() if k != "op"}) for item in body["operations"]]
    if status == 201:
        return [(name, args, 201, result) for (name, args), result in zip(items, answer["results"], strict=True)]
    if status == 200:
        return [(name, args, r["status"], r["body"]) for (name, args), r in zip(items, answer["results"], strict=True)]
    return [(name, args, status, answer) for name, args in items]


def worker(index: int, port: int, key: str, operations: int, seed: int, results, every_fault_done) -> None:
    """Send at least `operations` random requests (about one in seven a batch of 2-5 operations,
    atomic or not), and go on until every kind of fault has been injected once; put (records,
    counts) on `results`."""
    random.seed(seed)
    counts: Counter = Counter()
    client = Client(port, key, counts)
    records: list[tuple[str, str, dict, int | None, dict]] = []  # (key, op, body, status, answer)
    held: dict[int, dict] = {}  # order_id -> reservation answer, for this worker's own orders
    orders = itertools.count(index * 10**9 + 1)  # this worker's order ids
    n = -1
    while (n := n + 1) < operations or not every_fault_done.is_set():
        idem = f"w{index}-{n}"
        user = random.choice(USERS)
        if random.random() < BATCH_SHARE:
            atomic, taken = random.random() < 0.5, set()
            items = [random_operation(user, held, orders, taken) for _ in range(random.randint(2, 5))]
            op, body = "batch", {"atomic": atomic, "operations": [{"op": name, **args} for name, args in items]}
            counts["batch_atomic" if atomic else "batch_one_by_one"] += 1
            counts["batch_items"] += len(items)
        else:
            op, body = random_operation(user, held, orders, set())
        counts["sent"] += 1
        status, answer = client.post(op, body, idem)
        if status == 500:
            counts["status_500_final"] += 1
        records.append((idem, op, body, status, answer))
        for name, args, done, result in outcomes(op, body, status, answer):
            counts[f"op_{name}"] += 1
            if name in ("reserve", "make-payment", "reserve-refund") and done in (200, 201):
                held[args["order_id"]] = result
            elif name in ("make-payment", "reserve-refund") and done is None:
                held[args["order_id"]] = {**held[args["order_id"]], "status": "unknown"}
    results.put((records, counts))


# ---------------------------------------------------------------- the faults


class Faults:
    """Inject one fault after another until stopped; count each kind."""

    def __init__(self, service: Service, interval: float, outage: float):
        self.service, self.interval, self.outage = service, interval, outage
        self.counts: Counter = Counter()
        self.notes: list[str] = []
        self.stopping = threading.Event()
        self.every_fault_done = multiprocessing.Event()
        self.thread = threading.Thread(target=self.loop, daemon=True)

    def loop(self) -> None:
        kinds = [self.terminate_backends, self.kill_worker, self.low_statement_timeout]
        if os.environ.get("PG_CTL") and os.environ.get("PGTEST_DIR"):  # a server that scripts/with-postgres owns
            kinds.append(self.restart_postgres)
        turn = 0
        while not self.stopping.wait(self.interval):
            fault = kinds[turn % len(kinds)]
            turn += 1
            try:
                fault()
            except Exception as exc:  # noqa: BLE001 - a failed injection is reported, not fatal
                self.counts["injection_failed"] += 1
                self.notes.append(f"{fault.__name__}: {exc}")
            if turn >= len(kinds):
                self.every_fault_done.set()

    def admin(self):
        return psycopg.connect(self.service.admin_url, autocommit=True)

    def terminate_backends(self) -> None:
        with self.admin() as conn:
            pids = [
                row[0]
                for row in conn.execute(
                    "SELECT pid FROM pg_stat_activity WHERE datname = %s AND application_name = 'balance-stress'",
                    [self.service.dbname],
                )
            ]
            victims = random.sample(pids, max(1, len(pids) // 2)) if pids else []
            for pid in victims:
                conn.execute("SELECT pg_terminate_backend(%s)", [pid])
        self.counts["pg_terminate_backend"] += len(victims)

    def kill_worker(self) -> None:
        os.kill(random.choice(self.service.worker_pids()), signal.SIGKILL)
        self.counts["kill_9_gunicorn_worker"] += 1

    def low_statement_timeout(self) -> None:
        with self.admin() as conn:
            conn.execute(f"ALTER DATABASE \"{self.service.dbname}\" SET statement_timeout = '2ms'")
        self.terminate_backends()  # persistent connections pick the setting up when they reconnect
        time.sleep(3)
        with self.admin() as conn:
            conn.execute(f'ALTER DATABASE "{self.service.dbname}" RESET statement_timeout')
        self.terminate_backends()
        self.counts["low_statement_timeout"] += 1

    def restart_postgres(self) -> None:
        """Stop the server (fast), check /readyz says 503 while it is down, start it again with
        the options it ran with, and time how long the service takes to be ready again."""
        pg_ctl, data = os.environ["PG_CTL"], Path(os.environ["PGTEST_DIR"]) / "data"
        options = shlex.split((data / "postmaster.opts").read_text())[1:]
        options = [o for i, o in enumerate(options) if o != "-D" and (i == 0 or options[i - 1] != "-D")]
        as_pg = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        subprocess.run([*as_pg, pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"], check=True, capture_output=True)
        down = time.monotonic()
        time.sleep(self.outage / 2)
        status, _ = get(self.service.port, "/readyz")
        self.counts["readyz_503_while_down" if status == 503 else f"readyz_{status}_while_down"] += 1
        time.sleep(self.outage / 2)
        log = str(Path(os.environ["PGTEST_DIR"]) / "server.log")
        subprocess.run(
            [*as_pg, pg_ctl, "-D", str(data), "-l", log, "-w", "-o", shlex.join(options), "start"],
            check=True,
            capture_output=True,
        )
        while get(self.service.port, "/readyz")[0] != 200:
            time.sleep(0.1)
        self.notes.append(f"postgres down and back, ready again after {time.monotonic() - down:.1f} s")
        self.counts["postgres_restart"] += 1


# ---------------------------------------------------------------- the checks


def check(service: Service, records: list) -> tuple[dict, list[str]]:
    """Compare the books with what the 2xx answers said; return figures and failures."""
    failures: list[str] = []
    figures: dict = {}
    verify = subprocess.run(
        [str(BIN / "python"), "manage.py", "verify_ledger"], cwd=ROOT, env=service.env, capture_output=True, text=True
    )
    figures["verify_ledger"] = "passed" if verify.returncode == 0 else "FAILED"
    if verify.returncode:
        failures.append(f"verify_ledger: {verify.stderr.strip()}")

    total: dict[int, Decimal] = defaultdict(Decimal)
    answered: dict[int, tuple] = {}
    reservations: dict[tuple[int, int], dict] = {}
    deposits = withdrawals = Decimal("0")
    unresolved = 0
    flat = [
        (op, body, status, answer)
        for _, request_op, request_body, request_status, request_answer in records
        for op, body, status, answer in outcomes(request_op, request_body, request_status, request_answer)
    ]
    figures["operations_2xx"] = f"{sum(status in (200, 201) for _, _, status, _ in flat)}/{len(flat)}"
    figures["refused"] = ", ".join(f"{code} {count}" for code, count in refusals(records).most_common())
    for op, body, status, answer in flat:
        if status is None:
            unresolved += 1
            continue
        if status >= 500:
            failures.append(f"{op} {body} ended with {status} {answer}")
        if status not in (200, 201):
            continue
        amount = Decimal(body.get("amount", "0"))
        if op in ("deposit", "withdraw", "transfer"):
            if answer["id"] in answered:
                failures.append(f"transaction {answer['id']} was answered to two different keys")
            sender = body.get("from_user_id", body.get("user_id"))
            answered[answer["id"]] = (answer["type"], Decimal(answer["amount"]), sender, body.get("to_user_id"))
        if op == "deposit":
            total[body["user_id"]] += amount
            deposits += amount
        elif op == "withdraw":
            total[body["user_id"]] -= amount
            withdrawals += amount
        elif op == "transfer":
            total[body["from_user_id"]] -= amount
            total[body["to_user_id"]] += amount
        else:
            reservations[answer["order_id"], answer["service_id"]] = answer  # the last answer is the state
    figures["unresolved_operations"] = unresolved
    if unresolved:
        failures.append(f"{unresolved} operations never got an answer")

    with psycopg.connect(service.url) as conn:
        stored = {
            row[0]: (row[1], row[2], row[3], row[4])
            for row in conn.execute(
                "SELECT id, type, amount, user_id, to_user_id FROM ledger_transaction "
                "WHERE type IN ('deposit', 'withdrawal', 'transfer')"
            )
        }
        lost = [pk for pk in answered if pk not in stored]
        wrong = [pk for pk in answered if pk in stored and stored[pk] != answered[pk]]
        extra = [pk for pk in stored if pk not in answered]
        figures["2xx_transactions_in_books_once"] = f"{len(answered) - len(lost) - len(wrong)}/{len(answered)}"
        figures["lost"], figures["duplicated_or_unanswered"], figures["mismatched"] = len(lost), len(extra), len(wrong)
        if lost or extra or wrong:
            failures.append(f"transactions lost {lost[:10]}, extra {extra[:10]}, mismatched {wrong[:10]}")

        books_res = {
            (row[0], row[1]): (row[2], Decimal(row[3]), Decimal(row[4]), row[5])
            for row in conn.execute(
                "SELECT order_id, service_id, user_id, amount, paid_amount, status FROM ledger_reservation"
            )
        }
        model_res = {
            key: (r["user_id"], Decimal(r["amount"]), Decimal(r["paid_amount"]), r["status"])
            for key, r in reservations.items()
        }
        figures["reservations_match"] = f"{sum(books_res.get(k) == v for k, v in model_res.items())}/{len(model_res)}"
        if books_res != model_res:
            diff = [k for k in set(books_res) | set(model_res) if books_res.get(k) != model_res.get(k)]
            failures.append(f"reservations differ from the answers: {diff[:10]}")

        reserved: dict[int, Decimal] = defaultdict(Decimal)
        for user_id, amount, paid, status in model_res.values():
            total[user_id] -= paid
            if status == "reserved":
                reserved[user_id] += amount
        balances = {
            (row[0], row[1]): Decimal(row[2])
            for row in conn.execute("SELECT user_id, kind, balance FROM ledger_account WHERE user_id IS NOT NULL")
        }
        mismatched_users = [
            user_id
            for user_id in USERS
            if balances.get((user_id, "available"), Decimal(0)) != total[user_id] - reserved[user_id]
            or balances.get((user_id, "reserved"), Decimal(0)) != reserved[user_id]
        ]
        figures["user_balances_match_answers"] = f"{len(USERS) - len(mismatched_users)}/{len(USERS)}"
        if mismatched_users:
            failures.append(f"balances differ from the answers for users {mismatched_users}")

        revenue = conn.execute(
            "SELECT coalesce(sum(e.amount), 0) FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id "
            "WHERE a.kind = 'revenue'"
        ).fetchone()[0]
        users_money = sum(balances.values(), Decimal(0))
        figures["money"] = (
            f"users {users_money} = deposits {deposits} - withdrawals {withdrawals} - revenue {revenue}: "
            f"{users_money == deposits - withdrawals - revenue}"
        )
        if users_money != deposits - withdrawals - revenue:
            failures.append("money not conserved")
        lowest = min(balances.values(), default=Decimal(0))
        figures["lowest_balance"] = str(lowest)
        if lowest < 0:
            failures.append(f"a balance is below zero: {lowest}")
    return figures, failures


def refusals(records: list) -> Counter:
    """Refused operations by error code, singles and inside batches; the other operations of a
    refused atomic batch are counted as rolled back."""
    codes: Counter = Counter()
    for _, op, body, status, answer in records:
        if op == "batch" and status == 200:
            codes.update(r["body"]["code"] for r in answer["results"] if r["status"] >= 400)
        elif status is not None and status >= 400:
            codes[answer.get("code")] += 1
            if op == "batch":
                codes["rolled_back_with_their_atomic_batch"] += len(body["operations"]) - 1
    return codes


def resolve(service: Service, records: list, counts: Counter) -> list:
    """Operations left without an answer are sent once more with the same key, now that the
    database is up: the service replays what happened, or does it now, exactly once."""
    client = Client(service.port, service.key, counts)
    return [
        (idem, op, body, *client.post(op, body, idem, retry_for=30)) if status is None else (idem, op, body, status, a)
        for idem, op, body, status, a in records
    ]


# ---------------------------------------------------------------- the run


def run(*, operations: int, workers: int, gunicorn_workers: int, fault_interval: float, outage: float) -> int:
    """Run the whole stress test and print the report; return 0 when every invariant holds."""
    admin_url = os.environ["DATABASE_URL"]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    service = Service(admin_url=admin_url, dbname=f"stress_{secrets.token_hex(4)}", port=port)
    started = time.monotonic()
    service.start(gunicorn_workers)
    faults = Faults(service, fault_interval, outage)
    try:
        results = multiprocessing.Queue()
        share = operations // workers
        procs = [
            multiprocessing.Process(
                target=worker,
                args=(i, port, service.key, share, random.randrange(2**32), results, faults.every_fault_done),
            )
            for i in range(workers)
        ]
        for proc in procs:
            proc.start()
        faults.thread.start()
        records, counts = [], Counter()
        for _ in procs:
            worker_records, worker_counts = results.get()
            records += worker_records
            counts += worker_counts
        for proc in procs:
            proc.join()
        faults.stopping.set()
        faults.thread.join()
        elapsed = time.monotonic() - started
        records = resolve(service, records, counts)
        figures, failures = check(service, records)
        final = Counter(status for *_, status, _ in records)
    finally:
        faults.stopping.set()
        service.stop()

    total = sum(v for k, v in counts.items() if k.startswith("op_"))
    print(f"stress: {counts['sent']} requests ({total} operations) from {workers} workers in {elapsed:.0f} s")
    print(
        f"  batches: {counts['batch_atomic']} atomic, {counts['batch_one_by_one']} one by one "
        f"({counts['batch_items']} operations inside)"
    )
    print("  operations:", ", ".join(f"{k[3:]} {v}" for k, v in sorted(counts.items()) if k.startswith("op_")))
    print("  answers (every attempt):", ", ".join(f"{k[7:]}: {v}" for k, v in sorted(counts.items()) if "status_" in k))
    print("  final answers:", ", ".join(f"{k}: {v}" for k, v in sorted(final.items(), key=str)))
    print(
        f"  retries {counts['retries']}, network errors {counts['network_errors']}, "
        f"503 without the error body {counts['bad_503_body']}"
    )
    print("  faults:", ", ".join(f"{k} {v}" for k, v in sorted(faults.counts.items())))
    for note in faults.notes:
        print("   ", note)
    for name, value in figures.items():
        print(f"  {name}: {value}")
    if counts["status_500"]:
        failures.append(f"{counts['status_500']} answers were 500")
    if counts["bad_503_body"]:
        failures.append("a 503 without the service_unavailable body")
    print(f"  server log: {service.log} (500s: {service.log.read_text().count(' 500 ')})")
    for failure in failures:
        print("FAILED:", failure)
    print("stress: all invariants hold" if not failures else f"stress: {len(failures)} invariant(s) broken")
    return 1 if failures else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--operations", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=4, help="client processes")
    parser.add_argument("--gunicorn-workers", type=int, default=3)
    parser.add_argument("--fault-interval", type=float, default=4.0, help="seconds between faults")
    parser.add_argument("--outage", type=float, default=3.0, help="seconds PostgreSQL stays down")
    args = parser.parse_args()
    sys.exit(
        run(
            operations=args.operations,
            workers=args.workers,
            gunicorn_workers=args.gunicorn_workers,
            fault_interval=args.fault_interval,
            outage=args.outage,
        )
    )


if __name__ == "__main__":
    main()
