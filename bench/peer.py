"""`make bench-peer`: this service against the peer (bench/peer/), side by side in one run.

Runs inside `scripts/with-postgres` (PG_DURABLE=1; see bench/run). Each gets its own database
on the one PostgreSQL, migrated by its own code and seeded with the same users and balances.
This service runs as `make run` serves it (scripts/serve); the peer as such a project ships,
gunicorn with 5 sync workers. Transfers and balance reads alternate between the two, each run
after a warm-up, for --rounds rounds; prints the medians and ours/peer. Then the peer's books:
its transfers read balances without a lock, so its total drifts under concurrency.
"""

import argparse
import os
import secrets
import subprocess
import sys
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness
import sidebyside
from sidebyside import Scenario

USERS = 10000
PYTHON = harness.ROOT / ".venv/bin/python"
PEER = harness.BENCH / "peer"
SCENARIOS = [
    Scenario("transfer", "transfer.lua", 32, {}),
    Scenario("balance read", "balance.lua", 32, {}),
]


def ours(work: Path) -> harness.Server:
    url = harness.database_create("bench_ours")
    env = {"DATABASE_URL": url, "SECRET_KEY": secrets.token_urlsafe(50)}
    run_env = {**os.environ, **harness.SERVER_ENV, **env}
    manage = [str(PYTHON), "manage.py"]
    subprocess.run([*manage, "migrate", "--no-input", "-v", "0"], cwd=harness.ROOT, env=run_env, check=True)
    harness.seed(url, USERS)
    key_file = work / "ours.key"
    subprocess.run(
        [*manage, "ensure_local_api_key", str(key_file)],
        cwd=harness.ROOT,
        env=run_env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    port = harness.port(0)
    server = harness.Server(
        ["scripts/serve"], harness.ROOT, port, {**env, "HOST": "127.0.0.1", "PORT": str(port)}, work / "ours.log"
    )
    server.key = key_file.read_text().strip()
    return server


def peer(work: Path) -> tuple[harness.Server, str]:
    url = harness.database_create("bench_peer")
    env = {
        "DATABASE_URL": url,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_SETTINGS_MODULE": "peer_project.settings",
    }
    run_env = {**os.environ, **env}
    subprocess.run([str(PYTHON), "manage.py", "migrate", "--no-input", "-v", "0"], cwd=PEER, env=run_env, check=True)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO balances_account (user_id, balance) SELECT u, %s FROM generate_series(1, %s) u",
            (harness.SEED_BALANCE, USERS),
        )
        conn.execute("ANALYZE")
    port = harness.port(1)
    command = [str(PYTHON), "-m", "gunicorn", "peer_project.wsgi", "--workers", "5", "--bind", f"127.0.0.1:{port}"]
    server = harness.Server(command, PEER, port, env, work / "peer.log")
    server.key = "unused"  # the peer takes no key
    return server, url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--warmup", type=float, default=2)
    args = parser.parse_args()
    work = Path(os.environ.get("PGTEST_DIR") or "/tmp") / "bench-peer"
    work.mkdir(exist_ok=True)
    servers = {"ours": ours(work)}
    servers["peer"], peer_url = peer(work)
    try:
        for server in servers.values():
            server.start()
        print(
            f"bench-peer: this service (scripts/serve) and the peer (gunicorn, 5 sync workers, CONN_MAX_AGE), "
            f"{USERS} users each, own databases on one PostgreSQL (fsync on); {args.rounds} rounds of "
            f"{args.seconds:g} s after {args.warmup:g} s warm-up",
            flush=True,
        )
        results = sidebyside.alternate(servers, SCENARIOS, args.rounds, args.seconds, args.warmup, BENCH_USERS=USERS)
    finally:
        for server in servers.values():
            server.stop()
    sidebyside.table(results, SCENARIOS, ["ours", "peer"], base="peer")
    with psycopg.connect(peer_url) as conn:
        total = conn.execute("SELECT sum(balance) FROM balances_account").fetchone()[0]
    seeded = harness.SEED_BALANCE * USERS
    print(
        f"\nThe peer's books after its transfers: {total} in all, {total - seeded:+} against the {seeded} seeded "
        "(transfers only move money: anything but +0 is money made or lost by unlocked read-modify-write)."
    )


if __name__ == "__main__":
    main()
