"""The feed's query and its answer."""

from rest_framework import serializers

from events.feed import DEFAULT_LIMIT, MAX_LIMIT
from ledger.outbox import EVENT_TYPES
from ledger.serializers import MAX_ID


class EventsQuerySerializer(serializers.Serializer):
    after = serializers.IntegerField(
        min_value=0, max_value=MAX_ID, default=0, help_text="The `next_after` of the previous page (0: from the start)."
    )
    limit = serializers.IntegerField(min_value=1, max_value=MAX_LIMIT, default=DEFAULT_LIMIT)
    type = serializers.ChoiceField(choices=EVENT_TYPES, required=False, help_text="Only events of this type.")


class EventOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    type = serializers.ChoiceField(choices=EVENT_TYPES)
    created_at = serializers.DateTimeField()
    data = serializers.DictField(help_text="The transaction as the movement's answer renders it.")


class EventsPageOutputSerializer(serializers.Serializer):
    results = EventOutputSerializer(many=True)
    next_after = serializers.IntegerField(help_text="Pass as `after` next time (unchanged when nothing new).")
