"""The security pass: no endpoint without a key, the scope matrix, hashed keys compared in
constant time, `check --deploy`, body limits, rate limits, the admin login throttle, and no keys
in the logs."""

import hashlib
import hmac
import io
import logging
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.urls import URLResolver, get_resolver, resolve

from accounts import services as key_services
from accounts.models import ApiClient
from accounts.scopes import ALL_SCOPES
from accounts.throttling import AdminLoginThrottle, ClientRateThrottle

pytestmark = pytest.mark.django_db


ROOT = Path(__file__).resolve().parents[2]

# The only endpoints that answer without an API key. Keep this list short.
OPEN = {"healthz", "readyz", "api/schema/", "api/docs/", "api/redoc/"}
ADMIN = "admin/"  # the accountants' back office: a login page, everything else redirects to it
# The report download: its signed link replaces the key (a 400, 403 or 404 without one).
SIGNED_LINK = re.compile(r"^api/v1/reports/consolidated/monthly/[^/]+\.csv$")


def _concrete(pattern: str) -> str:
    """A path that the URL pattern matches: every parameter becomes 1."""
    path = re.sub(r"\(\?P<\w+>[^)]*\)", "1", pattern)
    path = re.sub(r"<(?:\w+:)?\w+>", "1", path)
    return path.replace("^", "").replace("$", "").replace("\\Z", "").replace("/?", "").replace("\\", "")


