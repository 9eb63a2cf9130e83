"""GET /metrics: the scope, what is counted, and the same figures whichever gunicorn worker answers."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.db import OperationalError, connection
from prometheus_client import REGISTRY
from rest_framework.test import APIClient

from accounts import scopes
from accounts.services import api_client_create
from balance_service.metrics import route_label

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
DEPOSIT = "/api/v1/transactions/deposit"


def value(name: str, **labels) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def scrape(api) -> str:
    response = api.get("/metrics")
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/plain")
    return response.content.decode()


def test_metrics_needs_a_key_with_the_scope(make_client):
    assert APIClient().get("/metrics").status_code == 401
    response = make_client([scopes.BALANCE_READ]).get("/metrics")
    assert (response.status_code, response.json()["code"]) == (403, "permission_denied")
    assert "balance_http_requests_total" in scrape(make_client([scopes.METRICS_READ]))


def test_requests_are_counted_by_route_not_raw_path(api):
    route = "api/v1/information/account-balance/<user_id>"
    before = value("balance_http_requests_total", route=route, method="GET", status="404")
    api.get("/api/v1/information/account-balance/123456")
    api.get("/api/v1/information/account-balance/654321/")
    assert value("balance_http_requests_total", route=route, method="GET", status="404") == before + 2
    assert value("balance_http_request_duration_seconds_count", route=route, method="GET") >= 2
    text = scrape(api)
    assert "123456" not in text
    assert "654321" not in text
    before = value("balance_http_requests_total", route="unmatched", method="GET", status="404")
    api.get("/api/v1/whatever/else")
    assert value("balance_http_requests_total", route="unmatched", method="GET", status="404") == before + 1


def test_route_labels():
    assert route_label("api/v1/^transactions/deposit/?$") == "api/v1/transactions/deposit"
    assert route_label(r"api/v1/^reports/consolidated/monthly/(?P<period>[^/]{1,32})\.csv/?$") == (
        "api/v1/reports/consolidated/monthly/<period>.csv"
    )


def test_movements_by_type_and_outcome(api, django_capture_on_commit_callbacks):
    def moved(op, outcome):
        return value("balance_movements_total", type=op, outcome=outcome)

    start = {
        key: moved(*key) for key in [("deposit", "ok"), ("withdraw", "insufficient_funds"), ("deposit", "replayed")]
    }
    money = value("balance_money_moved_kopecks_total", type="deposit")
    with django_capture_on_commit_callbacks(execute=True):
        api.post(DEPOSIT, {"user_id": 1, "amount": "10.50"}, format="json", HTTP_IDEMPOTENCY_KEY="k")
    api.post(DEPOSIT, {"user_id": 1, "amount": "10.50"}, format="json", HTTP_IDEMPOTENCY_KEY="k")
    api.post("/api/v1/transactions/withdraw", {"user_id": 1, "amount": "99"}, format="json")
    assert moved("deposit", "ok") == start["deposit", "ok"] + 1
    assert moved("deposit", "replayed") == start["deposit", "replayed"] + 1
    assert moved("withdraw", "insufficient_funds") == start["withdraw", "insufficient_funds"] + 1
    assert value("balance_money_moved_kopecks_total", type="deposit") == money + 1050  # once: the replay moved nothing


def test_money_is_not_counted_when_the_transaction_rolls_back(api, django_capture_on_commit_callbacks):
    money = value("balance_money_moved_kopecks_total", type="transfer")
    with django_capture_on_commit_callbacks(execute=True):
        api.post(DEPOSIT, {"user_id": 1, "amount": "5"}, format="json")
        batch = {
            "atomic": True,
            "operations": [
                {"op": "transfer", "from_user_id": 1, "to_user_id": 2, "amount": "1"},
                {"op": "reserve", "user_id": 1, "service_id": 1, "order_id": 1, "amount": "50"},
            ],
        }
        assert api.post("/api/v1/transactions/batch", batch, format="json").status_code == 422
    assert value("balance_money_moved_kopecks_total", type="transfer") == money


def test_batch_operations_are_counted_each(api):
    before = {op: value("balance_movements_total", type=op, outcome="ok") for op in ("deposit", "transfer")}
    refused = value("balance_movements_total", type="transfer", outcome="insufficient_funds")
    made_up = value("balance_movements_total", type="batch", outcome="validation_error")
    operations = [
        {"op": "deposit", "user_id": 1, "amount": "5"},
        {"op": "transfer", "from_user_id": 1, "to_user_id": 2, "amount": "1"},
        {"op": "transfer", "from_user_id": 1, "to_user_id": 2, "amount": "100"},
    ]
    response = api.post("/api/v1/transactions/batch", {"atomic": False, "operations": operations}, format="json")
    assert response.status_code == 200
    assert value("balance_movements_total", type="deposit", outcome="ok") == before["deposit"] + 1
    assert value("balance_movements_total", type="transfer", outcome="ok") == before["transfer"] + 1
    assert value("balance_movements_total", type="transfer", outcome="insufficient_funds") == refused + 1
    # An operation a client made up never becomes a label.
    body = {"atomic": True, "operations": [{"op": "steal-everything", "user_id": 1}]}
    assert api.post("/api/v1/transactions/batch", body, format="json").status_code == 400
    assert value("balance_movements_total", type="batch", outcome="validation_error") == made_up + 1
    assert "steal-everything" not in scrape(api)


def test_open_reservations_are_read_at_scrape_time(api, monkeypatch):
    monkeypatch.setattr("balance_service.metrics.SCRAPE_CACHE_SECONDS", 0)
    monkeypatch.setattr("balance_service.metrics._scrape_time._cached", (0.0, []))
    api.post(DEPOSIT, {"user_id": 1, "amount": "50"}, format="json")
    for order in (1, 2):
        body = {"user_id": 1, "service_id": 1, "order_id": order, "amount": "7.25"}
        assert api.post("/api/v1/transactions/reserve", body, format="json").status_code == 201
    text = scrape(api)
    assert re.search(r"^balance_reservations_open 2\.0$", text, re.M)
    assert re.search(r"^balance_reservations_open_kopecks 1450\.0$", text, re.M)


@pytest.mark.django_db(transaction=True)  # the queue follows committed events only
def test_webhook_deliveries_waiting_are_read_at_scrape_time(api, monkeypatch):
    """The figures the sample alert of docs/observability.md watches are served."""
    from datetime import timedelta

    from django.utils import timezone

    from events.models import Delivery
    from events.webhooks import deliveries_queue, webhook_endpoint_create

    monkeypatch.setattr("balance_service.metrics.SCRAPE_CACHE_SECONDS", 0)
    monkeypatch.setattr("balance_service.metrics._scrape_time._cached", (0.0, []))
    webhook_endpoint_create(url="https://hooks.example/in")
    for user_id in (1, 2):
        api.post(DEPOSIT, {"user_id": user_id, "amount": "5"}, format="json")
    deliveries_queue()
    Delivery.objects.filter(event_id=Delivery.objects.order_by("event_id")[0].event_id).update(
        created_at=timezone.now() - timedelta(minutes=10)
    )
    text = scrape(api)
    assert re.search(r"^balance_webhook_deliveries_waiting 2\.0$", text, re.M)
    age = float(re.search(r"^balance_webhook_oldest_waiting_age_seconds (\S+)$", text, re.M)[1])
    assert 599 < age < 700


def test_a_failing_scrape_time_collector_takes_down_no_other_figure(api, monkeypatch):
    from balance_service import metrics

    def broken():
        raise RuntimeError("a bug in one collector")
        yield  # a generator, as the others are

    monkeypatch.setattr("balance_service.metrics.SCRAPE_CACHE_SECONDS", 0)
    monkeypatch.setattr("balance_service.metrics._scrape_time._cached", (0.0, []))
    monkeypatch.setattr(metrics, "SCRAPE_COLLECTORS", [broken, *metrics.SCRAPE_COLLECTORS])
    text = scrape(api)
    assert re.search(r"^balance_reservations_open 0\.0$", text, re.M)
    assert re.search(r"^balance_webhook_deliveries_waiting 0\.0$", text, re.M)
    assert "balance_http_requests_total" in text


def test_every_metric_the_docs_name_is_served(api, monkeypatch):
    """docs/observability.md's table and sample alerts name only metrics that /metrics serves (or
    that verify_ledger writes for node_exporter)."""
    monkeypatch.setattr("balance_service.metrics.SCRAPE_CACHE_SECONDS", 0)
    monkeypatch.setattr("balance_service.metrics._scrape_time._cached", (0.0, []))
    docs = (ROOT / "docs/observability.md").read_text()
    named = set(re.findall(r"\bbalance_[a-z_]+[a-z]", docs)) - {"balance_service", "balance_client"}
    served = set(re.findall(r"^# TYPE (\S+) ", scrape(api), re.M))
    served |= {f"{name}_total" for name in served}  # a counter's TYPE line names it without _total
    missing = sorted(n for n in named if n not in served and not n.startswith("balance_verify_ledger"))
    assert len(named) > 10
    assert not missing, f"named in docs/observability.md, not served: {missing}"


def test_database_errors_and_503s_are_counted(api, monkeypatch):
    from django.db.backends.base.base import BaseDatabaseWrapper

    api.get("/api/v1/information/account-balance/1")  # the key is cached by this process now
    errors = value("balance_database_errors_total", kind="unavailable")
    route = "api/v1/information/account-balance/<user_id>"
    answered = value("balance_http_requests_total", route=route, method="GET", status="503")

    def refuse(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)
    assert api.get("/api/v1/information/account-balance/1").status_code == 503
    assert value("balance_database_errors_total", kind="unavailable") == errors + 1
    assert value("balance_http_requests_total", route=route, method="GET", status="503") == answered + 1


# ----------------------------------------------------------------- real gunicorn, two workers


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _http(port: int, method: str, path: str, key: str, body: bytes | None = None) -> tuple[int, str]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=body,
        method=method,
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - our own loopback server
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_every_gunicorn_worker_answers_the_same_figures(tmp_path):
    _, key = api_client_create(name="scraper", scopes=[scopes.FUNDS_DEPOSIT, scopes.METRICS_READ])
    db = connection.settings_dict
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "balance_service.settings_test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "DATABASE_REPLICA_URL": "",
        "WEB_CONCURRENCY": "2",
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics"),
        "LOG_FORMAT": "json",
    }
    log = (tmp_path / "gunicorn.log").open("w")
    server = subprocess.Popen(  # noqa: S603 - our own gunicorn
        [
            sys.executable,
            "-m",
            "gunicorn",
            "balance_service.wsgi",
            "--config",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except OSError:
                assert server.poll() is None, (tmp_path / "gunicorn.log").read_text()
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
        deposit = b'{"user_id": 1, "amount": "1.00"}'
        with ThreadPoolExecutor(max_workers=6) as pool:
            statuses = list(pool.map(lambda _: _http(port, "POST", DEPOSIT, key, deposit)[0], range(30)))
        assert statuses == [201] * 30
        line = re.compile(
            r'^balance_http_requests_total\{method="POST",route="api/v1/transactions/deposit",status="201"\} (\S+)$',
            re.M,
        )
        with ThreadPoolExecutor(max_workers=4) as pool:
            scrapes = list(pool.map(lambda _: _http(port, "GET", "/metrics", key), range(40)))
        assert {status for status, _ in scrapes} == {200}
        assert {float(line.search(text)[1]) for _, text in scrapes} == {30.0}  # every scrape, every worker
        # A worker that dies leaves its counts in the archive: the figures stay, its files go.
        log.flush()
        victim = int(
            re.search(r'"logger": "gunicorn.access".*"pid": (\d+)', (tmp_path / "gunicorn.log").read_text())[1]
        )
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while (tmp_path / "metrics" / f"counter_{victim}.db").exists():
            assert time.monotonic() < deadline, "the dead worker's counters were not archived"
            time.sleep(0.1)
        assert (tmp_path / "metrics" / "counter_archive.db").exists()
        for _ in range(10):
            status, text = _http(port, "GET", "/metrics", key)
            assert (status, float(line.search(text)[1])) == (200, 30.0)
        assert {
            re.search(r"^balance_movements_total\{outcome=\"ok\",type=\"deposit\"\} (\S+)$", t, re.M)[1]
            for _, t in scrapes
        } == {"30.0"}
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    output = (tmp_path / "gunicorn.log").read_text()
    access = [line for line in output.splitlines() if '"logger": "gunicorn.access"' in line and "/metrics" in line]
    pids = {re.search(r'"pid": (\d+)', line)[1] for line in access}
    assert len(pids) >= 2, "the scrapes should have been answered by both workers"
    assert all('"request_id": "' in line for line in access)  # gunicorn's access log carries the request id
    assert key not in output
    assert key.split("_", 2)[2] not in output


def test_retired_workers_files_fold_into_the_archive(tmp_path):
    from prometheus_client import CollectorRegistry, multiprocess
    from prometheus_client.mmap_dict import MmapedDict, mmap_key

    from balance_service.metrics_files import worker_retired

    key = mmap_key("balance_x_total", "balance_x_total", ["type"], ["deposit"], "help")
    for pid, count in [(111, 3.0), (222, 4.0), (333, 5.0)]:
        values = MmapedDict(str(tmp_path / f"counter_{pid}.db"))
        values.write_value(key, count, 0.0)
        values.close()

    def total() -> float:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=str(tmp_path))
        return registry.get_sample_value("balance_x_total", {"type": "deposit"})

    assert total() == 12.0
    worker_retired(directory=str(tmp_path), pid=111)
    worker_retired(directory=str(tmp_path), pid=222)
    assert total() == 12.0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["counter_333.db", "counter_archive.db"]
