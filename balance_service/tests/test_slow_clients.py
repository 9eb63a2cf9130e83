"""Slow clients do not stop the service: the real server (`scripts/serve`, as `make run` and the
container start it), one worker process, while 20 connections dribble their request headers a
byte at a time, still answers ordinary requests. (gunicorn's sync workers, the server before,
answered none: each slow connection held a worker.)"""

import contextlib
import json
import os
import secrets
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from accounts.scopes import ALL_SCOPES
from accounts.services import api_client_create

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SLOW = 20


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture
def server(tmp_path):
    """The service's default server on a free loopback port, one worker, on the test database."""
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "SECURE_COOKIES": "0",
        "LOG_LEVEL": "WARNING",
        "WEB_CONCURRENCY": "1",
        "HOST": "127.0.0.1",
        "PORT": str(port),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    log = tmp_path / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen(  # noqa: S603 - the repository's own script, fixed arguments
            [str(ROOT / "scripts/serve")],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        for _ in range(150):
            assert process.poll() is None, log.read_text()
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail(f"the server did not start:\n{log.read_text()}")
        yield port
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)


def _dribble(port: int, stop: threading.Event, held: list[socket.socket]) -> None:
    """SLOW connections that each send a request line and then one header byte every 0.2 s."""
    for _ in range(SLOW):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        held.append(sock)
    while not stop.wait(0.2):
        for sock in held:
            with contextlib.suppress(OSError):  # closed by the server: it may time slow headers out
                sock.sendall(b"x")


def _open(sock: socket.socket) -> bool:
    """Whether the server has neither answered nor closed this connection."""
    sock.setblocking(False)
    try:
        sock.recv(1)  # b"" when closed, bytes when answered
    except BlockingIOError:
        return True  # nothing to read yet: still open, still waiting for the rest of its headers
    except OSError:
        pass
    return False


def _call(port: int, key: str, method: str, path: str, body: dict | None = None) -> tuple:
    """(status, user_id of the answer), or ("timeout", path) when no answer came within 5 s."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1{path}",
        method=method,
        data=json.dumps(body).encode() if body else None,
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - http to the loopback
            return response.status, json.load(response)["user_id"]
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()[:200]
    except TimeoutError:
        return "timeout", path


def test_slow_clients_do_not_stop_ordinary_requests(server):
    _, key = api_client_create(name="slow-test", scopes=list(ALL_SCOPES))
    stop, held = threading.Event(), []
    dribbler = threading.Thread(target=_dribble, args=(server, stop, held), daemon=True)
    dribbler.start()
    try:
        time.sleep(1.5)  # every slow connection is open and has sent part of its headers
        assert len(held) == SLOW
        answered = []
        for user in range(1, 6):  # a write and a read for each user, while the slow clients wait
            answered.append(_call(server, key, "POST", "/transactions/deposit", {"user_id": user, "amount": "1.00"}))
            answered.append(_call(server, key, "GET", f"/information/account-balance/{user}"))
        still_held = sum(_open(sock) for sock in held)
    finally:
        stop.set()
        dribbler.join()
        for sock in held:
            sock.close()
    assert answered == [(code, user) for user in range(1, 6) for code in (201, 200)]
    assert still_held == SLOW  # the slow connections were held, not dropped, while the others were answered
