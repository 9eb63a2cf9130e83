"""`make bench-compare REF=<git ref>`: the service at REF and the working tree, side by side in one run.

Runs inside `scripts/with-postgres` (PG_DURABLE=1: fsync on; see bench/run). Checks REF out with
`git worktree add --detach` into a temporary directory (sharing this checkout's venv when the
requirements are the same, else a venv of its own), gives each side its own database migrated by
its own code and seeded alike, starts both with their own gunicorn.conf.py on 127.0.0.1, and
runs every scenario on one side then the other (the order flips each time), each after a short
warm-up, for `--rounds` rounds. Prints each scenario's medians and the ratio tree/REF.

    make bench-compare REF=main
    make bench-compare REF=HEAD ARGS="--rounds 5 --seconds 15"   # same code twice: ratios near 1.0
"""

import argparse
import filecmp
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness
import sidebyside
from sidebyside import Scenario

USERS = 10000
SCENARIOS = [
    Scenario("transfer", "transfer.lua", 32, {}),
    Scenario("transfer, 10 hot users", "transfer.lua", 32, {"BENCH_USERS": 10}),
    Scenario("deposit", "deposit.lua", 32, {}),
    Scenario("reserve / make-payment", "reserve_pay.lua", 32, {}),
    Scenario("balance read", "balance.lua", 32, {}),
    Scenario("batch of 100 transfers", "batch.lua", 4, {"BENCH_BATCH": 100}, 100),
    Scenario("batch of 1000 transfers", "batch.lua", 4, {"BENCH_BATCH": 1000}, 1000, longer=3),
]


def checkout(ref: str, into: Path) -> Path:
    """A detached worktree of `ref` with a Python that has its requirements."""
    subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(into), ref], cwd=harness.ROOT, check=True)
    same = all(
        (into / name).exists() and filecmp.cmp(harness.ROOT / name, into / name, shallow=False)
        for name in ("requirements.txt", "requirements-dev.txt")
    )
    if same:
        return harness.ROOT / ".venv/bin/python"
    print(f"bench-compare: {ref} has other requirements: a venv of its own in {into}/.venv", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(into / ".venv")], check=True)
    pip = [str(into / ".venv/bin/pip"), "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-r", str(into / "requirements.txt")], check=True)
    return into / ".venv/bin/python"


def prepare(side: str, root: Path, python: Path, work: Path, how: str) -> harness.Server:
    """Migrate a database of the side's own with the side's code, seed it, make a key, start it:
    with gunicorn and the side's gunicorn.conf.py, or (`how` "serve") as the side's scripts/serve
    starts it when it has one."""
    url = harness.database_create(f"bench_{side}")
    env = {"DATABASE_URL": url, "SECRET_KEY": secrets.token_urlsafe(50)}
    run_env = {**os.environ, **harness.SERVER_ENV, **env}
    subprocess.run([str(python), "manage.py", "migrate", "--no-input", "-v", "0"], cwd=root, env=run_env, check=True)
    harness.seed(url, USERS)
    key_file = work / f"{side}.key"
    subprocess.run(
        [str(python), "manage.py", "ensure_local_api_key", str(key_file)],
        cwd=root,
        env=run_env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    port, log = harness.port(0 if side == "tree" else 1), work / f"{side}.log"
    if how == "serve" and (root / "scripts/serve").exists():
        path = f"{python.parent}:{os.environ['PATH']}"
        server = harness.Server(
            ["scripts/serve"], root, port, {**env, "HOST": "127.0.0.1", "PORT": str(port), "PATH": path}, log
        )
    else:
        server = harness.gunicorn(root, python, port, log, **env)
    server.key = key_file.read_text().strip()
    return server.start()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ref", help="git ref to compare the working tree with")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of every scenario on both sides (median)")
    parser.add_argument("--seconds", type=float, default=10, help="measured seconds per run")
    parser.add_argument("--warmup", type=float, default=2, help="warm-up seconds before each run")
    parser.add_argument(
        "--server",
        choices=["gunicorn", "serve"],
        default="gunicorn",
        help="gunicorn with each side's gunicorn.conf.py (the same server on both sides: the code is compared), "
        "or each side's scripts/serve (gunicorn where it has none)",
    )
    parser.add_argument("--only", default="", help="scenario names to run, separated by ';'")
    args = parser.parse_args()
    scenarios = [s for s in SCENARIOS if not args.only or s.name in [o.strip() for o in args.only.split(";")]]
    commit = subprocess.run(
        ["git", "rev-parse", "--short", args.ref], cwd=harness.ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain"], cwd=harness.ROOT, capture_output=True, text=True).stdout
    work = Path(tempfile.mkdtemp(prefix="bench-compare."))
    ref_root = work / "ref"
    servers = {}
    try:
        ref_python = checkout(args.ref, ref_root)
        servers["tree"] = prepare("tree", harness.ROOT, harness.ROOT / ".venv/bin/python", work, args.server)
        servers["ref"] = prepare("ref", ref_root, ref_python, work, args.server)
        print(
            f"bench-compare: working tree{' (with uncommitted changes)' if dirty else ''} vs {args.ref} ({commit}); "
            f"{USERS} users each, own databases on one PostgreSQL (fsync on), {args.rounds} rounds of "
            f"{args.seconds:g} s after {args.warmup:g} s warm-up; server: {args.server} "
            "(each side's own configuration); each run waits for the requests left in flight by the one before",
            flush=True,
        )
        results = sidebyside.alternate(servers, scenarios, args.rounds, args.seconds, args.warmup, BENCH_USERS=USERS)
    finally:
        for server in servers.values():
            server.stop()
        if ref_root.exists():
            subprocess.run(["git", "worktree", "remove", "--force", str(ref_root)], cwd=harness.ROOT, check=False)
        shutil.rmtree(work, ignore_errors=True)
    print(f"\ntree: the working tree; ref: {args.ref} ({commit})")
    sidebyside.table(results, scenarios, ["tree", "ref"], base="ref")


if __name__ == "__main__":
    main()
