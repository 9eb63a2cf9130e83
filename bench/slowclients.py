"""Slow clients: connections that send a request's headers one byte a second and never finish.

    with Dribblers(port, 100):   # 100 connections held while the block runs (loopback only)
        ...

Each connection is reopened when the server closes it (a server that times slow headers out
gets new ones, as it would from a real slow or hostile client). At most `count` sockets and
`count` bytes a second: bounded by design, and only ever to 127.0.0.1.
"""

import socket
import threading
import time

HEAD = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "


class Dribblers:
    def __init__(self, port: int, count: int, interval: float = 1.0):
        self.port, self.count, self.interval = port, count, interval
        self.stop = threading.Event()
        self.sockets: list[socket.socket | None] = [None] * count
        self.opened = 0  # connections opened in all (count at first, more when the server closes them)
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _open(self) -> socket.socket | None:
        try:
            sock = socket.create_connection(("127.0.0.1", self.port), timeout=2)
            sock.sendall(HEAD[:5])  # "GET /": a request has begun
            self.opened += 1
            return sock
        except OSError:
            return None

    def _run(self) -> None:
        sent = 5
        while not self.stop.is_set():
            for i, sock in enumerate(self.sockets):
                if sock is None:
                    self.sockets[i] = self._open()
                    continue
                try:
                    sock.sendall(HEAD[sent : sent + 1] if sent < len(HEAD) else b"x")
                except OSError:
                    sock.close()
                    self.sockets[i] = self._open()
            sent += 1
            self.stop.wait(self.interval)

    def __enter__(self) -> "Dribblers":
        for i in range(self.count):
            self.sockets[i] = self._open()
        self.thread.start()
        time.sleep(self.interval)  # every connection has sent something before the caller goes on
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()
        for sock in self.sockets:
            if sock is not None:
                sock.close()
