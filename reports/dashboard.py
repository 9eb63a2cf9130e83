"""The back office's dashboard, the admin index for accountants: what users hold, revenue, money in
and out this month, open reservations, and two charts over the last 12 months. Every figure links
to the list or report behind it. The figures come from `ledger.totals.dashboard_get` (five
queries whatever the size of the books)."""

from datetime import date

from django.http import HttpRequest
from django.urls import reverse

from ledger.models import Reservation, Transaction
from ledger.totals import REVENUE_PARTS, Month, dashboard_get
from reports.charts import Series, bar_chart

MONTHS_SHOWN = 12


def _month_label(start: date) -> str:
    return start.strftime("%b %Y")


def _axis_label(start: date) -> str:
    return start.strftime("%b %y")


def report_url(month: Month) -> str:
    return f"{reverse('admin:reports_monthly')}?period={month.start:%Y-%m}"


def transactions_url(month: Month, kind: str) -> str:
    """The transactions list narrowed to one type and one month (the list's own date drill-down)."""
    return (
        f"{reverse('admin:ledger_transaction_changelist')}?type__exact={kind}"
        f"&created_at__year={month.start.year}&created_at__month={month.start.month}"
    )


def dashboard_context(request: HttpRequest) -> dict:
    board = dashboard_get(months=MONTHS_SHOWN)
    this, last = board.this_month, board.last_month
    balances = reverse("admin:ledger_account_changelist")
    figures = [
        ("Money users hold: available", board.holdings.available, f"{balances}?o=-2", "cached balances, now"),
        ("Money users hold: reserved", board.holdings.reserved, f"{balances}?o=-3", "cached balances, now"),
    ]
    for label, month in ((f"this month ({_month_label(this.start)})", this), ("last month", last)):
        for part in REVENUE_PARTS:
            figures.append(
                (
                    f"{part.name.capitalize()} {label}",
                    month.revenue_parts[part.name],
                    transactions_url(month, part.type),
                    "",
                )
            )
        figures.append(
            (
                f"Revenue {label}",
                month.revenue,
                report_url(month),
                "net: payments less refunds; per service in the report",
            )
        )
    figures += [
        ("Deposits this month", this.deposits, transactions_url(this, Transaction.Type.DEPOSIT), ""),
        ("Withdrawals this month", this.withdrawals, transactions_url(this, Transaction.Type.WITHDRAWAL), ""),
        (
            f"Open reservations ({board.open_reservations:,})",
            board.open_reserved,
            f"{reverse('admin:ledger_reservation_changelist')}?status__exact={Reservation.Status.RESERVED}",
            "count and total",
        ),
    ]
    labels = [_axis_label(month.start) for month in board.months]
    revenue_series = [Series("Net revenue", [month.revenue for month in board.months], "bar-revenue")]
    if len(REVENUE_PARTS) > 1:  # payments and refunds beside the net revenue
        revenue_series = [
            *(
                Series(part.name.capitalize(), [m.revenue_parts[part.name] for m in board.months], f"bar-{part.name}")
                for part in REVENUE_PARTS
            ),
            *revenue_series,
        ]
    held_labels = [*labels[:-1], "now"]
    return {
        "title": "Dashboard",
        "figures": figures,
        "users": f"{board.holdings.users:,}",
        "revenue_chart": bar_chart(
            title="Payments, refunds and net revenue per month, last 12 months",
            labels=labels,
            series=revenue_series,
            links=[report_url(month) for month in board.months],
        ),
        "held_chart": bar_chart(
            title="Money users hold at each month end",
            labels=held_labels,
            series=[
                Series("Available", [month.held_available for month in board.months], "bar-available"),
                Series("Reserved", [month.held_reserved for month in board.months], "bar-reserved"),
            ],
        ),
    }
