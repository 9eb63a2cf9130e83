"""The OpenAPI schema's shared parts: error responses derived from the error classes, the error
examples, and drf-spectacular's hooks.

An endpoint declares the `DomainError` classes it can answer with; `error_responses` turns them
into one response per status whose `code` is an enum of exactly those classes' codes, with an
example of each. The examples of request and success bodies are in `schema_examples`.
"""

from drf_spectacular.utils import OpenApiExample, OpenApiResponse

from balance_service import errors as e
from balance_service.errors import DomainError

# What the stack may answer on any endpoint that needs a key, and on any POST of a movement.
KEYED_ERRORS: tuple[type[DomainError], ...] = (
    e.ValidationFailed,
    e.NotAuthenticated,
    e.PermissionDenied,
    e.Throttled,
    e.ServiceUnavailable,
)
POST_ERRORS: tuple[type[DomainError], ...] = (
    *KEYED_ERRORS,
    e.PayloadTooLarge,
    e.IdempotencyKeyInProgress,
    e.IdempotencyKeyReused,
)

# One realistic body per code: (when it happens, the message, the `errors` map).
ERROR_EXAMPLES: dict[str, tuple[str, str, dict]] = {
    "validation_error": (
        "malformed JSON, a missing or bad field or parameter",
        "The request is not valid.",
        {"amount": ['Must be a decimal amount with at most two decimals, e.g. "100.50".']},
    ),
    "not_authenticated": ("no key, an unknown or a revoked key", "Invalid or revoked API key.", {}),
    "permission_denied": ("the key lacks the scope", "This key lacks the scope funds:deposit.", {}),
    "account_not_found": ("the user has no account yet", "User 7 has no account.", {}),
    "not_found": (
        "the path names no user id (not digits)",
        "No endpoint at /api/v1/information/account-balance/me.",
        {},
    ),
    "reservation_not_found": (
        "no reservation for that order and service, or it is another user's",
        "User 7 has no reservation for order 15 of service 3.",
        {},
    ),
    "order_conflict": (
        "the order and service already have a reservation with another user or amount",
        "Order 15 of service 3 already has a reservation with another user or amount.",
        {},
    ),
    "reservation_not_pending": (
        "paying a cancelled reservation, or cancelling a paid one",
        "The reservation for order 15 is cancelled.",
        {},
    ),
    "idempotency_key_in_progress": (
        "the first request with this Idempotency-Key is still running",
        "A request with Idempotency-Key 'payout-2022-11-05-7' is still being processed; retry later.",
        {},
    ),
    "insufficient_funds": (
        "the available balance is lower than the amount",
        "User 7 has 10.00 available, 25.00 requested.",
        {},
    ),
    "balance_limit_exceeded": (
        "the movement would take a balance past 999999999999999999.99, the most the books hold",
        "The available balance would pass 999999999999999999.99, the most the books hold.",
        {},
    ),
    "reservation_expired": (
        "make-payment from the reservation's expires_at on (the money is back, or soon will be)",
        "The reservation for order 15 expired at 2022-11-05 15:30:00+03:00.",
        {},
    ),
    "reservation_not_paid": (
        "payment-refund of a reservation that is not paid (reserved, cancelled or expired)",
        "The reservation for order 15 is reserved, not paid.",
        {},
    ),
    "amount_exceeds_refundable": (
        "payment-refund for more than what is paid and not yet refunded",
        "The reservation for order 15 has 15.00 left to refund, 20.00 requested.",
        {},
    ),
    "amount_exceeds_reservation": (
        "make-payment for more than was reserved",
        "The reservation for order 15 holds 30.00, 45.00 requested.",
        {},
    ),
    "idempotency_key_reused": (
        "the same Idempotency-Key with another body",
        "Idempotency-Key 'payout-2022-11-05-7' was already used with a different request.",
        {},
    ),
    "payload_too_large": ("a body over the limit", "The request body is over 1048576 bytes.", {}),
    "throttled": (
        "over the client's rate limit (Retry-After says when to retry)",
        "Request was throttled. Expected available in 12 seconds.",
        {},
    ),
    "service_unavailable": (
        "the database cannot be reached; nothing was changed",
        "The database cannot be reached; nothing was changed.",
        {},
    ),
}


EXAMPLE_REQUEST_ID = "3f2b9c1e8a7d4f60b5e2c9d81a4f7e03"


def _error_schema(codes: list[str]) -> dict:
    return {
        "type": "object",
        "required": ["code", "message", "errors", "request_id"],
        "properties": {
            "code": {"type": "string", "enum": codes},
            "message": {"type": "string"},
            "errors": {
                "type": "object",
                "additionalProperties": {"type": "array", "items": {"type": "string"}},
                "description": "Field names (dotted for nested places, e.g. `operations.3.amount`) to messages; "
                "`{}` unless the input was not valid.",
            },
            "request_id": {
                "type": "string",
                "description": "The request's id, as in the `X-Request-ID` header of the answer and in the logs.",
            },
        },
    }


def error_responses(*classes: type[DomainError], examples: dict[str, dict] | None = None) -> dict:
    """The error responses of an endpoint that can raise `classes`: one per status, `code` an enum
    of those classes' codes, an example of each. `examples` replaces a code's example body."""
    by_status: dict[int, list[str]] = {}
    for cls in classes:
        codes = by_status.setdefault(cls.status, [])
        if cls.code not in codes:
            codes.append(cls.code)
    responses = {}
    for status, codes in sorted(by_status.items()):
        listed = []
        for code in codes:
            when, message, errors = ERROR_EXAMPLES[code]
            body = (examples or {}).get(code) or {"code": code, "message": message, "errors": errors}
            body = {**body, "request_id": EXAMPLE_REQUEST_ID}
            listed.append(OpenApiExample(code, value=body, summary=when))
        responses[status] = OpenApiResponse(
            _error_schema(codes),
            description="; ".join(f"`{code}`: {ERROR_EXAMPLES[code][0]}" for code in codes) + ".",
            examples=listed,
        )
    return responses


def strip_optional_slash(endpoints, **kwargs):
    """Paths match with and without a trailing slash (`route()`); document them without it."""
    return [(path.rstrip("/"), path_regex, method, callback) for path, path_regex, method, callback in endpoints]


def _probe(operation_id: str, summary: str, description: str, failure: dict | None) -> dict:
    ok = {"type": "object", "required": ["status"], "properties": {"status": {"type": "string", "enum": ["ok"]}}}
    responses = {
        "200": {
            "description": "OK",
            "content": {"application/json": {"schema": ok, "examples": {"Ok": {"value": {"status": "ok"}}}}},
        }
    }
    if failure:
        unavailable = _error_schema([e.ServiceUnavailable.code])
        responses["503"] = {
            "description": "The database cannot be reached.",
            "content": {
                "application/json": {
                    "schema": unavailable,
                    "examples": {"ServiceUnavailable": {"value": {**failure, "request_id": EXAMPLE_REQUEST_ID}}},
                }
            },
        }
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "description": description,
            "tags": ["service"],
            "security": [],
            "responses": responses,
        }
    }


def add_probes(result, **kwargs):
    """`/healthz` and `/readyz` are plain Django views (no DRF on the probes' path): described here."""
    result["paths"]["/healthz"] = _probe(
        "healthz", "Liveness", "The process is alive. Touches no database: for a liveness probe.", None
    )
    result["paths"]["/readyz"] = _probe(
        "readyz",
        "Readiness",
        "The database answers `SELECT 1`: for a readiness probe and load balancers.",
        {"code": "service_unavailable", "message": "The database cannot be reached.", "errors": {}},
    )
    return result
