"""Webhooks against a real receiver on the loopback: signed as Standard Webhooks says, at least
once, retried with growing delays then failed, redirects not followed, one slow endpoint holding
up no other, a killed worker's claim retried, two workers never claiming one delivery."""

import json
import os
import socket
import subprocess
import sys
import time
from datetime import timedelta
from decimal import Decimal

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.utils import timezone
from standardwebhooks import Webhook

from events.delivery import Deliverer, _claim_next, deliveries_run_due
from events.models import Delivery
from events.tests.receiver import Receiver
from events.webhooks import deliveries_queue, webhook_endpoint_create
from ledger.models import Event
from ledger.tests.concurrency import run_concurrently
from ledger.tests.factories import DepositFactory, TransferFactory

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = django_settings.BASE_DIR


@pytest.fixture
def receiver():
    receivers = []

    def make(answer=None) -> Receiver:
        receivers.append(Receiver(answer))
        return receivers[-1]

    yield make
    for r in receivers:
        r.close()


def _deliver_all(rounds: int = 1) -> None:
    for _ in range(rounds):
        deliveries_queue()
        deliveries_run_due()


def test_each_subscribed_event_is_posted_signed_and_as_the_feed_renders_it(receiver):
    everything, deposits = receiver(), receiver()
    all_endpoint = webhook_endpoint_create(url=everything.url)
    deposit_endpoint = webhook_endpoint_create(url=deposits.url, event_types=["transaction.deposit"])
    DepositFactory(user_id=1, amount=Decimal("50"))
    TransferFactory(from_user_id=1, to_user_id=2, amount=Decimal("5"))
    _deliver_all()

    events = list(Event.objects.order_by("id"))
    assert [json.loads(r.body)["id"] for r in everything.received] == [e.id for e in events]
    assert [json.loads(r.body)["type"] for r in deposits.received] == ["transaction.deposit"]
    for got, endpoint in [(everything.received[0], all_endpoint), (deposits.received[0], deposit_endpoint)]:
        payload = Webhook(endpoint.secret).verify(got.body, got.headers)  # raises unless signed right
        assert payload == {
            "id": events[0].id,
            "type": "transaction.deposit",
            "created_at": events[0].data["created_at"],
            "data": events[0].data,
        }
        assert got.headers["webhook-id"] == str(events[0].id)
        assert got.headers["webhook-signature"].startswith("v1,")
        assert got.headers["content-type"] == "application/json"
        with pytest.raises(Exception, match="signature"):
            Webhook(endpoint.secret).verify(got.body.replace("50.00", "99.00"), got.headers)
    assert set(Delivery.objects.values_list("status", flat=True)) == {"succeeded"}
    _deliver_all()
    assert len(everything.received) == 2  # nothing twice once it succeeded


def test_an_endpoint_receives_only_what_comes_after_it(receiver):
    DepositFactory(user_id=1)
    late = receiver()
    webhook_endpoint_create(url=late.url)
    DepositFactory(user_id=2)
    _deliver_all()
    assert [json.loads(r.body)["data"]["user_id"] for r in late.received] == [2]


def test_a_failure_is_retried_later_then_succeeds(receiver, settings):
    settings.WEBHOOK_RETRY_DELAYS = [timedelta(seconds=60), timedelta(seconds=600)]
    flaky = receiver(lambda n: (500, 0) if n == 1 else (204, 0))
    webhook_endpoint_create(url=flaky.url)
    DepositFactory(user_id=1)
    _deliver_all()
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 1, 500)
    assert delivery.last_error == "HTTP 500"
    assert len(delivery.response_excerpt) == 500  # the answer's 2,000 bytes, cut short
    assert timedelta(seconds=55) < delivery.next_attempt_at - timezone.now() <= timedelta(seconds=60)
    _deliver_all()
    assert len(flaky.received) == 1  # not due yet
    Delivery.objects.update(next_attempt_at=timezone.now())
    _deliver_all()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_status_code, delivery.last_error) == (
        "succeeded",
        2,
        204,
        "",
    )
    assert flaky.received[0].headers["webhook-id"] == flaky.received[1].headers["webhook-id"]


@pytest.mark.parametrize("trouble", [503, 429, 500])
def test_a_4xx_fails_one_delivery_and_the_round_goes_on_while_trouble_or_no_answer_ends_it(receiver, settings, trouble):
    settings.WEBHOOK_RETRY_DELAYS = [timedelta(hours=1)]
    rejecting = receiver(lambda n: (400, 0) if n == 1 else (200, 0))
    failing = receiver(lambda n: (trouble, 0))
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed_url = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    rejecting_endpoint = webhook_endpoint_create(url=rejecting.url)
    webhook_endpoint_create(url=failing.url)
    closed_endpoint = webhook_endpoint_create(url=closed_url)
    for user_id in range(1, 4):
        DepositFactory(user_id=user_id)
    _deliver_all()
    assert len(rejecting.received) == 3  # the 400 of the first did not stop the next two
    statuses = sorted(Delivery.objects.filter(endpoint=rejecting_endpoint).values_list("status", flat=True))
    assert statuses == ["pending", "succeeded", "succeeded"]
    assert len(failing.received) == 1  # a 429 or a 5xx: the endpoint is in trouble, the round ended
    closed = Delivery.objects.filter(endpoint=closed_endpoint)
    assert sorted(closed.values_list("attempts", flat=True)) == [0, 0, 1]  # refused: the round ended


