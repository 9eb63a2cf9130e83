"""Every movement endpoint over HTTP: success paths, every error code of API.md, the error body."""

from decimal import Decimal

import pytest

from accounts import scopes
from ledger.models import Account, Reservation, Service, Transaction
from ledger.selectors import balance_get
from ledger.verify import ledger_verify

pytestmark = pytest.mark.django_db

BASE = "/api/v1/transactions"


def post(api, op, body, **headers):
    return api.post(f"{BASE}/{op}", body, format="json", **headers)


def assert_error(response, status, code):
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"code", "message", "errors"}
    assert body["code"] == code
    assert body["message"]
    return body


def balance(user_id):
    b = balance_get(user_id=user_id)
    return str(b.available), str(b.reserved)


@pytest.fixture
def funded(api):
    assert post(api, "deposit", {"user_id": 7, "amount": "100.00"}).status_code == 201
    return 7


def test_deposit_opens_accounts_and_returns_a_transaction(api):
    response = post(api, "deposit", {"user_id": 7, "amount": 100.5, "comment": "card top-up"})
    assert response.status_code == 201
    body = response.json()
    assert body["type"] == "deposit"
    assert body["amount"] == "100.50"
    assert body["comment"] == "card top-up"
    assert body["user_id"] == 7
    assert body["created_at"].endswith("Z") or "+" in body["created_at"]
    assert Account.objects.filter(user_id=7).count() == 2
    assert balance(7) == ("100.50", "0.00")


def test_paths_answer_with_and_without_trailing_slash(api):
    assert post(api, "deposit/", {"user_id": 7, "amount": "1"}).status_code == 201
    assert api.get("/api/v1/information/account-balance/7/").status_code == 200
    assert api.get("/api/v1/information/account-balance/7").status_code == 200


def test_withdraw(api, funded):
    response = post(api, "withdraw", {"user_id": 7, "amount": "30.25"})
    assert response.status_code == 201
    assert response.json()["type"] == "withdrawal"
    assert balance(7) == ("69.75", "0.00")


def test_withdraw_more_than_available_is_422_and_moves_nothing(api, funded):
    body = assert_error(post(api, "withdraw", {"user_id": 7, "amount": "100.01"}), 422, "insufficient_funds")
    assert body["message"] == "User 7 has 100.00 available, 100.01 requested."
    assert balance(7) == ("100.00", "0.00")
    assert Transaction.objects.count() == 1


def test_withdraw_from_unknown_user_is_404(api):
    assert_error(post(api, "withdraw", {"user_id": 99, "amount": "1"}), 404, "account_not_found")


def test_transfer_opens_receiver(api, funded):
    response = post(api, "transfer", {"from_user_id": 7, "to_user_id": 8, "amount": "40"})
    assert response.status_code == 201
    assert response.json() | {"id": None, "created_at": None} == {
        "id": None,
        "created_at": None,
        "type": "transfer",
        "amount": "40.00",
        "comment": "",
        "user_id": 7,
        "to_user_id": 8,
        "order_id": None,
        "service_id": None,
    }
    assert balance(7) == ("60.00", "0.00")
    assert balance(8) == ("40.00", "0.00")


def test_transfer_errors(api, funded):
    assert_error(post(api, "transfer", {"from_user_id": 7, "to_user_id": 7, "amount": "1"}), 400, "validation_error")
    assert_error(post(api, "transfer", {"from_user_id": 9, "to_user_id": 7, "amount": "1"}), 404, "account_not_found")
    assert_error(
        post(api, "transfer", {"from_user_id": 7, "to_user_id": 8, "amount": "101"}), 422, "insufficient_funds"
    )
    assert not Account.objects.filter(user_id__in=[8, 9]).exists()  # a refused transfer opens nothing
    assert balance(7) == ("100.00", "0.00")


def reserve_body(**overrides):
    return {
        "user_id": 7,
        "service_id": 3,
        "order_id": 15,
        "amount": "30.00",
        "service_name": "Premium listing",
    } | overrides


def test_reserve_then_same_again_is_200_and_moves_nothing(api, funded):
    first = post(api, "reserve", reserve_body())
    assert first.status_code == 201
    assert first.json() | {"created_at": None, "updated_at": None} == {
        "user_id": 7,
        "service_id": 3,
        "service_name": "Premium listing",
        "order_id": 15,
        "amount": "30.00",
        "paid_amount": "0.00",
        "status": "reserved",
        "created_at": None,
        "updated_at": None,
    }
    again = post(api, "reserve", reserve_body())
    assert again.status_code == 200
    assert again.json() == first.json()
    assert balance(7) == ("70.00", "30.00")


