"""HTTP endpoints of the books: thin. Validate, call a service or a selector, render."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, viewsets
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from accounts import scopes
from balance_service import schema_examples
from balance_service.errors import (
    AccountNotFound,
    AmountExceedsRefundable,
    AmountExceedsReservation,
    BalanceLimitExceeded,
    DomainError,
    InsufficientFunds,
    NotFound,
    OrderConflict,
    ReservationExpired,
    ReservationNotFound,
    ReservationNotPaid,
    ReservationNotPending,
    ValidationFailed,
)
from balance_service.routers import replica_reads
from balance_service.schema import KEYED_ERRORS, POST_ERRORS, error_responses
from ledger import selectors, services
from ledger.batch import BatchInputSerializer, batch_run, batch_scopes
from ledger.operations import OPERATIONS
from ledger.pagination import Cursor, cursor_encode
from ledger.respond import HEADER as IDEMPOTENCY_HEADER
from ledger.respond import respond_once
from ledger.serializers import (
    MAX_ID,
    BalanceAtOutputSerializer,
    BalanceAtQuerySerializer,
    BalanceOutputSerializer,
    HistoryPageOutputSerializer,
    HistoryQuerySerializer,
)

IDEMPOTENCY_PARAMETER = OpenApiParameter(
    IDEMPOTENCY_HEADER,
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="1-255 printable ASCII characters; a retry with the same key and body "
    "replays the first response (header Idempotent-Replayed: true).",
)


def movement_schema(name: str, *, summary: str, errors: tuple[type[DomainError], ...]):
    """The schema of a movement: its examples and description (`schema_examples`), and the errors
    it can answer with besides those every POST can (`errors`)."""
    op, docs = OPERATIONS[name], schema_examples.MOVEMENTS[name]
    return extend_schema(
        operation_id=name.replace("-", "_"),
        summary=summary,
        description=docs["description"],
        request=op.input,
        parameters=[IDEMPOTENCY_PARAMETER],
        examples=docs["request"],
        responses={
            **{status: schema_examples.success(op.output, *examples) for status, examples in docs["responses"].items()},
            **error_responses(*POST_ERRORS, *errors, examples=docs.get("invalid")),
        },
        tags=["transactions"],
    )


class TransactionViewSet(viewsets.ViewSet):
    """POST /api/v1/transactions/<operation>: every money movement."""

    action_scopes = {op.name.replace("-", "_"): op.scope for op in OPERATIONS.values()}

    def _run(self, request, name: str) -> Response:
        op = OPERATIONS[name]
        # Validated inside: a retry with the same key replays the first answer even when the body
        # no longer validates (a reserve's `expires_at` that has passed since).
        return respond_once(request, lambda: op.outcome(services.movement_post(movement=op.command_from(request.data))))

    @movement_schema("deposit", summary="Deposit money from outside", errors=(BalanceLimitExceeded,))
    def deposit(self, request):
        return self._run(request, "deposit")

    @movement_schema(
        "withdraw", summary="Withdraw money to an external payout", errors=(AccountNotFound, InsufficientFunds)
    )
    def withdraw(self, request):
        return self._run(request, "withdraw")

    @movement_schema(
        "transfer",
        summary="Transfer money between users",
        errors=(AccountNotFound, InsufficientFunds, BalanceLimitExceeded),
    )
    def transfer(self, request):
        return self._run(request, "transfer")

    @movement_schema(
        "reserve", summary="Reserve money for an order", errors=(AccountNotFound, OrderConflict, InsufficientFunds)
    )
    def reserve(self, request):
        return self._run(request, "reserve")

    @movement_schema(
        "make-payment",
        summary="Charge a reservation as revenue",
        errors=(ReservationNotFound, ReservationNotPending, ReservationExpired, AmountExceedsReservation),
    )
    def make_payment(self, request):
        return self._run(request, "make-payment")

    @movement_schema(
        "reserve-refund",
        summary="Release a reservation",
        errors=(ReservationNotFound, OrderConflict, ReservationNotPending),
    )
    def reserve_refund(self, request):
        return self._run(request, "reserve-refund")

    @movement_schema(
        "payment-refund",
        summary="Refund a paid reservation, all or part",
        errors=(ReservationNotFound, ReservationNotPaid, AmountExceedsRefundable, BalanceLimitExceeded),
    )
    def payment_refund(self, request):
        return self._run(request, "payment-refund")


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
        description=schema_examples.BATCH_DESCRIPTION,
        request=BatchInputSerializer,
        parameters=[IDEMPOTENCY_PARAMETER],
        examples=schema_examples.BATCH_REQUEST,
        responses={
            201: schema_examples.success(
                inline_serializer(
                    "BatchAtomicOutput",
                    {
                        "results": serializers.ListField(
                            child=serializers.DictField(), help_text="Each operation's body."
                        )
                    },
                ),
                ("Both happened", schema_examples.BATCH_ATOMIC),
            ),
            200: schema_examples.success(
                inline_serializer(
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
                ("One done, one refused", schema_examples.BATCH_EACH),
            ),
            # Every refusal of every kind of operation: an atomic batch answers with the first one.
            **error_responses(
                *POST_ERRORS,
                AccountNotFound,
                ReservationNotFound,
                OrderConflict,
                ReservationNotPending,
                InsufficientFunds,
                AmountExceedsReservation,
                ReservationExpired,
                ReservationNotPaid,
                AmountExceedsRefundable,
                BalanceLimitExceeded,
                examples=schema_examples.BATCH_INVALID,
            ),
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
        summary="A user's available and reserved balances, now or at a past instant",
        description=schema_examples.BALANCE_DESCRIPTION,
        parameters=[
            OpenApiParameter(
                "at",
                OpenApiTypes.DATETIME,
                OpenApiParameter.QUERY,
                description="The balances as they were at this instant (after every change at or before it); "
                "not in the future. Without an offset: the business time zone.",
            )
        ],
        responses={
            200: schema_examples.success(
                BalanceAtOutputSerializer,
                ("Balances now", schema_examples.BALANCE),
                ("Balances at an instant", schema_examples.BALANCE_AT),
            ),
            **error_responses(*KEYED_ERRORS, AccountNotFound, NotFound, examples=schema_examples.USER_ID_INVALID),
        },
        tags=["information"],
    )
    def account_balance(self, request, user_id):
        user_id = user_id_from({"user_id": user_id})
        if "at" not in request.query_params:  # the plain read stays one query and no serializer
            return Response(BalanceOutputSerializer(selectors.balance_get(user_id=user_id)).data)
        query = BalanceAtQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        balance = selectors.balance_at_get(user_id=user_id, at=query.validated_data["at"])
        return Response(BalanceAtOutputSerializer(balance).data)

    @extend_schema(
        operation_id="account_transactions",
        summary="A user's history: every change of their balances, explained",
        description="One item per change of the user's available or reserved balance, with a comment saying "
        "where the money came from or went and why. Keyset pages: follow `next` and `previous` as they are. "
        "Needs `history:read`.",
        parameters=[HistoryQuerySerializer],
        responses={
            200: schema_examples.success(HistoryPageOutputSerializer, ("A page", schema_examples.HISTORY_PAGE)),
            **error_responses(*KEYED_ERRORS, AccountNotFound, NotFound, examples=schema_examples.HISTORY_INVALID),
        },
        tags=["information"],
    )
    @replica_reads()
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
