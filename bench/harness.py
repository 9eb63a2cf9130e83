"""What every bench shares: the seed, a server under test, wrk and pgbench runs, and the machine's
load and each process tree's CPU read from /proc while a run goes.

Imports no code of the service: `make bench-compare` seeds and drives a second checkout of the
service (another commit) with the same functions.
"""

import json
import os
import re
import signal
import socket
import statistics
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
LUA = BENCH / "lua"
SEED_BALANCE = 1_000_000
TICK = os.sysconf("SC_CLK_TCK")
NOTE = (
    "Other work shares this machine's cores: absolute figures move from run to run; "
    "the ratios of one run (same machine, same minute, alternating) are what counts."
)

# Production settings, minus HTTPS (plain loopback HTTP) and rate limits (tested elsewhere).
SERVER_ENV = {
    "SECURE_SSL_REDIRECT": "0",
    "SECURE_COOKIES": "0",
    "SECURE_HSTS_SECONDS": "0",
    "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    "DJANGO_SETTINGS_MODULE": "balance_service.settings",
    "LOG_LEVEL": "WARNING",
    "THROTTLE_RATE": "1000000000/min",
}


ADMIN_URL = os.environ.get("DATABASE_URL", "")  # the server's own database, as scripts/with-postgres gives it


def port(offset: int) -> int:
    """BENCH_PORT + offset when BENCH_PORT is set (a range of ports kept for benches), else a free port."""
    if os.environ.get("BENCH_PORT"):
        return int(os.environ["BENCH_PORT"]) + offset
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_url(name: str) -> str:
    """ADMIN_URL with its database replaced by `name`."""
    parts = urlsplit(ADMIN_URL)
    return urlunsplit(parts._replace(path=f"/{name}"))


def database_create(name: str, template: str | None = None) -> str:
    """(Re)create database `name` (a copy of `template` if given) on DATABASE_URL's server."""
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return database_url(name)


def seed(url: str, users: int) -> None:
    """`users` users with SEED_BALANCE each (one deposit per user, entries balanced), account ids
    2u+1 (available) and 2u+2 (reserved), into a migrated, otherwise empty database."""
    with psycopg.connect(url, autocommit=True) as conn:
        world = conn.execute("SELECT id FROM ledger_account WHERE user_id IS NULL AND kind = 'world'").fetchone()[0]
        conn.execute(
            """
            INSERT INTO ledger_account (id, user_id, kind, balance, created_at)
            SELECT 2 * u + 1, u, 'available', %(b)s, now() FROM generate_series(1, %(n)s) u
            UNION ALL SELECT 2 * u + 2, u, 'reserved', 0, now() FROM generate_series(1, %(n)s) u
            """,
            {"n": users, "b": SEED_BALANCE},
        )
        conn.execute("SELECT setval(pg_get_serial_sequence('ledger_account', 'id'), max(id)) FROM ledger_account")
        conn.execute(
            """
            INSERT INTO ledger_transaction (id, type, amount, user_id, comment, created_at)
            SELECT u, 'deposit', %(b)s, u, 'bench seed', now() FROM generate_series(1, %(n)s) u
            """,
            {"n": users, "b": SEED_BALANCE},
        )
        conn.execute("SELECT setval(pg_get_serial_sequence('ledger_transaction', 'id'), 1000000000)")
        conn.execute(
            """
            INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
            SELECT u, 2 * u + 1, u, %(b)s, %(b)s, now() FROM generate_series(1, %(n)s) u
            UNION ALL SELECT u, %(w)s, NULL, -%(b)s, NULL, now() FROM generate_series(1, %(n)s) u
            """,
            {"n": users, "b": SEED_BALANCE, "w": world},
        )
        conn.execute("ANALYZE")


# ---------------------------------------------------------------------------------------------
# CPU from /proc


def _processes() -> dict[int, tuple[int, float]]:
    """pid -> (parent pid, CPU seconds of the process plus its reaped children)."""
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            raw = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        fields = raw[raw.rindex(")") + 2 :].split()  # after "pid (comm) "
        # fields[0] is state; ppid is fields[1]; utime, stime, cutime, cstime are fields[11:15]
        table[int(entry.name)] = (int(fields[1]), sum(int(v) for v in fields[11:15]) / TICK)
    return table


def tree_cpu(root: int | None) -> float:
    """CPU seconds used so far by process `root` and its descendants, living or reaped (a reaped
    child's time is in its parent's cutime/cstime, so deltas stay right when workers restart)."""
    if root is None:
        return 0.0
    table = _processes()
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        if pid in table:
            total += table[pid][1]
            todo += children.get(pid, [])
    return total


