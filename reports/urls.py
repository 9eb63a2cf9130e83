from django.urls import re_path

from balance_service.routing import route
from reports.views import MonthlyReportDownloadView, ReportViewSet

app_name = "reports"

urlpatterns = [
    route("reports/consolidated/monthly", ReportViewSet.as_view({"get": "consolidated_monthly"})),
    # Any text before `.csv` reaches the view, so a bad month is a 400 that names it, not a 404.
    re_path(
        r"^reports/consolidated/monthly/(?P<period>[^/]+)\.csv/?$",
        MonthlyReportDownloadView.as_view(),
        name="consolidated-monthly-csv",
    ),
]
