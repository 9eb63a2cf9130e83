"""Prometheus metrics (API.md, "Observability"), served at GET /metrics with scope `metrics:read`.

prometheus_client's multiprocess mode when PROMETHEUS_MULTIPROC_DIR is set (gunicorn.conf.py sets
it up): each worker writes its counters to memory-mapped files there and a scrape adds them up,
so every worker answers with the same figures. Without it (tests, commands) the process's own
registry serves. Counting is a dictionary look-up and a locked add per metric: cheap on the hot path.

What is counted where:
- requests, latency: `balance_service.observability.RequestMiddleware`, by route (the URL
  pattern, never the raw path) and status;
- movements by type and outcome: from what the API answered (`observe_movements`, called by the
  same middleware): `ok`, `replayed`, or the error code of a refusal;
- money moved by type: by the ledger's writer after commit (`money_posted`);
- database errors: by the API's exception handler; replica fall-backs: by the database router;
- figures read from the database at scrape time: registered by the app that owns them with
  `scrape_collector` (open reservations: `ledger/metrics.py`; webhook deliveries waiting:
  `events/metrics.py`), each app's module imported by its AppConfig.ready().
"""

import functools
import json
import logging
import os
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable

from django.db import DatabaseError, transaction
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

logger = logging.getLogger(__name__)

if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):  # a process started beside gunicorn (a command) may come first
    os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"], mode=0o700, exist_ok=True)

