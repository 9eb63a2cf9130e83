"""The books: accounts, transactions and their entries (double entry), reservations, services.

Every movement is one `Transaction` with `Entry` rows that sum to zero. User accounts cache
their balance, updated in the same database transaction as their entries; the two system
accounts (the outside world, company revenue) are never updated or locked: their balance is
the sum of their entries, so no single row is hot. The database enforces the invariants
(constraints here, triggers in migration 0002); code checks only give nicer errors.
"""

from decimal import Decimal

from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Abs

MONEY = {"max_digits": 20, "decimal_places": 2}
MAX_AMOUNT = Decimal("1000000000000.00")
# The largest balance NUMERIC(20, 2) holds: a movement that would pass it is refused (422).
MAX_BALANCE = Decimal("999999999999999999.99")


class Account(models.Model):
    class Kind(models.TextChoices):
        AVAILABLE = "available", "Available"
        RESERVED = "reserved", "Reserved"
        WORLD = "world", "Outside world (deposits and withdrawals)"
        REVENUE = "revenue", "Company revenue"

    USER_KINDS = (Kind.AVAILABLE, Kind.RESERVED)
    SYSTEM_KINDS = (Kind.WORLD, Kind.REVENUE)

    user_id = models.BigIntegerField(null=True, blank=True, help_text="Empty for system accounts.")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    balance = models.DecimalField(**MONEY, default=Decimal("0.00"), help_text="Cached; always 0 for system accounts.")
    created_at = models.DateTimeField(auto_now_add=True)
    moved_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="The time of the account's last movement, set with its balance (empty before the first); "
        "a movement is never stamped before it.",
    )

    class Meta:
        # The back office lists one row per user (the available account, the reserved beside it).
        verbose_name = "user balance"
        verbose_name_plural = "user balances"
        constraints = [
            models.UniqueConstraint(fields=["user_id", "kind"], name="account_one_per_user_kind"),
            models.UniqueConstraint(
                fields=["kind"], condition=Q(user_id__isnull=True), name="account_one_per_system_kind"
            ),
            models.CheckConstraint(condition=Q(balance__gte=0), name="account_balance_not_negative"),
            models.CheckConstraint(
                condition=Q(user_id__isnull=True, kind__in=["world", "revenue"])
                | Q(user_id__gt=0, kind__in=["available", "reserved"]),
                name="account_kind_matches_owner",
            ),
            models.CheckConstraint(
                condition=Q(user_id__isnull=False) | Q(balance=0), name="account_system_balance_zero"
            ),
        ]

    def __str__(self) -> str:
        return f"user {self.user_id} {self.kind}" if self.user_id else self.get_kind_display()

    @property
    def is_user_account(self) -> bool:
        return self.user_id is not None


class Service(models.Model):
    """A service that sells to users; its id is the calling system's, its name is the accountants'."""

    id = models.BigIntegerField(primary_key=True)
    name = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} (id {self.pk})"  # two services may share a name


class Reservation(models.Model):
    """Money held for an order of a service, identified by (order_id, service)."""

    class Status(models.TextChoices):
        RESERVED = "reserved", "Reserved"
        PAID = "paid", "Paid"
        CANCELLED = "cancelled", "Cancelled"
        REFUNDED = "refunded", "Refunded"
        EXPIRED = "expired", "Expired"

    user_id = models.BigIntegerField()
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="reservations")
    order_id = models.BigIntegerField()
    amount = models.DecimalField(**MONEY)
    paid_amount = models.DecimalField(**MONEY, default=Decimal("0.00"))
    refunded_amount = models.DecimalField(
        **MONEY, default=Decimal("0.00"), help_text="How much of the paid amount went back to the user."
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RESERVED)
    expires_at = models.DateTimeField(null=True, blank=True, help_text="Empty: never expires.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["order_id", "service"], name="reservation_one_per_order_service"),
            # Referenced by (transaction.reservation, transaction.service): see migration 0006.
            models.UniqueConstraint(fields=["id", "service"], name="reservation_id_service"),
            models.CheckConstraint(condition=Q(amount__gt=0), name="reservation_amount_positive"),
            models.CheckConstraint(
                condition=Q(status__in=["paid", "refunded"], paid_amount__gt=0, paid_amount__lte=F("amount"))
                | Q(status__in=["reserved", "cancelled", "expired"], paid_amount=0),
                name="reservation_paid_amount_consistent",
            ),
            # Refunds never give back more than was paid (0 <= refunded_amount <= paid_amount), and
            # `refunded` means all of it came back.
            models.CheckConstraint(
                condition=Q(refunded_amount__gte=0)
                & (
                    Q(status="paid", refunded_amount__lt=F("paid_amount"))
                    | Q(status="refunded", refunded_amount=F("paid_amount"))
                    | Q(status__in=["reserved", "cancelled", "expired"], refunded_amount=0)
                ),
                name="reservation_refunded_amount_consistent",
            ),
            models.CheckConstraint(
                condition=~Q(status="expired") | Q(expires_at__isnull=False), name="reservation_expired_had_an_expiry"
            ),
        ]
        indexes = [
            models.Index(fields=["user_id", "status"], name="reservation_user_status"),
            models.Index(fields=["created_at"], name="reservation_created"),  # the admin's date drill-down
            # The worker's sweep: the open reservations that expire, soonest first.
            models.Index(
                fields=["expires_at"],
                condition=Q(status="reserved", expires_at__isnull=False),
                name="reservation_open_expiry",
            ),
            # The dashboard's open reservations: only the open ones, so it stays small.
            models.Index(
                fields=["created_at"],
                include=["amount"],
                condition=Q(status="reserved"),
                name="reservation_open",
            ),
        ]

    def __str__(self) -> str:
        return f"order {self.order_id} of service {self.service_id}"

    def expired_at(self, moment) -> bool:
        """Whether the reservation has expired at `moment` (from `expires_at` on)."""
        return self.expires_at is not None and moment >= self.expires_at


