"""Content negotiation: DRF's, with a shortcut for what API clients send.

Nearly every request says `Accept: application/json`, `*/*` or nothing, and every API view
answers JSON first. DRF's negotiation builds the request's header map, parses the Accept header
into media types and ranks them, to arrive at that same answer on every request: a few percent of
a transfer's CPU. Here those requests get the view's JSON renderer straight away, with the media
type DRF would have chosen; anything else (another Accept header, a `format` override or any escaped
character in the query string, a view whose first renderer is not JSON) goes through DRF's
negotiation unchanged, 406 included.
"""

from rest_framework.negotiation import DefaultContentNegotiation

JSON = "application/json"
PLAIN_ACCEPTS = frozenset({None, "*/*", JSON})  # not "": DRF answers an empty Accept with 406


class ApiContentNegotiation(DefaultContentNegotiation):
    def select_renderer(self, request, renderers, format_suffix=None):
        meta = request._request.META
        if (
            format_suffix is None
            and renderers
            and renderers[0].media_type == JSON
            and meta.get("HTTP_ACCEPT") in PLAIN_ACCEPTS
            and "format" not in (query := meta.get("QUERY_STRING", ""))
            and "%" not in query  # an escaped `format` too is DRF's to read
        ):
            return renderers[0], JSON
        return super().select_renderer(request, renderers, format_suffix)
