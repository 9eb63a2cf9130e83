"""The outbox: every transaction the books commit has exactly one event, written with it; a refused
or rolled-back movement leaves none (docs/events.md)."""

from decimal import Decimal

import pytest
from django.db import connection, transaction

from ledger import services
from ledger.models import Event, Transaction
from ledger.serializers import TransactionOutputSerializer
from ledger.services import Deposit, MovementRefused, Pay, Reserve, Transfer, Withdrawal
from ledger.sql import EVENT_IDS_PER_XACT
from ledger.tests.factories import DepositFactory, PayFactory, ReserveFactory, TransferFactory


def _one_event_per_transaction() -> list[Event]:
    events = list(Event.objects.select_related("transaction__reservation").order_by("id"))
    assert sorted(e.transaction_id for e in events) == sorted(Transaction.objects.values_list("id", flat=True))
    return events


def test_each_transaction_has_one_event_holding_it_as_the_api_renders_it():
    DepositFactory(user_id=1, amount=Decimal("100"), comment="in")
    TransferFactory(from_user_id=1, to_user_id=2, amount=Decimal("0.10"))
    ReserveFactory(user_id=1, service_id=3, order_id=4, amount=Decimal("20.5"))
    PayFactory(user_id=1, service_id=3, order_id=4, amount=Decimal("15"))  # a payment and a release
    events = _one_event_per_transaction()
    assert [e.type for e in events] == [
        "transaction.deposit",
        "transaction.transfer",
        "transaction.reservation",
        "transaction.payment",
        "transaction.reservation_release",
    ]
    for event in events:
        assert {k: v for k, v in event.data.items() if k != "balances"} == TransactionOutputSerializer(
            event.transaction
        ).data
        assert event.created_at == event.transaction.created_at
    # Each event carries the balances of the users its transaction changed, right after it.
    assert [e.data["balances"] for e in events] == [
        [{"user_id": 1, "available": "100.00", "reserved": "0.00"}],
        [
            {"user_id": 1, "available": "99.90", "reserved": "0.00"},
            {"user_id": 2, "available": "0.10", "reserved": "0.00"},
        ],
        [{"user_id": 1, "available": "79.40", "reserved": "20.50"}],
        [{"user_id": 1, "available": "79.40", "reserved": "5.50"}],  # the payment, before the release
        [{"user_id": 1, "available": "84.90", "reserved": "0.00"}],
    ]


def test_a_refused_movement_leaves_no_event():
    DepositFactory(user_id=1, amount=Decimal("5"))
    with pytest.raises(Exception, match="available"), transaction.atomic():  # the refusal dooms its transaction
        services.withdrawal_create(user_id=1, amount=Decimal("6"))
    with pytest.raises(MovementRefused), transaction.atomic():
        services.movements_post(
            movements=[Deposit(user_id=1, amount=Decimal("1")), Withdrawal(user_id=1, amount=Decimal("100"))]
        )
    assert [e.type for e in _one_event_per_transaction()] == ["transaction.deposit"]


def test_a_rolled_back_movement_leaves_no_event():
    DepositFactory(user_id=1, amount=Decimal("5"))

    def deposit_then_fail():
        with transaction.atomic():
            services.deposit_create(user_id=1, amount=Decimal("7"))
            assert Event.objects.count() == 2  # written with it...
            raise RuntimeError("the caller fails after the movement")

    with pytest.raises(RuntimeError):
        deposit_then_fail()
    assert len(_one_event_per_transaction()) == 1  # ...and gone with it


def test_a_batch_one_by_one_has_events_for_what_it_posted_only():
    results = services.movements_post(
        movements=[
            Deposit(user_id=1, amount=Decimal("10")),
            Withdrawal(user_id=1, amount=Decimal("50")),  # refused
            Transfer(from_user_id=1, to_user_id=2, amount=Decimal("4")),
            Reserve(user_id=2, service_id=1, order_id=1, amount=Decimal("4")),
            Pay(user_id=2, service_id=1, order_id=1, amount=Decimal("4")),
        ],
        atomic=False,
    )
    assert [type(r).__name__ for r in results] == ["Posted", "InsufficientFunds", "Posted", "Posted", "Posted"]
    events = _one_event_per_transaction()
    assert [e.type for e in events] == [
        "transaction.deposit",
        "transaction.transfer",
        "transaction.reservation",
        "transaction.payment",
    ]
    assert [e.data["id"] for e in events] == sorted(e.transaction_id for e in events)


@pytest.mark.postgres
def test_event_ids_begin_with_the_writers_xid_and_count_on_across_its_statements():
    """Several write statements in one database transaction (a batch one by one: a savepoint each,
    one rolled back) number their events on from the last, under the transaction's xid."""
    with transaction.atomic():
        services.movements_post(
            movements=[Deposit(user_id=1, amount=Decimal("10")), Withdrawal(user_id=1, amount=Decimal("50"))],
            atomic=False,
        )
        services.movements_post(
            movements=[Deposit(user_id=2, amount=Decimal("1")), Deposit(user_id=3, amount=Decimal("1"))]
        )
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_current_xact_id()::text::bigint")
            (xid,) = cursor.fetchone()
    ids = list(Event.objects.order_by("id").values_list("id", flat=True))
    base = xid * EVENT_IDS_PER_XACT
    assert ids == [base, base + 1, base + 2]
