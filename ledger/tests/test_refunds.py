"""Payment refunds (API.md, payment-refund): all or part of a paid reservation goes back from the
company's revenue to the user's available balance, never more in total than was paid."""

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.db import IntegrityError, transaction

from ledger import services
from ledger.models import Account, Entry, Reservation, Transaction
from ledger.selectors import balance_get
from ledger.tests.concurrency import run_concurrently
from ledger.verify import ledger_verify
from reports.tests.helpers import clock_at, payment_make

pytestmark = pytest.mark.django_db

KEY = {"user_id": 7, "service_id": 3, "order_id": 15}


def post(api, op, body, **headers):
    return api.post(f"/api/v1/transactions/{op}", body, format="json", **headers)


def available(user_id: int) -> str:
    return str(balance_get(user_id=user_id).available)


def revenue() -> Decimal:
    return sum(Entry.objects.filter(account__kind=Account.Kind.REVENUE).values_list("amount", flat=True), Decimal(0))


@pytest.fixture
def paid(api):
    """User 7: 100 deposited, 30 reserved for order 15 of service 3 and 25 of it paid: 75 available."""
    post(api, "deposit", {"user_id": 7, "amount": "100"})
    post(api, "reserve", KEY | {"amount": "30", "service_name": "Premium listing"})
    assert post(api, "make-payment", KEY | {"amount": "25"}).status_code == 200
    return KEY


def test_a_refund_without_amount_gives_back_all_that_was_paid(api, paid, books_verified):
    response = post(api, "payment-refund", KEY)
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["status"], body["paid_amount"], body["refunded_amount"]) == ("refunded", "25.00", "25.00")
    assert available(7) == "100.00"
    assert revenue() == 0
    refund = Transaction.objects.get(type="refund")
    assert (refund.amount, refund.user_id, refund.service_id) == (Decimal("25.00"), 7, 3)


def test_partial_refunds_add_up_to_the_payment_and_no_further(api, paid, books_verified):
    first = post(api, "payment-refund", KEY | {"amount": "10", "comment": "damaged item"})
    assert first.status_code == 201
    assert (first.json()["status"], first.json()["refunded_amount"]) == ("paid", "10.00")
    over = post(api, "payment-refund", KEY | {"amount": "15.01"})
    assert over.status_code == 422
    assert over.json()["code"] == "amount_exceeds_refundable"
    assert over.json()["message"] == "The payment for order 15 has 15.00 left to refund, 15.01 requested."
    rest = post(api, "payment-refund", KEY)
    assert (rest.status_code, rest.json()["status"], rest.json()["refunded_amount"]) == (201, "refunded", "25.00")
    nothing_left = post(api, "payment-refund", KEY)
    assert (nothing_left.status_code, nothing_left.json()["code"]) == (422, "amount_exceeds_refundable")
    assert available(7) == "100.00"
    assert list(Transaction.objects.filter(type="refund").values_list("amount", flat=True)) == [
        Decimal("10.00"),
        Decimal("15.00"),
    ]


def test_only_a_paid_reservation_of_that_user_is_refunded(api, books_verified):
    post(api, "deposit", {"user_id": 7, "amount": "100"})
    assert post(api, "payment-refund", KEY).json()["code"] == "reservation_not_found"
    post(api, "reserve", KEY | {"amount": "30"})
    response = post(api, "payment-refund", KEY)
    assert (response.status_code, response.json()["code"]) == (409, "reservation_not_paid")
    post(api, "deposit", {"user_id": 8, "amount": "1"})
    assert post(api, "payment-refund", KEY | {"user_id": 8}).json()["code"] == "reservation_not_found"
    post(api, "reserve-refund", KEY)
    assert post(api, "payment-refund", KEY).json()["code"] == "reservation_not_paid"
    assert available(7) == "100.00"


@pytest.mark.parametrize("amount", ["0", "-1.00", "1.005", 0, "1e3", True, None])
def test_a_bad_amount_is_400(api, paid, amount):
    response = post(api, "payment-refund", KEY | {"amount": amount})
    assert (response.status_code, response.json()["code"]) == (400, "validation_error")
    assert "amount" in response.json()["errors"]
    assert available(7) == "75.00"


def test_the_history_line_names_the_order_and_keeps_the_comment(api, paid):
    post(api, "payment-refund", KEY | {"amount": "5", "comment": "late delivery"})
    line = api.get("/api/v1/information/account-transactions/7").json()["results"][0]
    assert (line["type"], line["account"], line["amount"], line["balance_after"]) == (
        "refund",
        "available",
        "5.00",
        "80.00",
    )
    assert line["comment"] == "Refund of the payment for order 15 (Premium listing): late delivery"
    assert (line["order_id"], line["service_id"]) == (15, 3)


