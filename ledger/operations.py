"""The money movements of the API: for each operation name, what it accepts, which scope it needs,
the command it becomes and how its outcome is rendered. The endpoints and the batch share them."""

import functools
from dataclasses import dataclass

from rest_framework import serializers

from accounts import scopes
from ledger import outbox
from ledger.serializers import (
    DepositInputSerializer,
    PaymentInputSerializer,
    PaymentRefundInputSerializer,
    RefundInputSerializer,
    ReservationOutputSerializer,
    ReserveInputSerializer,
    TransactionOutputSerializer,
    TransferInputSerializer,
    WithdrawalInputSerializer,
    with_balances,
)
from ledger.services import Cancel, Deposit, Movement, Pay, Posted, Refund, Reserve, Transfer, Withdrawal

Outcome = tuple[int, dict]  # HTTP status and body


@dataclass(frozen=True)
class Operation:
    name: str
    scope: str
    input: type[serializers.Serializer]
    command: type[Movement]
    output: type[serializers.Serializer]
    status: int  # when it moved money; a repeat that moved nothing answers 200

    def command_from(self, data) -> Movement:
        """The command of a request body; raises DRF's ValidationError."""
        serializer = self.input(data=data)
        serializer.is_valid(raise_exception=True)
        return self.command(**serializer.validated_data)

    def outcome(self, posted: Posted) -> Outcome:
        """The status and body of a movement's answer: its record and the balances after it."""
        body = self._renderer.to_representation(posted.record)
        body["balances"] = outbox.balances_data(posted.balances)
        return (self.status if posted.moved else 200), body

    @functools.cached_property
    def _renderer(self) -> serializers.Serializer:
        """One output serializer, reused: it only renders (`to_representation` keeps no state),
        and a batch of 1,000 built one per item, a tenth of its time."""
        return self.output()

    @property
    def response(self) -> type[serializers.Serializer]:
        """The schema of `outcome`'s body."""
        return with_balances(self.output)


OPERATIONS: dict[str, Operation] = {
    op.name: op
    for op in [
        Operation("deposit", scopes.FUNDS_DEPOSIT, DepositInputSerializer, Deposit, TransactionOutputSerializer, 201),
        Operation(
            "withdraw", scopes.FUNDS_WITHDRAW, WithdrawalInputSerializer, Withdrawal, TransactionOutputSerializer, 201
        ),
        Operation(
            "transfer", scopes.FUNDS_TRANSFER, TransferInputSerializer, Transfer, TransactionOutputSerializer, 201
        ),
        Operation("reserve", scopes.ORDERS_WRITE, ReserveInputSerializer, Reserve, ReservationOutputSerializer, 201),
        Operation("make-payment", scopes.ORDERS_WRITE, PaymentInputSerializer, Pay, ReservationOutputSerializer, 200),
        Operation(
            "reserve-refund", scopes.ORDERS_WRITE, RefundInputSerializer, Cancel, ReservationOutputSerializer, 200
        ),
        Operation(
            "payment-refund",
            scopes.ORDERS_WRITE,
            PaymentRefundInputSerializer,
            Refund,
            ReservationOutputSerializer,
            201,
        ),
    ]
}
OPERATION_OF: dict[type[Movement], Operation] = {op.command: op for op in OPERATIONS.values()}
