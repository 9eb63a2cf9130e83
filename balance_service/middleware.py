"""Request size guard."""

from django.conf import settings

from balance_service.errors import error_response


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
            return error_response(413, "payload_too_large", f"The request body is over {limit} bytes.")
        return self.get_response(request)
