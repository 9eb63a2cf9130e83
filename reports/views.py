"""Report endpoints: a signed link to a month's CSV (needs `reports:read`), and the CSV itself
(needs no key, only a valid link). Thin: validate, call, render."""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts import scopes
from balance_service import schema_examples
from balance_service.csv import streaming_download
from balance_service.errors import PermissionDenied, ServiceUnavailable, Throttled, ValidationFailed
from balance_service.schema import KEYED_ERRORS, error_responses
from reports.links import report_link_sign, report_link_verify
from reports.monthly import monthly_report_csv, monthly_report_filename
from reports.serializers import (
    MonthlyReportLinkOutputSerializer,
    MonthlyReportPathInputSerializer,
    MonthlyReportQueryInputSerializer,
)


class ReportViewSet(viewsets.ViewSet):
    """GET /api/v1/reports/consolidated/monthly/: a signed link to a month's CSV."""

    action_scopes = {"consolidated_monthly": scopes.REPORTS_READ}

    @extend_schema(
        operation_id="report_consolidated_monthly",
        summary="A signed, expiring link to a month's revenue per service (CSV)",
        description="A link to the CSV of the month's revenue per service: it works without an API key until it "
        "expires (an hour by default), so it can be opened in a browser or mailed to accounting. Needs `reports:read`.",
        parameters=[MonthlyReportQueryInputSerializer],
        responses={
            200: schema_examples.success(
                MonthlyReportLinkOutputSerializer, ("November 2022", schema_examples.REPORT_LINK)
            ),
            **error_responses(*KEYED_ERRORS, examples=schema_examples.REPORT_INVALID),
        },
        tags=["reports"],
    )
    def consolidated_monthly(self, request):
        query = MonthlyReportQueryInputSerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        period = query.validated_data["period"]
        path = reverse("reports:consolidated-monthly-csv", kwargs={"period": str(period)})
        url = request.build_absolute_uri(f"{path}?signature={report_link_sign(period=period)}")
        return Response(MonthlyReportLinkOutputSerializer({"period": period, "url": url}).data)


class _JsonErrors(BaseContentNegotiation):
    """The download answers CSV or an error in JSON, whatever the client's Accept header says."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None


class MonthlyReportDownloadView(APIView):
    """GET /api/v1/reports/consolidated/monthly/YYYY-MM.csv?signature=...: the CSV, streamed.
    No API key: the signed link is the credential (403 when tampered, expired or for another month)."""

    authentication_classes = ()
    permission_classes = (AllowAny,)
    content_negotiation_class = _JsonErrors

    @extend_schema(
        operation_id="report_consolidated_monthly_csv",
        summary="Download a month's revenue per service (CSV) through a signed link",
        description="UTF-8, `;`-separated, CRLF; header `service_name;revenue`, then one line per service with "
        "revenue recognised (make-payment) in that calendar month of the business time zone, sorted by name. "
        "No API key: the signature is the credential (403 when tampered, expired or for another month).",
        parameters=[
            OpenApiParameter(
                "period",
                {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"},  # longer text matches no URL: 404
                OpenApiParameter.PATH,
                description="The month, YYYY-MM.",
            ),
            OpenApiParameter("signature", OpenApiTypes.STR, OpenApiParameter.QUERY, required=True),
        ],
        responses={
            (200, "text/csv"): schema_examples.success(
                OpenApiTypes.STR, ("Two services", schema_examples.REPORT_CSV), media_type="text/csv"
            ),
            **error_responses(
                ValidationFailed,
                PermissionDenied,
                Throttled,
                ServiceUnavailable,
                examples={**schema_examples.REPORT_INVALID, **schema_examples.REPORT_LINK_REFUSED},
            ),
        },
        auth=[],
        tags=["reports"],
    )
    def get(self, request, period: str):
        path = MonthlyReportPathInputSerializer(data={"period": period})
        path.is_valid(raise_exception=True)
        period = path.validated_data["period"]
        report_link_verify(period=period, signature=request.query_params.get("signature", ""))
        return streaming_download(
            chunks=monthly_report_csv(period=period), filename=monthly_report_filename(period=period)
        )
