"""verify_ledger finds what is wrong with the books, and passes on right books."""

import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, connection, transaction

from ledger import services
from ledger.models import Account, Entry, Transaction
from ledger.tests.factories import DepositFactory, PayFactory, ReserveFactory, TransferFactory
from ledger.verify import ledger_verify


@pytest.fixture
def books(db):
    DepositFactory(user_id=1, amount=Decimal("100"))
    TransferFactory(from_user_id=1, to_user_id=2, amount=Decimal("30"))
    ReserveFactory(user_id=1, service_id=3, order_id=4, amount=Decimal("20"))
    PayFactory(user_id=1, service_id=3, order_id=4, amount=Decimal("15"))


def test_right_books_verify(books):
    assert ledger_verify() == []
    out = io.StringIO()
    call_command("verify_ledger", stdout=out)
    assert "right" in out.getvalue()


def test_drifted_cached_balance_is_found(books):
    Account.objects.filter(user_id=2, kind="available").update(balance=Decimal("31"))
    problems = ledger_verify()
    assert any("user 2 available: balance 31.00 but entries sum to 30.00" in p for p in problems)
    assert any("not conserved" in p for p in problems) is False  # conservation is computed from entries
    with pytest.raises(CommandError, match="problem"):
        call_command("verify_ledger", stdout=io.StringIO(), stderr=io.StringIO())


def test_reserved_balance_must_match_open_reservations(books):
    ReserveFactory(user_id=1, service_id=3, order_id=5, amount=Decimal("1"))
    Account.objects.filter(user_id=1, kind="reserved").update(balance=Decimal("0"))
    problems = ledger_verify()
    assert any("open reservations sum to 1.00" in p for p in problems)


@pytest.mark.postgres
def test_database_refuses_unbalanced_and_changed_entries(books):
    txn = Transaction.objects.first()
    account = Account.objects.get(user_id=1, kind="available")
    with pytest.raises(IntegrityError, match="do not sum to zero"), transaction.atomic():
        Entry.objects.create(
            transaction=txn, account=account, user_id=1, amount=Decimal("1"), created_at=txn.created_at
        )
    with pytest.raises(IntegrityError, match="never updated"), transaction.atomic():
        Entry.objects.filter(pk=Entry.objects.first().pk).update(amount=Decimal("5"))
    with pytest.raises(IntegrityError, match="never updated"), transaction.atomic():
        Entry.objects.filter(transaction=txn).delete()
    with pytest.raises(IntegrityError, match="never updated"), transaction.atomic():
        Transaction.objects.filter(pk=txn.pk).update(comment="edited")
    with pytest.raises(IntegrityError, match="account_balance_not_negative"), transaction.atomic():
        Account.objects.filter(pk=account.pk).update(balance=Decimal("-1"))
    assert connection.vendor == "postgresql"
    assert ledger_verify() == []


@pytest.mark.postgres
def test_database_refuses_a_transaction_whose_service_is_not_its_reservations(books):
    from ledger.models import Service

    payment = Transaction.objects.get(type="payment")
    Service.objects.create(id=4, name="Another")
    with pytest.raises(IntegrityError, match="transaction_service_matches_reservation"), transaction.atomic():
        Transaction.objects.create(
            type="payment",
            amount=Decimal("1"),
            user_id=1,
            reservation=payment.reservation,
            service_id=4,
            created_at=payment.created_at,
        )


@pytest.mark.postgres
def test_database_checks_what_the_one_statement_writer_writes(books):
    """The services write a transaction, its entries and the balances in one statement: the
    sum-to-zero trigger and the balance constraint still judge the whole of it."""
    from django.utils import timezone

    from ledger.services.locks import accounts_lock
    from ledger.services.posting import Posting, posting_plan, postings_write

    def posting(amount: Decimal) -> Posting:
        accounts = accounts_lock(user_ids=[1])[1]
        return posting_plan(
            type="transfer",
            amount=amount,
            user_id=1,
            now=timezone.now(),
            legs=[(accounts.available, -amount), (accounts.reserved, amount)],
        )

    unbalanced = posting(Decimal("1"))
    account_id, user_id, amount, balance_after = unbalanced.entries[1]
    unbalanced.entries[1] = (account_id, user_id, amount + 1, balance_after)
    with pytest.raises(IntegrityError, match="do not sum to zero"), transaction.atomic():
        postings_write([unbalanced])
    overdrawn = posting(Decimal("1"))
    overdrawn.changed[0].balance = Decimal("-1")
    with pytest.raises(IntegrityError, match="account_balance_not_negative"), transaction.atomic():
        postings_write([overdrawn])
    before = dict(Account.objects.filter(user_id=1).values_list("kind", "balance"))
    planned = posting(Decimal("2"))
    postings_write([planned])
    written = planned.txn
    assert written.pk == Transaction.objects.latest("pk").pk
    assert sorted(Entry.objects.filter(transaction=written).values_list("amount", flat=True)) == [-2, 2]
    after = dict(Account.objects.filter(user_id=1).values_list("kind", "balance"))
    assert after == {"available": before["available"] - 2, "reserved": before["reserved"] + 2}


def test_the_writer_takes_whole_and_decimal_amounts_together(db):
    services.movements_post(
        movements=[services.Deposit(user_id=1, amount=5), services.Deposit(user_id=2, amount=Decimal("1.50"))]
    )
    assert sorted(Account.objects.filter(user_id__in=[1, 2]).values_list("user_id", "kind", "balance")) == [
        (1, "available", Decimal("5.00")),
        (1, "reserved", Decimal("0.00")),
        (2, "available", Decimal("1.50")),
        (2, "reserved", Decimal("0.00")),
    ]
    assert ledger_verify() == []


def test_accounts_are_locked_inside_a_transaction_only(transactional_db):
    from django.db.transaction import TransactionManagementError

    from ledger.services.locks import accounts_lock

    with pytest.raises(TransactionManagementError):
        accounts_lock(user_ids=[1])
