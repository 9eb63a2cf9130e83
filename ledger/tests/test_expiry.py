"""Expiring reservations (API.md): `expires_at` on reserve, make-payment refused from then on, the
worker's sweep releasing them (`reservations_expire`, `run_worker`), and a payment racing the expiry."""

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import IntegrityError, connection, transaction
from django.test import override_settings
from django.utils import timezone

from ledger.models import Reservation, Transaction
from ledger.selectors import balance_get
from ledger.services.expiry import reservations_expire
from ledger.tests.concurrency import run_concurrently
from ledger.verify import ledger_verify
from reports.tests.helpers import clock_at

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
KEY = {"user_id": 7, "service_id": 3, "order_id": 15}


def post(api, op, body, **headers):
    return api.post(f"/api/v1/transactions/{op}", body, format="json", **headers)


def balances(user_id=7) -> tuple[str, str]:
    b = balance_get(user_id=user_id)
    return str(b.available), str(b.reserved)


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


@pytest.fixture
def funded(api):
    post(api, "deposit", {"user_id": 7, "amount": "100"})


@pytest.fixture
def expiring(api, funded):
    """30 held for order 15 until an hour from now; returns that instant."""
    expires_at = (timezone.now() + timedelta(hours=1)).replace(microsecond=0)
    response = post(api, "reserve", KEY | {"amount": "30", "expires_at": iso(expires_at), "service_name": "Listing"})
    assert response.status_code == 201, response.content
    assert datetime.fromisoformat(response.json()["expires_at"]) == expires_at
    return expires_at


def test_a_reservation_without_expires_at_never_expires_by_default(api, funded):
    assert post(api, "reserve", KEY | {"amount": "30"}).json()["expires_at"] is None


@override_settings(RESERVATION_DEFAULT_TTL=600)
def test_the_default_ttl_applies_when_no_expires_at_is_given(api, funded):
    before = timezone.now()
    expires_at = datetime.fromisoformat(post(api, "reserve", KEY | {"amount": "30"}).json()["expires_at"])
    assert before + timedelta(seconds=600) <= expires_at <= timezone.now() + timedelta(seconds=600)


@pytest.mark.parametrize(
    "expires_at",
    [
        "2000-01-01T00:00:00Z",  # the past
        "tomorrow",
        "2022-02-30T00:00:00Z",
        "",
        None,
        12345,
        "2022-11-30T12:00:00+16:00",  # an offset PostgreSQL cannot store
        "9999-12-31T23:59:59-10:00",  # after year 9999 in UTC
        "0001-01-01T00:00:00+01:00",  # before year 1 in UTC
    ],
)
def test_a_bad_expires_at_is_400(api, funded, expires_at):
    response = post(api, "reserve", KEY | {"amount": "30", "expires_at": expires_at})
    assert response.status_code == 400, response.content
    assert "expires_at" in response.json()["errors"]
    assert balances() == ("100.00", "0.00")


def test_expires_at_beyond_the_maximum_is_400(api, funded):
    with override_settings(RESERVATION_MAX_TTL=3600):
        late = timezone.now() + timedelta(seconds=3700)
        response = post(api, "reserve", KEY | {"amount": "30", "expires_at": iso(late)})
        assert (response.status_code, list(response.json()["errors"])) == (400, ["expires_at"])
        in_time = post(api, "reserve", KEY | {"amount": "30", "expires_at": iso(late - timedelta(seconds=200))})
        assert in_time.status_code == 201


def test_payment_is_refused_from_expires_at_on_even_before_the_sweep(api, expiring):
    with clock_at(expiring - timedelta(microseconds=1)):
        assert reservations_expire() == 0  # not due yet
    with clock_at(expiring):
        response = post(api, "make-payment", KEY | {"amount": "30"})
    assert (response.status_code, response.json()["code"]) == (409, "reservation_expired")
    assert balances() == ("70.00", "30.00")  # held until the sweep


def test_the_sweep_releases_it_with_its_own_history_line(api, expiring, books_verified):
    with clock_at(expiring + timedelta(seconds=1)):
        assert reservations_expire() == 1
        assert reservations_expire() == 0  # never twice
    reservation = Reservation.objects.get(order_id=15)
    assert reservation.status == "expired"
    assert balances() == ("100.00", "0.00")
    release = Transaction.objects.get(type="reservation_release")
    assert release.amount == Decimal("30.00")
    line = api.get("/api/v1/information/account-transactions/7", {"account": "available"}).json()["results"][0]
    assert line["type"] == "reservation_release"
    assert line["comment"] == "The reservation for order 15 (Listing) expired: money returned"
    # Afterwards: paying is 409 reservation_expired, cancelling is 200 expired moving nothing,
    # a refund is 409 reservation_not_paid, and the same reserve again answers it as it is now.
    assert post(api, "make-payment", KEY | {"amount": "30"}).json()["code"] == "reservation_expired"
    cancelled = post(api, "reserve-refund", KEY)
    assert (cancelled.status_code, cancelled.json()["status"], cancelled.json()["balances"]) == (200, "expired", [])
    assert post(api, "payment-refund", KEY).json()["code"] == "reservation_not_paid"
    again = post(api, "reserve", KEY | {"amount": "30"})
    assert (again.status_code, again.json()["status"]) == (200, "expired")
    assert balances() == ("100.00", "0.00")