def test_a_refund_in_a_batch_and_a_replay_moves_once(api, paid, books_verified):
    body = {"atomic": True, "operations": [{"op": "payment-refund", **KEY, "amount": "5"}]}
    first = post(api, "batch", body, HTTP_IDEMPOTENCY_KEY="r-1")
    assert first.status_code == 201, first.content
    assert first.json()["results"][0]["refunded_amount"] == "5.00"
    again = post(api, "batch", body, HTTP_IDEMPOTENCY_KEY="r-1")
    assert (again.status_code, again.json()) == (201, first.json())
    assert available(7) == "80.00"


def test_the_refund_scope_is_orders_write(make_client, paid):
    response = post(make_client(["funds:deposit"]), "payment-refund", KEY)
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert post(make_client(["orders:write"]), "payment-refund", KEY).status_code == 201


@pytest.mark.postgres
def test_the_database_refuses_refunding_more_than_was_paid(paid):
    reservation = Reservation.objects.get(order_id=15)
    for refunded, status in [
        ("25.01", "paid"),
        ("25.01", "refunded"),
        ("-1", "paid"),
        ("25", "paid"),
        ("1", "refunded"),
    ]:
        with pytest.raises(IntegrityError, match="reservation_refunded_amount_consistent"), transaction.atomic():
            Reservation.objects.filter(pk=reservation.pk).update(refunded_amount=Decimal(refunded), status=status)


def test_verify_finds_a_refunded_amount_without_its_refunds(paid):
    Reservation.objects.filter(order_id=15).update(refunded_amount=Decimal("1"))
    assert "refunded_amount 1.00 but its refunds sum to 0.00" in " ".join(ledger_verify())


def test_a_refund_lowers_the_revenue_of_its_own_month(db, books_verified):
    from reports.monthly import monthly_report_csv
    from reports.periods import period_parse

    moscow = ZoneInfo("Europe/Moscow")
    payment_make(at=datetime(2022, 10, 20, tzinfo=moscow), service_id=1, order_id=1, amount="40.00", service_name="A")
    payment_make(at=datetime(2022, 11, 2, tzinfo=moscow), service_id=1, order_id=2, amount="5.00")
    with clock_at(datetime(2022, 11, 10, tzinfo=moscow)):
        services.payment_refund_create(user_id=1, service_id=1, order_id=1, amount=Decimal("30.00"))

    def rows(period):
        return b"".join(monthly_report_csv(period=period_parse(text=period))).decode().splitlines()

    assert rows("2022-10") == ["service_name;revenue", "A;40.00"]
    assert rows("2022-11") == ["service_name;revenue", "A;-25.00"]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_refunds_never_give_back_more_than_was_paid(make_client):
    api = make_client()
    post(api, "deposit", {"user_id": 7, "amount": "100"})
    post(api, "reserve", KEY | {"amount": "30"})
    post(api, "make-payment", KEY | {"amount": "30"})
    clients = [make_client() for _ in range(8)]
    calls = [(lambda client=client: post(client, "payment-refund", KEY | {"amount": "7"})) for client in clients]
    codes = sorted(r.status_code for r in run_concurrently(calls))
    assert codes == [201] * 4 + [422] * 4
    reservation = Reservation.objects.get(order_id=15)
    assert (reservation.refunded_amount, reservation.status) == (Decimal("28.00"), "paid")
    assert available(7) == "98.00"
    assert ledger_verify() == []


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_refunds_racing_payments_of_other_orders_of_the_same_user(make_client):
    api = make_client()
    post(api, "deposit", {"user_id": 7, "amount": "100"})
    post(api, "reserve", KEY | {"amount": "40"})
    post(api, "make-payment", KEY | {"amount": "40"})
    for order_id in range(16, 24):
        post(api, "reserve", KEY | {"order_id": order_id, "amount": "5"})
    clients = [make_client() for _ in range(16)]
    calls = [(lambda c=clients[n]: post(c, "payment-refund", KEY | {"amount": "5"})) for n in range(8)]
    calls += [
        (lambda c=clients[8 + n], order_id=16 + n: post(c, "make-payment", KEY | {"order_id": order_id, "amount": "5"}))
        for n in range(8)
    ]
    assert sorted(r.status_code for r in run_concurrently(calls)) == [200] * 8 + [201] * 8
    assert Reservation.objects.get(order_id=15).status == "refunded"
    assert available(7) == "60.00"  # 100 - 40 paid + 40 refunded - 8 x 5 paid
    assert revenue() == Decimal("40.00")
    assert ledger_verify() == []
