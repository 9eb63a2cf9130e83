"""Examples and descriptions of the OpenAPI schema, per endpoint: one realistic story (user 7 pays
for order 15 of service 3, "Premium listing") told through every request and answer.

`ledger/tests/test_schema_docs.py` checks that every request body, success and error code of the
published schema has an example, and that each example matches its schema.
"""

from drf_spectacular.utils import OpenApiExample, OpenApiResponse

AT = "2022-11-05T15:30:00+03:00"


def _balances(available: str, reserved: str = "0.00", *others: tuple[int, str, str]) -> list[dict]:
    """`balances` of a movement's answer: user 7's after it, then any other user it changed."""
    return [{"user_id": 7, "available": available, "reserved": reserved}] + [
        {"user_id": user_id, "available": a, "reserved": r} for user_id, a, r in others
    ]


def _txn(id_: int, type_: str, amount: str, comment: str = "", *, balances: list[dict], **extra) -> dict:
    body = {"id": id_, "type": type_, "amount": amount, "comment": comment, "created_at": AT, "user_id": 7}
    return body | {"to_user_id": None, "order_id": None, "service_id": None} | extra | {"balances": balances}


def _reservation(
    status: str, *, balances: list[dict], amount: str = "30.00", paid: str = "0.00", refunded: str = "0.00"
) -> dict:
    return {
        "user_id": 7,
        "service_id": 3,
        "service_name": "Premium listing",
        "order_id": 15,
        "amount": amount,
        "paid_amount": paid,
        "refunded_amount": refunded,
        "expires_at": None,
        "status": status,
        "created_at": AT,
        "updated_at": AT,
        "balances": balances,
    }


def request(summary: str, body: dict) -> OpenApiExample:
    return OpenApiExample(summary, value=body, request_only=True)


def success(serializer, *examples: tuple[str, object], media_type: str | None = None) -> OpenApiResponse:
    return OpenApiResponse(
        serializer, examples=[OpenApiExample(title, value=body, media_type=media_type) for title, body in examples]
    )


def invalid(field: str, message: str) -> dict:
    """The `validation_error` example of one endpoint."""
    return {
        "validation_error": {
            "code": "validation_error",
            "message": "The request is not valid.",
            "errors": {field: [message]},
        }
    }


DEPOSIT = _txn(101, "deposit", "100.00", "card payment 5531", balances=_balances("100.00"))
WITHDRAWAL = _txn(102, "withdrawal", "10.00", "payout", balances=_balances("90.00"))
TRANSFER = _txn(
    103, "transfer", "5.50", "rent for May", to_user_id=8, balances=_balances("84.50", "0.00", (8, "5.50", "0.00"))
)
RESERVATION = _reservation("reserved", balances=_balances("54.50", "30.00"))
PAID = _reservation("paid", paid="25.00", balances=_balances("59.50", "0.00"))
CANCELLED = _reservation("cancelled", balances=_balances("84.50", "0.00"))
REFUNDED = _reservation("paid", paid="25.00", refunded="10.00", balances=_balances("69.50", "0.00"))

# Per movement: what it does, its request examples, its success examples by status.
MOVEMENTS: dict[str, dict] = {
    "deposit": {
        "description": "Money enters from outside (billing, after an external payment): the user's available "
        "balance grows by `amount`. The first deposit opens the user's available and reserved accounts. "
        "Needs `funds:deposit`.",
        "request": [request("A card payment", {"user_id": 7, "amount": "100.00", "comment": "card payment 5531"})],
        "responses": {201: [("Deposited", DEPOSIT)]},
    },
    "withdraw": {
        "description": "Money leaves to an external payout: the user's available balance shrinks by `amount`, "
        "never below zero. Needs `funds:withdraw`.",
        "request": [request("A payout", {"user_id": 7, "amount": "10.00", "comment": "payout"})],
        "responses": {201: [("Withdrawn", WITHDRAWAL)]},
    },
    "transfer": {
        "description": "Money moves from one user's available balance to another's, in one transaction. Opens the "
        "receiver's accounts if needed; a refused transfer opens nothing. Needs `funds:transfer`.",
        "request": [
            request("Rent", {"from_user_id": 7, "to_user_id": 8, "amount": "5.50", "comment": "rent for May"}),
        ],
        "responses": {201: [("Transferred", TRANSFER)]},
        "invalid": invalid("to_user_id", "Must differ from from_user_id."),
    },
    "reserve": {
        "description": "Holds money for an order: `amount` moves from the user's available balance to reserved. "
        "A reservation is identified by (`order_id`, `service_id`); a new `service_id` is registered with "
        "`service_name` (or `Service <id>`). The same call again answers 200 with the reservation as it is "
        "now, and nothing moves. Needs `orders:write`.",
        "request": [
            request(
                "An order",
                {"user_id": 7, "service_id": 3, "order_id": 15, "amount": "30.00", "service_name": "Premium listing"},
            )
        ],
        "responses": {201: [("Reserved", RESERVATION)], 200: [("The same call again", RESERVATION)]},
    },
    "make-payment": {
        "description": "Charges a reservation: `amount` moves from reserved to the company's revenue and counts in "
        "that month's report; the unpaid rest of the reservation goes back to available. Paying a paid "
        "reservation again with the same amount: 200, nothing moves. Needs `orders:write`.",
        "request": [request("A partial payment", {"user_id": 7, "service_id": 3, "order_id": 15, "amount": "25.00"})],
        "responses": {200: [("Paid 25.00 of 30.00 (5.00 back to available)", PAID)]},
    },
    "reserve-refund": {
        "description": "Cancels a reservation: the whole reserved amount goes back to available. `amount`, when "
        "given, must equal the reserved amount. Again: 200, nothing moves. Needs `orders:write`.",
        "request": [request("Cancel an order", {"user_id": 7, "service_id": 3, "order_id": 15})],
        "responses": {200: [("Cancelled", CANCELLED)]},
    },
    "payment-refund": {
        "description": "Gives back all or part of a paid reservation: `amount` moves from the company's revenue to "
        "the user's available balance as a new `refund` transaction, which lowers the month's revenue in the "
        "report. Several partial refunds may follow each other; together never more than `paid_amount`. "
        "Needs `orders:write`.",
        "request": [
            request(
                "A partial refund",
                {"user_id": 7, "service_id": 3, "order_id": 15, "amount": "10.00", "comment": "damaged on delivery"},
            )
        ],
        "responses": {201: [("Refunded 10.00 of 25.00 paid", REFUNDED)]},
    },
}

