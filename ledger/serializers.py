"""Input serializers (what each movement accepts) and output serializers (what it returns)."""

import functools
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from balance_service.fields import StorableDateTimeField, StrictIntegerField
from ledger import outbox, wording
from ledger.history import DEFAULT_HISTORY_ORDERING, HISTORY_ORDERINGS, MAX_HISTORY_LIMIT, HistoryQuery
from ledger.models import MAX_AMOUNT, Account, Entry, Reservation, Transaction
from ledger.pagination import cursor_decode

_PLAIN_NUMBER = re.compile(r"-?[0-9]{1,40}(\.[0-9]{1,2})?")  # fullmatch: no final newline
MAX_ID = 2**63 - 1


class FieldsOnce:
    """Mixed into the serializers of the money endpoints: their fields are built once per class
    instead of once per instance. DRF deep-copies every declared field for each new serializer
    (a ModelSerializer even rebuilds them from the model): a tenth of a transfer's CPU time.

    Safe for these serializers because their fields keep no state between calls and read nothing
    from the serializer they are bound to (no context, no partial updates): they are bound to an
    empty instance made for the purpose. `ledger/tests/test_serializers.py` checks it under threads.
    """

    @property
    def fields(self):
        cls = type(self)
        if "_fields_once" not in cls.__dict__:
            cls._fields_once = super(FieldsOnce, cls()).fields
        return cls._fields_once


@extend_schema_field(
    {
        "oneOf": [
            {"type": "string", "pattern": r"^[0-9]{1,13}(\.[0-9]{1,2})?$", "example": "100.50"},
            {"type": "number", "minimum": 0, "exclusiveMinimum": True, "maximum": 1000000000000, "multipleOf": 0.01},
        ],
        "description": "Greater than 0, at most 1000000000000.00, at most two decimals.",
    }
)
class AmountField(serializers.Field):
    """A positive amount of money with at most two decimals, from a JSON string or number.

    Refused: booleans, exponents (`"1e3"`, `10e-1`), NaN and infinities, three decimals, zero,
    negative amounts, anything around the digits (`"5\\n"`, `" 5"`), and anything over the
    maximum of docs/api.md. JSON numbers arrive as `JSONNumber` (see `balance_service.parsers`), never as
    `float`, and are judged by their literal, as a string is.
    """

    default_error_messages = {
        "invalid": 'Must be a decimal amount with at most two decimals, e.g. "100.50".',
        "range": f"Must be greater than 0 and at most {MAX_AMOUNT}.",
    }

    def to_internal_value(self, data) -> Decimal:
        if isinstance(data, bool) or not isinstance(data, (str, int, Decimal)):
            self.fail("invalid")
        if isinstance(data, int):
            value = Decimal(data)
        else:
            text = data if isinstance(data, str) else getattr(data, "literal", None) or str(data)
            if not _PLAIN_NUMBER.fullmatch(text):
                self.fail("invalid")
            value = Decimal(text)
        if not Decimal("0") < value <= MAX_AMOUNT:
            self.fail("range")
        return value.quantize(Decimal("0.01"))

    def to_representation(self, value) -> str:
        return f"{value:.2f}"


def MoneyField(**kwargs) -> serializers.DecimalField:  # noqa: N802 - reads like a field class
    """An amount in a response: a string with exactly two decimals, e.g. "100.50"."""
    return serializers.DecimalField(max_digits=20, decimal_places=2, coerce_to_string=True, **kwargs)


def IdField(**kwargs) -> StrictIntegerField:  # noqa: N802 - reads like a field class
    """A positive id that fits a signed 64-bit integer: a JSON integer or a string of ASCII digits."""
    return StrictIntegerField(min_value=1, max_value=MAX_ID, **kwargs)


def CommentField() -> serializers.CharField:  # noqa: N802
    return serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class InstantField(serializers.DateTimeField):
    """An instant, ISO 8601 (without an offset: in the business time zone), returned in UTC.
    Refused: an offset of 16 hours or more (PostgreSQL stores none) and an instant that falls
    outside the years 1-9999 once in UTC."""

    default_error_messages = {"offset": "The UTC offset must be less than 16 hours."}
    MAX_OFFSET = timedelta(hours=16)

    def to_internal_value(self, value) -> datetime:
        if isinstance(value, str) and len(value) > 64:
            self.fail("invalid", format="ISO 8601")
        try:
            parsed = parse_datetime(value) if isinstance(value, str) else None
        except ValueError:  # well formed but no such date: the parent says "invalid"
            parsed = None
        if parsed is not None and parsed.utcoffset() is not None and abs(parsed.utcoffset()) >= self.MAX_OFFSET:
            self.fail("offset")
        instant = super().to_internal_value(value)
        try:
            return instant.astimezone(UTC)
        except OverflowError:
            self.fail("overflow")


