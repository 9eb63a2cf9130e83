"""The back office's "Monthly report" page: pick a month, download the same CSV as the API's
signed link and the `monthly_report` command (`reports.monthly.monthly_report_csv`)."""

from datetime import date

from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from balance_service.csv import streaming_download
from reports.monthly import monthly_report_csv, monthly_report_filename
from reports.periods import Period, period_parse


def _last_month(today: date) -> Period:
    return Period(today.year - 1, 12) if today.month == 1 else Period(today.year, today.month - 1)


def monthly_report_view(request: HttpRequest) -> HttpResponse:
    """GET without `period`: the form (last month preselected). GET with `period`: the CSV."""
    error = ""
    if "period" in request.GET:
        try:
            period = period_parse(text=request.GET["period"])
        except ValueError as exc:
            error = str(exc)
        else:
            return streaming_download(
                chunks=monthly_report_csv(period=period), filename=monthly_report_filename(period=period)
            )
    context = {
        **admin.site.each_context(request),
        "title": "Monthly revenue report",
        "default_period": str(_last_month(timezone.localdate())),
        "error": error,
    }
    return TemplateResponse(request, "admin/reports/monthly_report.html", context, status=400 if error else 200)


admin.site.register_page(
    route="reports/monthly/",
    view=monthly_report_view,
    name="reports_monthly",
    title="Monthly report",
    permission="ledger.view_monthly_report",
)
