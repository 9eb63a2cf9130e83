"""The back office: a read-only window on the books.

Money rows (accounts, transactions, entries, reservations) cannot be added, changed or deleted
here by anyone, superusers included: corrections go through the API as new movements. Services
can be renamed. Big lists count with the planner's estimate and never count twice.
"""

import json
from decimal import Decimal

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import connections, router
from django.db.models import OuterRef, QuerySet, Subquery
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html

from balance_service.csv import csv_streaming_response
from balance_service.errors import AccountNotFound
from balance_service.fields import unstorable_time
from balance_service.money import money
from balance_service.routers import replica_reads
from ledger.history import HISTORY_ORDERINGS, HistoryQuery
from ledger.models import Account, Entry, Reservation, Service, Transaction
from ledger.pagination import cursor_encode
from ledger.selectors import balance_get, entry_page
from ledger.serializers import HistoryQuerySerializer
from ledger.wording import entry_comment, entry_counterparty_user_id

EXACT_COUNT_BELOW = 10_000
CENT = Decimal("0.01")


class EstimatedCountPaginator(Paginator):
    """A paginator whose count is PostgreSQL's planner estimate (EXPLAIN, one cheap query) when
    that estimate reaches EXACT_COUNT_BELOW rows, and an exact COUNT(*) otherwise: a list over
    millions of rows opens without counting them, a search for one user counts exactly."""

    @cached_property
    def count(self) -> int:
        queryset = self.object_list
        if isinstance(queryset, QuerySet) and connections[queryset.db].vendor == "postgresql":
            plan = queryset.order_by().explain(format="json")  # empty when the filter matches nothing
            estimate = int(json.loads(plan)[0]["Plan"]["Plan Rows"]) if plan else 0
            if estimate >= EXACT_COUNT_BELOW:
                return estimate
        return super().count


class FilterValuesChecked:
    """Refuse filter and search values the database cannot take, before they reach it: a NUL byte
    (PostgreSQL text cannot hold one), a time whose offset is ±16:00 or more, or a date
    hierarchy part (`created_at__year=3000000000`) no date can have. The list then
    opens unfiltered with a message saying why, as Django's admin does for other bad filters."""

    def get_changelist_instance(self, request: HttpRequest):
        for name, values in request.GET.lists():
            for value in values:
                if "\0" in name or "\0" in value or unstorable_time(value) or _impossible_date_part(name, value):
                    messages.error(
                        request, f"The filter {name.replace(chr(0), '')!r} has a value the books cannot search for."
                    )
                    raise IncorrectLookupParameters(name)
        return super().get_changelist_instance(request)


_DATE_PARTS = {"year": 9999, "month": 12, "day": 31}


def _impossible_date_part(name: str, value: str) -> bool:
    """A date hierarchy filter (`created_at__year`, `__month`, `__day`) that is not a number a
    date can have: Django's admin builds a `datetime` of it and a year past 9999 is a 500."""
    part = name.rsplit("__", 1)[-1]
    if "__" not in name or part not in _DATE_PARTS:
        return False
    return not (value.isascii() and value.isdigit() and len(value) <= 4 and 1 <= int(value) <= _DATE_PARTS[part])


def admin_link(viewname: str, label: object, *args: object, query: str = "") -> str:
    return format_html('<a href="{}{}">{}</a>', reverse(viewname, args=args), query, label)


def money_column(field: str, description: str):
    """A list column showing the money field `field` as 1,234.50, sorted by the field. Name it
    `<field>_money`: the back office's stylesheet right-aligns those columns."""

    @admin.display(description=description, ordering=field)
    def column(self, obj) -> str:
        return money(getattr(obj, field))

    return column


# The history page's orderings, as an accountant reads them.
ORDERING_LABELS = {
    "-created_at": "Newest first",
    "created_at": "Oldest first",
    "-amount": "Largest amount first",
    "amount": "Smallest amount first",
}


