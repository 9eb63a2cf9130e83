"""`make bench-servers`: which web server to run the service in, measured side by side in one run.

Runs inside `scripts/with-postgres` (PG_DURABLE=1; see bench/run). One migrated, seeded database;
each candidate server serves the working tree on its own loopback port; transfers and balance
reads alternate between them (bench/sidebyside.py). Then, one server at a time, the slow-client
test: balance reads at 8 clients for --slow-seconds, alone, then again while 100 connections
(bench/slowclients.py) dribble their headers a byte a second.

    make bench-servers
    make bench-servers ARGS="--only granian,gunicorn-sync --rounds 3"
"""

import argparse
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness
import sidebyside
from sidebyside import Scenario
from slowclients import Dribblers

USERS = 10000
PYTHON = harness.ROOT / ".venv/bin/python"
SCENARIOS = [
    Scenario("transfer", "transfer.lua", 32, {}),
    Scenario("balance read", "balance.lua", 32, {}),
]


GRANIAN_VARIANTS = {
    "granian-2-threads": {"WEB_THREADS": "2"},
    "granian-8-threads": {"WEB_THREADS": "8"},
    "granian-3-workers-2-threads": {"WEB_CONCURRENCY": "3", "WEB_THREADS": "2"},
    "granian-4-workers-2-threads": {"WEB_CONCURRENCY": "4", "WEB_THREADS": "2"},
    "granian-access-log": {"ACCESS_LOG": "1"},
}
DEFAULT = "gunicorn-sync,gunicorn-gthread,granian,nginx+gunicorn"


def nginx(port: int, work: Path, env: dict) -> harness.Server:
    """nginx on `port` buffering whole requests (and responses) before gunicorn (sync) sees them,
    gunicorn on a unix socket behind it."""
    sock = work / "gunicorn.sock"
    conf = work / "nginx.conf"
    conf.write_text(
        (harness.ROOT / "bench/nginx.conf")
        .read_text()
        .replace("@PORT@", str(port))
        .replace("@SOCKET@", str(sock))
        .replace("@WORK@", str(work))
    )
    gunicorn = [str(PYTHON), "-m", "gunicorn", "balance_service.wsgi", "-c", "gunicorn.conf.py", "-b", f"unix:{sock}"]
    script = f"{' '.join(gunicorn)} & nginx -c {conf} -g 'daemon off;' & wait"
    return harness.Server(["bash", "-c", script], harness.ROOT, port, env, work / "nginx-gunicorn.log")


def candidates(work: Path, env: dict) -> dict[str, harness.Server]:
    log = work.joinpath
    granian_port = harness.port(2)  # drawn once: without BENCH_PORT each call is another free port
    variant_ports = [harness.port(4 + i) for i in range(len(GRANIAN_VARIANTS))]
    return {
        "gunicorn-sync": harness.gunicorn(harness.ROOT, PYTHON, harness.port(0), log("sync.log"), **env),
        "gunicorn-gthread": harness.gunicorn(
            harness.ROOT,
            PYTHON,
            harness.port(1),
            log("gthread.log"),
            "--worker-class=gthread",
            "--workers=3",
            "--threads=4",
            "--keep-alive=5",
            **env,
            WEB_CONCURRENCY="3",
        ),
        "granian": harness.Server(
            ["scripts/serve", "granian"],
            harness.ROOT,
            granian_port,
            {**env, "PORT": str(granian_port), "HOST": "127.0.0.1"},
            log("granian.log"),
        ),
        "nginx+gunicorn": nginx(harness.port(3), work, env),
        # granian's knobs, to weigh what its threads and its access log cost (not run by default)
        **{
            name: harness.Server(
                ["scripts/serve", "granian"],
                harness.ROOT,
                variant_port,
                {**env, "PORT": str(variant_port), "HOST": "127.0.0.1", **knobs},
                log(f"{name}.log"),
            )
            for variant_port, (name, knobs) in zip(variant_ports, GRANIAN_VARIANTS.items(), strict=True)
        },
    }


