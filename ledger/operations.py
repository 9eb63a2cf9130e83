"""The money movements of the API as data: what each accepts, which scope it needs, which
service it calls and how its outcome is rendered. The endpoints and the batch share them."""

from collections.abc import Callable
from dataclasses import dataclass

from rest_framework import serializers

from accounts import scopes
from ledger import services
from ledger.serializers import (
    DepositInputSerializer,
    PaymentInputSerializer,
    RefundInputSerializer,
    ReservationOutputSerializer,
    ReserveInputSerializer,
    TransactionOutputSerializer,
    TransferInputSerializer,
    WithdrawalInputSerializer,
)

Outcome = tuple[int, dict]


@dataclass(frozen=True)
class Operation:
    name: str
    scope: str
    input: type[serializers.Serializer]
    output: type[serializers.Serializer]
    perform: Callable[[dict], Outcome]

    def validate(self, data) -> dict:
        """The validated arguments of the service; raises DRF's ValidationError."""
        serializer = self.input(data=data)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data


def _transaction(service) -> Callable[[dict], Outcome]:
    return lambda args: (201, TransactionOutputSerializer(service(**args)).data)


def _reserve(args: dict) -> Outcome:
    reservation, created = services.reservation_create(**args)
    return (201 if created else 200), ReservationOutputSerializer(reservation).data


def _reservation(service) -> Callable[[dict], Outcome]:
    return lambda args: (200, ReservationOutputSerializer(service(**args)).data)


OPERATIONS: dict[str, Operation] = {
    op.name: op
    for op in [
        Operation(
            "deposit",
            scopes.FUNDS_DEPOSIT,
            DepositInputSerializer,
            TransactionOutputSerializer,
            _transaction(services.deposit_create),
        ),
        Operation(
            "withdraw",
            scopes.FUNDS_WITHDRAW,
            WithdrawalInputSerializer,
            TransactionOutputSerializer,
            _transaction(services.withdrawal_create),
        ),
        Operation(
            "transfer",
            scopes.FUNDS_TRANSFER,
            TransferInputSerializer,
            TransactionOutputSerializer,
            _transaction(services.transfer_create),
        ),
        Operation("reserve", scopes.ORDERS_WRITE, ReserveInputSerializer, ReservationOutputSerializer, _reserve),
        Operation(
            "make-payment",
            scopes.ORDERS_WRITE,
            PaymentInputSerializer,
            ReservationOutputSerializer,
            _reservation(services.reservation_pay),
        ),
        Operation(
            "reserve-refund",
            scopes.ORDERS_WRITE,
            RefundInputSerializer,
            ReservationOutputSerializer,
            _reservation(services.reservation_cancel),
        ),
    ]
}
