"""GET /api/v1/events: the events feed. Thin: validate, read, render."""

from drf_spectacular.utils import extend_schema
from rest_framework import viewsets
from rest_framework.response import Response

from accounts import scopes
from balance_service import schema_examples
from balance_service.schema import KEYED_ERRORS, error_responses
from events.feed import event_render, events_page
from events.serializers import EventsPageOutputSerializer, EventsQuerySerializer


class EventViewSet(viewsets.ViewSet):
    action_scopes = {"feed": scopes.EVENTS_READ}

    @extend_schema(
        operation_id="events",
        summary="Every committed movement as an event, in id order",
        description="Follow `next_after`: each event comes exactly once and none is skipped, even while "
        "movements commit concurrently (an event is handed out only once no smaller id can still commit). "
        "Needs `events:read`.",
        parameters=[EventsQuerySerializer],
        responses={
            200: schema_examples.success(EventsPageOutputSerializer, ("A page", schema_examples.EVENTS_PAGE)),
            **error_responses(*KEYED_ERRORS, examples=schema_examples.EVENTS_INVALID),
        },
        tags=["events"],
    )
    def feed(self, request):
        query = EventsQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        events, next_after = events_page(**query.validated_data)
        # Rendered as written: `data` is stored as the API renders it.
        return Response({"results": [event_render(event) for event in events], "next_after": next_after})
