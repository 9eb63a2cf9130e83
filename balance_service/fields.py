"""Input fields stricter than DRF's and Django's defaults, used wherever the API reads an integer,
a boolean or a time: the contract's forms only (docs/decisions.md, "Input parsing and hardening")."""

import re
from datetime import datetime, timedelta

from django.utils.dateparse import parse_datetime
from rest_framework import serializers

_DIGITS = re.compile(r"[0-9]{1,32}")
# PostgreSQL's timestamptz takes offsets up to 15:59 either way; Python's up to 23:59.
MAX_UTC_OFFSET = timedelta(hours=15, minutes=59)


class StrictIntegerField(serializers.IntegerField):
    """A JSON integer, or a string of ASCII digits only: not `7.0`, `"7.000"`, `" 7 "`, `"+7"`,
    `"7\\n"`, Arabic-Indic digits or `true`, all of which DRF's IntegerField takes. Query
    parameters are strings, so there it means ASCII digits only."""

    def to_internal_value(self, data) -> int:
        if type(data) is int:
            return data
        if isinstance(data, str) and _DIGITS.fullmatch(data):
            return int(data)
        self.fail("invalid")


class StrictBooleanField(serializers.BooleanField):
    """A JSON boolean only: not `"yes"`, `1`, `"on"` or `"0"`, which DRF's BooleanField takes."""

    default_error_messages = {"invalid": "Must be a JSON boolean, true or false."}

    def to_internal_value(self, data) -> bool:
        if data is True or data is False:
            return data
        self.fail("invalid")


def offset_storable(value: datetime) -> bool:
    """Whether the database can take `value`'s UTC offset as it is (naive times always)."""
    offset = value.utcoffset()
    return offset is None or abs(offset) <= MAX_UTC_OFFSET


def unstorable_time(text: str) -> bool:
    """Whether `text` is an ISO time whose offset the database cannot take (the admin's filters)."""
    try:
        value = parse_datetime(text)
    except ValueError:
        return False
    return value is not None and not offset_storable(value)


class StorableDateTimeField(serializers.DateTimeField):
    """DRF's ISO 8601 time, refused (400) when its offset is beyond what the database takes
    (±16:00 or more: Python accepts up to ±23:59)."""

    default_error_messages = {"offset": "The UTC offset must be between -15:59 and +15:59."}

    def to_internal_value(self, value) -> datetime:
        if isinstance(value, str) and unstorable_time(value):
            self.fail("offset")
        return super().to_internal_value(value)
