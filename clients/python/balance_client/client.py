"""The balance service's HTTP API (v1) as typed methods, with safe retries.

Every POST carries an `Idempotency-Key` (a new one unless the caller gives one), and a retry
sends the very same key and body, so a movement never happens twice however often the network
fails. Retried, with growing delays: network errors, 503, 429 (after its Retry-After) and 409
`idempotency_key_in_progress`. Every other error is raised as `ApiError` at once.

Standard library only (`http.client`): one kept-alive connection per client, reopened after a
failure. A client is not thread-safe: give each thread its own.
"""

import http.client
import json
import random
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode, urlsplit

from balance_client.types import (
    Balance,
    BatchOperation,
    HistoryEntry,
    HistoryPage,
    ReportLink,
    Reservation,
    Transaction,
)

Amount = Decimal | str | int


class ApiError(Exception):
    """The service refused: the error body of the API, plus the HTTP status."""

    def __init__(self, status: int, body: dict, request_id: str | None = None):
        self.status = status
        self.body = body
        self.code: str = body.get("code", "error")
        self.message: str = body.get("message", "")
        self.errors: dict[str, list[str]] = body.get("errors") or {}
        self.request_id: str | None = body.get("request_id") or request_id
        super().__init__(f"{status} {self.code}: {self.message}")


class TransportError(Exception):
    """No answer after every retry. A POST may or may not have happened: call again with the
    same `idempotency_key` (and the same arguments) to find out; it never moves money twice."""

    def __init__(self, message: str, *, idempotency_key: str | None):
        super().__init__(message)
        self.idempotency_key = idempotency_key


@dataclass
class Attempt:
    """One try of a request, for the `on_attempt` hook: `status` None when the network failed."""

    method: str
    path: str
    idempotency_key: str | None
    status: int | None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    error: Exception | None = None


_NETWORK_ERRORS = (OSError, http.client.HTTPException)