class DepositInputSerializer(FieldsOnce, serializers.Serializer):
    user_id = IdField()
    amount = AmountField()
    comment = CommentField()


class WithdrawalInputSerializer(DepositInputSerializer):
    pass


class TransferInputSerializer(FieldsOnce, serializers.Serializer):
    from_user_id = IdField()
    to_user_id = IdField()
    amount = AmountField()
    comment = CommentField()

    def validate(self, attrs):
        if attrs["from_user_id"] == attrs["to_user_id"]:
            raise serializers.ValidationError({"to_user_id": ["Must differ from from_user_id."]})
        return attrs


class ReservationKeySerializer(FieldsOnce, serializers.Serializer):
    user_id = IdField()
    service_id = IdField()
    order_id = IdField()


class ReserveInputSerializer(ReservationKeySerializer):
    amount = AmountField()
    service_name = serializers.CharField(max_length=255, required=False, allow_blank=False)
    comment = CommentField()
    expires_at = InstantField(
        required=False,
        help_text="When the held money goes back to available if the order is not paid: in the future, at most "
        "RESERVATION_MAX_TTL (default 30 days) ahead. Default: RESERVATION_DEFAULT_TTL from now (default: never).",
    )

    def validate(self, attrs):
        now = timezone.now()
        if "expires_at" not in attrs:
            ttl = settings.RESERVATION_DEFAULT_TTL
            return attrs | {"expires_at": now + timedelta(seconds=ttl)} if ttl else attrs
        if attrs["expires_at"] <= now:
            raise serializers.ValidationError({"expires_at": ["Must be in the future."]})
        if attrs["expires_at"] > now + timedelta(seconds=settings.RESERVATION_MAX_TTL):
            limit = timedelta(seconds=settings.RESERVATION_MAX_TTL)
            raise serializers.ValidationError({"expires_at": [f"Must be at most {limit} ahead."]})
        return attrs


class PaymentInputSerializer(ReservationKeySerializer):
    amount = AmountField()


class RefundInputSerializer(ReservationKeySerializer):
    amount = AmountField(required=False)


class PaymentRefundInputSerializer(ReservationKeySerializer):
    amount = AmountField(required=False, help_text="Default: all of the payment that is not refunded yet.")
    comment = CommentField()