def slow_client_test(server: harness.Server, seconds: float, held: int) -> tuple[dict, dict, int]:
    """Balance reads alone, then with `held` dribbling connections: (alone, with, connections opened)."""
    env = {"BENCH_USERS": USERS}
    alone = harness.measure(server, "balance.lua", 8, seconds, 2, **env)
    with Dribblers(server.port, held) as dribblers:
        slowed = harness.measure(server, "balance.lua", 8, seconds, 0, **env)
    return alone, slowed, dribblers.opened


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--warmup", type=float, default=2)
    parser.add_argument("--slow-seconds", type=float, default=60, help="length of each slow-client run")
    parser.add_argument("--slow-clients", type=int, default=100)
    parser.add_argument(
        "--only", default=DEFAULT, help=f"candidates to run, comma-separated (also: {', '.join(GRANIAN_VARIANTS)})"
    )
    args = parser.parse_args()
    if not shutil.which("nginx"):
        raise SystemExit("bench-servers: nginx is needed (apt-get install nginx-light)")
    work = Path(os.environ.get("PGTEST_DIR") or "/tmp") / "bench-servers"
    work.mkdir(exist_ok=True)
    env = {"DATABASE_URL": harness.ADMIN_URL, "SECRET_KEY": secrets.token_urlsafe(50)}
    run_env = {**os.environ, **harness.SERVER_ENV, **env}
    subprocess.run(
        [str(PYTHON), "manage.py", "migrate", "--no-input", "-v", "0"], cwd=harness.ROOT, env=run_env, check=True
    )
    harness.seed(harness.ADMIN_URL, USERS)
    key_file = work / "key"
    subprocess.run(
        [str(PYTHON), "manage.py", "ensure_local_api_key", str(key_file)],
        cwd=harness.ROOT,
        env=run_env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    servers = candidates(work, env)
    servers = {name.strip(): servers[name.strip()] for name in args.only.split(",")}
    slow = {}
    try:
        for server in servers.values():
            server.key = key_file.read_text().strip()
            server.start()
        print(f"bench-servers: {', '.join(servers)}; {args.rounds} rounds of {args.seconds:g} s", flush=True)
        results = sidebyside.alternate(servers, SCENARIOS, args.rounds, args.seconds, args.warmup, BENCH_USERS=USERS)
        for name, server in servers.items():
            alone, slowed, opened = slow_client_test(server, args.slow_seconds, args.slow_clients)
            slow[name] = (alone, slowed, opened)
            print(
                f"  slow clients, {name}: balance reads alone {alone['ops']:.0f}/s p99 {alone['p99_ms']:.1f} ms; "
                f"with {args.slow_clients} held {slowed['ops']:.0f}/s p99 {slowed['p99_ms']:.1f} ms, "
                f"{slowed['errors']} errors ({opened} slow connections opened)",
                flush=True,
            )
    finally:
        for server in servers.values():
            server.stop()
    sidebyside.table(results, SCENARIOS, list(servers), base=next(iter(servers)))
    print(
        f"\nSlow clients: balance reads at 8 clients, {args.slow_seconds:g} s alone, then {args.slow_seconds:g} s "
        f"while {args.slow_clients} connections dribble their headers (one byte a second, reopened when closed).\n"
    )
    print("| server | reads/s alone | p99 ms alone | reads/s with slow clients | p99 ms with | p99 change | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, (alone, slowed, _opened) in slow.items():
        change = f"{100 * (slowed['p99_ms'] / alone['p99_ms'] - 1):+.0f}%" if slowed["requests"] else "no answer"
        print(
            f"| {name} | {alone['ops']:.0f} | {alone['p99_ms']:.1f} | {slowed['ops']:.0f} | {slowed['p99_ms']:.1f} "
            f"| {change} | {slowed['errors']} |"
        )


if __name__ == "__main__":
    main()
