"""The outermost middleware: a request id for every request, one log line and the metrics of
every answer, whoever produced it (a view, DRF's handler, another middleware, the 404 handler)."""

import logging
import time

from balance_service import metrics, request_id

logger = logging.getLogger("balance_service.request")


class RequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with request_id.bound(request_id.accept(request.META.get(request_id.META_KEY))) as rid:
            started = time.perf_counter()
            request.request_id = rid
            response = self.get_response(request)
            seconds = time.perf_counter() - started
            response[request_id.HEADER] = rid
            route, status = metrics.route_of(request), response.status_code
            metrics.observe_request(route=route, method=request.method, status=status, seconds=seconds)
            if request.method == "POST" and route.startswith(metrics.MOVEMENT_ROUTE):
                metrics.observe_movements(route=route, response=response)
            client = getattr(getattr(request, "auth", None), "name", None)
            duration_ms = round(seconds * 1000, 2)
            logger.log(
                logging.ERROR if status >= 500 else logging.WARNING if status >= 400 else logging.INFO,
                "%s %s %s %.1fms",
                request.method,
                request.path,
                status,
                duration_ms,
                extra={
                    "client": client,
                    "method": request.method,
                    "path": request.path,
                    "route": route,
                    "status": status,
                    "duration_ms": duration_ms,
                    "replayed": response.get(metrics.REPLAYED_HEADER) == "true",
                },
            )
        return response
