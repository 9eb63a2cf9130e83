from django.contrib import admin
from django.db import connection
from django.http import JsonResponse
from django.urls import include, path
from django.views.decorators.http import require_GET
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from balance_service.errors import error_response


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
        return error_response(503, "service_unavailable", "The database cannot be reached.")
    return JsonResponse({"status": "ok"})


urlpatterns = [
    path("healthz", healthz),
    path("readyz", readyz),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
    path("api/v1/", include("ledger.urls")),
    path("api/v1/", include("reports.urls")),
    path("api/v1/", include("events.urls")),
    path("admin/", admin.site.urls),
]


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


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
