"""`movements_post`, the one road: many movements in one transaction, all or none or each alone."""

from decimal import Decimal

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from balance_service.errors import AccountNotFound, DomainError, InsufficientFunds
from ledger import services
from ledger.models import Account, Transaction
from ledger.selectors import balance_get
from ledger.services import Deposit, Pay, Reserve, Transfer, Withdrawal
from ledger.tests.factories import DepositFactory


def post(movements, atomic=True):
    with transaction.atomic():
        return services.movements_post(movements=movements, atomic=atomic)


def refusal(movements) -> services.MovementRefused:
    with pytest.raises(services.MovementRefused) as caught, transaction.atomic():
        services.movements_post(movements=movements)
    return caught.value


def test_an_atomic_batch_posts_every_movement_in_order(db):
    posted = post(
        [Deposit(user_id=1, amount=Decimal("10.00")), Transfer(from_user_id=1, to_user_id=2, amount=Decimal("4.00"))]
    )
    assert [p.record.type for p in posted] == ["deposit", "transfer"]
    assert all(p.record.pk for p in posted)
    assert balance_get(user_id=2).available == Decimal("4.00")
    assert len({p.record.created_at for p in posted}) == 1  # one moment for the whole batch


def test_each_movement_sees_the_balances_the_earlier_ones_leave(db):
    DepositFactory(user_id=1, amount=Decimal("100.00"))
    error = refusal([Withdrawal(user_id=1, amount=Decimal("60.00")), Withdrawal(user_id=1, amount=Decimal("60.00"))])
    assert (error.index, type(error.error)) == (1, InsufficientFunds)
    assert balance_get(user_id=1).available == Decimal("100.00")
    assert Transaction.objects.filter(type="withdrawal").count() == 0


def test_an_account_is_seen_only_once_it_exists_or_an_earlier_movement_opened_it(db):
    error = refusal([Withdrawal(user_id=9, amount=Decimal("1.00")), Deposit(user_id=9, amount=Decimal("5.00"))])
    assert (error.index, type(error.error)) == (0, AccountNotFound)
    assert not Account.objects.filter(user_id=9).exists()
    post([Deposit(user_id=9, amount=Decimal("5.00")), Withdrawal(user_id=9, amount=Decimal("1.00"))])
    assert balance_get(user_id=9).available == Decimal("4.00")


def test_reservations_and_movements_mix_in_one_atomic_batch(db):
    posted = post(
        [
            Deposit(user_id=7, amount=Decimal("50.00")),
            Reserve(user_id=7, service_id=3, order_id=15, amount=Decimal("30.00")),
            Pay(user_id=7, service_id=3, order_id=15, amount=Decimal("20.00")),
            Transfer(from_user_id=7, to_user_id=8, amount=Decimal("30.00")),
        ]
    )
    assert [p.moved for p in posted] == [True] * 4
    assert posted[2].record.status == "paid"
    assert (balance_get(user_id=7).available, balance_get(user_id=7).reserved) == (Decimal("0.00"), Decimal("0.00"))


@pytest.mark.postgres
def test_an_atomic_batch_is_written_in_one_statement_whatever_its_size(db):
    DepositFactory(user_id=1, amount=Decimal("1000.00"))
    movements = [Transfer(from_user_id=1, to_user_id=100 + n, amount=Decimal("1.00")) for n in range(50)]
    with CaptureQueriesContext(connection) as queries:
        post(movements)
    writes = [q["sql"] for q in queries.captured_queries if "INSERT INTO ledger_transaction" in q["sql"]]
    assert len(writes) == 1
    assert Transaction.objects.filter(type="transfer").count() == 50


def test_one_by_one_each_movement_stands_alone(db):
    DepositFactory(user_id=1, amount=Decimal("10.00"))
    results = post(
        [
            Transfer(from_user_id=1, to_user_id=2, amount=Decimal("6.00")),
            Transfer(from_user_id=1, to_user_id=3, amount=Decimal("6.00")),
            Withdrawal(user_id=1, amount=Decimal("4.00")),
        ],
        atomic=False,
    )
    assert isinstance(results[1], InsufficientFunds)
    assert isinstance(results[1], DomainError)
    assert [r.record.type for r in (results[0], results[2])] == ["transfer", "withdrawal"]
    assert balance_get(user_id=1).available == Decimal("0.00")
    assert not Account.objects.filter(user_id=3).exists()  # the refused transfer opened nothing
