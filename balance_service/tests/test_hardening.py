"""The holes an outside attack found, each closed and kept closed: forged client addresses,
inputs that gave a 500, errors outside the error body, and parsing laxer than the contract."""

import io
import json
from decimal import Decimal

import pytest

from accounts.throttling import AdminLoginThrottle, AnonymousRateThrottle
from balance_service.parsers import MAX_DEPTH, DecimalJSONParser, canonical_json, json_loads
from ledger import services
from ledger.models import MAX_BALANCE, Account, Reservation, Transaction
from ledger.selectors import balance_get
from ledger.verify import ledger_verify

pytestmark = pytest.mark.django_db

BASE = "/api/v1/transactions"
MOVEMENTS = ["deposit", "withdraw", "transfer", "reserve", "make-payment", "reserve-refund", "batch"]


def raw(api, path, text: str, **headers):
    """POST `text` as it is (the test client would re-encode a Python value)."""
    return api.post(path, data=text.encode(), content_type="application/json", **headers)


def assert_error(response, status, code="validation_error"):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == {"code", "message", "errors", "request_id"}, body
    assert body["code"] == code, body
    return body


# Client addresses: the socket's, unless the operator declares proxies.


@pytest.fixture
def one_worker(settings):
    settings.WEB_WORKERS = 1


