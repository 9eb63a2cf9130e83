"""A webhook receiver on the loopback for tests: a real HTTP server in a thread that records what
it is sent and answers as told (a status, a delay, a redirect)."""

import contextlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: str


@dataclass
class Receiver:
    """`answer(request_number) -> (status, delay seconds)`; default 200 at once."""

    answer: object = None
    received: list[Received] = field(default_factory=list)

    def __post_init__(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", 0))).decode()
                with receiver._lock:
                    receiver.received.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                    number = len(receiver.received)
                status, delay = receiver.answer(number) if receiver.answer else (200, 0)
                time.sleep(delay)
                self.send_response(status)
                if 300 <= status < 400:
                    self.send_header("location", "/redirected")
                payload = b"x" * 2000 if status >= 500 else b"ok"
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                with contextlib.suppress(OSError):  # the sender gave up (a timeout)
                    self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/hooks"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