def test_reserve_registers_service_once_and_keeps_its_name(api, funded):
    assert post(api, "reserve", reserve_body(service_name=None) | {"service_id": 4}).status_code == 400  # null name
    body = reserve_body(service_id=4, order_id=1)
    del body["service_name"]
    assert post(api, "reserve", body).json()["service_name"] == "Service 4"
    Service.objects.filter(pk=4).update(name="Renamed by accounting")
    response = post(api, "reserve", reserve_body(service_id=4, order_id=2, amount="1"))
    assert response.json()["service_name"] == "Renamed by accounting"


def test_reserve_conflicts_and_errors(api, funded):
    post(api, "deposit", {"user_id": 8, "amount": "50"})
    assert post(api, "reserve", reserve_body()).status_code == 201
    assert_error(post(api, "reserve", reserve_body(amount="31")), 409, "order_conflict")
    assert_error(post(api, "reserve", reserve_body(user_id=8)), 409, "order_conflict")
    assert_error(post(api, "reserve", reserve_body(order_id=16, amount="70.01")), 422, "insufficient_funds")
    assert_error(post(api, "reserve", reserve_body(user_id=99, order_id=17)), 404, "account_not_found")
    assert balance(7) == ("70.00", "30.00")
    assert balance(8) == ("50.00", "0.00")


def test_full_payment(api, funded):
    post(api, "reserve", reserve_body())
    response = post(api, "make-payment", {"user_id": 7, "service_id": 3, "order_id": 15, "amount": "30"})
    assert response.status_code == 200
    assert response.json()["status"] == "paid"
    assert response.json()["paid_amount"] == "30.00"
    assert balance(7) == ("70.00", "0.00")
    again = post(api, "make-payment", {"user_id": 7, "service_id": 3, "order_id": 15, "amount": "30"})
    assert again.status_code == 200
    assert balance(7) == ("70.00", "0.00")
    assert Transaction.objects.filter(type="payment").count() == 1


def test_partial_payment_returns_the_rest(api, funded):
    post(api, "reserve", reserve_body())
    response = post(api, "make-payment", {"user_id": 7, "service_id": 3, "order_id": 15, "amount": "12.50"})
    assert response.json()["paid_amount"] == "12.50"
    assert balance(7) == ("87.50", "0.00")
    types = list(Transaction.objects.order_by("id").values_list("type", "amount"))
    assert types[-2:] == [("payment", Decimal("12.50")), ("reservation_release", Decimal("17.50"))]
    assert ledger_verify() == []


def test_payment_errors(api, funded):
    key = {"user_id": 7, "service_id": 3, "order_id": 15}
    assert_error(post(api, "make-payment", key | {"amount": "1"}), 404, "reservation_not_found")
    post(api, "reserve", reserve_body())
    assert_error(post(api, "make-payment", key | {"user_id": 8, "amount": "1"}), 404, "reservation_not_found")
    post(api, "deposit", {"user_id": 8, "amount": "5"})
    assert_error(post(api, "make-payment", key | {"user_id": 8, "amount": "1"}), 404, "reservation_not_found")
    assert_error(post(api, "make-payment", key | {"amount": "30.01"}), 422, "amount_exceeds_reservation")
    post(api, "make-payment", key | {"amount": "30"})
    assert_error(post(api, "make-payment", key | {"amount": "29"}), 409, "reservation_not_pending")
    assert_error(post(api, "reserve-refund", key), 409, "reservation_not_pending")
    assert balance(7) == ("70.00", "0.00")


def test_refund(api, funded):
    key = {"user_id": 7, "service_id": 3, "order_id": 15}
    post(api, "reserve", reserve_body())
    assert_error(post(api, "reserve-refund", key | {"amount": "10"}), 409, "order_conflict")
    response = post(api, "reserve-refund", key)
    assert response.status_code == 200
    assert response.json()["status"] == "cancelled"
    assert balance(7) == ("100.00", "0.00")
    again = post(api, "reserve-refund", key | {"amount": "30.00"})
    assert again.status_code == 200
    assert balance(7) == ("100.00", "0.00")
    assert_error(post(api, "make-payment", key | {"amount": "30"}), 409, "reservation_not_pending")
    assert Reservation.objects.get().status == "cancelled"
    assert ledger_verify() == []