def endpoints() -> list[tuple[str, object]]:
    """Every URL pattern of the project as (concrete path without the leading slash, callback)."""
    found = []

    def walk(patterns, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                found.append((_concrete(prefix + str(pattern.pattern)), pattern.callback))

    walk(get_resolver().url_patterns, "")
    return found


def test_every_endpoint_but_a_few_refuses_requests_without_a_valid_key(client):
    paths = endpoints()
    assert len(paths) > 10
    api_paths = 0
    for path, callback in paths:
        if not path.startswith(ADMIN):  # the admin's own patterns may resolve to its catch-all view
            assert resolve(f"/{path}").func == callback, f"cannot build a path for pattern {path!r}"
        if path in OPEN:
            assert client.get(f"/{path}").status_code == 200, path
        elif path.startswith(ADMIN):
            response = client.get(f"/{path}")
            if path != "admin/login/":
                assert response.status_code in (302, 405), path
                if response.status_code == 302:  # to the login page (logout: to the admin's index, which needs it)
                    assert response["Location"].startswith("/admin/login/") or path == "admin/logout/", path
        elif SIGNED_LINK.search(path):
            assert client.get(f"/{path}").status_code in (400, 403, 404), path
        else:
            api_paths += 1
            for method in ("get", "post", "put", "patch", "delete"):
                for headers in ({}, {"HTTP_AUTHORIZATION": "Bearer bsk_000000000000_wrong"}):
                    response = getattr(client, method)(f"/{path}", **headers)
                    assert response.status_code == 401, (method, path, headers)
                    assert response.json()["code"] == "not_authenticated"
    assert api_paths >= 7


def _required_scopes() -> dict[tuple[str, str], set[str]]:
    """(method, path) -> the scopes its view declares, for every endpoint under /api/v1/. A view
    whose scopes depend on the body (`required_scopes_for`, the batch: the union of its operations'
    scopes) is tested where it lives (ledger/tests/test_batch.py); it must declare nothing else."""
    required = {}
    for path, callback in endpoints():
        if not path.startswith("api/v1/"):
            continue
        view = callback.cls
        if SIGNED_LINK.search(path):
            continue  # the signed report link: no key at all (see the URL walk above)
        if hasattr(view, "required_scopes_for"):
            assert not hasattr(view, "action_scopes"), path
            continue
        actions = getattr(callback, "actions", None) or {m: m for m in ("get", "post") if hasattr(view, m)}
        for method, action in actions.items():
            scope = view.action_scopes.get(action) or view.action_scopes[method]
            required[method, f"/{path}"] = {scope} if isinstance(scope, str) else set(scope)
    return required


def test_scope_matrix_every_endpoint_times_every_scope(make_client):
    required = _required_scopes()
    assert required[("post", "/api/v1/transactions/deposit")] == {"funds:deposit"}
    assert required[("post", "/api/v1/transactions/withdraw")] == {"funds:withdraw"}
    assert required[("post", "/api/v1/transactions/transfer")] == {"funds:transfer"}
    for op in ("reserve", "make-payment", "reserve-refund"):
        assert required[("post", f"/api/v1/transactions/{op}")] == {"orders:write"}
    assert required[("get", "/api/v1/information/account-balance/1")] == {"balance:read"}
    clients = {scope: make_client([scope]) for scope in ALL_SCOPES}
    for (method, path), needed in required.items():
        for scope, api in clients.items():
            response = getattr(api, method)(path, {}, format="json") if method == "post" else api.get(path)
            if needed <= {scope}:
                assert response.status_code not in (401, 403), (method, path, scope)
            else:
                assert response.status_code == 403, (method, path, scope)
                assert response.json()["code"] == "permission_denied"
                assert response.json()["message"] == f"This key lacks the scope {min(needed)}.", (method, path)


def test_a_batch_403_names_every_missing_scope(make_client):
    api = make_client(["funds:deposit"])
    body = {
        "atomic": True,
        "operations": [
            {"op": "deposit", "user_id": 1, "amount": "1.00"},
            {"op": "transfer", "from_user_id": 1, "to_user_id": 2, "amount": "1.00"},
            {"op": "reserve", "user_id": 1, "service_id": 1, "order_id": 1, "amount": "1.00"},
        ],
    }
    response = api.post("/api/v1/transactions/batch", body, format="json")
    assert response.status_code == 403
    assert response.json()["message"] == "This key lacks the scopes funds:transfer, orders:write."


def test_keys_are_stored_hashed_and_compared_in_constant_time(monkeypatch):
    client, key = key_services.api_client_create(name="hashed", scopes=["balance:read"])
    row = ApiClient.objects.filter(pk=client.pk).values().get()
    assert all(key not in str(value) for value in row.values())
    assert row["key_hash"] == hashlib.sha256(key.encode()).hexdigest()

    compared = []
    real = hmac.compare_digest
    monkeypatch.setattr(key_services.hmac, "compare_digest", lambda a, b: compared.append((a, b)) or real(a, b))
    assert key_services.api_client_authenticate(key=key) == client
    assert key_services.api_client_authenticate(key=key[:-1] + ("A" if key[-1] != "A" else "B")) is None
    assert [a for a, _ in compared] == [row["key_hash"], row["key_hash"]]


def _check_deploy(**env) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECURE_SSL_REDIRECT", "SECURE_COOKIES"}}
    environ |= {
        "DJANGO_SETTINGS_MODULE": "balance_service.settings",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "SECURE_PROXY_SSL_HEADER": "1",
        "SECURE_HSTS_SECONDS": "31536000",
        **env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = _check_deploy()
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
    assert _check_deploy(DEBUG="1").returncode != 0  # the check does fail on a bad configuration


def test_a_chunked_body_without_length_is_not_read(wsgi_in_test_transaction):
    """Django reads no more than Content-Length: a chunked body without one is never buffered."""
    body = io.BytesIO(b'{"user_id": 1, "amount": "1"}' + b" " * (2 * settings.DATA_UPLOAD_MAX_MEMORY_SIZE))
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/api/v1/transactions/deposit",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "wsgi.url_scheme": "http",
        "wsgi.input": body,
        "wsgi.errors": io.StringIO(),
        "HTTP_TRANSFER_ENCODING": "chunked",
        "CONTENT_TYPE": "application/json",
    }
    statuses = []
    response = WSGIHandler()(environ, lambda status, headers: statuses.append(status))
    b"".join(response)
    assert statuses[0].split()[0] in {"400", "401", "413"}
    assert body.tell() == 0


def test_each_client_is_rate_limited_with_retry_after(make_client, monkeypatch):
    monkeypatch.setattr(ClientRateThrottle, "rate", "3/min", raising=False)
    busy, other = make_client(["balance:read"]), make_client(["balance:read"])
    for _ in range(3):
        assert busy.get("/api/v1/information/account-balance/1").status_code == 404
    response = busy.get("/api/v1/information/account-balance/1")
    assert response.status_code == 429
    assert response.json()["code"] == "throttled"
    assert 0 < int(response["Retry-After"]) <= 60
    assert other.get("/api/v1/information/account-balance/1").status_code == 404


def test_each_worker_allows_its_share_of_the_rate(make_client, monkeypatch, settings):
    monkeypatch.setattr(ClientRateThrottle, "rate", "10/min", raising=False)
    settings.WEB_WORKERS = 4  # 10 / 4 workers: 3 requests a minute in this worker
    busy = make_client(["balance:read"])
    answers = [busy.get("/api/v1/information/account-balance/1").status_code for _ in range(4)]
    assert answers == [404, 404, 404, 429]
    assert settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["client"] == os.environ["THROTTLE_RATE"]


def test_admin_login_is_throttled(client, monkeypatch):
    monkeypatch.setattr(AdminLoginThrottle, "rate", "2/min", raising=False)
    form = {"username": "admin", "password": "wrong", "next": "/admin/"}
    remote = {"REMOTE_ADDR": "10.9.8.7"}
    assert client.post("/admin/login/", form, **remote).status_code == 200  # the form again, with an error
    assert client.post("/admin/login/", form, **remote).status_code == 200
    response = client.post("/admin/login/", form, **remote)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert client.post("/admin/login/", form, REMOTE_ADDR="10.9.8.6").status_code == 200


def test_no_key_reaches_the_logs(make_client, client, caplog):
    api = make_client(["balance:read", "funds:deposit"])
    good = api._credentials["HTTP_AUTHORIZATION"].split()[1]
    bad = "bsk_000000000000_" + secrets.token_urlsafe(32)
    with caplog.at_level(logging.DEBUG):
        api.post("/api/v1/transactions/deposit", {"user_id": 5, "amount": "1"}, format="json")
        api.get("/api/v1/information/account-balance/6")
        api.post("/api/v1/transactions/withdraw", {"user_id": 5, "amount": "1"}, format="json")
        client.get("/api/v1/information/account-balance/5", HTTP_AUTHORIZATION=f"Bearer {bad}")
        client.get("/api/v1/information/account-balance/5", HTTP_AUTHORIZATION=f"Bearer {good}x")
    assert any(r.levelno >= logging.WARNING for r in caplog.records)  # the 401s and 403 were logged
    logged = "\n".join(f"{r.getMessage()} {r.args!r} {getattr(r, 'request', '')!r}" for r in caplog.records)
    assert good not in logged
    assert bad not in logged
    assert settings.SECRET_KEY not in logged


def test_a_clean_clone_is_checked_without_a_key_and_the_key_is_still_required_to_serve():
    """`check` and `makemigrations --check` sign nothing and run on a throwaway key; serving, or
    `check --deploy`, still refuses to start without SECRET_KEY."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DJANGO_SETTINGS_MODULE")}

    def run(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "manage.py", *args]
        return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=120)  # noqa: S603

    assert run("check").returncode == 0
    assert run("makemigrations", "--check", "--dry-run").returncode == 0
    if not (root / "var" / "secret_key").is_file():  # make run's local key stands in for the variable
        refused = run("check", "--deploy")
        assert refused.returncode != 0
        assert "Set SECRET_KEY" in refused.stderr
