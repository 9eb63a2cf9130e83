from django.contrib import admin
from django.core.exceptions import DisallowedHost
from django.db import connection
from django.http import JsonResponse
from django.urls import include, path
from django.views.decorators.http import require_GET
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.views import APIView

from accounts import scopes
from balance_service import metrics, schema_examples
from balance_service.errors import ServiceUnavailable, error_response
from balance_service.schema import KEYED_ERRORS, error_responses


@require_GET
def healthz(request):
    """The process is alive (no database)."""
    return JsonResponse({"status": "ok"})


@require_GET
def readyz(request):
    """The database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any failure means not ready
        return error_response(ServiceUnavailable.status, ServiceUnavailable.code, "The database cannot be reached.")
    return JsonResponse({"status": "ok"})


class MetricsView(APIView):
    """GET /metrics: Prometheus text format, the same figures whichever worker answers."""

    action_scopes = {"get": scopes.METRICS_READ}

    @extend_schema(
        operation_id="metrics",
        summary="Metrics in the Prometheus text format (scope metrics:read)",
        responses={
            (200, "text/plain"): schema_examples.success(
                OpenApiTypes.STR, ("Two counters", schema_examples.METRICS_TEXT), media_type="text/plain"
            ),
            **error_responses(*KEYED_ERRORS),
        },
        tags=["service"],
    )
    def get(self, request):
        return metrics.metrics_response()


urlpatterns = [
    path("healthz", healthz),
    path("metrics", MetricsView.as_view(), name="metrics"),
    path("readyz", readyz),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    path("api/v1/", include("ledger.urls")),
    path("api/v1/", include("reports.urls")),
    path("api/v1/", include("events.urls")),
    path("admin/", admin.site.urls),
]


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def handler400(request, exception=None):
    """Django's own 400s (a Host header not in ALLOWED_HOSTS, too many query fields, any other
    SuspiciousOperation): the error body under /api/, Django's page elsewhere."""
    if _is_api(request):
        if isinstance(exception, DisallowedHost):
            return error_response(400, "validation_error", "The Host header names a host this service does not serve.")
        return error_response(400, "validation_error", "The request is not valid.")
    from django.views.defaults import bad_request

    return bad_request(request, exception)


def handler404(request, exception=None):
    if _is_api(request):
        return error_response(404, "not_found", f"No endpoint at {request.path}.")
    from django.views.defaults import page_not_found

    return page_not_found(request, exception)


def handler500(request):
    if _is_api(request):
        return error_response(500, "internal_error", "Internal error; nothing was changed.")
    from django.views.defaults import server_error

    return server_error(request)
