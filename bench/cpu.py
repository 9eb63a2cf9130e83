"""`make bench-cpu`: where a request's Python time goes, in one process, no network.

Seeds the books as `make bench` does, then sends requests straight to the WSGI application
(every middleware, DRF, the service, real PostgreSQL) and prints, per scenario, the Python CPU
time per request (`time.process_time`, so PostgreSQL's own work is not counted) and the wall
time, the best of `--repeat` runs. `--profile SCENARIO` then prints cProfile's top functions for that scenario.

    make bench-cpu                      # CPU per request, every scenario
    make bench-cpu ARGS="--profile transfer"
"""

import argparse
import cProfile
import io
import json
import pstats
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # sets the production settings' environment first


def scenarios() -> dict:
    """name -> (method, path, body maker or None, operations per request, requests to run)"""

    def two_users():
        a, b = random.sample(range(1, bench.USERS + 1), 2)
        return a, b

    def transfer():
        a, b = two_users()
        return {"from_user_id": a, "to_user_id": b, "amount": "0.01"}

    def batch():
        return {"atomic": True, "operations": [{"op": "transfer", **transfer()} for _ in range(1000)]}

    def balance():
        return None

    return {
        "transfer": ("POST", "/api/v1/transactions/transfer", transfer, 1, 1000),
        "deposit": (
            "POST",
            "/api/v1/transactions/deposit",
            lambda: {"user_id": random.randint(1, bench.USERS), "amount": "1.00"},
            1,
            1000,
        ),
        "balance": ("GET", "/api/v1/information/account-balance/{user}", balance, 1, 3000),
        "batch": ("POST", "/api/v1/transactions/batch", batch, 1000, 20),
    }


def environ(method: str, path: str, body: bytes, key: str) -> dict:
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_AUTHORIZATION": f"Bearer {key}",
        "CONTENT_TYPE": "application/json",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        "wsgi.url_scheme": "http",
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
    }


def run(app, key: str, scenario: tuple, count: int) -> tuple[float, float]:
    """Send `count` requests; return (CPU seconds, wall seconds)."""
    method, path, make, _per_request, _default = scenario
    requests = []
    for _ in range(count):
        body = make()
        data = json.dumps(body).encode() if body is not None else b""
        requests.append(environ(method, path.format(user=random.randint(1, bench.USERS)), data, key))
    statuses = []

    def start_response(status, headers, exc_info=None):
        statuses.append(status)

    cpu, wall = time.process_time(), time.perf_counter()
    for request in requests:
        for _chunk in app(request, start_response):
            pass
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    bad = [s for s in statuses if not s.startswith(("200", "201"))]
    if bad:
        raise SystemExit(f"{len(bad)} requests failed, e.g. {bad[0]}")
    return cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profile", choices=list(scenarios()), help="print cProfile's top functions for one scenario")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=5, help="runs per scenario; the best is shown, as timeit does")
    args = parser.parse_args()
    bench.django_setup()
    key = bench.seed()
    from django.core.wsgi import get_wsgi_application

    app = get_wsgi_application()
    all_scenarios = scenarios()
    for name, scenario in all_scenarios.items():
        run(app, key, scenario, max(1, scenario[4] // 10))  # warm up: caches, connection, imports
        cpu, wall = min(run(app, key, scenario, scenario[4]) for _ in range(args.repeat))
        per = scenario[3]
        print(
            f"{name:10} {scenario[4]:5} requests: {1000 * cpu / scenario[4]:7.2f} ms CPU/request, "
            f"{1000 * wall / scenario[4]:7.2f} ms wall/request"
            + (f", {1e6 * cpu / scenario[4] / per:.0f} µs CPU/operation" if per > 1 else ""),
            flush=True,
        )
    if args.profile:
        scenario = all_scenarios[args.profile]
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        run(app, key, scenario, scenario[4])
        profiler.disable()
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        print(f"\n{args.profile}: top {args.top} functions by cumulative CPU time (profiled, so slower)")
        stats.print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
