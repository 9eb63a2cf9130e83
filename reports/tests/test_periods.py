from datetime import UTC, datetime

import pytest
from django.test import override_settings

from reports.periods import Period, period_parse


@pytest.mark.parametrize(
    "text",
    [
        "2022-13",
        "2022-00",
        "22-1",
        "2022-1",
        "abc",
        "",
        "2022-11\n",
        "\u0662\u0660\u0662\u0662-\u0661\u0661",
        "1969-12",
    ],
)
def test_bad_periods_are_refused(text):
    with pytest.raises(ValueError, match=r"\w"):
        period_parse(text=text)


def test_period_text_round_trips():
    assert str(period_parse(text="2022-01")) == "2022-01"
    assert period_parse(text="2022-11") == Period(year=2022, month=11)


@override_settings(TIME_ZONE="Europe/Berlin")
def test_berlin_months_follow_daylight_saving():
    november = period_parse(text="2022-11")  # CET (+01:00) on both ends
    assert november.start.astimezone(UTC) == datetime(2022, 10, 31, 23, tzinfo=UTC)
    assert november.end.astimezone(UTC) == datetime(2022, 11, 30, 23, tzinfo=UTC)
    march = period_parse(text="2022-03")  # starts in CET, ends in CEST (+02:00)
    assert march.start.astimezone(UTC) == datetime(2022, 2, 28, 23, tzinfo=UTC)
    assert march.end.astimezone(UTC) == datetime(2022, 3, 31, 22, tzinfo=UTC)


@override_settings(TIME_ZONE="Europe/Moscow")
def test_moscow_months_and_december():
    december = period_parse(text="2022-12")
    assert december.start.astimezone(UTC) == datetime(2022, 11, 30, 21, tzinfo=UTC)
    assert december.end.astimezone(UTC) == datetime(2022, 12, 31, 21, tzinfo=UTC)
