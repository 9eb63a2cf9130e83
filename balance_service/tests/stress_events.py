"""The events' side of the stress run (`balance_service.tests.stress`).

- A webhook receiver on the loopback that verifies each signature and answers at random: mostly
  200, but also 500, an answer slower than the delivery timeout, or a dropped connection.
- An endpoint registered with `create_webhook_endpoint` for some event types, and a dead one
  (nothing listens on its port) that must hold up nothing.
- Two more `run_worker` processes beside the run's own, which the faults kill with SIGKILL now and
  then (mid-delivery or not) and start again.
- A follower of the feed (GET /api/v1/events) from the start, through the faults.

At the end: every transaction has exactly one event (and each 2xx movement's transaction one),
every event of a subscribed type reached the receiver at least once, and the feed returned each
event exactly once, in ascending order.
"""

import contextlib
import http.client
import json
import os
import random
import signal
import socket
import subprocess
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psycopg
from standardwebhooks import Webhook

SUBSCRIBED = ("transaction.deposit", "transaction.transfer", "transaction.payment", "transaction.reservation_release")
EVENTS_ENV = {  # short enough for a run of minutes: retries within seconds, a 1 s timeout, a 3 s lease
    "WEBHOOK_RETRY_DELAYS": "0.2,0.5,1,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3",
    "WEBHOOK_TIMEOUT_SECONDS": "1",
    "WEBHOOK_LEASE_SECONDS": "3",
}
EXTRA_WORKERS = 2


class Receiver:
    """Counts each event id it received with a valid signature (and any with a bad one)."""

    def __init__(self):
        self.secret = ""
        self.received: Counter = Counter()
        self.answers: Counter = Counter()
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", 0))).decode()
                roll = random.random()
                if roll < 0.05:
                    receiver.count("dropped")
                    self.close_connection = True
                    return
                try:
                    event = Webhook(receiver.secret).verify(body, dict(self.headers.items()))
                except Exception:  # noqa: BLE001 - counted and checked
                    receiver.count("bad_signature")
                    event = None
                if roll < 0.20:
                    receiver.count("500")
                    self.send_response(500)
                elif roll < 0.30:
                    receiver.count("too_slow")
                    time.sleep(1.5)
                    self.send_response(200)
                else:
                    receiver.count("200")
                    self.send_response(200)
                    if event is not None:
                        with receiver.lock:
                            receiver.received[event["id"]] += 1
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def count(self, answer: str) -> None:
        with self.lock:
            self.answers[answer] += 1

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks"


