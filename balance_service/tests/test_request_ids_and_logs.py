"""Request ids, error bodies that carry them, JSON log lines (UTC, one per request, redacted)."""

import io
import json
import logging
import re
from datetime import datetime

import pytest
from django.db import OperationalError
from django.test import override_settings
from rest_framework.test import APIClient

from balance_service import logs, request_id
from balance_service.logs import redact

pytestmark = pytest.mark.django_db

DEPOSIT = "/api/v1/transactions/deposit"
BALANCE = "/api/v1/information/account-balance/{}"


class Output:
    """What the service's log handler writes, read as text or as parsed JSON lines."""

    def __init__(self, stream: io.StringIO):
        self.stream = stream

    def readouterr(self):  # the shape of capfd's, for the tests below
        text = self.stream.getvalue()
        self.stream.seek(0)
        self.stream.truncate()
        return type("Captured", (), {"out": text})


@pytest.fixture
def capfd():
    """The service's own stdout handler (with its formatter and filters), writing to a buffer."""
    handler = next(h for h in logging.getLogger().handlers if h.name == "stdout")
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield Output(stream)
    handler.setStream(previous)


def log_lines(capfd) -> list[dict]:
    out = capfd.readouterr().out
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("given", ["abc", "a" * 200, "req-1.2:3_x", "0"])
def test_a_well_formed_request_id_is_echoed_and_carried(api, given, capfd):
    response = api.post(DEPOSIT, {"user_id": 1, "amount": "-1"}, format="json", HTTP_X_REQUEST_ID=given)
    assert response.status_code == 400
    assert response["X-Request-ID"] == given
    assert response.json()["request_id"] == given
    (line,) = [line for line in log_lines(capfd) if line["logger"] == "balance_service.request"]
    assert line["request_id"] == given


@pytest.mark.parametrize("given", ["has space", "a" * 201, "tab\there", "nul\x00", "new\nline", "", "é", "a/b"])
def test_a_bad_request_id_is_replaced_never_echoed(api, given, capfd):
    response = api.get(BALANCE.format(1), HTTP_X_REQUEST_ID=given)
    replaced = response["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", replaced)
    assert response.json()["request_id"] == replaced
    out = capfd.readouterr().out
    assert replaced in out
    if len(given) > 1:
        assert given not in out
        assert given not in response.content.decode()


def test_every_response_carries_a_request_id(api, client):
    assert client.get("/healthz")["X-Request-ID"]
    assert api.post(DEPOSIT, {"user_id": 1, "amount": "1"}, format="json")["X-Request-ID"]
    first, second = (api.get(BALANCE.format(1)) for _ in range(2))
    assert first["X-Request-ID"] != second["X-Request-ID"]


def test_errors_outside_drf_carry_the_request_id(api, client, settings):
    """404 of an unknown /api/ path, 413 from the body guard, 429 from the admin login throttle."""
    response = api.get("/api/v1/no-such-thing", HTTP_X_REQUEST_ID="r-404")
    assert (response.status_code, response.json()["request_id"]) == (404, "r-404")

    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10
    response = api.post(DEPOSIT, {"user_id": 1, "amount": "1", "comment": "x" * 50}, format="json")
    assert response.status_code == 413
    assert response.json()["request_id"] == response["X-Request-ID"]


def test_admin_login_429_carries_the_request_id(client, monkeypatch):
    from accounts.throttling import AdminLoginThrottle

    monkeypatch.setattr(AdminLoginThrottle, "rate", "1/min", raising=False)
    form = {"username": "x", "password": "y"}
    client.post("/admin/login/", form, REMOTE_ADDR="10.1.1.1")
    response = client.post("/admin/login/", form, REMOTE_ADDR="10.1.1.1", HTTP_X_REQUEST_ID="r-429")
    assert (response.status_code, response.json()["request_id"]) == (429, "r-429")


def test_drf_429_carries_the_request_id(make_client, monkeypatch):
    from accounts.throttling import ClientRateThrottle

    monkeypatch.setattr(ClientRateThrottle, "rate", "1/min", raising=False)
    api = make_client()
    api.get(BALANCE.format(1))
    response = api.get(BALANCE.format(1), HTTP_X_REQUEST_ID="r-t")
    assert (response.status_code, response.json()["request_id"]) == (429, "r-t")


