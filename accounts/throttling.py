"""Rate limits (API.md: 429 `throttled` with Retry-After), kept in the shared cache so that every
gunicorn worker counts against the same limit. Rates come from the environment (settings.py)."""

from rest_framework.throttling import SimpleRateThrottle


class ClientRateThrottle(SimpleRateThrottle):
    """Requests per API client (one per calling service), whatever address they come from."""

    scope = "client"

    def get_cache_key(self, request, view) -> str | None:
        if request.auth is None:
            return None  # unauthenticated requests are AnonRateThrottle's
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}


class AdminLoginThrottle(SimpleRateThrottle):
    """Login attempts at the admin per client address (see AdminLoginThrottleMiddleware)."""

    scope = "admin_login"

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
