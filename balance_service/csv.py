"""CSV files for people: streamed, `;`-separated, UTF-8, with text cells neutralised against
spreadsheet formula injection. The admin's exports use it; the monthly report follows the same rule.

The rule (OWASP "CSV injection"): a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
carriage return gets a leading `'`, so a spreadsheet shows it as text instead of running it.
Numbers (int, Decimal) are written as they are: they cannot hold a formula, and a negative
amount must stay a number.
"""

import csv
import itertools
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.http import StreamingHttpResponse
from django.utils import timezone

DELIMITER = ";"
LINE_END = "\r\n"  # RFC 4180
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    """One cell as written: None -> "", numbers unchanged, aware datetimes in the business time
    zone (ISO 8601), anything else as text, neutralised."""
    if value is None:
        return ""
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat()
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer in a generator."""

    def write(self, value: str) -> str:
        return value


def csv_lines(*, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    """The header line, then one line per row, each cell passed through `csv_cell`."""
    writer = csv.writer(_Echo(), delimiter=DELIMITER, lineterminator=LINE_END)
    yield writer.writerow([csv_cell(cell) for cell in header])
    for row in rows:
        yield writer.writerow([csv_cell(cell) for cell in row])


def streaming_download(*, chunks: Iterator[str | bytes], filename: str) -> StreamingHttpResponse:
    """A CSV attachment written while it is read, so memory stays flat on any size. The first
    chunk is produced before the response starts, so a database error is still a clean error
    response rather than a cut-off file."""
    first = next(chunks, b"")
    response = StreamingHttpResponse(itertools.chain([first], chunks), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def csv_streaming_response(
    *, filename: str, header: Sequence[str], rows: Iterable[Sequence[Any]]
) -> StreamingHttpResponse:
    """A download of `rows` under `header` (see `streaming_download`)."""
    return streaming_download(chunks=csv_lines(header=header, rows=rows), filename=filename)
