"""Rate limits (docs/api.md: 429 `throttled` with Retry-After), counted in each gunicorn worker's memory.

Each worker allows its share of a rate, `rate / WEB_WORKERS` rounded up, in fixed windows of the
rate's period. There is no shared state and no I/O on the request path, so a limit costs
microseconds, and it keeps working while the database is down. gunicorn's sync workers take
requests in turn, so a client over the rate is refused; the limit is exact to within one
worker's share. (DRF's own throttle in a file cache shared by the workers cost about 2 ms a
request: it compresses and rewrites the list of every recent request's time.)
"""

import math
import threading

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

_counts: dict[tuple[str, int, int], int] = {}  # (key, period, window) -> requests counted
_lock = threading.Lock()
_MAX_KEYS = 10_000


class WorkerRateThrottle(SimpleRateThrottle):
    """A fixed-window rate limit per `get_cache_key()`, counted in this worker."""

    def allow_request(self, request, view) -> bool:
        if self.rate is None:
            return True
        key = self.get_cache_key(request, view)
        if key is None:
            return True
        now = self.timer()
        window = int(now // self.duration)
        share = math.ceil(self.num_requests / settings.WEB_WORKERS)
        with _lock:
            if len(_counts) > _MAX_KEYS:  # forget finished windows
                for stale in [k for k in _counts if k[2] < int(now // k[1])]:
                    del _counts[stale]
            count = _counts[key, self.duration, window] = _counts.get((key, self.duration, window), 0) + 1
        self._wait = (window + 1) * self.duration - now
        return count <= share

    def wait(self) -> float:
        return self._wait


class ClientRateThrottle(WorkerRateThrottle):
    """Requests per API client (one per calling service), whatever address they come from."""

    scope = "client"

    def get_cache_key(self, request, view) -> str | None:
        if request.auth is None:
            return None  # unauthenticated requests are AnonymousRateThrottle's
        return f"{self.scope}:{request.auth.pk}"


class AnonymousRateThrottle(WorkerRateThrottle):
    """Requests without a key (the schema and the docs; everything else answers 401) per address."""

    scope = "anon"

    def get_cache_key(self, request, view) -> str | None:
        return None if request.auth is not None else f"{self.scope}:{self.get_ident(request)}"


class AdminLoginThrottle(WorkerRateThrottle):
    """Login attempts at the admin per client address (see AdminLoginThrottleMiddleware)."""

    scope = "admin_login"

    def get_cache_key(self, request, view) -> str:
        return f"{self.scope}:{self.get_ident(request)}"
