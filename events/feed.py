"""The events feed: events in ascending id order, never one while a smaller id may still commit.

The guarantee rests on `ledger.sql.event_settled_below`: only events below it are handed out, and
every event that commits later has a larger id, so a client that follows `next_after` sees each
event exactly once and skips none (docs/events.md, "The feed's guarantee").
"""

from django.db.models import QuerySet

from ledger import sql
from ledger.models import Event
from ledger.outbox import timestamp_text

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


def events_settled(*, after: int = 0, type: str | None = None) -> QuerySet[Event]:
    """The settled events after `after` (ascending), of one type or all."""
    events = Event.objects.filter(id__gt=after)
    settled_below = sql.event_settled_below()
    if settled_below is not None:
        events = events.filter(id__lt=settled_below)
    if type is not None:
        events = events.filter(type=type)
    return events.order_by("id")


def events_page(*, after: int = 0, limit: int = DEFAULT_LIMIT, type: str | None = None) -> tuple[list[Event], int]:
    """Up to `limit` settled events after `after`, and the `after` to pass next time."""
    events = list(events_settled(after=after, type=type).only("id", "type", "data", "created_at")[:limit])
    return events, (events[-1].id if events else after)


def event_render(event: Event) -> dict:
    """An event as the feed and the webhooks send it."""
    return {"id": event.id, "type": event.type, "created_at": timestamp_text(event.created_at), "data": event.data}
