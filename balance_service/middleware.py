"""Request size guard, the admin login throttle, and the back office's middleware kept off the API."""

import functools
import math

from django.conf import settings
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.urls import reverse

from balance_service.errors import PayloadTooLarge, Throttled, error_response


class BodySizeLimitMiddleware:
    """Refuse a body over `DATA_UPLOAD_MAX_MEMORY_SIZE` with 413 before anything reads it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit is not None and length > limit:
            return error_response(
                PayloadTooLarge.status, PayloadTooLarge.code, f"The request body is over {limit} bytes."
            )
        return self.get_response(request)


class AdminOnlyMixin:
    """Skip a middleware on the API (/api/): it authenticates by key and never reads sessions,
    users or messages, so it saves that per-request work; the back office, wherever it is
    mounted, keeps it. (Subclasses keep Django's admin checks satisfied.)"""

    def __call__(self, request):
        if request.path_info.startswith("/api/"):
            return self.get_response(request)
        return super().__call__(request)


class AdminSessionMiddleware(AdminOnlyMixin, SessionMiddleware):
    pass


class AdminAuthenticationMiddleware(AdminOnlyMixin, AuthenticationMiddleware):
    pass


class AdminMessageMiddleware(AdminOnlyMixin, MessageMiddleware):
    pass


@functools.cache
def _admin_login_path() -> str:
    """Resolved once per process: every API request is a POST and passes through this check."""
    return reverse("admin:login")


class AdminLoginThrottleMiddleware:
    """Answer 429 (with Retry-After) to login attempts at the admin over ADMIN_LOGIN_RATE per
    client address, before the password is checked."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path == _admin_login_path():
            from accounts.throttling import AdminLoginThrottle  # DRF settings load late

            throttle = AdminLoginThrottle()
            if not throttle.allow_request(request, None):
                response = error_response(Throttled.status, Throttled.code, "Too many login attempts; try again later.")
                response["Retry-After"] = str(math.ceil(throttle.wait() or 1))
                return response
        return self.get_response(request)
