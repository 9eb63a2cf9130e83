"""`make bench-cpu`: where a request's Python time goes, in one process, no network.

Seeds the books as `make bench` does, then sends requests straight to the WSGI application
(every middleware, DRF, the service, real PostgreSQL) and prints, per scenario, the Python CPU
time per request (`time.process_time`, so PostgreSQL's own work is not counted) and the wall
time, the best of `--repeat` runs. `--profile SCENARIO` then prints cProfile's top functions for that scenario.

    make bench-cpu                      # CPU per request, every scenario
    make bench-cpu ARGS="--profile transfer"
"""

import argparse
import collections
import cProfile
import io
import itertools
import json
import pstats
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # sets the production settings' environment first


class Scenario(NamedTuple):
    method: str
    path: str  # "{user}" becomes a random user id
    body: Callable[[], dict | None]
    per_request: int  # operations per request
    count: int  # requests per run
    needs: str | None = None  # a scenario whose requests must come first, unmeasured (`pay` needs reservations)


def _transfer() -> dict:
    a, b = random.sample(range(1, bench.USERS + 1), 2)
    return {"from_user_id": a, "to_user_id": b, "amount": "0.01"}


_orders = itertools.count(1)
_reserved: collections.deque[tuple[int, int]] = collections.deque()  # (user, order) reserved, not yet paid


def _reserve() -> dict:
    user, order = random.randint(1, bench.USERS), next(_orders)
    _reserved.append((user, order))
    return {"user_id": user, "service_id": 1, "order_id": order, "amount": "1.00", "service_name": "Bench"}


def _pay() -> dict:
    user, order = _reserved.popleft()
    return {"user_id": user, "service_id": 1, "order_id": order, "amount": "1.00"}


SCENARIOS = {
    "transfer": Scenario("POST", "/api/v1/transactions/transfer", _transfer, 1, 1000),
    "deposit": Scenario(
        "POST",
        "/api/v1/transactions/deposit",
        lambda: {"user_id": random.randint(1, bench.USERS), "amount": "1.00"},
        1,
        1000,
    ),
    "reserve": Scenario("POST", "/api/v1/transactions/reserve", _reserve, 1, 1000),
    "pay": Scenario("POST", "/api/v1/transactions/make-payment", _pay, 1, 1000, needs="reserve"),
    "balance": Scenario("GET", "/api/v1/information/account-balance/{user}", lambda: None, 1, 3000),
    # The events feed at 1,000 events a page (the movements above leave thousands of events).
    "events": Scenario("GET", "/api/v1/events?limit=1000", lambda: None, 1000, 100),
    "batch": Scenario(
        "POST",
        "/api/v1/transactions/batch",
        lambda: {"atomic": True, "operations": [{"op": "transfer", **_transfer()} for _ in range(1000)]},
        1000,
        20,
    ),
}


def environ(method: str, path: str, body: bytes, key: str) -> dict:
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": path.partition("?")[0],
        "QUERY_STRING": path.partition("?")[2],
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


def run(app, key: str, scenario: Scenario, count: int) -> tuple[float, float]:
    """Send `count` requests; return (CPU seconds, wall seconds)."""
    requests = []
    for _ in range(count):
        body = scenario.body()
        data = json.dumps(body).encode() if body is not None else b""
        path = scenario.path.format(user=random.randint(1, bench.USERS))
        requests.append(environ(scenario.method, path, data, key))
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


def _prepared(app, key: str, scenario: Scenario) -> tuple[float, float]:
    """`run`, after the requests it needs (unmeasured)."""
    if scenario.needs:
        run(app, key, SCENARIOS[scenario.needs], scenario.count)
    return run(app, key, scenario, scenario.count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profile", choices=list(SCENARIOS), help="print cProfile's top functions for one scenario")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--dump", metavar="FILE", help="with --profile: also save the profile (pstats) to FILE")
    parser.add_argument("--repeat", type=int, default=5, help="runs per scenario; the best is shown, as timeit does")
    args = parser.parse_args()
    bench.django_setup()
    key = bench.seed()
    from django.core.wsgi import get_wsgi_application

    app = get_wsgi_application()
    for name, scenario in SCENARIOS.items():
        run(app, key, scenario, max(1, scenario.count // 10))  # warm up: caches, connection, imports
        cpu, wall = min(_prepared(app, key, scenario) for _ in range(args.repeat))
        per_request = 1000 * cpu / scenario.count
        per_operation = f", {1000 * per_request / scenario.per_request:.0f} µs CPU/operation"
        print(
            f"{name:10} {scenario.count:5} requests: {per_request:7.2f} ms CPU/request, "
            f"{1000 * wall / scenario.count:7.2f} ms wall/request{per_operation if scenario.per_request > 1 else ''}",
            flush=True,
        )
    if args.profile:
        scenario = SCENARIOS[args.profile]
        if scenario.needs:
            run(app, key, SCENARIOS[scenario.needs], scenario.count)
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        run(app, key, scenario, scenario.count)
        profiler.disable()
        if args.dump:
            profiler.dump_stats(args.dump)
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        print(f"\n{args.profile}: top {args.top} functions by cumulative CPU time (profiled, so slower)")
        stats.print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
