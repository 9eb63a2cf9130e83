"""Balances after (API.md): every movement's answer, and each result of a batch, carries the
balances of each user it changed, right after it, from the same database transaction."""

from decimal import Decimal

import pytest

from ledger.tests.concurrency import run_concurrently

pytestmark = pytest.mark.django_db

KEY = {"user_id": 7, "service_id": 3, "order_id": 15}


def post(api, op, body, **headers):
    return api.post(f"/api/v1/transactions/{op}", body, format="json", **headers)


def after(user_id, available, reserved):
    return {"user_id": user_id, "available": available, "reserved": reserved}


def test_each_movement_answers_the_balances_of_the_users_it_changed(api):
    assert post(api, "deposit", {"user_id": 7, "amount": "100"}).json()["balances"] == [after(7, "100.00", "0.00")]
    assert post(api, "reserve", KEY | {"amount": "30"}).json()["balances"] == [after(7, "70.00", "30.00")]
    # A movement of available money only still answers the reserved balance as it is.
    assert post(api, "withdraw", {"user_id": 7, "amount": "10"}).json()["balances"] == [after(7, "60.00", "30.00")]
    assert post(api, "transfer", {"from_user_id": 8, "to_user_id": 7, "amount": "1"}).status_code == 404
    assert post(api, "transfer", {"from_user_id": 7, "to_user_id": 8, "amount": "5"}).json()["balances"] == [
        after(7, "55.00", "30.00"),
        after(8, "5.00", "0.00"),
    ]
    paid = post(api, "make-payment", KEY | {"amount": "20"}).json()
    assert paid["balances"] == [after(7, "65.00", "0.00")]  # 10 of the 30 came back
    assert post(api, "payment-refund", KEY | {"amount": "4"}).json()["balances"] == [after(7, "69.00", "0.00")]
    post(api, "reserve", KEY | {"order_id": 16, "amount": "9"})
    assert post(api, "reserve-refund", KEY | {"order_id": 16}).json()["balances"] == [after(7, "69.00", "0.00")]


def test_a_movement_that_moved_nothing_changed_no_balance(api):
    post(api, "deposit", {"user_id": 7, "amount": "100"})
    post(api, "reserve", KEY | {"amount": "30"})
    again = post(api, "reserve", KEY | {"amount": "30"})
    assert (again.status_code, again.json()["balances"]) == (200, [])


def test_each_result_of_a_batch_has_the_balances_right_after_that_operation(api):
    operations = [
        {"op": "deposit", "user_id": 7, "amount": "50"},
        {"op": "transfer", "from_user_id": 7, "to_user_id": 8, "amount": "20"},
        {"op": "reserve", **KEY, "amount": "10"},
        {"op": "deposit", "user_id": 7, "amount": "1"},
    ]
    atomic = post(api, "batch", {"atomic": True, "operations": operations}).json()["results"]
    assert [result["balances"] for result in atomic] == [
        [after(7, "50.00", "0.00")],
        [after(7, "30.00", "0.00"), after(8, "20.00", "0.00")],
        [after(7, "20.00", "10.00")],
        [after(7, "21.00", "10.00")],
    ]
    one_by_one = [
        {"op": "withdraw", "user_id": 7, "amount": "1000"},
        {"op": "withdraw", "user_id": 8, "amount": "5"},
    ]
    results = post(api, "batch", {"atomic": False, "operations": one_by_one}).json()["results"]
    assert results[0]["status"] == 422
    assert "balances" not in results[0]["body"]
    assert results[1]["body"]["balances"] == [after(8, "15.00", "0.00")]


def test_a_replay_answers_the_balances_of_the_first_answer(api):
    post(api, "deposit", {"user_id": 7, "amount": "100"})
    first = post(api, "withdraw", {"user_id": 7, "amount": "1"}, HTTP_IDEMPOTENCY_KEY="w-1")
    post(api, "deposit", {"user_id": 7, "amount": "100"})
    again = post(api, "withdraw", {"user_id": 7, "amount": "1"}, HTTP_IDEMPOTENCY_KEY="w-1")
    assert again["Idempotent-Replayed"] == "true"
    assert again.json()["balances"] == first.json()["balances"] == [after(7, "99.00", "0.00")]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_answers_form_one_history(make_client):
    """Deposits of 1 and reserves of 10 race on one user. Each answer is a state of the user's
    balances; sorted, consecutive states differ by exactly one deposit or one reserve, and the
    last one is the final balance: no answer shows a stale available or reserved balance."""
    post(make_client(), "deposit", {"user_id": 7, "amount": "200"})
    calls = []
    for n in range(12):
        client = make_client()
        calls.append(lambda client=client: post(client, "deposit", {"user_id": 7, "amount": "1"}))
        body = KEY | {"order_id": 100 + n, "amount": "10"}
        calls.append(lambda client=client, body=body: post(client, "reserve", body))
    responses = run_concurrently(calls)
    assert [r.status_code for r in responses] == [201] * len(calls)
    states = sorted(state(r.json()["balances"][0]) for r in responses)
    steps = [(b[0] - a[0], b[1] - a[1]) for a, b in zip([(200, 0), *states], states, strict=False)]
    assert sorted(steps) == sorted([(1, 0)] * 12 + [(0, 10)] * 12), states
    assert states[-1] == state(make_client().get("/api/v1/information/account-balance/7").json()) == (212, 120)


def state(balances: dict) -> tuple[Decimal, Decimal]:
    """(available + reserved, reserved)."""
    return Decimal(balances["available"]) + Decimal(balances["reserved"]), Decimal(balances["reserved"])
