"""Report periods: a calendar month of the business time zone (`settings.TIME_ZONE`) as the
half-open range `[start, end)` of aware datetimes."""

import re
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

_PERIOD = re.compile(r"([0-9]{4})-([0-9]{2})")
# Python's datetime ends at 9999-12-31, so the last month whose end it can hold is 9998-12.
MIN_YEAR, MAX_YEAR = 1970, 9998


@dataclass(frozen=True)
class Period:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValueError(f"The year must be between {MIN_YEAR} and {MAX_YEAR}.")
        if not 1 <= self.month <= 12:
            raise ValueError("The month must be between 01 and 12.")

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def start(self) -> datetime:
        """Midnight of the first day of the month in the business time zone."""
        return datetime(self.year, self.month, 1, tzinfo=timezone.get_default_timezone())

    @property
    def end(self) -> datetime:
        """Midnight of the first day of the next month in the business time zone (excluded)."""
        year, month = (self.year + 1, 1) if self.month == 12 else (self.year, self.month + 1)
        return datetime(year, month, 1, tzinfo=timezone.get_default_timezone())


def period_parse(*, text: str) -> Period:
    """`"2022-11"` -> Period(2022, 11). Raises ValueError with a message for anything else
    (`2022-13`, `22-1`, `2022-1`, `abc`)."""
    match = _PERIOD.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError("Must be a month as YYYY-MM, e.g. 2022-11.")
    return Period(year=int(match[1]), month=int(match[2]))