def test_a_503_is_logged_and_answered_with_the_same_request_id(api, monkeypatch, capfd):
    from django.db.backends.base.base import BaseDatabaseWrapper

    api.post(DEPOSIT, {"user_id": 1, "amount": "1"}, format="json")  # the key is now cached by this worker
    capfd.readouterr()

    def refuse(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)
    response = api.get(BALANCE.format(1), HTTP_X_REQUEST_ID="r-503")
    assert response.status_code == 503
    assert response.json()["request_id"] == "r-503"
    lines = log_lines(capfd)
    assert {line["logger"] for line in lines} >= {"balance_service.errors", "balance_service.request"}
    assert {line["request_id"] for line in lines} == {"r-503"}, lines  # every line of the request carries it


def test_one_line_per_request_with_its_fields(api, capfd):
    api.post(DEPOSIT, {"user_id": 1, "amount": "1"}, format="json", HTTP_IDEMPOTENCY_KEY="k")
    api.post(DEPOSIT, {"user_id": 1, "amount": "1"}, format="json", HTTP_IDEMPOTENCY_KEY="k")
    first, again = [line for line in log_lines(capfd) if line["logger"] == "balance_service.request"]
    assert first["client"] == api.api_client.name
    assert (first["method"], first["path"], first["status"]) == ("POST", DEPOSIT, 201)
    assert first["route"] == "api/v1/transactions/deposit"
    assert isinstance(first["duration_ms"], float)
    assert first["duration_ms"] > 0
    assert (first["replayed"], again["replayed"]) == (False, True)
    assert first["level"] == "INFO"
    stamp = datetime.fromisoformat(first["time"])
    assert stamp.utcoffset().total_seconds() == 0
    assert first["time"].endswith("+00:00")


def test_refusals_are_warnings(api, capfd):
    api.get(BALANCE.format(99))
    (line,) = [line for line in log_lines(capfd) if line["logger"] == "balance_service.request"]
    assert (line["status"], line["level"]) == (404, "WARNING")


def test_text_format_for_a_terminal():
    config = logs.config(log_format="text")
    formatter = logs.UtcTextFormatter(config["formatters"]["text"]["fmt"])
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello %s", ("there",), None)
    with request_id.bound("rid-1"):
        logs.RequestContextFilter().filter(record)
    line = formatter.format(record)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00 INFO x \[rid-1\] hello there", line)
    with pytest.raises(ValueError, match="LOG_FORMAT"):
        logs.config(log_format="xml")


def test_a_job_gets_its_own_id():
    with request_id.bound() as first, request_id.bound() as second:
        assert request_id.current() == second
    assert first != second
    assert request_id.current() is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bearer bsk_0123456789ab_" + "A" * 43, "Bearer [redacted]"),
        ("key bsk_0123456789ab_" + "x_-Y" * 10 + " end", "key [redacted] end"),
        ("GET /x.csv?signature=abc.def:ghi&b=1", "GET /x.csv?signature=[redacted]&b=1"),
        ("card 4111 1111 1111 1111 ok", "card [redacted] ok"),
        ("card 4111-1111-1111-1111", "card [redacted]"),
        ("user 4111111111111112 is not a card", "user 4111111111111112 is not a card"),  # fails Luhn
        ("order 12345 amount 100.00", "order 12345 amount 100.00"),
    ],
)
def test_redact(text, kept):
    assert redact(text) == kept


def test_a_key_in_a_path_is_redacted_in_the_log(api, capfd):
    key = api._credentials["HTTP_AUTHORIZATION"].split()[1]
    APIClient().get(f"/api/v1/{key}")
    assert key not in capfd.readouterr().out


@override_settings(DEBUG=False)
def test_an_exception_text_is_redacted(capfd):
    logger = logging.getLogger("balance_service.test")
    try:
        raise RuntimeError("boom with bsk_0123456789ab_" + "S" * 43)
    except RuntimeError:
        logger.exception("failed")
    out = capfd.readouterr().out
    assert "S" * 43 not in out
    assert "[redacted]" in out