class BooksAdmin(FilterValuesChecked, admin.ModelAdmin):
    """Read-only for everyone; exports to CSV for those with `ledger.export_csv`.

    A subclass that exports sets `export_filename`, `export_header` and `export_row()`.
    """

    paginator = EstimatedCountPaginator
    show_full_result_count = False
    change_form_template = "admin/ledger/books_change_form.html"  # no edit-log "History" button
    list_per_page = 50
    actions = ["export_csv"]
    export_filename = ""
    export_header: tuple[str, ...] = ()

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        """Pinned to the replica when it keeps up (balances excepted: `routers.PRIMARY_ONLY`), so
        the list, its counts and a streamed export read there even after the view returns."""
        with replica_reads():
            return super().get_queryset(request).using(router.db_for_read(self.model))

    def changelist_view(self, request: HttpRequest, extra_context=None):
        """The list's title is its name, as in the side bar and the breadcrumb."""
        title = str(self.model._meta.verbose_name_plural).capitalize()
        return super().changelist_view(request, {"title": title, **(extra_context or {})})

    def has_export_permission(self, request: HttpRequest) -> bool:
        return bool(self.export_header) and request.user.has_perm("ledger.export_csv")

    def export_row(self, obj) -> tuple:
        raise NotImplementedError

    @admin.action(description="Export selected to CSV", permissions=["export"])
    def export_csv(self, request: HttpRequest, queryset: QuerySet):
        stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M%S")
        rows = (self.export_row(obj) for obj in queryset.iterator(chunk_size=2000))
        return csv_streaming_response(
            filename=f"{self.export_filename}-{stamp}.csv", header=self.export_header, rows=rows
        )


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(Account)
class UserBalanceAdmin(BooksAdmin):
    """One row per user: the available account, with the reserved balance alongside."""

    list_display = ["user_id", "available", "reserved", "created_at", "history"]
    search_fields = ["=user_id"]
    search_help_text = "A user id, e.g. 7."
    ordering = ["user_id"]
    fields = ["user_id", "available", "reserved", "created_at", "history"]
    readonly_fields = fields
    export_filename = "balances"
    export_header = ("user_id", "available", "reserved")

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        reserved = Account.objects.filter(user_id=OuterRef("user_id"), kind=Account.Kind.RESERVED).values("balance")
        return (
            super()
            .get_queryset(request)
            .filter(kind=Account.Kind.AVAILABLE)
            .annotate(reserved_balance=Subquery(reserved[:1]))
        )

    available = money_column("balance", "Available")

    @admin.display(description="Reserved", ordering="reserved_balance")
    def reserved(self, obj: Account) -> str:
        return money(self._reserved(obj))

    @staticmethod
    def _reserved(obj: Account) -> Decimal:
        # A subquery's decimal comes back unscaled on SQLite: give it the two decimals of money.
        return obj.reserved_balance.quantize(CENT)

    @admin.display(description="History")
    def history(self, obj: Account) -> str:
        return admin_link("admin:ledger_account_history", "history", obj.user_id)

    def get_urls(self) -> list:
        history = path(
            "<int:user_id>/history/", self.admin_site.admin_view(self.history_view), name="ledger_account_history"
        )
        return [history, *super().get_urls()]

    def history_view(self, request: HttpRequest, user_id: int) -> HttpResponse:
        """A user's history, as the API shows it (`ledger.selectors.entry_page`), 100 lines a page."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        params = HistoryQuerySerializer(data={**request.GET.dict(), "limit": 100})
        if params.is_valid():
            query = params.query(user_id)
        else:  # a stale or edited link: say so and show the first page
            messages.warning(request, "The link was not valid; showing the newest movements.")
            query = HistoryQuery(user_id=user_id, limit=100)
        try:
            with replica_reads():
                page = entry_page(query)
        except AccountNotFound:
            raise Http404(f"User {user_id} has no account.") from None
        balance = balance_get(user_id=user_id)

        def link(target) -> str | None:
            return f"?ordering={query.ordering}&cursor={cursor_encode(target)}" if target else None

        context = {
            **self.admin_site.each_context(request),
            "title": f"History of user {user_id}",
            "opts": self.model._meta,
            "balance": balance,
            "lines": [(entry, entry_comment(entry), entry_counterparty_user_id(entry)) for entry in page.items],
            "orderings": [(name, ORDERING_LABELS.get(name, name)) for name in HISTORY_ORDERINGS],
            "ordering": query.ordering,
            "next_link": link(page.next),
            "previous_link": link(page.previous),
        }
        return TemplateResponse(request, "admin/ledger/account/history.html", context)

    def export_row(self, obj: Account) -> tuple:
        return (obj.user_id, obj.balance, self._reserved(obj))


class EntryInline(ReadOnlyInline):
    model = Entry
    fields = ["account", "user_id", "amount", "balance_after"]
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("account")


@admin.register(Transaction)
class TransactionAdmin(BooksAdmin):
    list_display = ["id", "created_at", "type", "amount_money", "user_id", "to_user_id", "order", "comment"]
    list_filter = ["type"]
    search_fields = ["=id"]
    search_help_text = "A transaction id."
    list_select_related = ["reservation"]
    date_hierarchy = "created_at"
    ordering = ["-id"]
    fields = ["id", "created_at", "type", "amount", "user_id", "to_user_id", "order", "comment"]
    readonly_fields = fields
    inlines = [EntryInline]
    export_filename = "transactions"
    export_header = (
        "id", "created_at", "type", "amount", "user_id", "to_user_id", "order_id", "service_id", "comment",
    )  # fmt: skip

    amount_money = money_column("amount", "Amount")

    @admin.display(description="Order", ordering="reservation")
    def order(self, obj: Transaction) -> str:
        if obj.reservation is None:
            return "-"
        return admin_link("admin:ledger_reservation_change", obj.reservation, obj.reservation_id)

    def export_row(self, obj: Transaction) -> tuple:
        reservation = obj.reservation
        return (
            obj.id,
            obj.created_at,
            obj.type,
            obj.amount,
            obj.user_id,
            obj.to_user_id,
            reservation and reservation.order_id,
            reservation and reservation.service_id,
            obj.comment,
        )


@admin.register(Entry)
class EntryAdmin(BooksAdmin):
    """Legs of transactions. No date drill-down: entries are reached through a user or a
    transaction, and another index on the busiest table is not worth it."""

    list_display = [
        "id", "created_at", "transaction_link", "type", "account", "user_id", "amount_money", "balance_after_money",
    ]  # fmt: skip
    list_filter = ["account__kind"]
    search_fields = ["=user_id"]
    search_help_text = "A user id, e.g. 7."
    list_select_related = ["account", "transaction"]
    ordering = ["-id"]
    fields = ["id", "created_at", "transaction_link", "type", "account", "user_id", "amount", "balance_after"]
    readonly_fields = fields

    amount_money = money_column("amount", "Amount")
    balance_after_money = money_column("balance_after", "Balance after")

    @admin.display(description="Transaction", ordering="transaction")
    def transaction_link(self, obj: Entry) -> str:
        return admin_link("admin:ledger_transaction_change", f"#{obj.transaction_id}", obj.transaction_id)

    @admin.display(description="Type", ordering="transaction__type")
    def type(self, obj: Entry) -> str:
        return obj.transaction.get_type_display()


class TransactionInline(ReadOnlyInline):
    model = Transaction
    fields = ["link", "created_at", "type", "amount", "comment"]
    readonly_fields = fields

    @admin.display(description="Transaction")
    def link(self, obj: Transaction) -> str:
        return admin_link("admin:ledger_transaction_change", f"#{obj.pk}", obj.pk)


@admin.register(Reservation)
class ReservationAdmin(BooksAdmin):
    list_display = [
        "order_id", "service", "user_id", "amount_money", "paid_amount_money", "status", "created_at", "updated_at",
    ]  # fmt: skip
    list_filter = ["status", "service"]
    search_fields = ["=order_id"]
    search_help_text = "An order id."
    list_select_related = ["service"]
    date_hierarchy = "created_at"
    ordering = ["-id"]
    fields = ["order_id", "service", "user_id", "amount", "paid_amount", "status", "created_at", "updated_at"]
    readonly_fields = fields
    inlines = [TransactionInline]
    export_filename = "reservations"
    export_header = (
        "order_id", "service_id", "service_name", "user_id", "amount", "paid_amount", "status", "created_at",
        "updated_at",
    )  # fmt: skip

    amount_money = money_column("amount", "Amount")
    paid_amount_money = money_column("paid_amount", "Paid")

    def export_row(self, obj: Reservation) -> tuple:
        return (
            obj.order_id,
            obj.service_id,
            obj.service.name,
            obj.user_id,
            obj.amount,
            obj.paid_amount,
            obj.status,
            obj.created_at,
            obj.updated_at,
        )


@admin.register(Service)
class ServiceAdmin(FilterValuesChecked, admin.ModelAdmin):
    """Services are registered by the API; accountants may only rename them."""

    list_display = ["id", "name", "created_at"]
    search_fields = ["name"]
    ordering = ["name"]
    fields = ["id", "name", "created_at"]
    readonly_fields = ["id", "created_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
