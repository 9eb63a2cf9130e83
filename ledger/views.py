"""HTTP endpoints of the books: thin. Validate, call a service or a selector, render."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.response import Response

from accounts import scopes
from accounts.idempotency import HEADER as IDEMPOTENCY_HEADER
from accounts.idempotency import respond_once
from ledger import selectors
from ledger.operations import OPERATIONS
from ledger.serializers import BalanceOutputSerializer, ErrorSerializer, IdField

_ERRORS = {
    400: "validation_error",
    401: "not_authenticated",
    403: "permission_denied",
    404: "account_not_found, reservation_not_found",
    409: "order_conflict, reservation_not_pending, idempotency_key_in_progress",
    413: "payload_too_large",
    422: "insufficient_funds, amount_exceeds_reservation, idempotency_key_reused",
    429: "throttled",
    503: "service_unavailable",
}


def error_responses(*statuses: int) -> dict[int, OpenApiResponse]:
    return {
        status: OpenApiResponse(ErrorSerializer, description=f"Error codes: {_ERRORS[status]}.") for status in statuses
    }


def movement_schema(name: str, *, summary: str, success: tuple[int, ...], errors: tuple[int, ...]):
    op = OPERATIONS[name]
    return extend_schema(
        operation_id=name.replace("-", "_"),
        summary=summary,
        request=op.input,
        parameters=[
            OpenApiParameter(
                IDEMPOTENCY_HEADER,
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                description="1-255 printable ASCII characters; a retry with the same key and body "
                "replays the first response (header Idempotent-Replayed: true).",
            )
        ],
        responses={
            **{status: op.output for status in success},
            # 409 and 422 are possible on every movement: idempotency_key_in_progress and _reused.
            **error_responses(400, 401, 403, 409, 413, 422, 429, 503, *errors),
        },
        tags=["transactions"],
    )


class TransactionViewSet(viewsets.ViewSet):
    """POST /api/v1/transactions/<operation>: every money movement."""

    action_scopes = {op.name.replace("-", "_"): op.scope for op in OPERATIONS.values()}

    def _run(self, request, name: str) -> Response:
        op = OPERATIONS[name]
        args = op.validate(request.data)
        return respond_once(request, lambda: op.perform(args))

    @movement_schema("deposit", summary="Deposit money from outside", success=(201,), errors=())
    def deposit(self, request):
        return self._run(request, "deposit")

    @movement_schema("withdraw", summary="Withdraw money to an external payout", success=(201,), errors=(404, 409, 422))
    def withdraw(self, request):
        return self._run(request, "withdraw")

    @movement_schema("transfer", summary="Transfer money between users", success=(201,), errors=(404, 409, 422))
    def transfer(self, request):
        return self._run(request, "transfer")

    @movement_schema("reserve", summary="Reserve money for an order", success=(201, 200), errors=(404, 409, 422))
    def reserve(self, request):
        return self._run(request, "reserve")

    @movement_schema("make-payment", summary="Charge a reservation as revenue", success=(200,), errors=(404, 409, 422))
    def make_payment(self, request):
        return self._run(request, "make-payment")

    @movement_schema("reserve-refund", summary="Release a reservation", success=(200,), errors=(404, 409, 422))
    def reserve_refund(self, request):
        return self._run(request, "reserve-refund")


class _UserPath(serializers.Serializer):
    user_id = IdField()


def user_id_from(kwargs: dict) -> int:
    """The `{user_id}` of the path, checked like any other id (400 when out of range)."""
    path = _UserPath(data=kwargs)
    path.is_valid(raise_exception=True)
    return path.validated_data["user_id"]


class InformationViewSet(viewsets.ViewSet):
    """GET /api/v1/information/...: balances."""

    action_scopes = {"account_balance": scopes.BALANCE_READ}

    @extend_schema(
        operation_id="account_balance",
        summary="A user's available and reserved balances",
        responses={200: BalanceOutputSerializer, **error_responses(400, 401, 403, 404, 429, 503)},
        tags=["information"],
    )
    def account_balance(self, request, user_id):
        balance = selectors.balance_get(user_id=user_id_from({"user_id": user_id}))
        return Response(BalanceOutputSerializer(balance).data)