class TransactionOutputSerializer(FieldsOnce, serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    type = serializers.ChoiceField(choices=Transaction.Type.choices, read_only=True)
    amount = MoneyField(read_only=True)
    comment = serializers.CharField(read_only=True, help_text="The caller's own words.")
    created_at = serializers.DateTimeField(read_only=True)
    user_id = serializers.IntegerField(read_only=True, help_text="Whose money moved (the sender of a transfer).")
    to_user_id = serializers.IntegerField(read_only=True, allow_null=True, help_text="The receiver of a transfer.")
    order_id = serializers.IntegerField(source="reservation.order_id", default=None, allow_null=True, read_only=True)
    service_id = serializers.IntegerField(
        source="reservation.service_id", default=None, allow_null=True, read_only=True
    )

    def to_representation(self, txn: Transaction) -> dict:
        """What DRF's field-by-field rendering of the fields above gives (a test compares the two),
        written out once for the API and the events (`ledger.outbox.event_data`)."""
        return outbox.event_data(txn)


class ReservationOutputSerializer(FieldsOnce, serializers.ModelSerializer):
    service_name = serializers.CharField(source="service.name")
    amount = MoneyField()
    paid_amount = MoneyField()
    refunded_amount = MoneyField()
    expires_at = serializers.DateTimeField(allow_null=True, help_text="Null: never expires.")

    class Meta:
        model = Reservation
        fields = [
            "user_id",
            "service_id",
            "service_name",
            "order_id",
            "amount",
            "paid_amount",
            "refunded_amount",
            "expires_at",
            "status",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class BalanceAfterOutputSerializer(serializers.Serializer):
    """A user's balances right after a movement (rendered by `ledger.outbox.balances_data`)."""

    user_id = serializers.IntegerField()
    available = MoneyField()
    reserved = MoneyField()


@functools.cache
def with_balances(output: type[serializers.Serializer]) -> type[serializers.Serializer]:
    """The schema of a movement's answer: `output` plus `balances` (`Operation.outcome` adds them)."""
    name = output.__name__.replace("OutputSerializer", "PostedSerializer")
    attrs = {
        "balances": BalanceAfterOutputSerializer(
            many=True, read_only=True, help_text="Each user the movement changed: their balances right after it."
        )
    }
    if hasattr(output, "Meta"):
        attrs["Meta"] = type("Meta", (output.Meta,), {"fields": [*output.Meta.fields, "balances"]})
    return type(name, (output,), attrs)


class BalanceOutputSerializer(FieldsOnce, serializers.Serializer):
    user_id = serializers.IntegerField()
    available = MoneyField()
    reserved = MoneyField()
    currency = serializers.CharField()


class BalanceAtQuerySerializer(serializers.Serializer):
    """`?at=` of a balance read (the read without it takes no query parameter)."""

    at = InstantField(help_text="The balances as they were at this instant (after every change at or before it).")

    def validate_at(self, at: datetime) -> datetime:
        if at > timezone.now():
            raise serializers.ValidationError("Must not be in the future.")
        return at


class BalanceAtOutputSerializer(BalanceOutputSerializer):
    at = serializers.DateTimeField(required=False, help_text="The instant asked for (only when `at` was given).")


@extend_schema_field(OpenApiTypes.STR)
class CursorField(serializers.Field):
    """An opaque cursor from a `next` or `previous` link, decoded to a `Cursor`."""

    default_error_messages = {"invalid": "Invalid cursor: use the next or previous link of a page as it is."}

    def to_internal_value(self, data):
        if not isinstance(data, str) or len(data) > 1000:
            self.fail("invalid")
        try:
            return cursor_decode(data)
        except ValueError:
            self.fail("invalid")


class HistoryQuerySerializer(serializers.Serializer):
    """The query string of a user's history, validated into a `HistoryQuery` (`.query(user_id)`).
    Times without an offset are read in the business time zone (settings.TIME_ZONE)."""

    ordering = serializers.ChoiceField(
        choices=list(HISTORY_ORDERINGS),
        default=DEFAULT_HISTORY_ORDERING,
        help_text="By date or by absolute amount; ties by id.",
    )
    limit = StrictIntegerField(min_value=1, max_value=MAX_HISTORY_LIMIT, default=50, help_text="Items per page.")
    cursor = CursorField(required=False, help_text="Opaque: from the `next` or `previous` link of a page.")
    type = serializers.ChoiceField(
        choices=Transaction.Type.choices, required=False, help_text="Only this type of transaction."
    )
    account = serializers.ChoiceField(
        choices=[(kind.value, kind.label) for kind in Account.USER_KINDS],
        required=False,
        help_text="Only this balance.",
    )
    created_after = StorableDateTimeField(required=False, help_text="Created at or after this time.")
    created_before = StorableDateTimeField(required=False, help_text="Created before this time.")

    _FILTERS = ("type", "account", "created_after", "created_before")

    def to_internal_value(self, data):
        # An empty filter (`?type=`) filters nothing, as a form left blank would.
        data = {name: data.get(name) for name in data if not (name in self._FILTERS and data.get(name) == "")}
        return super().to_internal_value(data)

    def validate(self, attrs):
        cursor = attrs.get("cursor")
        if cursor is not None and cursor.ordering != attrs["ordering"]:
            raise serializers.ValidationError({"cursor": [f"This cursor is for ordering={cursor.ordering}."]})
        return attrs

    def query(self, user_id: int) -> HistoryQuery:
        return HistoryQuery(user_id=user_id, **self.validated_data)


class HistoryEntryOutputSerializer(serializers.ModelSerializer):
    """One change of one of the user's balances."""

    type = serializers.ChoiceField(source="transaction.type", choices=Transaction.Type.choices)
    account = serializers.ChoiceField(source="account.kind", choices=[(k.value, k.label) for k in Account.USER_KINDS])
    amount = MoneyField(help_text="Signed, from the user's side: negative when money left this balance.")
    balance_after = MoneyField(help_text="This balance (available or reserved) after the change.")
    comment = serializers.SerializerMethodField()
    order_id = serializers.IntegerField(source="transaction.reservation.order_id", default=None, allow_null=True)
    service_id = serializers.IntegerField(source="transaction.reservation.service_id", default=None, allow_null=True)
    counterparty_user_id = serializers.SerializerMethodField()
    transaction_id = serializers.IntegerField(help_text="The `id` that the answer to the movement gave.")

    class Meta:
        model = Entry
        fields = [
            "id",
            "transaction_id",
            "created_at",
            "type",
            "account",
            "amount",
            "balance_after",
            "comment",
            "order_id",
            "service_id",
            "counterparty_user_id",
        ]
        read_only_fields = fields

    def get_comment(self, entry: Entry) -> str:
        return wording.entry_comment(entry)

    def get_counterparty_user_id(self, entry: Entry) -> int | None:
        return wording.entry_counterparty_user_id(entry)


class HistoryPageOutputSerializer(serializers.Serializer):
    next = serializers.URLField(allow_null=True, help_text="The next page, or null on the last.")
    previous = serializers.URLField(allow_null=True, help_text="The previous page, or null on the first.")
    results = HistoryEntryOutputSerializer(many=True)
