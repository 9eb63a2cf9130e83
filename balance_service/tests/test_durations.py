"""Durations from the environment are read exactly (Decimal seconds, never a float)."""

from datetime import timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured

from balance_service.settings import duration


@pytest.mark.parametrize(
    ("text", "expected"),
    [("5", timedelta(seconds=5)), (" 0.5 ", timedelta(milliseconds=500)), ("0.000001", timedelta(microseconds=1))],
)
def test_seconds_become_an_exact_timedelta(text, expected):
    assert duration(text) == expected


@pytest.mark.parametrize("text", ["-1", "NaN", "Infinity", "ten", ""])
def test_a_duration_that_is_not_seconds_stops_the_start(text):
    with pytest.raises(ImproperlyConfigured, match="not a number of seconds"):
        duration(text)
