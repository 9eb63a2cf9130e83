"""GET /api/v1/events: ascending, `next_after`, its scope and its bad input."""

from decimal import Decimal

import pytest

from accounts import scopes
from ledger.models import Event, Transaction
from ledger.serializers import TransactionOutputSerializer
from ledger.tests.factories import DepositFactory, PayFactory, ReserveFactory, TransferFactory

URL = "/api/v1/events"
# Committed for real: on PostgreSQL the feed hands out no event of a transaction still running,
# the test's own included.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def reader(make_client):
    return make_client([scopes.EVENTS_READ])


def _movements():
    DepositFactory(user_id=1, amount=Decimal("100"))
    TransferFactory(from_user_id=1, to_user_id=2, amount=Decimal("10"))
    ReserveFactory(user_id=1, service_id=3, order_id=4, amount=Decimal("30"))
    PayFactory(user_id=1, service_id=3, order_id=4, amount=Decimal("25"))


def test_the_feed_answers_every_event_in_id_order_and_where_to_go_on(reader):
    _movements()
    first = reader.get(URL, {"limit": 3}).json()
    assert [e["type"] for e in first["results"]] == [
        "transaction.deposit",
        "transaction.transfer",
        "transaction.reservation",
    ]
    assert first["next_after"] == first["results"][-1]["id"]
    rest = reader.get(URL, {"after": first["next_after"]}).json()
    assert [e["type"] for e in rest["results"]] == ["transaction.payment", "transaction.reservation_release"]
    ids = [e["id"] for e in first["results"] + rest["results"]]
    assert ids == sorted(ids) == sorted(Event.objects.values_list("id", flat=True))
    end = reader.get(URL, {"after": rest["next_after"]}).json()
    assert end == {"results": [], "next_after": rest["next_after"]}


def test_an_event_holds_the_transaction_as_the_movement_answered_it(reader, make_client):
    answer = make_client().post(
        "/api/v1/transactions/deposit", {"user_id": 5, "amount": "12.50", "comment": "hi"}, format="json"
    )
    (event,) = reader.get(URL).json()["results"]
    assert event["type"] == "transaction.deposit"
    assert event["data"] == answer.json()  # the transaction and the balances after it
    txn = Transaction.objects.get(pk=answer.json()["id"])
    assert {k: v for k, v in event["data"].items() if k != "balances"} == TransactionOutputSerializer(txn).data
    assert event["created_at"] == event["data"]["created_at"]


def test_the_feed_filters_by_type(reader):
    _movements()
    page = reader.get(URL, {"type": "transaction.payment"}).json()
    assert [e["type"] for e in page["results"]] == ["transaction.payment"]
    assert page["next_after"] == page["results"][0]["id"]


def test_the_feed_needs_its_scope(make_client, client):
    assert make_client([scopes.BALANCE_READ]).get(URL).status_code == 403
    assert client.get(URL).status_code == 401


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"type": "transaction.teleport"}, "type"),
        ({"type": "deposit"}, "type"),
        ({"after": "-1"}, "after"),
        ({"after": "abc"}, "after"),
        ({"after": "1.5"}, "after"),
        ({"after": str(2**63)}, "after"),
        ({"limit": "0"}, "limit"),
        ({"limit": "10000"}, "limit"),
        ({"limit": "ten"}, "limit"),
    ],
)
def test_bad_input_is_a_400_naming_the_parameter(reader, params, field):
    response = reader.get(URL, params)
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "validation_error"
    assert list(body["errors"]) == [field]
