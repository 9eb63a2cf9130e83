"""Deposits, withdrawals and transfers at the service level: the rules, what is written, and
that a refusal writes nothing."""

from decimal import Decimal

import pytest
from django.db import transaction

from balance_service.errors import AccountNotFound, InsufficientFunds
from ledger import services
from ledger.models import Account, Entry, Transaction
from ledger.selectors import balance_get
from ledger.tests.factories import DepositFactory, TransferFactory, WithdrawalFactory


def refused(error: type[Exception], call, *args, **kwargs) -> Exception:
    """Run a service that must refuse, in a savepoint (a refusal dooms the transaction it joins)."""
    with pytest.raises(error) as caught, transaction.atomic():
        call(*args, **kwargs)
    return caught.value


def test_a_first_deposit_opens_both_accounts_and_posts_two_entries(db):
    txn = services.deposit_create(user_id=7, amount=Decimal("100.00"), comment="salary")
    assert (txn.type, txn.amount, txn.user_id, txn.comment) == ("deposit", Decimal("100.00"), 7, "salary")
    assert Transaction.objects.get(pk=txn.pk).amount == Decimal("100.00")
    assert sorted(Account.objects.filter(user_id=7).values_list("kind", "balance")) == [
        ("available", Decimal("100.00")),
        ("reserved", Decimal("0.00")),
    ]
    legs = sorted(Entry.objects.filter(transaction=txn).values_list("account__kind", "amount", "balance_after"))
    assert legs == [("available", Decimal("100.00"), Decimal("100.00")), ("world", Decimal("-100.00"), None)]


def test_deposits_add_up(db):
    DepositFactory(user_id=7, amount=Decimal("0.25"))
    DepositFactory(user_id=7, amount=Decimal("0.50"))
    assert balance_get(user_id=7).available == Decimal("0.75")


def test_a_withdrawal_takes_available_money_out(db):
    DepositFactory(user_id=7, amount=Decimal("50.00"))
    txn = services.withdrawal_create(user_id=7, amount=Decimal("20.00"))
    assert txn.type == "withdrawal"
    assert balance_get(user_id=7).available == Decimal("30.00")


def test_a_withdrawal_over_the_available_balance_is_refused_and_writes_nothing(db):
    DepositFactory(user_id=7, amount=Decimal("50.00"))
    before = Transaction.objects.count()
    error = refused(InsufficientFunds, services.withdrawal_create, user_id=7, amount=Decimal("50.01"))
    assert error.message == "User 7 has 50.00 available, 50.01 requested."
    assert Transaction.objects.count() == before
    assert balance_get(user_id=7).available == Decimal("50.00")


def test_a_withdrawal_of_a_user_without_accounts_is_refused(db):
    refused(AccountNotFound, services.withdrawal_create, user_id=7, amount=Decimal("1.00"))
    assert not Account.objects.filter(user_id=7).exists()


def test_a_transfer_moves_available_money_and_opens_the_receiver(db):
    DepositFactory(user_id=1, amount=Decimal("100.00"))
    txn = TransferFactory(from_user_id=1, to_user_id=2, amount=Decimal("30.00"), comment="rent")
    assert (txn.type, txn.user_id, txn.to_user_id) == ("transfer", 1, 2)
    assert balance_get(user_id=1).available == Decimal("70.00")
    assert balance_get(user_id=2).available == Decimal("30.00")


def test_a_refused_transfer_opens_nothing_for_the_receiver(db):
    DepositFactory(user_id=1, amount=Decimal("10.00"))
    refused(InsufficientFunds, services.transfer_create, from_user_id=1, to_user_id=2, amount=Decimal("10.01"))
    refused(AccountNotFound, services.transfer_create, from_user_id=3, to_user_id=2, amount=Decimal("1.00"))
    assert not Account.objects.filter(user_id=2).exists()


def test_a_transfer_needs_two_different_users():
    with pytest.raises(ValueError, match="two different users"):
        services.Transfer(from_user_id=1, to_user_id=1, amount=Decimal("1.00"))


def test_the_whole_available_balance_can_leave(db):
    DepositFactory(user_id=1, amount=Decimal("10.00"))
    WithdrawalFactory(user_id=1, amount=Decimal("4.00"))
    TransferFactory(from_user_id=1, to_user_id=2, amount=Decimal("6.00"))
    assert balance_get(user_id=1).available == Decimal("0.00")


def test_movements_are_commands_that_say_what_they_lock_and_open():
    transfer = services.Transfer(from_user_id=1, to_user_id=2, amount=Decimal("1.00"))
    assert (transfer.locks, transfer.opens) == ((1, 2), (2,))
    deposit = services.Deposit(user_id=3, amount=Decimal("1.00"))
    assert (deposit.locks, deposit.opens) == ((3,), (3,))
    pay = services.Pay(user_id=4, service_id=1, order_id=2, amount=Decimal("1.00"))
    assert (pay.locks, pay.opens) == ((4,), ())
    with pytest.raises(AttributeError):
        transfer.amount = Decimal("2.00")  # frozen


def test_a_movement_leaves_the_time_on_the_accounts_it_moved(db):
    DepositFactory(user_id=7, amount=Decimal("5.00"))
    DepositFactory(user_id=8, amount=Decimal("5.00"))
    txn = services.transfer_create(from_user_id=7, to_user_id=8, amount=Decimal("1.00"))
    assert set(Account.objects.filter(user_id__in=(7, 8), kind="available").values_list("moved_at", flat=True)) == {
        txn.created_at
    }
    assert Account.objects.get(user_id=7, kind="reserved").moved_at is None  # not moved yet