REQUESTS = Counter("balance_http_requests_total", "HTTP requests answered.", ["route", "method", "status"])
LATENCY = Histogram(
    "balance_http_request_duration_seconds",
    "Time to answer an HTTP request, in the application.",
    ["route", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
MOVEMENTS = Counter(
    "balance_movements_total",
    "Money movements asked for through the API, by operation and outcome (ok, replayed, or the error code).",
    ["type", "outcome"],
)
MONEY = Counter(
    "balance_money_moved_kopecks_total",
    "Money moved in kopecks (integer minor units of RUB), by ledger transaction type, once committed.",
    ["type"],
)
DATABASE_ERRORS = Counter(
    "balance_database_errors_total",
    "Requests that failed on the database: unavailable (answered 503) or error (answered 500).",
    ["kind"],
)
REPLICA_FALLBACKS = Counter(
    "balance_replica_fallbacks_total",
    "Reads meant for the replica that went to the primary instead, by reason (lag, down).",
    ["reason"],
)
REPLICA_LAG = Gauge(
    "balance_replica_lag_seconds", "The replica's replay lag at the last check.", multiprocess_mode="livemax"
)

UNMATCHED = "unmatched"
MOVEMENT_ROUTE = "api/v1/transactions/"
REPLAYED_HEADER = "Idempotent-Replayed"


# ------------------------------------------------------------------ requests


@functools.lru_cache(maxsize=512)
def route_label(pattern: str) -> str:
    """A URL pattern as a label: `api/v1/^information/account-balance/(?P<user_id>[0-9]{1,20})/?$`
    becomes `api/v1/information/account-balance/<user_id>`."""
    label = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<\1>", pattern)
    return label.replace("^", "").replace("$", "").replace("/?", "").replace("\\", "")


def route_of_path(path: str) -> str:
    return route_label(resolve(path).route)


def route_of(request) -> str:
    """The URL pattern that served `request` (resolved again only for answers given before
    Django resolved it, such as a 413 from the body size guard), or `unmatched`."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return UNMATCHED
    return route_label(match.route)


def observe_request(*, route: str, method: str, status: int, seconds: float) -> None:
    REQUESTS.labels(route, method, str(status)).inc()
    LATENCY.labels(route, method).observe(seconds)


# ------------------------------------------------------------------ movements


def _data(response) -> dict:
    data = getattr(response, "data", None)
    if data is None and response.status_code >= 400 and response.get("Content-Type", "").startswith("application/json"):
        try:
            data = json.loads(response.content)
        except ValueError:
            data = None
    return data if isinstance(data, dict) else {}


def _outcome(status: int, body: dict) -> str:
    if status < 400:
        return "ok"
    code = body.get("code")
    return code if isinstance(code, str) else str(status)


@functools.lru_cache(maxsize=64)
def _is_movement(name) -> bool:
    """Whether a batch item's `op` names a movement endpoint (labels never carry what a client made up)."""
    if not isinstance(name, str) or name == "batch" or not re.fullmatch(r"[a-z-]{1,32}", name):
        return False
    try:
        return route_of_path(f"/{MOVEMENT_ROUTE}{name}") == f"{MOVEMENT_ROUTE}{name}"
    except Resolver404:
        return False


def _batch_names(response) -> list[str]:
    request = (getattr(response, "renderer_context", None) or {}).get("request")
    try:
        operations = request.data.get("operations") if request is not None else None
    except Exception:  # noqa: BLE001 - an unparsable body names no operations
        return []
    if not isinstance(operations, list):
        return []
    return [
        item["op"] if isinstance(item, dict) and isinstance(item.get("op"), str) else "batch" for item in operations
    ]


def _failed_index(body: dict) -> int | None:
    for place in body.get("errors") or {}:
        parts = str(place).split(".")
        if len(parts) > 1 and parts[0] == "operations" and parts[1].isdigit():
            return int(parts[1])
    return None


def observe_movements(*, route: str, response) -> None:
    """Count the movements of an answered POST /api/v1/transactions/<op> by operation and outcome.
    A batch counts each operation it names (only the refused one when an atomic batch is refused)."""
    name = route.removeprefix(MOVEMENT_ROUTE)
    status, body = response.status_code, _data(response)
    replayed = response.get(REPLAYED_HEADER) == "true"
    if name != "batch":
        MOVEMENTS.labels(name, "replayed" if replayed else _outcome(status, body)).inc()
        return
    names = _batch_names(response)
    names = [n if _is_movement(n) else "batch" for n in names]
    if replayed:
        outcomes = [(n, "replayed") for n in names]
    elif status >= 400:
        index = _failed_index(body)
        op = names[index] if index is not None and index < len(names) else "batch"
        outcomes = [(op, _outcome(status, body))]
    elif status == 200:  # each operation stands alone: its own status and body
        results = body.get("results") or []
        outcomes = [(n, _outcome(r["status"], r["body"])) for n, r in zip(names, results, strict=False)]
    else:
        outcomes = [(n, "ok") for n in names]
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for key in outcomes:
        counts[key] += 1
    for (op, outcome), count in counts.items():
        MOVEMENTS.labels(op, outcome).inc(count)


def kopecks(amount) -> int:
    """A money amount (a Decimal of two places) as whole kopecks: metrics carry money as integers,
    exact in a Prometheus sample (a double) up to 2^53 kopecks."""
    return int(amount * 100)


def money_posted(txns: Iterable) -> None:
    """Count the money of ledger transactions by type once their database transaction commits
    (nothing when it rolls back). Called by the ledger's one writer with what it wrote."""
    totals: dict[str, int] = defaultdict(int)
    for txn in txns:
        totals[str(txn.type)] += kopecks(txn.amount)
    transaction.on_commit(lambda: [MONEY.labels(kind).inc(amount) for kind, amount in totals.items()])


def database_error(kind: str) -> None:
    DATABASE_ERRORS.labels(kind).inc()


# ------------------------------------------------------------------ scrape-time figures

SCRAPE_CACHE_SECONDS = 5.0
ScrapeCollector = Callable[[], Iterable[GaugeMetricFamily]]
SCRAPE_COLLECTORS: list[ScrapeCollector] = []


def scrape_collector(collect: ScrapeCollector) -> ScrapeCollector:
    """Register a function that reads figures from the database at scrape time (cheap queries
    only; its result is kept SCRAPE_CACHE_SECONDS per process)."""
    name = f"{collect.__module__}.{collect.__qualname__}"
    SCRAPE_COLLECTORS[:] = [c for c in SCRAPE_COLLECTORS if f"{c.__module__}.{c.__qualname__}" != name]
    SCRAPE_COLLECTORS.append(collect)  # a module imported again replaces its collectors, never doubles them
    return collect


def _collected(collect: ScrapeCollector) -> list[GaugeMetricFamily]:
    """One collector's figures, or none when it fails: the counters and the other collectors'
    figures are worth most while the database (or the replica one of them reads) is down."""
    try:
        return list(collect())
    except DatabaseError:
        logger.warning("scrape-time metrics of %s unavailable: the database did not answer", collect.__name__)
    except Exception:  # logged: one broken collector must not take /metrics down
        logger.exception("scrape-time metrics of %s failed", collect.__name__)
    return []


class _ScrapeTime(Collector):
    def __init__(self) -> None:
        self._cached: tuple[float, list] = (0.0, [])

    def collect(self) -> list:
        expires, families = self._cached
        if time.monotonic() >= expires:
            families = [family for collect in SCRAPE_COLLECTORS for family in _collected(collect)]
            self._cached = (time.monotonic() + SCRAPE_CACHE_SECONDS, families)
        return families


_scrape_time = _ScrapeTime()
_SCRAPE_REGISTRY = CollectorRegistry(auto_describe=False)
_SCRAPE_REGISTRY.register(_scrape_time)


def exposition() -> bytes:
    """Every metric in the Prometheus text format: all workers' counters, then the scrape-time ones."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    return generate_latest(registry) + generate_latest(_SCRAPE_REGISTRY)


def metrics_response() -> HttpResponse:
    return HttpResponse(exposition(), content_type=CONTENT_TYPE_LATEST)


def verify_ledger_textfile(*, path: str, problems: int) -> None:
    """The outcome of a `verify_ledger` run as a file for node_exporter's textfile collector,
    replaced atomically: when it ran, and how many problems it found. A run that crashes writes
    nothing, so the alert on the run's age fires then too."""
    from prometheus_client import write_to_textfile

    registry = CollectorRegistry()
    Gauge("balance_verify_ledger_problems", "Problems the last verify_ledger run found.", registry=registry).set(
        problems
    )
    Gauge(
        "balance_verify_ledger_last_run_timestamp_seconds", "When verify_ledger last finished.", registry=registry
    ).set_to_current_time()
    write_to_textfile(path, registry)
