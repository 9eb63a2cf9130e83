"""The one error shape of the API, `{"code", "message", "errors", "request_id"}`, and the handler that makes it.

Business rules raise a `DomainError` subclass; the handler also turns DRF's and Django's own
exceptions into the same shape, then lets DRF roll back the transaction.
"""

import logging

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import Http404, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response

from balance_service import metrics, request_id
from balance_service.renderers import ApiJSONRenderer

logger = logging.getLogger(__name__)


class DomainError(Exception):
    """A rule of the books said no. Subclasses fix `status` and `code`."""

    status: int = status.HTTP_400_BAD_REQUEST
    code: str = "domain_error"

    def __init__(self, message: str, *, errors: dict | None = None):
        super().__init__(message)
        self.message = message
        self.errors = errors or {}

    def body(self) -> dict:
        return {"code": self.code, "message": self.message, "errors": self.errors}


class AccountNotFound(DomainError):
    status, code = 404, "account_not_found"


class ReservationNotFound(DomainError):
    status, code = 404, "reservation_not_found"


class OrderConflict(DomainError):
    status, code = 409, "order_conflict"


class ReservationNotPending(DomainError):
    status, code = 409, "reservation_not_pending"


class ReservationExpired(DomainError):
    status, code = 409, "reservation_expired"


class ReservationNotPaid(DomainError):
    status, code = 409, "reservation_not_paid"


class IdempotencyKeyInProgress(DomainError):
    status, code = 409, "idempotency_key_in_progress"


class InsufficientFunds(DomainError):
    status, code = 422, "insufficient_funds"


class AmountExceedsReservation(DomainError):
    status, code = 422, "amount_exceeds_reservation"


class AmountExceedsRefundable(DomainError):
    status, code = 422, "amount_exceeds_refundable"


class IdempotencyKeyReused(DomainError):
    status, code = 422, "idempotency_key_reused"


class BalanceLimitExceeded(DomainError):
    """The movement would take a balance past the largest the books hold (MAX_BALANCE)."""

    status, code = 422, "balance_limit_exceeded"


class ValidationFailed(DomainError):
    """Bad input found outside a serializer (a bad query parameter, a bad header)."""

    status, code = 400, "validation_error"


# Refusals the stack itself makes (DRF, the middleware, the database): the handler answers them
# with these classes' status and code, and the schema lists them from the same classes.
class NotAuthenticated(DomainError):
    status, code = 401, "not_authenticated"


class PermissionDenied(DomainError):
    status, code = 403, "permission_denied"


class NotFound(DomainError):
    status, code = 404, "not_found"


class MethodNotAllowed(DomainError):
    status, code = 405, "method_not_allowed"


class PayloadTooLarge(DomainError):
    status, code = 413, "payload_too_large"


class Throttled(DomainError):
    status, code = 429, "throttled"


class ServiceUnavailable(DomainError):
    status, code = 503, "service_unavailable"


def error_body(code: str, message: str, errors: dict | None = None) -> dict:
    return {"code": code, "message": message, "errors": errors or {}}


def error_response(status_code: int, code: str, message: str, errors: dict | None = None) -> JsonResponse:
    """The error shape for plain Django views and middleware (outside DRF), with the request id
    (DRF's errors get theirs from `balance_service.renderers`)."""
    return JsonResponse({**error_body(code, message, errors), "request_id": request_id.current()}, status=status_code)


def _flatten(detail, prefix: str = "") -> dict[str, list[str]]:
    """DRF validation details as `{"field": ["message", ...]}`; nested places get dotted names."""
    if isinstance(detail, dict):
        flat: dict[str, list[str]] = {}
        for key, value in detail.items():
            place = prefix if key == "non_field_errors" else f"{prefix}.{key}".lstrip(".")
            flat.update(_flatten(value, place))
        return flat
    if isinstance(detail, list) and any(isinstance(item, (dict, list)) for item in detail):
        flat = {}
        for index, item in enumerate(detail):
            if item:
                flat.update(_flatten(item, f"{prefix}.{index}".lstrip(".")))
        return flat
    messages = detail if isinstance(detail, list) else [detail]
    return {prefix or "non_field_errors": [str(message) for message in messages]}


_DRF_CODES = {
    exceptions.ParseError: (ValidationFailed.status, ValidationFailed.code),
    exceptions.NotAuthenticated: (NotAuthenticated.status, NotAuthenticated.code),
    exceptions.AuthenticationFailed: (NotAuthenticated.status, NotAuthenticated.code),
    exceptions.PermissionDenied: (PermissionDenied.status, PermissionDenied.code),
    exceptions.NotFound: (NotFound.status, NotFound.code),
    exceptions.MethodNotAllowed: (MethodNotAllowed.status, MethodNotAllowed.code),
    exceptions.NotAcceptable: (406, "not_acceptable"),
    exceptions.UnsupportedMediaType: (415, "unsupported_media_type"),
    exceptions.Throttled: (Throttled.status, Throttled.code),
}


def api_exception_handler(exc, context):
    """DRF's EXCEPTION_HANDLER: every error leaves in the one shape, and the transaction rolls back."""
    from rest_framework.views import set_rollback  # imported late: rest_framework.views imports our settings

    headers: dict[str, str] = {}
    if isinstance(exc, DomainError):
        status_code, body = exc.status, exc.body()
    elif isinstance(exc, exceptions.ValidationError):
        status_code, body = 400, error_body("validation_error", "The request is not valid.", _flatten(exc.detail))
    elif isinstance(exc, exceptions.APIException):
        status_code, code = next(
            (value for cls, value in _DRF_CODES.items() if isinstance(exc, cls)),
            (exc.status_code, "error"),
        )
        body = error_body(code, str(exc.detail))
        if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
            headers["Retry-After"] = str(int(exc.wait + 0.999))
        if isinstance(exc, (exceptions.NotAuthenticated, exceptions.AuthenticationFailed)):
            headers["WWW-Authenticate"] = 'Bearer realm="api"'
    elif isinstance(exc, Http404):
        status_code, body = NotFound.status, error_body(NotFound.code, "Not found.")
    elif isinstance(exc, DjangoPermissionDenied):
        status_code, body = PermissionDenied.status, error_body(PermissionDenied.code, "You may not do this.")
    elif isinstance(exc, RequestDataTooBig):
        status_code, body = PayloadTooLarge.status, error_body(PayloadTooLarge.code, "The request body is too large.")
    elif isinstance(exc, (OperationalError, InterfaceError)):
        logger.warning("database unavailable: %s", exc)
        metrics.database_error("unavailable")
        status_code, body = (
            ServiceUnavailable.status,
            error_body(ServiceUnavailable.code, "The database cannot be reached; nothing was changed."),
        )
        headers["Retry-After"] = "1"
    elif isinstance(exc, DatabaseError):
        logger.exception("database error")
        metrics.database_error("error")
        status_code, body = 500, error_body("internal_error", "Internal error; nothing was changed.")
    else:
        return None  # Django's handler500 answers, in the same shape
    set_rollback()
    request = context.get("request")
    if request is not None:  # JSON whatever the view renders otherwise (the schema's YAML, the docs' HTML)
        request.accepted_renderer, request.accepted_media_type = ApiJSONRenderer(), ApiJSONRenderer.media_type
    return Response(body, status=status_code, headers=headers)