def _amount(value: Amount) -> str:
    """Money goes out as a string: never a float (a float cannot hold 0.10 exactly)."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, str, int)):
        raise TypeError(f"an amount is a Decimal, str or int, not {type(value).__name__}")
    return str(value) if not isinstance(value, Decimal) else format(value, "f")


def _body(**fields) -> dict:
    return {name: value for name, value in fields.items() if value is not None}


class BalanceClient:
    """`BalanceClient("http://127.0.0.1:8000", api_key)`; every endpoint of the API is a method."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout: float = 10.0,
        retry_for: float = 30.0,
        backoff: float = 0.05,
        max_backoff: float = 2.0,
        headers: dict[str, str] | None = None,
        on_attempt: Callable[[Attempt], None] | None = None,
    ):
        url = urlsplit(base_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise ValueError(f"base_url must be http(s)://host[:port], not {base_url!r}")
        self._https = url.scheme == "https"
        self._host, self._port = url.hostname, url.port
        self._prefix = url.path.rstrip("/")
        self._headers = {"Authorization": f"Bearer {api_key}", "Accept": "application/json", **(headers or {})}
        self.timeout, self.retry_for, self.backoff, self.max_backoff = timeout, retry_for, backoff, max_backoff
        self.on_attempt = on_attempt
        self._conn: http.client.HTTPConnection | None = None

    # ------------------------------------------------------------------ money movements

    def deposit(
        self, *, user_id: int, amount: Amount, comment: str | None = None, idempotency_key: str | None = None
    ) -> Transaction:
        body = _body(user_id=user_id, amount=_amount(amount), comment=comment)
        return self._post("/api/v1/transactions/deposit", body, idempotency_key)

    def withdraw(
        self, *, user_id: int, amount: Amount, comment: str | None = None, idempotency_key: str | None = None
    ) -> Transaction:
        body = _body(user_id=user_id, amount=_amount(amount), comment=comment)
        return self._post("/api/v1/transactions/withdraw", body, idempotency_key)

    def transfer(
        self,
        *,
        from_user_id: int,
        to_user_id: int,
        amount: Amount,
        comment: str | None = None,
        idempotency_key: str | None = None,
    ) -> Transaction:
        body = _body(from_user_id=from_user_id, to_user_id=to_user_id, amount=_amount(amount), comment=comment)
        return self._post("/api/v1/transactions/transfer", body, idempotency_key)

    def reserve(
        self,
        *,
        user_id: int,
        service_id: int,
        order_id: int,
        amount: Amount,
        service_name: str | None = None,
        comment: str | None = None,
        expires_at: str | None = None,
        idempotency_key: str | None = None,
    ) -> Reservation:
        """`expires_at` (ISO 8601): the worker releases the reservation then unless it is paid."""
        body = _body(
            user_id=user_id,
            service_id=service_id,
            order_id=order_id,
            amount=_amount(amount),
            service_name=service_name,
            comment=comment,
            expires_at=expires_at,
        )
        return self._post("/api/v1/transactions/reserve", body, idempotency_key)

    def make_payment(
        self, *, user_id: int, service_id: int, order_id: int, amount: Amount, idempotency_key: str | None = None
    ) -> Reservation:
        body = _body(user_id=user_id, service_id=service_id, order_id=order_id, amount=_amount(amount))
        return self._post("/api/v1/transactions/make-payment", body, idempotency_key)

    def reserve_refund(
        self,
        *,
        user_id: int,
        service_id: int,
        order_id: int,
        amount: Amount | None = None,
        idempotency_key: str | None = None,
    ) -> Reservation:
        refund = _amount(amount) if amount is not None else None
        body = _body(user_id=user_id, service_id=service_id, order_id=order_id, amount=refund)
        return self._post("/api/v1/transactions/reserve-refund", body, idempotency_key)

    def payment_refund(
        self,
        *,
        user_id: int,
        service_id: int,
        order_id: int,
        amount: Amount | None = None,
        comment: str | None = None,
        idempotency_key: str | None = None,
    ) -> Reservation:
        """Give back all (no `amount`) or part of a paid reservation's payment; the reservation after."""
        refund = _amount(amount) if amount is not None else None
        body = _body(user_id=user_id, service_id=service_id, order_id=order_id, amount=refund, comment=comment)
        return self._post("/api/v1/transactions/payment-refund", body, idempotency_key)

    def batch(
        self, operations: list[BatchOperation], *, atomic: bool, idempotency_key: str | None = None
    ) -> dict[str, list]:
        """Atomic: `{"results": [body, ...]}` or the first refusal raised. Not atomic:
        `{"results": [{"status", "body"}, ...]}`, refusals included."""
        items = [{**op, "amount": _amount(op["amount"])} if "amount" in op else dict(op) for op in operations]
        return self._post("/api/v1/transactions/batch", {"atomic": atomic, "operations": items}, idempotency_key)

    # ------------------------------------------------------------------ reads

    def account_balance(self, user_id: int, *, at: str | None = None) -> Balance:
        """The balances now, or as they were at the instant `at` (ISO 8601)."""
        suffix = f"?{urlencode({'at': at})}" if at else ""
        return self._get(f"/api/v1/information/account-balance/{int(user_id)}{suffix}")

    def account_transactions(
        self,
        user_id: int,
        *,
        ordering: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        type: str | None = None,  # the API's parameter name
        account: str | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
    ) -> HistoryPage:
        query = _body(
            ordering=ordering,
            limit=limit,
            cursor=cursor,
            type=type,
            account=account,
            created_after=created_after,
            created_before=created_before,
        )
        suffix = f"?{urlencode(query)}" if query else ""
        return self._get(f"/api/v1/information/account-transactions/{int(user_id)}{suffix}")

    def iter_account_transactions(self, user_id: int, **filters) -> Iterator[HistoryEntry]:
        """Every line of the user's history, following `next` page after page."""
        page = self.account_transactions(user_id, **filters)
        while True:
            yield from page["results"]
            if not page["next"]:
                return
            page = self._get(self._local(page["next"]))

    def events(self, *, after: int = 0, limit: int | None = None, type: str | None = None) -> dict:
        """A page of the events feed: `{"results", "next_after"}`; pass `next_after` as `after` next."""
        return self._get(f"/api/v1/events?{urlencode(_body(after=after, limit=limit, type=type))}")

    def report_consolidated_monthly(self, period: str) -> ReportLink:
        """A signed link to the month's (`YYYY-MM`) revenue per service as CSV."""
        return self._get(f"/api/v1/reports/consolidated/monthly?{urlencode({'period': period})}")

    def report_consolidated_monthly_csv(self, url: str) -> str:
        """The CSV behind a link from `report_consolidated_monthly` (no key needed)."""
        return self._get(self._local(url), parse=False)

    def healthz(self) -> dict:
        return self._get("/healthz")

    def readyz(self) -> dict:
        return self._get("/readyz")

    def metrics(self) -> str:
        """The Prometheus text (needs a key with `metrics:read`)."""
        return self._get("/metrics", parse=False)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "BalanceClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ the wire

    def _local(self, url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.path}?{parts.query}" if parts.query else parts.path

    def _post(self, path: str, body: dict, idempotency_key: str | None) -> Any:
        key = idempotency_key or str(uuid.uuid4())
        return self._send("POST", path, json.dumps(body).encode(), key, parse=True)

    def _get(self, path: str, parse: bool = True) -> Any:
        return self._send("GET", path, None, None, parse=parse)

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            kind = http.client.HTTPSConnection if self._https else http.client.HTTPConnection
            self._conn = kind(self._host, self._port, timeout=self.timeout)
        return self._conn

    def _send(self, method: str, path: str, payload: bytes | None, key: str | None, *, parse: bool) -> Any:
        headers = dict(self._headers)
        if payload is not None:
            headers["Content-Type"] = "application/json"
        if key is not None:
            headers["Idempotency-Key"] = key
        give_up = time.monotonic() + self.retry_for
        attempt = -1
        while True:
            attempt += 1
            attempt_info = Attempt(method, path, key, None)
            wait = None
            try:
                conn = self._connection()
                conn.request(method, f"{self._prefix}{path}", payload, headers)
                response = conn.getresponse()
                raw = response.read()
                if (response.getheader("Connection") or "").lower() == "close":
                    self.close()
            except _NETWORK_ERRORS as exc:
                self.close()
                attempt_info.error = exc
            else:
                attempt_info.status = response.status
                attempt_info.headers = {name.lower(): value for name, value in response.getheaders()}
                attempt_info.body = self._decode(raw, response.getheader("Content-Type") or "", parse)
                wait = self._retry_wait(response.status, attempt_info.body, response.getheader("Retry-After"))
                if wait is None:
                    self._report(attempt_info)
                    if response.status >= 400:
                        body = attempt_info.body if isinstance(attempt_info.body, dict) else {}
                        raise ApiError(response.status, body, response.getheader("X-Request-ID"))
                    return attempt_info.body
            self._report(attempt_info)
            delay = min(self.max_backoff, self.backoff * 2**attempt) * random.uniform(0.5, 1.0)
            delay = max(delay, wait or 0.0)
            if time.monotonic() + delay > give_up:
                if attempt_info.status is not None:
                    body = attempt_info.body if isinstance(attempt_info.body, dict) else {}
                    raise ApiError(attempt_info.status, body, attempt_info.headers.get("x-request-id"))
                raise TransportError(
                    f"{method} {path}: no answer after {attempt + 1} tries: {attempt_info.error}", idempotency_key=key
                ) from attempt_info.error
            time.sleep(delay)

    @staticmethod
    def _decode(raw: bytes, content_type: str, parse: bool) -> Any:
        if parse or content_type.startswith("application/json"):
            try:
                return json.loads(raw or b"{}", parse_float=Decimal)
            except ValueError:
                return {"code": "error", "message": raw[:200].decode(errors="replace"), "errors": {}}
        return raw.decode()

    @staticmethod
    def _retry_wait(status: int, body: Any, retry_after: str | None) -> float | None:
        """Seconds to wait at least before retrying this answer, or None: do not retry it."""
        code = body.get("code") if isinstance(body, dict) else None
        if status in (503, 429) or (status == 409 and code == "idempotency_key_in_progress"):
            try:
                return float(retry_after) if retry_after else 0.0
            except ValueError:
                return 0.0
        return None

    def _report(self, attempt: Attempt) -> None:
        if self.on_attempt is not None:
            self.on_attempt(attempt)


# The schema's operations (operationId) and the methods that call them: a test checks it is complete.
OPERATIONS = {
    "deposit": BalanceClient.deposit,
    "withdraw": BalanceClient.withdraw,
    "transfer": BalanceClient.transfer,
    "reserve": BalanceClient.reserve,
    "make_payment": BalanceClient.make_payment,
    "reserve_refund": BalanceClient.reserve_refund,
    "payment_refund": BalanceClient.payment_refund,
    "events": BalanceClient.events,
    "batch": BalanceClient.batch,
    "account_balance": BalanceClient.account_balance,
    "account_transactions": BalanceClient.account_transactions,
    "report_consolidated_monthly": BalanceClient.report_consolidated_monthly,
    "report_consolidated_monthly_csv": BalanceClient.report_consolidated_monthly_csv,
    "healthz": BalanceClient.healthz,
    "readyz": BalanceClient.readyz,
    "metrics": BalanceClient.metrics,
}
