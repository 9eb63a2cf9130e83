"""The back office's reports: the dashboard (the index for accountants), the monthly report on
screen with its CSV (the same bytes as the API's signed link and the `monthly_report` command,
`reports.monthly.monthly_report_csv`), and every user's balances at the end of a day with the
trial balance and a CSV export.

Bad input (a month like 2022-13, a malformed or future date, a page past the end) is a 400 with
the page and a message saying what to fix, never a 500.
"""

import re
from datetime import date, timedelta

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from balance_service.csv import csv_streaming_response, streaming_download
from balance_service.routers import replica_reads
from ledger.balances_at import balances_at
from ledger.models import Account
from ledger.totals import REVENUE_PARTS, ZERO, end_of_day, revenue_by_service_parts, trial_balance_at
from reports.dashboard import dashboard_context
from reports.monthly import monthly_report_csv, monthly_report_filename
from reports.periods import MIN_YEAR, Period, period_parse

BALANCES_PER_PAGE = 100
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _last_month(today: date) -> Period:
    return Period(today.year - 1, 12) if today.month == 1 else Period(today.year, today.month - 1)


def _page(request: HttpRequest, template: str, context: dict, error: str = "") -> TemplateResponse:
    context = {**admin.site.each_context(request), **context, "error": error}
    return TemplateResponse(request, template, context, status=400 if error else 200)


def monthly_report_view(request: HttpRequest) -> HttpResponse:
    """`?period=YYYY-MM` (default: last month): revenue per service on screen with its parts
    (payments, refunds) and net revenue, and totals; `&format=csv` downloads the report's CSV."""
    text = request.GET.get("period") or str(_last_month(timezone.localdate()))
    context = {"title": "Monthly report", "period": text, "parts": [part.name for part in REVENUE_PARTS]}
    try:
        period = period_parse(text=text)
    except ValueError as exc:
        return _page(request, "admin/reports/monthly_report.html", context, f"Month {text!r}: {exc}")
    if request.GET.get("format") == "csv":
        return streaming_download(
            chunks=monthly_report_csv(period=period), filename=monthly_report_filename(period=period)
        )
    with replica_reads():  # where the CSV reads (`selectors.revenue_by_service`): the replica when it keeps up
        rows = revenue_by_service_parts(start=period.start, end=period.end)
    context |= {
        "title": f"Monthly report: {period.start:%B %Y}",
        "rows": rows,
        "totals": [sum((row.parts[part.name] for row in rows), ZERO) for part in REVENUE_PARTS],
        "revenue": sum((row.revenue for row in rows), ZERO),
        "csv_query": f"?period={period}&format=csv",
    }
    return _page(request, "admin/reports/monthly_report.html", context)


def _day_parse(text: str, *, today: date) -> date:
    """A day as YYYY-MM-DD that has ended (yesterday or earlier); ValueError with a message."""
    if not _DAY.fullmatch(text):
        raise ValueError("Must be a day as YYYY-MM-DD, e.g. 2022-11-30.")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError("There is no such day in the calendar.") from None
    if day.year < MIN_YEAR:
        raise ValueError(f"The year must be {MIN_YEAR} or later.")
    if day >= today:
        raise ValueError(f"The day must have ended: {today - timedelta(days=1)} or earlier.")
    return day


def balances_at_view(request: HttpRequest) -> HttpResponse:
    """`?date=YYYY-MM-DD` (default: the last day of last month): every user's balances at the end
    of that day, BALANCES_PER_PAGE a page (`&page=N`), their totals and the trial balance;
    `&format=csv` exports every user's (needs `ledger.export_csv`)."""
    today = timezone.localdate()
    text = request.GET.get("date") or str(today.replace(day=1) - timedelta(days=1))
    context = {"title": "Balances at a date", "date": text, "max_date": today - timedelta(days=1)}
    try:
        day = _day_parse(text, today=today)
    except ValueError as exc:
        return _page(request, "admin/reports/balances_at.html", context, f"Date {text!r}: {exc}")
    at = end_of_day(day)
    if request.GET.get("format") == "csv":
        if not request.user.has_perm("ledger.export_csv"):
            raise PermissionDenied
        rows = ((row.user_id, row.available, row.reserved) for row in balances_at(at=at))
        return csv_streaming_response(
            filename=f"balances-at-{day}.csv", header=("user_id", "available", "reserved"), rows=rows
        )
    trial = trial_balance_at(at=at)
    pages = max(1, -(-trial.user_count // BALANCES_PER_PAGE))
    context |= {"title": f"Balances at the end of {day:%d %B %Y}", "trial": trial, "pages": pages}
    try:
        number = int(request.GET.get("page", "1"))
    except ValueError:
        number = 0
    if not 1 <= number <= pages:
        error = f"There is no page {request.GET['page'][:30]!r}: pages go from 1 to {pages}."
        return _page(request, "admin/reports/balances_at.html", context, error)
    users = Account.objects.filter(kind=Account.Kind.AVAILABLE).order_by("user_id").values_list("user_id", flat=True)
    offset = (number - 1) * BALANCES_PER_PAGE
    user_ids = list(users[offset : offset + BALANCES_PER_PAGE])
    can_export = request.user.has_perm("ledger.export_csv")
    context |= {
        "rows": list(balances_at(at=at, user_ids=user_ids)) if user_ids else [],
        "page": number,
        "first_query": f"?date={day}&page=1" if number > 1 else "",
        "previous_query": f"?date={day}&page={number - 1}" if number > 1 else "",
        "next_query": f"?date={day}&page={number + 1}" if number < pages else "",
        "last_query": f"?date={day}&page={pages}" if number < pages else "",
        "csv_query": f"?date={day}&format=csv" if can_export else "",
    }
    return _page(request, "admin/reports/balances_at.html", context)


admin.site.register_page(
    route="reports/monthly/",
    view=monthly_report_view,
    name="reports_monthly",
    title="Monthly report",
    permission="ledger.view_monthly_report",
)
admin.site.register_page(
    route="reports/balances-at/",
    view=balances_at_view,
    name="reports_balances_at",
    title="Balances at a date",
    permission="ledger.view_account",
)
admin.site.register_dashboard(
    context=dashboard_context,
    template="admin/dashboard.html",
    permissions=["ledger.view_account", "ledger.view_transaction", "ledger.view_monthly_report"],
)
