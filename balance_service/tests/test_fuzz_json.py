"""Random JSON and random query strings at every endpoint of the API (with a key holding every
scope, and with none) and at the back office's list filters (as an accountant): deep nesting,
huge and exponent numbers, odd unicode, NUL bytes, lone surrogates, duplicate keys, wrong types.

No answer may be a 5xx, and every error under /api/ must have the error body. The schemathesis
test (test_fuzz.py) sends what the schema describes; this one sends what an attacker would."""

import json
from decimal import Decimal
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger import services
from ledger.operations import OPERATIONS

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)

MOVEMENTS = [*OPERATIONS, "batch"]
FIELDS = ["user_id", "from_user_id", "to_user_id", "service_id", "order_id", "amount", "comment", "service_name"]


def q(text: str) -> str:
    """Percent-encoded for a URL; a lone surrogate becomes bytes that are not UTF-8."""
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


class Raw(str):
    """JSON text written as it is (a number literal, a nested blob)."""


# Leaves: every JSON type, with the odd ones weighted in.
number_literals = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.from_regex(r"-?(0|[1-9][0-9]{0,25})(\.[0-9]{1,6})?([eE][-+]?[0-9]{1,4})?", fullmatch=True),
    st.sampled_from(["1e400", "-0", "0.0", "1.5", "10e-1", "1e-2", "7.0", "9223372036854775808", "1" * 5000]),
).map(Raw)
odd_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),  # lone surrogates: "\\udXXX" in JSON
        st.sampled_from(["\x00", "\n", " ", "\u0667", "\u200b", "\ufeff", "1", "."]),
    ),
    max_size=30,
)
digit_strings = st.from_regex(r"[ +\-]?[0-9\u0660-\u0669]{1,25}(\.0*)?\s?", fullmatch=True)
deep = (
    st.integers(min_value=1, max_value=3000)
    .flatmap(lambda depth: st.sampled_from(["[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth]))
    .map(Raw)
)
leaves = st.one_of(st.none(), st.booleans(), number_literals, odd_text, digit_strings, deep)


def objects(values):
    """Objects as lists of pairs, so that a key may come twice."""
    keys = st.one_of(st.sampled_from([*FIELDS, "op", "atomic", "operations"]), odd_text)
    return st.lists(st.tuples(keys, values), max_size=8).map(lambda pairs: ("object", pairs))


json_values = st.recursive(leaves, lambda children: st.lists(children, max_size=5) | objects(children), max_leaves=25)


def to_json(value) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, tuple):
        return "{" + ",".join(f"{json.dumps(key)}:{to_json(item)}" for key, item in value[1]) + "}"
    if isinstance(value, list):
        return "[" + ",".join(to_json(item) for item in value) + "]"
    return json.dumps(value)


# Bodies close to what an endpoint takes: its fields, with values of any type.
near_valid_operation = st.fixed_dictionaries(
    {"op": st.one_of(st.sampled_from(list(OPERATIONS)), json_values)},
    optional={field: st.one_of(json_values, st.integers(1, 5).map(str).map(Raw)) for field in FIELDS},
).map(lambda fields: ("object", list(fields.items())))
near_valid_batch = st.fixed_dictionaries(
    {"atomic": st.one_of(st.booleans(), json_values), "operations": st.lists(near_valid_operation, max_size=4)}
).map(lambda fields: ("object", list(fields.items())))
bodies = st.one_of(
    json_values.map(to_json),
    near_valid_operation.map(to_json),
    near_valid_batch.map(to_json),
    st.binary(max_size=40).map(lambda data: data.decode("latin-1")),  # not JSON, not even UTF-8 once encoded
)

times = st.from_regex(
    r"[0-9]{4}-[01][0-9]-[0-3][0-9][T ][0-2][0-9]:[0-5][0-9](:[0-5][0-9])?([+-][0-2][0-9]:?[0-5][0-9]|Z)?",
    fullmatch=True,
)
with_nul = odd_text.map(lambda text: f"{text}\x00{text}")
query_values = st.one_of(with_nul, times, odd_text, digit_strings, number_literals)


def query_strings(names: list[str]):
    """Up to four `name=value` pairs, most names known to the page, values of every kind."""
    names_ = st.sampled_from(names) if names else odd_text
    pairs = st.lists(st.tuples(st.one_of(names_, names_, odd_text), query_values), max_size=4)
    return pairs.map(lambda pairs: "&".join(f"{q(name)}={q(value)}" for name, value in pairs))


HISTORY = ["limit", "cursor", "ordering", "type", "account", "created_after", "created_before"]
REPORT = ["period", "year", "month"]
READS = st.one_of(
    st.tuples(
        st.from_regex(r"/api/v1/information/account-transactions/(7|[0-9]{1,20})/?", fullmatch=True), st.just(HISTORY)
    ),
    st.tuples(st.from_regex(r"/api/v1/information/account-balance/(7|[0-9]{1,20})/?", fullmatch=True), st.just([])),
    st.tuples(st.just("/api/v1/reports/consolidated/monthly"), st.just(REPORT)),
    st.tuples(
        st.from_regex(r"[^/?#%]{1,12}", fullmatch=True).map(
            lambda p: f"/api/v1/reports/consolidated/monthly/{q(p)}.csv"
        ),
        st.just(["signature"]),
    ),
    st.tuples(st.sampled_from(["/api/schema/", "/api/docs/", "/api/v1/nowhere"]), st.just(["format", "lang"])),
).flatmap(lambda read: st.tuples(st.just(read[0]), query_strings(read[1])))


def assert_answer(response, path: str) -> None:
    assert response.status_code < 500, (path, response.status_code, response.content[:500])
    if response.status_code >= 400:
        assert response["Content-Type"] == "application/json", (path, response.status_code, response["Content-Type"])
        body = json.loads(response.content)
        assert {"code", "message", "errors"} <= set(body), body
        assert isinstance(body["code"], str)
        assert isinstance(body["message"], str)
        assert isinstance(body["errors"], dict)
        assert all(isinstance(messages, list) for messages in body["errors"].values()), body


@pytest.fixture
def books(db):
    """User 7 has money, a reservation and a history, so reads reach the database."""
    services.deposit_create(user_id=7, amount=Decimal("100"))
    services.reservation_create(user_id=7, service_id=3, order_id=15, amount=Decimal("30"), service_name="Listing")


@pytest.fixture(params=["every scope", "no key"])
def caller(request, make_client, books) -> Client:
    client = Client(raise_request_exception=False)
    if request.param == "every scope":
        client.defaults["HTTP_AUTHORIZATION"] = make_client()._credentials["HTTP_AUTHORIZATION"]
    return client


@FUZZ
@given(op=st.sampled_from(MOVEMENTS), body=bodies, keyed=st.booleans())
def test_random_json_at_every_movement_and_the_batch(caller, op, body, keyed):
    path = f"/api/v1/transactions/{op}"
    headers = {"HTTP_IDEMPOTENCY_KEY": "fuzz"} if keyed else {}
    response = caller.post(path, data=body.encode("utf-8", "surrogatepass"), content_type="application/json", **headers)
    assert_answer(response, path)


@FUZZ
@given(read=READS)
def test_random_queries_at_every_read(caller, read):
    path, query = read
    response = caller.get(f"{path}?{query}")
    assert_answer(response, path)


COMMON = ["q", "o", "p", "e", "all", "_to_field"]
DATES = ["created_at__gte", "created_at__lt", "created_at__year", "created_at__month", "created_at__day"]
ADMIN_PARAMS = {
    "account": [*COMMON, "user_id", "kind"],
    "transaction": [*COMMON, *DATES, "type__exact", "id", "amount", "user_id"],
    "entry": [*COMMON, "account__kind__exact", "user_id", "transaction"],
    "reservation": [*COMMON, *DATES, "status__exact", "service__id__exact", "order_id", "user_id"],
    "service": [*COMMON, "name", "id"],
}


@pytest.fixture
def as_accountant(accountant, books) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(accountant)
    return client


@pytest.mark.parametrize("model", sorted(ADMIN_PARAMS))
@settings(FUZZ, max_examples=20)
@given(data=st.data())
def test_random_filters_at_the_back_office_lists(as_accountant, model, data):
    client = as_accountant
    query = data.draw(query_strings(ADMIN_PARAMS[model]).filter(bool), label="query")
    response = client.get(f"/admin/ledger/{model}/?{query}")
    assert response.status_code < 500, (query, response.status_code)
    if response.status_code == 302:
        assert client.get(response["Location"]).status_code < 500, (query, response["Location"])
