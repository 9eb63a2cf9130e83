"""Races with real threads, one database connection each, through the whole HTTP stack.
After each race the books must verify."""

from collections import Counter
from decimal import Decimal

import pytest

from ledger.models import Account, Reservation, Transaction
from ledger.selectors import balance_get
from ledger.tests.concurrency import run_concurrently
from ledger.verify import ledger_verify

pytestmark = pytest.mark.django_db(transaction=True)


def poster(api, op, body, **headers):
    return lambda: api.post(f"/api/v1/transactions/{op}", body, format="json", **headers)


def statuses(responses) -> Counter:
    return Counter(r.status_code if hasattr(r, "status_code") else repr(r) for r in responses)


def test_fifty_reserves_of_ten_against_one_hundred(make_client):
    api = make_client()
    api.post("/api/v1/transactions/deposit", {"user_id": 1, "amount": "100"}, format="json")
    calls = [
        poster(make_client(), "reserve", {"user_id": 1, "service_id": 1, "order_id": n + 1, "amount": "10"})
        for n in range(50)
    ]
    result = statuses(run_concurrently(calls))
    assert result == {201: 10, 422: 40}
    balance = balance_get(user_id=1)
    assert (balance.available, balance.reserved) == (Decimal("0"), Decimal("100"))
    assert ledger_verify() == []


def test_one_order_reserved_by_ten_users_at_once_goes_to_one_of_them(make_client):
    """Different users hold no common lock: the reservation's unique constraint decides, and the
    losers compare with the winner's reservation. The service is new to all of them."""
    api = make_client()
    for user_id in range(1, 11):
        api.post("/api/v1/transactions/deposit", {"user_id": user_id, "amount": "50"}, format="json")
    body = {"service_id": 77, "service_name": "Race", "order_id": 5, "amount": "20"}
    calls = [poster(make_client(), "reserve", {**body, "user_id": user_id}) for user_id in range(1, 11)]
    responses = run_concurrently(calls)
    assert statuses(responses) == {201: 1, 409: 9}
    [winner] = [r.json() for r in responses if r.status_code == 201]
    assert (winner["service_name"], winner["status"]) == ("Race", "reserved")
    assert {r.json()["code"] for r in responses if r.status_code == 409} == {"order_conflict"}
    holder = Reservation.objects.get(order_id=5, service_id=77)
    assert holder.user_id == winner["user_id"]
    assert balance_get(user_id=holder.user_id).reserved == Decimal("20.00")
    assert Transaction.objects.filter(type="reservation").count() == 1
    assert ledger_verify() == []


def test_crossing_transfers_do_not_deadlock_and_conserve_money(make_client):
    api = make_client()
    for user_id in (1, 2):
        api.post("/api/v1/transactions/deposit", {"user_id": user_id, "amount": "1000"}, format="json")
    calls = [
        poster(make_client(), "transfer", {"from_user_id": a, "to_user_id": b, "amount": "7.50"})
        for a, b in [(1, 2), (2, 1)] * 50
    ]
    result = statuses(run_concurrently(calls))
    assert result == {201: 100}
    total = balance_get(user_id=1).available + balance_get(user_id=2).available
    assert total == Decimal("2000")
    assert balance_get(user_id=1).available == Decimal("1000")
    assert ledger_verify() == []


def test_twenty_first_deposits_open_one_pair_of_accounts(make_client):
    calls = [poster(make_client(), "deposit", {"user_id": 42, "amount": "1.25"}) for _ in range(20)]
    result = statuses(run_concurrently(calls))
    assert result == {201: 20}
    assert Account.objects.filter(user_id=42).count() == 2
    assert balance_get(user_id=42).available == Decimal("25.00")
    assert ledger_verify() == []


def test_one_idempotency_key_sent_ten_times_at_once_has_one_effect(make_client):
    api = make_client()
    api.post("/api/v1/transactions/deposit", {"user_id": 1, "amount": "100"}, format="json")
    body = {"from_user_id": 1, "to_user_id": 2, "amount": "10"}
    responses = run_concurrently([poster(api, "transfer", body, HTTP_IDEMPOTENCY_KEY="pay-once") for _ in range(10)])
    result = statuses(responses)
    assert set(result) <= {201, 409}
    assert result[201] >= 1
    assert Transaction.objects.filter(type="transfer").count() == 1
    firsts = {r.json()["id"] for r in responses if r.status_code == 201}
    assert len(firsts) == 1  # replays carry the same transaction
    assert all(r.json()["code"] == "idempotency_key_in_progress" for r in responses if r.status_code == 409)
    assert balance_get(user_id=1).available == Decimal("90")
    assert ledger_verify() == []


@pytest.mark.parametrize("round_", range(3))
def test_payment_racing_refund_exactly_one_wins(make_client, round_):
    api = make_client()
    api.post("/api/v1/transactions/deposit", {"user_id": 1, "amount": "100"}, format="json")
    key = {"user_id": 1, "service_id": 5, "order_id": 9}
    api.post("/api/v1/transactions/reserve", key | {"amount": "60"}, format="json")
    calls = [
        poster(make_client(), "make-payment", key | {"amount": "60"}),
        poster(make_client(), "reserve-refund", key),
    ] * 5
    responses = run_concurrently(calls)
    reservation = Reservation.objects.get()
    winner = "make-payment" if reservation.status == "paid" else "reserve-refund"
    for index, response in enumerate(responses):
        op = "make-payment" if index % 2 == 0 else "reserve-refund"
        assert response.status_code == (200 if op == winner else 409), response.content
    balance = balance_get(user_id=1)
    assert balance.reserved == 0
    assert balance.available == (Decimal("40") if winner == "make-payment" else Decimal("100"))
    assert ledger_verify() == []