class Follower:
    """Follows the feed from the start, as a consumer would, through errors and outages."""

    def __init__(self, port: int, key: str):
        self.port, self.key = port, key
        self.seen: list[int] = []
        self.after = 0
        self.errors = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.loop, daemon=True)

    def page(self) -> int | None:
        """Read one page; the number of events on it, None on an error (retried by the caller)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(
                "GET",
                f"/api/v1/events?after={self.after}&limit={random.randint(1, 1000)}",
                headers={"Authorization": f"Bearer {self.key}", "X-Forwarded-Proto": "https"},
            )
            response = conn.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException):
            self.errors += 1
            return None
        finally:
            conn.close()
        if response.status != 200:
            self.errors += 1
            return None
        page = json.loads(body)
        self.seen += [event["id"] for event in page["results"]]
        self.after = page["next_after"]
        return len(page["results"])

    def loop(self) -> None:
        while not self.stopping.is_set():
            if not self.page():
                time.sleep(0.05)

    def catch_up(self) -> None:
        """After the run: read until a page comes back empty."""
        self.stopping.set()
        self.thread.join()
        while self.page() != 0:
            time.sleep(0.05)


class EventsSide:
    def __init__(self, service, manage: list[str], root):
        self.service, self.manage, self.root = service, manage, root
        self.receiver = Receiver()
        self.workers: list[subprocess.Popen] = []
        self.kills = 0
        self.follower: Follower | None = None

    def start(self) -> None:
        """Register the endpoints, start the extra workers and the feed's follower."""
        made = self._manage("create_webhook_endpoint", self.receiver.url, "--events", *SUBSCRIBED)
        self.receiver.secret = made.splitlines()[-1]
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self._manage("create_webhook_endpoint", f"http://127.0.0.1:{sock.getsockname()[1]}/dead")
        self.workers = [self._worker() for _ in range(EXTRA_WORKERS)]
        self.follower = Follower(self.service.port, self.service.key)
        self.follower.thread.start()

    def _manage(self, *args: str) -> str:
        return subprocess.run(
            [*self.manage, *args], cwd=self.root, env=self.service.env, check=True, capture_output=True, text=True
        ).stdout

    def _worker(self) -> subprocess.Popen:
        return subprocess.Popen(
            [*self.manage, "run_worker"],
            cwd=self.root,
            env=self.service.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def kill_run_worker(self) -> None:
        """A fault: SIGKILL one of the extra workers, mid-delivery or not, and start another."""
        victim = random.randrange(len(self.workers))
        os.kill(self.workers[victim].pid, signal.SIGKILL)
        self.workers[victim].wait()
        self.workers[victim] = self._worker()
        self.kills += 1

    def stop(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(ProcessLookupError):
                worker.kill()
            worker.wait()
        self.receiver.server.shutdown()

    def check(
        self, answered_transactions, stall_seconds: float = 30, limit_seconds: float = 600
    ) -> tuple[dict, list[str]]:
        """Wait for the deliveries and the follower to catch up, then check (see the module doc).

        The receiver fails a quarter of its deliveries (and a tenth by timing out), so the backlog
        drains slowly on a busy machine: the wait goes on while deliveries still arrive, and gives
        up after `stall_seconds` without one (every pending delivery is due again within a retry
        delay and a lease, a few seconds here) or `limit_seconds` in all."""
        figures, failures = {}, []
        with psycopg.connect(self.service.url, autocommit=True) as conn:
            subscribed_events = set()
            waited_from = progress_at = time.monotonic()
            missing_before = None
            while True:
                rows = conn.execute("SELECT id FROM ledger_event WHERE type = ANY(%s)", [list(SUBSCRIBED)])
                subscribed_events = {row[0] for row in rows}
                missing = subscribed_events - set(self.receiver.received)
                now = time.monotonic()
                if missing_before is None or len(missing) < missing_before:
                    missing_before, progress_at = len(missing), now
                if not missing or now - progress_at > stall_seconds or now - waited_from > limit_seconds:
                    break
                time.sleep(0.5)
            waited = time.monotonic() - waited_from
            gave_up = f", the limit of {limit_seconds} s" if waited > limit_seconds else f", none for {stall_seconds} s"
            figures["deliveries_caught_up_after"] = f"{waited:.0f} s" + (gave_up if missing else "")
            stuck = conn.execute(
                "SELECT d.event_id, d.status, d.attempts, d.first_attempt_at - ev.created_at, "
                "now() - d.last_attempt_at, d.next_attempt_at - now(), d.last_error FROM events_delivery d "
                "JOIN events_webhookendpoint e ON e.id = d.endpoint_id JOIN ledger_event ev ON ev.id = d.event_id "
                "WHERE e.url = %s AND d.event_id = ANY(%s) ORDER BY d.event_id LIMIT 5",
                [self.receiver.url, sorted(missing)],
            ).fetchall()
            self.follower.catch_up()
            events = dict(conn.execute("SELECT transaction_id, id FROM ledger_event").fetchall())
            transactions = {row[0] for row in conn.execute("SELECT id FROM ledger_transaction")}
            per_transaction = conn.execute(
                "SELECT count(*) FROM (SELECT transaction_id FROM ledger_event GROUP BY 1 HAVING count(*) > 1) t"
            ).fetchone()[0]
            statuses = dict(
                conn.execute(
                    "SELECT e.url, string_agg(d.status || ' ' || d.n, ', ') FROM events_webhookendpoint e "
                    "JOIN (SELECT endpoint_id, status, count(*) AS n FROM events_delivery GROUP BY 1, 2) d "
                    "ON d.endpoint_id = e.id GROUP BY 1"
                ).fetchall()
            )
        answered_missing = [pk for pk in answered_transactions if pk not in events]
        without_event = transactions - set(events)
        figures["events"] = f"{len(events)} for {len(transactions)} transactions"
        figures["2xx_movements_with_exactly_one_event"] = (
            f"{len(answered_transactions) - len(answered_missing)}/{len(answered_transactions)}"
        )
        if answered_missing or without_event or per_transaction or set(events) - transactions:
            failures.append(
                f"events: {len(answered_missing)} answered movements and {len(without_event)} transactions "
                f"without one, {per_transaction} transactions with more than one"
            )
        delivered = len(subscribed_events & set(self.receiver.received))
        figures["subscribed_events_received"] = f"{delivered}/{len(subscribed_events)}"
        figures["receiver_answers"] = ", ".join(f"{k} {v}" for k, v in sorted(self.receiver.answers.items()))
        figures["received_more_than_once"] = sum(1 for n in self.receiver.received.values() if n > 1)
        figures["deliveries"] = "; ".join(f"{url}: {s}" for url, s in sorted(statuses.items()))
        figures["workers_killed"] = self.kills
        if delivered != len(subscribed_events):
            failures.append(
                f"{len(subscribed_events) - delivered} subscribed events never reached the receiver; the first "
                "(event, status, attempts, first try after the event, last try ago, next try in, last error): "
                + ("; ".join(repr(row) for row in stuck) or "none of them was queued for delivery")
            )
        if self.receiver.answers["bad_signature"]:
            failures.append(f"{self.receiver.answers['bad_signature']} deliveries with a bad signature")
        if set(self.receiver.received) - subscribed_events:
            failures.append("events of types not subscribed to were delivered")
        seen = self.follower.seen
        figures["feed_followed_from_start"] = (
            f"{len(seen)} events, {len(set(seen))} distinct, of {len(events)}; ascending: {seen == sorted(seen)}; "
            f"{self.follower.errors} errors on the way"
        )
        if len(seen) != len(set(seen)) or set(seen) != set(events.values()) or seen != sorted(seen):
            failures.append("the feed did not return each event exactly once, in order")
        return figures, failures