def test_a_closed_deliverer_starts_no_new_delivery(receiver):
    slow = receiver(lambda n: (200, 0.5))
    webhook_endpoint_create(url=slow.url)
    for user_id in range(1, 6):
        DepositFactory(user_id=user_id)
    deliveries_queue()
    deliverer = Deliverer()
    deliverer.run_due()
    while not slow.received:
        time.sleep(0.01)
    deliverer.close()  # while the first answer is on its way
    assert len(slow.received) == 1
    assert Delivery.objects.filter(status="succeeded").count() == 1
    assert Delivery.objects.filter(status="pending", attempts=0).count() == 4


def test_the_default_schedule_grows_and_lasts_at_least_three_days():
    from django.conf import settings

    delays = settings.WEBHOOK_RETRY_DELAYS
    assert delays == sorted(delays)
    assert sum(delays, timedelta()) >= timedelta(days=3)


def test_after_the_last_retry_a_delivery_is_failed(receiver, settings):
    settings.WEBHOOK_RETRY_DELAYS = [timedelta(), timedelta()]
    dead = receiver(lambda n: (503, 0))
    webhook_endpoint_create(url=dead.url)
    DepositFactory(user_id=1)
    _deliver_all(rounds=5)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, len(dead.received)) == ("failed", 3, 3)


def test_timeouts_refusals_and_redirects_are_failures(receiver, settings):
    settings.WEBHOOK_TIMEOUT = timedelta(milliseconds=500)
    settings.WEBHOOK_RETRY_DELAYS = [timedelta(hours=1)]
    slow = receiver(lambda n: (200, 2))
    moved = receiver(lambda n: (302, 0))
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed_url = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    for url in (slow.url, moved.url, closed_url):
        webhook_endpoint_create(url=url)
    DepositFactory(user_id=1)
    _deliver_all()
    outcomes = {d.endpoint.url: d for d in Delivery.objects.select_related("endpoint")}
    assert "timed out" in outcomes[slow.url].last_error
    assert outcomes[moved.url].last_status_code == 302
    assert [r.path for r in moved.received] == ["/hooks"]  # the redirect was not followed
    assert "ConnectionRefusedError" in outcomes[closed_url].last_error
    assert {d.status for d in outcomes.values()} == {"pending"}


def test_a_slow_endpoint_holds_up_no_other(receiver, settings):
    settings.WEBHOOK_TIMEOUT = timedelta(seconds=5)
    slow, fast = receiver(lambda n: (200, 3)), receiver()
    webhook_endpoint_create(url=slow.url)
    fast_endpoint = webhook_endpoint_create(url=fast.url)
    for user_id in range(1, 4):
        DepositFactory(user_id=user_id)
    deliveries_queue()
    deliverer = Deliverer()
    try:
        started = time.monotonic()
        deliverer.run_due()
        while Delivery.objects.filter(endpoint=fast_endpoint, status="pending").exists():
            assert time.monotonic() - started < 2, "the fast endpoint waited for the slow one"
            time.sleep(0.05)
        assert len(fast.received) == 3
        while not slow.received and time.monotonic() - started < 2.5:  # its thread may connect last
            time.sleep(0.05)
        assert len(slow.received) == 1  # still answering its first (it takes 3 s)
    finally:
        deliverer.close()


def test_a_killed_workers_claim_lapses_and_the_delivery_is_tried_again(receiver, settings):
    settings.WEBHOOK_LEASE = timedelta(milliseconds=200)
    target = receiver()
    endpoint = webhook_endpoint_create(url=target.url)
    DepositFactory(user_id=1)
    deliveries_queue()
    claimed = _claim_next(endpoint.pk)  # a worker claims it, then dies before sending
    assert claimed is not None
    assert _claim_next(endpoint.pk) is None  # claimed: not due to anyone else meanwhile
    time.sleep(0.3)
    deliveries_run_due()
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, len(target.received)) == ("succeeded", 2, 1)


@pytest.mark.postgres
def test_workers_racing_for_one_endpoint_never_claim_the_same_delivery(receiver):
    target = receiver()
    endpoint = webhook_endpoint_create(url=target.url)
    for user_id in range(1, 11):
        DepositFactory(user_id=user_id)
    deliveries_queue()
    claims = run_concurrently([lambda: _claim_next(endpoint.pk) for _ in range(16)])
    ids = [c.pk for c in claims if c is not None]
    assert len(ids) == len(set(ids)) == 10
    assert set(Delivery.objects.values_list("attempts", flat=True)) == {1}


@pytest.mark.postgres
def test_run_worker_delivers_the_webhooks(receiver):
    """`manage.py run_worker --once` as a real process on the test database: one round queues and
    sends, and it waits for the request in flight before it exits."""
    target = receiver()
    webhook_endpoint_create(url=target.url)
    DepositFactory(user_id=1)
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "balance_service.settings",
        "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "run_worker", "--once"], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert [json.loads(r.body)["data"]["user_id"] for r in target.received] == [1]
    assert Delivery.objects.get().status == "succeeded"