def test_forged_forwarded_for_does_not_bypass_the_admin_login_throttle(client, superuser, monkeypatch, one_worker):
    monkeypatch.setattr(AdminLoginThrottle, "rate", "20/hour", raising=False)
    form = {"username": superuser.username, "password": "wrong", "next": "/admin/"}
    answers = [
        client.post("/admin/login/", form, REMOTE_ADDR="10.17.0.1", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code
        for n in range(30)
    ]
    assert answers == [200] * 20 + [429] * 10
    right = {**form, "password": "correct-horse-battery-42"}
    forged = {"REMOTE_ADDR": "10.17.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.1"}
    assert client.post("/admin/login/", right, **forged).status_code == 429
    assert client.post("/admin/login/", right, REMOTE_ADDR="10.17.0.2").status_code == 302  # another address logs in


def test_forged_forwarded_for_does_not_bypass_the_anonymous_throttle(client, monkeypatch, one_worker):
    monkeypatch.setattr(AnonymousRateThrottle, "rate", "3/min", raising=False)
    paths = ["/api/schema/", "/api/schema/", "/api/docs/", "/api/schema/", "/api/docs/"]
    answers = [
        client.get(path, REMOTE_ADDR="10.17.0.3", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}") for n, path in enumerate(paths)
    ]
    assert [a.status_code for a in answers] == [200, 200, 200, 429, 429]
    assert_error(answers[-2], 429, "throttled")  # JSON, not the schema's YAML
    assert_error(answers[-1], 429, "throttled")  # JSON, not the docs' HTML


def test_declared_proxies_make_the_forwarded_address_the_clients(client, monkeypatch, settings, one_worker):
    """With NUM_PROXIES=1 the address the one proxy appended is the client's; what the client
    itself wrote before it still counts for nothing."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    monkeypatch.setattr(AnonymousRateThrottle, "rate", "2/min", raising=False)

    def schema(forwarded):
        return client.get("/api/schema/", REMOTE_ADDR="10.17.0.4", HTTP_X_FORWARDED_FOR=forwarded).status_code

    assert [schema(f"198.51.100.{n}, 192.0.2.9") for n in range(3)] == [200, 200, 429]
    assert schema("192.0.2.10") == 200  # another client behind the same proxy


# Inputs that answered 500.


@pytest.mark.parametrize("op", MOVEMENTS)
@pytest.mark.parametrize("depth", [50, 2000, 100_000])
def test_deeply_nested_json_is_a_400(api, op, depth):
    nested = "[" * depth + "]" * depth
    assert_error(raw(api, f"{BASE}/{op}", nested), 400)
    assert_error(raw(api, f"{BASE}/{op}", f'{{"user_id": 1, "amount": "1", "comment": {nested}}}'), 400)
    assert_error(raw(api, f"{BASE}/{op}", nested, HTTP_IDEMPOTENCY_KEY="deep"), 400)
    assert Transaction.objects.count() == 0


@pytest.mark.parametrize("offset", ["+16:00", "-16:00", "+23:59", "-18:30"])
def test_history_times_with_offsets_the_database_cannot_store_are_a_400(api, offset):
    services.deposit_create(user_id=7, amount=Decimal("1"))
    url = "/api/v1/information/account-transactions/7"
    for name in ("created_after", "created_before"):
        body = assert_error(api.get(url, {name: f"2022-01-01T00:00:00{offset}"}), 400)
        assert name in body["errors"]
    assert api.get(url, {"created_after": "2022-01-01T00:00:00+15:59"}).status_code == 200


@pytest.fixture
def as_accountant(client, accountant):
    client.force_login(accountant)
    services.deposit_create(user_id=7, amount=Decimal("100"))
    services.reservation_create(user_id=7, service_id=3, order_id=15, amount=Decimal("30"), service_name="Listing")
    return client


@pytest.mark.parametrize(
    "url",
    [
        "/admin/ledger/reservation/?order_id=99999999999999999999",
        "/admin/ledger/reservation/?q=99999999999999999999",
        "/admin/ledger/transaction/?q=99999999999999999999",
        "/admin/ledger/account/?q=-99999999999999999999",
        "/admin/ledger/transaction/?type__exact=dep%00osit",
        "/admin/ledger/reservation/?status__exact=%00",
        "/admin/ledger/reservation/?q=%00",
        "/admin/ledger/service/?q=a%00b",
        "/admin/ledger/entry/?account__kind__exact=avail%00able",
        "/admin/ledger/transaction/?created_at__gte=2022-01-01T00:00:00%2B16:00",
        "/admin/ledger/reservation/?created_at__lt=2022-01-01+00:00:00-18:00",
        "/admin/ledger/reservation/?created_at__year=3000000000",
        "/admin/ledger/reservation/?created_at__year=" + "1" * 5000,
        "/admin/ledger/transaction/?created_at__year=2022&created_at__month=13",
        "/admin/ledger/transaction/?created_at__year=2022&created_at__month=1&created_at__day=0",
    ],
)
def test_admin_lists_answer_bad_filters_without_a_500(as_accountant, url):
    response = as_accountant.get(url, follow=True)
    assert response.status_code == 200
    refused = [str(m) for m in response.context["messages"] if "cannot search for" in str(m)]
    assert refused or response.context["cl"].result_count == 0


def test_the_admin_history_page_refuses_offsets_the_database_cannot_store(as_accountant):
    response = as_accountant.get("/admin/ledger/account/7/history/", {"created_after": "2022-01-01T00:00:00+16:00"})
    assert response.status_code == 200
    assert any("not valid" in str(m) for m in response.context["messages"])


# A balance past the column's maximum.


def _near_the_limit(user_id: int) -> None:
    Account.objects.filter(user_id=user_id, kind="available").update(balance=MAX_BALANCE - Decimal("10"))


@pytest.mark.parametrize(
    ("op", "body"),
    [
        ("deposit", {"user_id": 7, "amount": "10.01"}),
        ("transfer", {"from_user_id": 8, "to_user_id": 7, "amount": "10.01"}),
        ("batch", {"atomic": True, "operations": [{"op": "deposit", "user_id": 7, "amount": "10.01"}]}),
        ("batch", {"atomic": False, "operations": [{"op": "deposit", "user_id": 7, "amount": "10.01"}]}),
    ],
)
def test_a_balance_past_the_columns_maximum_is_a_422(api, op, body):
    services.deposit_create(user_id=7, amount=Decimal("1"))
    services.deposit_create(user_id=8, amount=Decimal("100"))
    _near_the_limit(7)
    before = Transaction.objects.count()
    response = api.post(f"{BASE}/{op}", body, format="json")
    if body.get("atomic") is False:
        assert response.status_code == 200
        assert response.json()["results"][0]["status"] == 422
        assert response.json()["results"][0]["body"]["code"] == "balance_limit_exceeded"
    else:
        assert_error(response, 422, "balance_limit_exceeded")
    assert Transaction.objects.count() == before
    assert balance_get(user_id=7).available == MAX_BALANCE - Decimal("10")
    assert balance_get(user_id=8).available == Decimal("100")
    # Exactly up to the maximum is allowed, and the deposit after it still answers.
    assert api.post(f"{BASE}/deposit", {"user_id": 7, "amount": "10"}, format="json").status_code == 201
    assert_error(
        api.post(f"{BASE}/deposit", {"user_id": 7, "amount": "0.01"}, format="json"), 422, "balance_limit_exceeded"
    )
    assert_error(
        api.post(f"{BASE}/deposit", {"user_id": 7, "amount": "0.01"}, format="json", HTTP_IDEMPOTENCY_KEY="k"),
        422,
        "balance_limit_exceeded",
    )


def test_a_refund_past_the_columns_maximum_is_a_422(api):
    services.deposit_create(user_id=7, amount=Decimal("100"))
    services.reservation_create(user_id=7, service_id=3, order_id=15, amount=Decimal("30"))
    _near_the_limit(7)
    body = {"user_id": 7, "service_id": 3, "order_id": 15}
    assert_error(api.post(f"{BASE}/reserve-refund", body, format="json"), 422, "balance_limit_exceeded")
    assert Reservation.objects.get().status == Reservation.Status.RESERVED
    assert balance_get(user_id=7).reserved == Decimal("30")
    # The books checker still reads such a balance (the test forced it, so it is reported).
    assert "user 7 available: balance 999999999999999989.99 but entries sum to 70.00" in ledger_verify()


# Every error under /api/ has the error body.


def test_a_foreign_host_gets_the_error_body_under_the_api(api, client):
    body = assert_error(api.get("/api/v1/information/account-balance/1", HTTP_HOST="evil.example"), 400)
    assert "evil.example" not in body["message"]
    assert_error(client.post(f"{BASE}/deposit", {}, HTTP_HOST="evil.example"), 400)
    assert client.get("/admin/login/", HTTP_HOST="evil.example").status_code == 400  # Django's own page there


# Strict parsing.


@pytest.mark.parametrize(
    "value", ['" 7 "', '"7.000"', "7.0", '"\u0667"', '"7\\n"', '"+7"', '""', "true", '"0x7"', "7e0", '"-7"']
)
def test_ids_are_json_integers_or_ascii_digit_strings_only(api, value):
    body = assert_error(raw(api, f"{BASE}/deposit", f'{{"user_id": {value}, "amount": "1"}}'), 400)
    assert "user_id" in body["errors"]
    assert Transaction.objects.count() == 0


@pytest.mark.parametrize("value", ["7", '"7"'])
def test_ids_as_integers_or_digit_strings_are_accepted(api, value):
    assert raw(api, f"{BASE}/deposit", f'{{"user_id": {value}, "amount": "1"}}').status_code == 201


@pytest.mark.parametrize("value", ['"yes"', "1", '"on"', '"0"', '"true"', "0", "null"])
def test_atomic_is_a_json_boolean_only(api, value):
    text = f'{{"atomic": {value}, "operations": [{{"op": "deposit", "user_id": 7, "amount": "1"}}]}}'
    body = assert_error(raw(api, f"{BASE}/batch", text), 400)
    assert "atomic" in body["errors"]
    assert Transaction.objects.count() == 0


@pytest.mark.parametrize("value", ['"5\\n"', "10e-1", "1e-2", "1E2", "0.5e1", '"5 "', '" 5"', '"\u0665"', "1.000"])
def test_amounts_match_the_contracts_decimal_form_exactly(api, value):
    body = assert_error(raw(api, f"{BASE}/deposit", f'{{"user_id": 7, "amount": {value}}}'), 400)
    assert "amount" in body["errors"]
    assert Transaction.objects.count() == 0


@pytest.mark.parametrize(("value", "amount"), [("1.5", "1.50"), ('"1.5"', "1.50"), ("2", "2.00"), ("0.01", "0.01")])
def test_plain_amounts_are_accepted(api, value, amount):
    response = raw(api, f"{BASE}/deposit", f'{{"user_id": 7, "amount": {value}}}')
    assert response.status_code == 201
    assert response.json()["amount"] == amount


def test_duplicate_keys_are_a_400(api):
    assert_error(raw(api, f"{BASE}/deposit", '{"user_id": 7, "amount": "1", "amount": "1000"}'), 400)
    assert Transaction.objects.count() == 0


def test_a_string_and_a_number_are_different_bodies_for_idempotency(api):
    first = raw(api, f"{BASE}/deposit", '{"user_id": 7, "amount": "1.5"}', HTTP_IDEMPOTENCY_KEY="k-1")
    assert first.status_code == 201
    assert_error(
        raw(api, f"{BASE}/deposit", '{"user_id": 7, "amount": 1.5}', HTTP_IDEMPOTENCY_KEY="k-1"),
        422,
        "idempotency_key_reused",
    )
    again = raw(api, f"{BASE}/deposit", '{"amount": "1.5", "user_id": 7}', HTTP_IDEMPOTENCY_KEY="k-1")
    assert again["Idempotent-Replayed"] == "true"  # the key order does not matter
    assert Transaction.objects.count() == 1


@pytest.mark.parametrize(
    "query",
    [
        {"period": "2022-11\n"},
        {"period": " 2022-11"},
        {"period": "\u0662\u0660\u0662\u0662-11"},
        {"year": "\u0662\u0660\u0662\u0662", "month": "11"},
        {"year": "2022", "month": " 11"},
        {"year": "2022", "month": "11\n"},
        {"year": "2022.0", "month": "11"},
    ],
)
def test_report_periods_are_strict_ascii(api, query):
    assert_error(api.get("/api/v1/reports/consolidated/monthly", query), 400)


@pytest.mark.parametrize("limit", ["5\n", " 5", "\u0665", "5.0"])
def test_history_limit_is_strict_ascii(api, limit):
    services.deposit_create(user_id=7, amount=Decimal("1"))
    body = assert_error(api.get("/api/v1/information/account-transactions/7", {"limit": limit}), 400)
    assert "limit" in body["errors"]


def test_json_numbers_keep_their_literal():
    data = DecimalJSONParser().parse(io.BytesIO(b'{"a": 10e-1, "b": 1.50}'))
    assert (data["a"].literal, data["b"].literal) == ("10e-1", "1.50")
    assert data["a"] == Decimal("1")


def test_the_fingerprint_of_a_body_without_fractions_is_the_json_of_before():
    """Idempotency records stored before numbers kept their literal still match their retries."""
    text = '{"operations": [{"op": "deposit", "user_id": 7, "amount": "1.50", "comment": "\u00e9\\u0000"}],'
    text += ' "atomic": true, "x": null, "y": false, "z": -3}'
    data = json_loads(text)
    assert canonical_json(data) == json.dumps(data, sort_keys=True, default=str, separators=(",", ":"))
    assert canonical_json(json_loads('{"a": 1.50, "b": "1.50", "c": 10e-1}')) == '{"a":1.50,"b":"1.50","c":10e-1}'


def test_the_parser_refuses_nesting_past_its_limit_and_duplicate_keys():
    assert json_loads("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None
    with pytest.raises(ValueError, match="nested deeper"):
        json_loads("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    with pytest.raises(ValueError, match="nested deeper"):
        json_loads('{"a":' * (MAX_DEPTH + 1) + "1" + "}" * (MAX_DEPTH + 1))
    wide = "[" + ",".join(["[[1]]"] * 100) + "]"  # many openers, three levels
    assert len(json_loads(wide)) == 100
    with pytest.raises(ValueError, match="duplicate key 'b'"):
        json_loads('{"a": {"b": 1, "c": 2, "b": 3}}')