def test_cancelling_after_expires_at_but_before_the_sweep_expires_it(api, expiring, books_verified):
    with clock_at(expiring):
        response = post(api, "reserve-refund", KEY)
    assert (response.status_code, response.json()["status"]) == (200, "expired")
    assert balances() == ("100.00", "0.00")
    assert Transaction.objects.filter(type="reservation_release").count() == 1
    with clock_at(expiring + timedelta(hours=1)):
        assert reservations_expire() == 0


def test_a_replayed_reserve_after_expiry_answers_the_reservation_as_it_is_now(api, funded):
    expires_at = iso(timezone.now() + timedelta(hours=1))
    body = KEY | {"amount": "30", "expires_at": expires_at}
    first = post(api, "reserve", body)
    with clock_at(timezone.now() + timedelta(hours=2)):
        reservations_expire()
    # The same call again, without a key (a key would replay the first answer as API.md says).
    again = post(api, "reserve", KEY | {"amount": "30"})
    assert (first.json()["status"], again.status_code, again.json()["status"]) == ("reserved", 200, "expired")


@pytest.mark.postgres
def test_the_database_refuses_expired_without_an_expiry(api, funded):
    post(api, "reserve", KEY | {"amount": "30"})
    with pytest.raises(IntegrityError, match="reservation_expired_had_an_expiry"), transaction.atomic():
        Reservation.objects.filter(order_id=15).update(status="expired")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_payment_racing_the_expiry_exactly_one_happens(make_client):
    """Twelve reservations expire at the same instant; their payments arrive spread around it
    while two sweeps run over and over. Each reservation ends paid (and the sweep left it) or
    expired (and the payment was refused): never both, never neither, and the books verify."""
    api = make_client()
    post(api, "deposit", {"user_id": 7, "amount": "1000"})
    count = 12
    clients = [make_client() for _ in range(count)]
    for client in clients:  # authenticated once (a key's first use is a slow hash), so the race is the payment's
        assert client.get("/api/v1/information/account-balance/7").status_code == 200
    for order_id in range(1, count + 1):
        body = KEY | {"order_id": order_id, "amount": "10", "expires_at": iso(timezone.now() + timedelta(hours=1))}
        assert post(api, "reserve", body).status_code == 201
    expires_at = timezone.now() + timedelta(seconds=1.5)  # brought forward: setting up took its own time
    Reservation.objects.update(expires_at=expires_at)
    time.sleep(max(0.0, (expires_at - timezone.now()).total_seconds() - 1.2))

    def pay(client, n):
        time.sleep(0.1 * n)  # from about a second before the expiry to a second after it
        return post(client, "make-payment", KEY | {"order_id": n, "amount": "10"})

    calls = [(lambda client=client, n=n: pay(client, n)) for n, client in enumerate(clients, start=1)]
    calls += [lambda: _sweep_until(expires_at + timedelta(seconds=1)) for _ in range(2)]
    results = run_concurrently(calls)
    _sweep_until(timezone.now())
    payments = {n: r.status_code for n, r in enumerate(results[:count], start=1)}
    statuses = dict(Reservation.objects.values_list("order_id", "status"))
    for order_id, status in payments.items():
        assert (status, statuses[order_id]) in {(200, "paid"), (409, "expired")}, (order_id, status, statuses)
    paid = sum(s == 200 for s in payments.values())
    print(f"{paid} paid, {count - paid} expired")
    assert balance_get(user_id=7).available == Decimal("1000") - 10 * paid
    assert balance_get(user_id=7).reserved == 0
    assert ledger_verify() == []


def _sweep_until(deadline: datetime) -> int:
    """Sweep over and over until `deadline` (a worker does the same every few seconds)."""
    from ledger.respond import in_transaction

    released = 0
    while True:
        done = in_transaction(lambda: reservations_expire(limit=5))
        released += done
        if done < 5 and timezone.now() >= deadline:
            return released
        time.sleep(0.005)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_worker_releases_logs_and_stops_cleanly_on_sigterm(api):
    """`manage.py run_worker` as a real process on the test database."""
    post(api, "deposit", {"user_id": 7, "amount": "100"})
    post(api, "reserve", KEY | {"amount": "30", "expires_at": iso(timezone.now() + timedelta(seconds=1))})
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "balance_service.settings",
        "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "RESERVATION_SWEEP_SECONDS": "0.2",
        "LOG_LEVEL": "INFO",
    }
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while Reservation.objects.get(order_id=15).status != "expired":
            assert worker.poll() is None, worker.stdout.read()
            assert time.monotonic() < deadline, "the worker did not release the reservation"
            time.sleep(0.1)
        worker.send_signal(signal.SIGTERM)
        out, _ = worker.communicate(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == 0, out
    assert "released 1 expired reservation(s)" in out
    assert "SIGTERM received" in out
    assert "worker: stopped" in out
    assert "deleted 0 idempotency record(s)" in out
    assert balances() == ("100.00", "0.00")
    assert ledger_verify() == []


def test_expired_reservations_are_released_soonest_first_in_batches(api, funded):
    now = timezone.now()
    for order_id in range(1, 6):
        body = KEY | {"order_id": order_id, "amount": "1", "expires_at": iso(now + timedelta(minutes=order_id))}
        post(api, "reserve", body)
    with clock_at(now + timedelta(minutes=4, seconds=30)):
        assert reservations_expire(limit=2) == 2
        assert set(Reservation.objects.filter(status="expired").values_list("order_id", flat=True)) == {1, 2}
        assert reservations_expire(limit=2) == 2
        assert reservations_expire(limit=2) == 0
    assert balances() == ("99.00", "1.00")
