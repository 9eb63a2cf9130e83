"""The monthly consolidated revenue report as CSV bytes: the one generator behind the download,
the `monthly_report` command and the admin, so they all write the same file.

UTF-8 without a byte-order mark, `;`-separated, CRLF line ends (RFC 4180), header
`service_name;revenue`, one line per service with revenue in the month, sorted by service name,
revenue with two decimals.
"""

import csv
from collections.abc import Iterator

from ledger import selectors
from reports.periods import Period

HEADER = ("service_name", "revenue")
CHUNK_BYTES = 64 * 1024
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell_neutralise(text: str) -> str:
    """Prefix a text cell that a spreadsheet would read as a formula with `'`, so it stays text."""
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


class _Echo:
    """A file whose `write` returns the text, so `csv.writer.writerow` returns one CSV line."""

    def write(self, text: str) -> str:
        return text


def monthly_report_csv(*, period: Period) -> Iterator[bytes]:
    """The report of `period` as UTF-8 chunks of about CHUNK_BYTES; a month without payments
    (past or future) gives the header line alone. Rows stream from the database: memory stays
    flat whatever the size of the month."""
    writer = csv.writer(_Echo(), delimiter=";", lineterminator="\r\n")
    lines, size = [writer.writerow(HEADER)], 0
    for name, revenue in selectors.revenue_by_service(start=period.start, end=period.end):
        line = writer.writerow((cell_neutralise(name), f"{revenue:.2f}"))
        lines.append(line)
        size += len(line)
        if size >= CHUNK_BYTES:
            yield "".join(lines).encode()
            lines, size = [], 0
    if lines:
        yield "".join(lines).encode()


def monthly_report_filename(*, period: Period) -> str:
    return f"consolidated-monthly-{period}.csv"
