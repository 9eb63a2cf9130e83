"""The API's JSON renderer: DRF's, plus the request id in every error body (API.md, "Observability").

Added when the body is rendered, so an error stored for an Idempotency-Key replays with the id of
the request that asked again, and the stored body itself carries none."""

from rest_framework.renderers import JSONRenderer

from balance_service import request_id


class ApiJSONRenderer(JSONRenderer):
    def render(self, data, accepted_media_type=None, renderer_context=None):
        response = (renderer_context or {}).get("response")
        if response is not None and response.status_code >= 400 and isinstance(data, dict) and "code" in data:
            data = {**data, "request_id": request_id.current()}
        return super().render(data, accepted_media_type, renderer_context)