BATCH_DESCRIPTION = (
    "Up to 1,000 operations, each `op` plus the body of that endpoint. `atomic: true`: all happen or none "
    "does; 201 with the results in order, or the error of the first operation refused (its status and "
    "code) with `errors` naming `operations.N`. `atomic: false`: each stands alone; 200 with a status and "
    "body per operation. The key needs the scopes of every operation inside (a 403 names the missing "
    "ones); one Idempotency-Key covers the whole batch."
)
BATCH_REQUEST = [
    request(
        "All or nothing",
        {
            "atomic": True,
            "operations": [
                {"op": "deposit", "user_id": 9, "amount": "50.00"},
                {"op": "transfer", "from_user_id": 9, "to_user_id": 7, "amount": "20.00", "comment": "split the bill"},
            ],
        },
    ),
    request(
        "Each on its own",
        {
            "atomic": False,
            "operations": [
                {"op": "withdraw", "user_id": 7, "amount": "10.00"},
                {"op": "withdraw", "user_id": 7, "amount": "5000.00"},
            ],
        },
    ),
]
BATCH_ATOMIC = {
    "results": [
        _txn(104, "deposit", "50.00", user_id=9, balances=[{"user_id": 9, "available": "50.00", "reserved": "0.00"}]),
        _txn(
            105,
            "transfer",
            "20.00",
            "split the bill",
            user_id=9,
            to_user_id=7,
            balances=[
                {"user_id": 9, "available": "30.00", "reserved": "0.00"},
                {"user_id": 7, "available": "104.50", "reserved": "0.00"},
            ],
        ),
    ]
}
BATCH_EACH = {
    "results": [
        {"status": 201, "body": WITHDRAWAL},
        {
            "status": 422,
            "body": {
                "code": "insufficient_funds",
                "message": "User 7 has 90.00 available, 5000.00 requested.",
                "errors": {},
            },
        },
    ]
}
BATCH_INVALID = invalid("operations.1.amount", "Must be greater than 0 and at most 1000000000000.00.")

BALANCE_DESCRIPTION = (
    "The user's available balance (free to spend) and reserved balance (held for orders), in RUB. "
    "404 for a user who never received money. Needs `balance:read`."
)
BALANCE = {"user_id": 7, "available": "70.00", "reserved": "30.00", "currency": "RUB"}
BALANCE_AT = BALANCE | {"at": "2022-10-31T23:59:59+03:00"}
USER_ID_INVALID = invalid("user_id", "Must be between 1 and 9223372036854775807.")

HISTORY_PAGE = {
    "next": "http://127.0.0.1:8000/api/v1/information/account-transactions/7?cursor=eyJ2Ijo...&limit=2",
    "previous": None,
    "results": [
        {
            "id": 212,
            "transaction_id": 110,
            "created_at": AT,
            "type": "payment",
            "account": "reserved",
            "amount": "-25.00",
            "balance_after": "5.00",
            "comment": "Payment for order 15 (Premium listing)",
            "order_id": 15,
            "service_id": 3,
            "counterparty_user_id": None,
        },
        {
            "id": 207,
            "transaction_id": 103,
            "created_at": AT,
            "type": "transfer",
            "account": "available",
            "amount": "-5.50",
            "balance_after": "64.50",
            "comment": "Transfer to user 8: rent for May",
            "order_id": None,
            "service_id": None,
            "counterparty_user_id": 8,
        },
    ],
}
HISTORY_INVALID = invalid("ordering", '"size" is not a valid choice.')

REPORT_LINK = {
    "period": "2022-11",
    "url": "http://127.0.0.1:8000/api/v1/reports/consolidated/monthly/2022-11.csv?signature=1ovYtK:x3Jr7...",
}
REPORT_INVALID = invalid("period", "Must be a month as YYYY-MM, e.g. 2022-11.")
REPORT_CSV = "service_name;revenue\r\nDelivery;310.00\r\nPremium listing;1250.00\r\n"
REPORT_LINK_REFUSED = {
    "permission_denied": {
        "code": "permission_denied",
        "message": "This report link has expired; ask the API for a new one.",
        "errors": {},
    }
}

METRICS_TEXT = """\
# HELP balance_http_requests_total HTTP requests answered.
# TYPE balance_http_requests_total counter
balance_http_requests_total{method="POST",route="transactions/transfer",status="201"} 1532.0
# HELP balance_verify_ledger_problems Problems the last verify_ledger run found.
# TYPE balance_verify_ledger_problems gauge
balance_verify_ledger_problems 0.0
"""

EVENTS_PAGE = {
    "results": [
        {"id": 2951479051793, "type": "transaction.deposit", "created_at": AT, "data": DEPOSIT},
        {"id": 2951479117329, "type": "transaction.transfer", "created_at": AT, "data": TRANSFER},
    ],
    "next_after": 2951479117329,
}
EVENTS_INVALID = invalid("limit", "Ensure this value is less than or equal to 1000.")