class Transaction(models.Model):
    """One movement of money. Its entries sum to zero; it is never changed afterwards."""

    class Type(models.TextChoices):
        DEPOSIT = "deposit", "Deposit"
        WITHDRAWAL = "withdrawal", "Withdrawal"
        TRANSFER = "transfer", "Transfer"
        RESERVATION = "reservation", "Reservation"
        PAYMENT = "payment", "Payment"
        RESERVATION_RELEASE = "reservation_release", "Reservation release"
        REFUND = "refund", "Refund"

    type = models.CharField(max_length=24, choices=Type.choices)
    amount = models.DecimalField(**MONEY)
    user_id = models.BigIntegerField(help_text="Whose money moved (the sender of a transfer).")
    to_user_id = models.BigIntegerField(null=True, blank=True, help_text="The receiver of a transfer.")
    service = models.ForeignKey(
        Service,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,
        help_text="The reservation's service, copied here so the revenue report reads one index.",
    )
    reservation = models.ForeignKey(
        Reservation, null=True, blank=True, on_delete=models.PROTECT, related_name="transactions"
    )
    comment = models.CharField(max_length=500, blank=True, help_text="The caller's own words.")
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="transaction_amount_positive"),
            models.CheckConstraint(
                condition=Q(reservation__isnull=True, service__isnull=True)
                | Q(reservation__isnull=False, service__isnull=False),
                name="transaction_service_with_reservation",
            ),
        ]
        indexes = [
            # The admin's date drill-down, and the dashboard's movements per month and type (index-only).
            models.Index(fields=["created_at"], include=["type", "amount"], name="transaction_created_covering"),
            # The monthly report: an index-only scan over one month's payments and refunds.
            models.Index(
                fields=["created_at"],
                include=["service", "type", "amount"],
                condition=Q(type__in=["payment", "refund"]),
                name="transaction_revenue_month",
            ),
        ]
        # App-wide permissions of the back office (reports has no model to carry its own).
        permissions = [
            ("export_csv", "Can export the books to CSV"),
            ("view_monthly_report", "Can view the monthly revenue report"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.type} {self.amount}"


class Entry(models.Model):
    """One leg of a transaction on one account. `user_id`, `created_at` and `balance_after`
    are copied here so a user's history is one index scan."""

    transaction = models.ForeignKey(Transaction, on_delete=models.PROTECT, related_name="entries")
    account = models.ForeignKey(Account, on_delete=models.PROTECT, related_name="entries")
    user_id = models.BigIntegerField(null=True, blank=True)
    amount = models.DecimalField(**MONEY, help_text="Signed: positive adds to the account.")
    balance_after = models.DecimalField(**MONEY, null=True, blank=True, help_text="Empty on system accounts.")
    created_at = models.DateTimeField()

    class Meta:
        verbose_name_plural = "entries"
        constraints = [models.CheckConstraint(condition=~Q(amount=0), name="entry_amount_not_zero")]
        # One index per ordering of the history (by date, by absolute amount; ties by id), for
        # a user and for one of the user's accounts (the `account` filter): keyset pages read
        # `limit` rows of one of them at any depth.
        indexes = [
            models.Index(fields=["user_id", "created_at", "id"], name="entry_user_created"),
            models.Index(F("user_id"), Abs("amount"), F("id"), name="entry_user_abs_amount"),
            models.Index(fields=["account", "created_at", "id"], name="entry_account_created_id"),
            models.Index(F("account"), Abs("amount"), F("id"), name="entry_account_abs_amount"),
        ]

    def __str__(self) -> str:
        return f"{self.account} {self.amount:+}"


class Event(models.Model):
    """What other services learn of the books (docs/events.md): one event per committed
    transaction, written by `ledger.sql` (`postings_write`, `posting_alone`) in the same statement
    as its transaction (the outbox), so a movement that rolls back leaves none and one that
    commits never lacks one.

    On PostgreSQL the id is `(xid of the writing transaction) * EVENT_IDS_PER_XACT + n`, never a
    plain sequence: ids then ascend in the order in which the feed may hand them out safely (see
    `ledger.sql.event_settled_below`). The rows are written by `ledger.sql` only. `data` is the
    transaction as the API renders it (`ledger.outbox.event_data`)."""

    id = models.BigAutoField(primary_key=True)
    type = models.CharField(max_length=40)
    transaction = models.OneToOneField(Transaction, on_delete=models.PROTECT, related_name="event")
    data = models.JSONField()
    created_at = models.DateTimeField()

    class Meta:
        # The feed filtered by type reads this index from `after` on; retention walks the primary key.
        indexes = [models.Index(fields=["type", "id"], name="event_type_id")]

    def __str__(self) -> str:
        return f"event {self.pk} {self.type}"