def postgres_pid() -> int | None:
    """The postmaster of the throwaway server scripts/with-postgres started (None otherwise)."""
    pidfile = Path(os.environ.get("PGTEST_DIR", "/nonexistent"), "data", "postmaster.pid")
    try:
        return int(pidfile.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def machine_busy() -> tuple[float, float]:
    """(busy CPU seconds of the whole machine so far, wall clock)."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return (sum(values[:8]) - idle) / TICK, time.monotonic()


@dataclass
class Load:
    """What the machine did while a run went: cores busy in all, in the server, in PostgreSQL."""

    seconds: float = 0.0
    machine: float = 0.0
    server: float = 0.0
    postgres: float = 0.0
    loadavg: float = 0.0

    def text(self) -> str:
        others = max(0.0, self.machine - self.server - self.postgres)
        return (
            f"load {self.loadavg:.2f}; cores busy {self.machine:.2f} (server {self.server:.2f}, "
            f"PostgreSQL {self.postgres:.2f}, the rest incl. wrk/pgbench {others:.2f})"
        )


class Meter:
    """Snapshot CPU counters around a run: `with Meter(server_pid) as m: ...; m.load`."""

    def __init__(self, server_pid: int | None):
        self.server_pid, self.pg_pid, self.load = server_pid, postgres_pid(), Load()

    def __enter__(self):
        self.start = (machine_busy(), tree_cpu(self.server_pid), tree_cpu(self.pg_pid))
        return self

    def __exit__(self, *exc):
        (busy0, t0), server0, pg0 = self.start
        busy1, t1 = machine_busy()
        seconds = t1 - t0
        self.load = Load(
            seconds=seconds,
            machine=(busy1 - busy0) / seconds,
            server=(tree_cpu(self.server_pid) - server0) / seconds,
            postgres=(tree_cpu(self.pg_pid) - pg0) / seconds if self.pg_pid else 0.0,
            loadavg=float(Path("/proc/loadavg").read_text().split()[0]),
        )


# ---------------------------------------------------------------------------------------------
# The server under test


@dataclass
class Server:
    """A web server process group serving one checkout of the service on 127.0.0.1:port."""

    command: list[str]
    cwd: Path
    port: int
    env: dict[str, str]
    log: Path
    key: str = ""  # an API key with every scope, once the caller has made one
    process: subprocess.Popen | None = field(default=None, repr=False)

    def start(self) -> "Server":
        self.process = subprocess.Popen(
            self.command,
            cwd=self.cwd,
            env={**os.environ, **SERVER_ENV, **self.env},
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        for _ in range(150):
            if self.process.poll() is not None:
                raise SystemExit(f"server exited ({self.process.returncode}):\n{self.log_tail()}")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/readyz", timeout=1)
                return self
            except (OSError, urllib.error.HTTPError):
                time.sleep(0.2)
        self.stop()
        raise SystemExit(f"server on port {self.port} did not start:\n{self.log_tail()}")

    def log_tail(self, lines: int = 20) -> str:
        """The end of the server's log (the bench's folder goes away with its PostgreSQL)."""
        text = self.log.read_text(errors="replace") if self.log.exists() else "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def gunicorn(root: Path, python: Path, port: int, log: Path, *options: str, **env: str) -> Server:
    """gunicorn as `make run` starts it in checkout `root` (its gunicorn.conf.py), plus `options`."""
    command = [str(python), "-m", "gunicorn", "balance_service.wsgi", "--config", "gunicorn.conf.py"]
    return Server([*command, *options, "--bind", f"127.0.0.1:{port}"], root, port, env, log)


# ---------------------------------------------------------------------------------------------
# Load generators


def wrk(port: int, script: str, clients: int, seconds: float, **env) -> dict:
    """One wrk run of bench/lua/`script`: requests, rps, p50_ms, p99_ms, non2xx, socket_errors."""
    result = subprocess.run(
        [
            "wrk",
            f"-t{min(2, clients)}",
            f"-c{clients}",
            f"-d{max(1, round(seconds))}s",
            "--timeout",
            "30s",
            "-s",
            str(LUA / script),
            f"http://127.0.0.1:{port}",
        ],
        env={**os.environ, "BENCH_LUA_DIR": str(LUA), **{k: str(v) for k, v in env.items()}},
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise SystemExit(f"wrk {script} failed: {result.stdout[-1000:]} {result.stderr[-1000:]}")
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    summary["rps"] = summary["requests"] / summary["seconds"]
    summary["errors"] = summary["non2xx"] + summary["socket_errors"]
    return summary


def measure(server: Server, script: str, clients: int, seconds: float, warmup: float, per_request=1, **env) -> dict:
    """A warm-up run, then a measured one: wrk's summary plus ops (operations/s), cpu_ms (the
    server's CPU milliseconds per operation, from /proc) and load (a Load)."""
    env = {"BENCH_KEY": server.key, **env}
    if warmup:
        wrk(server.port, script, clients, warmup, **env)
    with Meter(server.pid) as meter:
        result = wrk(server.port, script, clients, seconds, **env)
    settle(server.pid, postgres_pid())
    operations = max(1, result["requests"] * per_request)
    result["ops"] = result["rps"] * per_request
    result["cpu_ms"] = 1000 * meter.load.server * meter.load.seconds / operations
    result["pg_ms"] = 1000 * meter.load.postgres * meter.load.seconds / operations
    result["load"] = meter.load
    return result


def settle(*pids: int | None, limit: float = 60) -> None:
    """Wait until the requests wrk left in flight are done (these processes use under 5% of a core
    for half a second), so they do not weigh on the next run, here or on another server."""
    before, deadline = sum(tree_cpu(pid) for pid in pids), time.monotonic() + limit
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = sum(tree_cpu(pid) for pid in pids)
        if now - before < 0.025:
            return
        before = now


def pgbench(url: str, script: Path, clients: int, seconds: float, users: int) -> float:
    """Transactions per second of `script`, or 0 when pgbench fails (its output is shown)."""
    result = subprocess.run(
        [
            "pgbench",
            "-n",
            "-M",
            "simple",
            f"-c{clients}",
            f"-j{min(2, clients)}",
            f"-T{max(1, round(seconds))}",
            "--max-tries=20",
            "-D",
            f"users={users}",
            "-f",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
    )
    match = re.search(r"tps = ([\d.]+) \(without", result.stdout)
    if not match:
        print(f"pgbench {script.name} failed:\n{result.stdout}\n{result.stderr[-2000:]}", flush=True)
        return 0.0
    return float(match.group(1))


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0
