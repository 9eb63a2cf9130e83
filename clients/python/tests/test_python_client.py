"""The Python client against a real server (Django's live server on PostgreSQL): a method for every
operation of the schema, every endpoint driven, errors as exceptions, and retries that never move
money twice. Network failures and 503s are made by a small HTTP proxy between the two."""

import hashlib
import http.client
import http.server
import inspect
import re
import socket
import threading
from decimal import Decimal

import pytest
from balance_client import ApiError, BalanceClient, TransportError
from balance_client.client import OPERATIONS
from django.db import connection
from drf_spectacular.generators import SchemaGenerator

from accounts.models import ApiClient
from ledger.models import Transaction

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def key(make_client) -> str:
    return make_client()._credentials["HTTP_AUTHORIZATION"].removeprefix("Bearer ")


@pytest.fixture
def client(live_server, key):
    attempts = []
    with BalanceClient(live_server.url, key, on_attempt=attempts.append, backoff=0.01) as api:
        api.attempts = attempts
        yield api


class Proxy(http.server.ThreadingHTTPServer):
    """Relays requests to the live server, except the next ones `plan` names:
    "lost" (relayed, but the answer is dropped: the connection closes), "503" (answered 503 here)."""

    daemon_threads = True

    def __init__(self, upstream: str):
        self.upstream = upstream.split("//", 1)[1]
        self.plan: list[str] = []
        super().__init__(("127.0.0.1", 0), _Relay)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Relay(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _relay(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        action = self.server.plan.pop(0) if self.server.plan else "relay"
        if action == "503":
            payload = b'{"code": "service_unavailable", "message": "The database cannot be reached.", "errors": {}}'
            self.send_response(503)
            self.send_header("Content-Type", "application/json")
            self.send_header("Retry-After", "0")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        upstream = http.client.HTTPConnection(self.server.upstream, timeout=10)
        headers = {name: value for name, value in self.headers.items() if name.lower() != "connection"}
        upstream.request(self.command, self.path, body or None, headers)
        response = upstream.getresponse()
        payload = response.read()
        upstream.close()
        if action == "lost":
            self.close_connection = True  # the movement happened; its answer never arrives
            return
        self.send_response(response.status)
        for name, value in response.getheaders():
            if name.lower() not in ("connection", "transfer-encoding", "content-length"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = _relay  # noqa: N815 - the names http.server calls


@pytest.fixture
def proxy(live_server):
    server = Proxy(live_server.url)
    yield server
    server.shutdown()


def test_every_schema_operation_has_a_method_taking_its_fields():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    operations = {op["operationId"]: op for item in schema["paths"].values() for op in item.values()}
    assert set(operations) == set(OPERATIONS), "the client and the schema disagree on the operations"
    for operation_id, operation in operations.items():
        accepted = set(inspect.signature(OPERATIONS[operation_id]).parameters)
        content = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if content and operation_id != "batch":
            ref = content["schema"]["$ref"].rsplit("/", 1)[1]
            fields = set(schema["components"]["schemas"][ref]["properties"])
            assert fields <= accepted, (operation_id, fields - accepted)
        query = {p["name"] for p in operation.get("parameters", []) if p["in"] in ("query", "path")}
        assert query - {"signature", "period", "year", "month"} <= accepted, (operation_id, query - accepted)


def test_the_client_drives_every_endpoint(client):
    deposit = client.deposit(user_id=7, amount=Decimal("100.00"), comment="card payment 5531")
    assert (deposit["type"], deposit["amount"]) == ("deposit", "100.00")
    assert client.withdraw(user_id=7, amount="10.00")["type"] == "withdrawal"
    assert client.transfer(from_user_id=7, to_user_id=8, amount=5)["to_user_id"] == 8
    reserved = client.reserve(user_id=7, service_id=3, order_id=15, amount="30.00", service_name="Premium listing")
    assert reserved["status"] == "reserved"
    again = client.reserve(user_id=7, service_id=3, order_id=15, amount="30.00")  # 200, nothing moved
    assert again == reserved | {"balances": []}
    assert client.make_payment(user_id=7, service_id=3, order_id=15, amount="25.00")["paid_amount"] == "25.00"
    client.reserve(user_id=7, service_id=3, order_id=16, amount="10.00")
    assert client.reserve_refund(user_id=7, service_id=3, order_id=16)["status"] == "cancelled"
    refund = client.payment_refund(user_id=7, service_id=3, order_id=15, amount="5.00", comment="damaged")
    assert (refund["status"], refund["paid_amount"], refund["refunded_amount"]) == ("paid", "25.00", "5.00")
    feed = client.events(limit=1000)
    assert [e["type"] for e in feed["results"]][-1] == "transaction.refund"
    assert client.events(after=feed["next_after"])["results"] == []
    atomic = client.batch(
        [
            {"op": "deposit", "user_id": 9, "amount": "50"},
            {"op": "transfer", "from_user_id": 9, "to_user_id": 7, "amount": "20"},
        ],
        atomic=True,
    )
    assert [r["type"] for r in atomic["results"]] == ["deposit", "transfer"]
    each = client.batch(
        [{"op": "withdraw", "user_id": 8, "amount": "1"}, {"op": "withdraw", "user_id": 8, "amount": "900"}],
        atomic=False,
    )
    assert [r["status"] for r in each["results"]] == [201, 422]

    assert client.account_balance(7) == {"user_id": 7, "available": "85.00", "reserved": "0.00", "currency": "RUB"}
    lines = list(client.iter_account_transactions(7, limit=2))
    assert len(lines) == len({line["id"] for line in lines}) == 14  # the refund is one line more
    assert client.account_transactions(7, type="payment", account="reserved")["results"][0]["amount"] == "-25.00"
    link = client.report_consolidated_monthly(lines[0]["created_at"][:7])
    assert "Premium listing;20.00" in client.report_consolidated_monthly_csv(link["url"])  # 25.00 paid - 5.00
    assert client.healthz() == client.readyz() == {"status": "ok"}
    posts = [a for a in client.attempts if a.method == "POST"]
    assert len(posts) == len({a.idempotency_key for a in posts}) == 11  # a new key for every POST


def test_errors_are_exceptions_with_code_message_errors_and_request_id(client, live_server, make_client):
    client.deposit(user_id=7, amount="10.00")
    with pytest.raises(ApiError) as refused:
        client.withdraw(user_id=7, amount="25.00")
    error = refused.value
    assert (error.status, error.code, error.errors) == (422, "insufficient_funds", {})
    assert error.message == "User 7 has 10.00 available, 25.00 requested."
    assert re.fullmatch(r"[0-9a-f]{32}", error.request_id), error.request_id  # made by the service

    with pytest.raises(ApiError) as invalid:
        client.transfer(from_user_id=7, to_user_id=7, amount="1")
    assert invalid.value.code == "validation_error"
    assert "to_user_id" in invalid.value.errors
    with pytest.raises(ApiError) as missing:
        client.account_balance(12345)
    assert (missing.value.status, missing.value.code) == (404, "account_not_found")

    reader = make_client(["balance:read"])._credentials["HTTP_AUTHORIZATION"].removeprefix("Bearer ")
    with BalanceClient(live_server.url, reader) as limited, pytest.raises(ApiError) as denied:
        limited.deposit(user_id=7, amount="1")
    assert (denied.value.status, denied.value.message) == (403, "This key lacks the scope funds:deposit.")
    with pytest.raises(TypeError):
        client.deposit(user_id=7, amount=0.1)  # never a float


def test_a_lost_answer_is_retried_with_the_same_key_and_body_and_moves_money_once(proxy, key):
    attempts = []
    with BalanceClient(proxy.url, key, on_attempt=attempts.append, backoff=0.01) as api:
        proxy.plan = ["lost", "lost"]
        deposit = api.deposit(user_id=7, amount="100.00")
        assert [a.status for a in attempts] == [None, None, 201]
        assert len({a.idempotency_key for a in attempts}) == 1
        assert attempts[-1].headers.get("idempotent-replayed") == "true"  # the first try's answer, replayed
        assert Transaction.objects.filter(type="deposit").count() == 1
        assert api.account_balance(7)["available"] == "100.00"

        proxy.plan = ["503", "503"]
        assert api.withdraw(user_id=7, amount="30.00", idempotency_key="payout-7")["id"] > deposit["id"]
        assert [a.status for a in attempts[-3:]] == [503, 503, 201]
        assert {a.idempotency_key for a in attempts[-3:]} == {"payout-7"}
        assert api.account_balance(7)["available"] == "70.00"


def test_a_key_in_progress_is_retried_with_backoff(client, key):
    client.deposit(user_id=7, amount="10.00")
    owner = ApiClient.objects.get(key_hash=hashlib.sha256(key.encode()).hexdigest())
    digest = hashlib.sha256(f"{owner.pk}\0order-15-pay".encode()).digest()
    lock_id = int.from_bytes(digest[:8], "big", signed=True)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [lock_id])  # as if the first request were still running
    outcome = {}
    worker = threading.Thread(
        target=lambda: outcome.update(answer=client.withdraw(user_id=7, amount="1.00", idempotency_key="order-15-pay"))
    )
    worker.start()
    while sum(a.status == 409 for a in client.attempts) < 3:
        threading.Event().wait(0.01)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_unlock(%s)", [lock_id])
    worker.join(10)
    statuses = [a.status for a in client.attempts if a.idempotency_key == "order-15-pay"]
    assert statuses[-1] == 201
    assert set(statuses[:-1]) == {409}
    assert outcome["answer"]["type"] == "withdrawal"


def test_no_answer_at_all_gives_up_naming_the_key(key):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = probe.getsockname()[1]
    with (
        BalanceClient(f"http://127.0.0.1:{dead}", key, retry_for=0.3, backoff=0.01) as api,
        pytest.raises(TransportError) as failed,
    ):
        api.deposit(user_id=7, amount="1.00", idempotency_key="deposit-once")
    assert failed.value.idempotency_key == "deposit-once"
