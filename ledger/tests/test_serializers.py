"""The money endpoints' serializers build their fields once per class (`FieldsOnce`): instances
share them and still validate independently, also from several threads at once; a transaction's
written-out rendering stays DRF's."""

from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

from rest_framework import serializers

from ledger.models import Transaction
from ledger.serializers import TransactionOutputSerializer, TransferInputSerializer, WithdrawalInputSerializer
from ledger.tests.factories import DepositFactory, PayFactory, ReserveFactory, TransferFactory


def test_instances_share_their_fields_and_subclasses_have_their_own():
    assert TransferInputSerializer().fields is TransferInputSerializer().fields
    assert WithdrawalInputSerializer().fields is not TransferInputSerializer().fields
    assert list(WithdrawalInputSerializer().fields) == ["user_id", "amount", "comment"]


def _validate(n: int) -> tuple[bool, dict]:
    """Odd n: a valid transfer between users n and n + 1; even n: one to oneself."""
    body = {"from_user_id": n, "to_user_id": n if n % 2 == 0 else n + 1, "amount": f"{n}.{n % 100:02d}"}
    serializer = TransferInputSerializer(data=body)
    valid = serializer.is_valid()
    return valid, (dict(serializer.validated_data) if valid else serializer.errors)


def test_shared_fields_validate_each_request_on_its_own_under_threads():
    numbers = range(1, 2001)
    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(_validate, numbers))
    for n, (valid, result) in zip(numbers, outcomes, strict=True):
        if n % 2:
            assert valid
            assert result == {
                "from_user_id": n,
                "to_user_id": n + 1,
                "amount": Decimal(f"{n}.{n % 100:02d}"),
                "comment": "",
            }
        else:
            assert not valid
            assert result == {"to_user_id": ["Must differ from from_user_id."]}


def test_a_transaction_renders_as_drf_renders_its_declared_fields(db):
    """TransactionOutputSerializer writes its rendering out for speed: it must stay what DRF's
    generic rendering of the declared fields gives, for every kind of transaction."""
    DepositFactory(user_id=1, amount=Decimal("100"), comment="in")
    TransferFactory(from_user_id=1, to_user_id=2, amount=Decimal("0.10"))
    ReserveFactory(user_id=1, service_id=3, order_id=4, amount=Decimal("20.5"))
    PayFactory(user_id=1, service_id=3, order_id=4, amount=Decimal("15"))
    txns = list(Transaction.objects.select_related("reservation").order_by("pk"))
    assert {txn.type for txn in txns} == {"deposit", "transfer", "reservation", "payment", "reservation_release"}
    for txn in txns:
        serializer = TransactionOutputSerializer(txn)
        assert serializer.data == serializers.Serializer.to_representation(serializer, txn)
