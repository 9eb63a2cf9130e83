"""HTTP endpoints of the books: thin. Validate, call a service or a selector, render."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, viewsets
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from accounts import scopes
from balance_service.errors import ValidationFailed
from ledger import selectors, services
from ledger.batch import MAX_OPERATIONS, BatchInputSerializer, batch_run, batch_scopes
from ledger.operations import OPERATIONS
from ledger.pagination import Cursor, cursor_encode
from ledger.respond import HEADER as IDEMPOTENCY_HEADER
from ledger.respond import respond_once
from ledger.serializers import (
    MAX_ID,
    BalanceOutputSerializer,
    ErrorSerializer,
    HistoryPageOutputSerializer,
    HistoryQuerySerializer,
)

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


IDEMPOTENCY_PARAMETER = OpenApiParameter(
    IDEMPOTENCY_HEADER,
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="1-255 printable ASCII characters; a retry with the same key and body "
    "replays the first response (header Idempotent-Replayed: true).",
)


def movement_schema(name: str, *, summary: str, success: tuple[int, ...], errors: tuple[int, ...]):
    op = OPERATIONS[name]
    return extend_schema(
        operation_id=name.replace("-", "_"),
        summary=summary,
        request=op.input,
        parameters=[IDEMPOTENCY_PARAMETER],
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
        command = op.command_from(request.data)
        return respond_once(request, lambda: op.outcome(services.movement_post(movement=command)))

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


class TransactionBatchViewSet(viewsets.ViewSet):
    """POST /api/v1/transactions/batch: many operations in one request and one database transaction."""

    def required_scopes_for(self, request) -> set[str]:
        """The union of the scopes of the operations inside. A body that names no known operation
        is refused here with the 400 that says why."""
        needed = batch_scopes(request.data)
        if not needed:
            BatchInputSerializer(data=request.data).is_valid(raise_exception=True)
        return needed

    @extend_schema(
        operation_id="batch",
        summary="Run up to 1,000 operations at once",
        description=f"Up to {MAX_OPERATIONS} operations, each `op` plus the body of that endpoint. "
        "`atomic: true`: all happen or none does; 201 with the results in order, or the error of the first "
        "operation refused (its status and code) with `errors` naming `operations.N`. `atomic: false`: each "
        "stands alone; 200 with a status and body per operation. The key needs the scopes of every operation "
        "inside; one Idempotency-Key covers the whole batch.",
        request=BatchInputSerializer,
        parameters=[IDEMPOTENCY_PARAMETER],
        responses={
            201: inline_serializer(
                "BatchAtomicOutput",
                {"results": serializers.ListField(child=serializers.DictField(), help_text="Each operation's body.")},
            ),
            200: inline_serializer(
                "BatchEachOutput",
                {
                    "results": serializers.ListField(
                        child=inline_serializer(
                            "BatchOperationOutcome",
                            {"status": serializers.IntegerField(), "body": serializers.DictField()},
                        )
                    )
                },
            ),
            **error_responses(400, 401, 403, 404, 409, 413, 422, 429, 503),
        },
        tags=["transactions"],
    )
    def batch(self, request):
        batch = BatchInputSerializer(data=request.data)
        batch.is_valid(raise_exception=True)
        args = batch.validated_data
        return respond_once(request, lambda: batch_run(operations=args["operations"], atomic=args["atomic"]))


def user_id_from(kwargs: dict) -> int:
    """The `{user_id}` of the path (the URL pattern captured 1-20 digits), checked like any other
    id: 400 when out of range. Plain code, not a serializer: it runs on every read."""
    user_id = int(kwargs["user_id"])
    if not 1 <= user_id <= MAX_ID:
        raise ValidationFailed("The request is not valid.", errors={"user_id": [f"Must be between 1 and {MAX_ID}."]})
    return user_id


class InformationViewSet(viewsets.ViewSet):
    """GET /api/v1/information/...: balances and history."""

    action_scopes = {"account_balance": scopes.BALANCE_READ, "account_transactions": scopes.HISTORY_READ}

    @extend_schema(
        operation_id="account_balance",
        summary="A user's available and reserved balances",
        responses={200: BalanceOutputSerializer, **error_responses(400, 401, 403, 404, 429, 503)},
        tags=["information"],
    )
    def account_balance(self, request, user_id):
        balance = selectors.balance_get(user_id=user_id_from({"user_id": user_id}))
        return Response(BalanceOutputSerializer(balance).data)

    @extend_schema(
        operation_id="account_transactions",
        summary="A user's history: every change of their balances, explained",
        description="One item per change of the user's available or reserved balance, with a comment saying "
        "where the money came from or went and why. Keyset pages: follow `next` and `previous` as they are.",
        parameters=[HistoryQuerySerializer],
        responses={200: HistoryPageOutputSerializer, **error_responses(400, 401, 403, 404, 429, 503)},
        tags=["information"],
    )
    def account_transactions(self, request, user_id):
        user_id = user_id_from({"user_id": user_id})
        params = HistoryQuerySerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        page = selectors.entry_page(params.query(user_id))
        url = request.build_absolute_uri()

        def link(cursor: Cursor | None) -> str | None:
            return replace_query_param(url, "cursor", cursor_encode(cursor)) if cursor else None

        body = {"next": link(page.next), "previous": link(page.previous), "results": page.items}
        return Response(HistoryPageOutputSerializer(body).data)