@pytest.mark.parametrize(
    "amount",
    [
        0,
        -1,
        "0",
        "-1",
        "0.00",
        "1.001",
        1.001,
        "NaN",
        "Infinity",
        "1e3",
        "1E3",
        True,
        False,
        None,
        "",
        " 1",
        "1 ",
        "+1",
        "\u0661",
        [],
        {},
        "1000000000000.01",
        10**40,
        "9" * 40,
        "1" * 10000,
        "0x10",
    ],
)
def test_bad_amounts_are_400(api, amount):
    body = assert_error(post(api, "deposit", {"user_id": 7, "amount": amount}), 400, "validation_error")
    assert "amount" in body["errors"]
    assert not Account.objects.filter(user_id__isnull=False).exists()


@pytest.mark.parametrize(
    "raw",
    [
        '{"user_id": 7, "amount": NaN}',
        '{"user_id": 7, "amount": 1e3}',
        '{"user_id": 7, "amount": Infinity}',
        '{"user_id": 7, "amount": 1' + "0" * 5000 + "}",
    ],
)
def test_bad_json_numbers_are_400(api, raw):
    response = api.post(f"{BASE}/deposit", raw, content_type="application/json")
    assert_error(response, 400, "validation_error")


@pytest.mark.parametrize("amount", ["1000000000000.00", "0.01", 1, "1", "1.5", "1.50"])
def test_good_amounts(api, amount):
    assert post(api, "deposit", {"user_id": 7, "amount": amount}).status_code == 201


@pytest.mark.parametrize("user_id", [0, -1, "abc", 2**63, 1.5, None, True])
def test_bad_ids_are_400(api, user_id):
    body = assert_error(post(api, "deposit", {"user_id": user_id, "amount": "1"}), 400, "validation_error")
    assert "user_id" in body["errors"]


def test_missing_fields_and_malformed_json(api):
    body = assert_error(post(api, "reserve", {}), 400, "validation_error")
    assert {"user_id", "service_id", "order_id", "amount"} <= set(body["errors"])
    assert_error(api.post(f"{BASE}/deposit", "{not json", content_type="application/json"), 400, "validation_error")
    assert_error(api.post(f"{BASE}/deposit", "[1, 2]", content_type="application/json"), 400, "validation_error")
    assert_error(post(api, "deposit", {"user_id": 7, "amount": "1", "comment": "x" * 501}), 400, "validation_error")


def test_balance_endpoint(api, funded):
    post(api, "reserve", reserve_body())
    response = api.get("/api/v1/information/account-balance/7")
    assert response.json() == {"user_id": 7, "available": "70.00", "reserved": "30.00", "currency": "RUB"}
    assert_error(api.get("/api/v1/information/account-balance/8"), 404, "account_not_found")
    assert_error(api.get(f"/api/v1/information/account-balance/{2**63}"), 400, "validation_error")
    assert_error(api.get("/api/v1/information/account-balance/0"), 400, "validation_error")


def test_unknown_path_wrong_method_and_big_body(api, settings):
    assert_error(api.get("/api/v1/nope"), 404, "not_found")
    assert_error(api.get(f"{BASE}/deposit"), 405, "method_not_allowed")
    assert_error(api.post("/api/v1/information/account-balance/7", {}, format="json"), 405, "method_not_allowed")
    big = '{"user_id": 7, "amount": "' + "1" * (1024 * 1024) + '"}'
    assert_error(api.post(f"{BASE}/deposit", big, content_type="application/json"), 413, "payload_too_large")


def test_authentication_and_scopes(make_client, client):
    assert_error(
        client.post(f"{BASE}/deposit", {"user_id": 7, "amount": "1"}, content_type="application/json"),
        401,
        "not_authenticated",
    )
    response = client.get("/api/v1/information/account-balance/7", HTTP_AUTHORIZATION="Bearer bsk_nope_nope")
    assert_error(response, 401, "not_authenticated")
    assert response["WWW-Authenticate"].startswith("Bearer")
    reader = make_client([scopes.BALANCE_READ])
    assert_error(post(reader, "deposit", {"user_id": 7, "amount": "1"}), 403, "permission_denied")
    assert_error(reader.get("/api/v1/information/account-balance/7"), 404, "account_not_found")


def test_revoked_key_is_401(make_client):
    from accounts.services import api_client_revoke

    api = make_client()
    assert post(api, "deposit", {"user_id": 7, "amount": "1"}).status_code == 201
    api_client_revoke(client=api.api_client)
    assert_error(post(api, "deposit", {"user_id": 7, "amount": "1"}), 401, "not_authenticated")
