"""The monthly consolidated revenue report as CSV bytes: the one generator behind the download,
the `monthly_report` command and the admin, so they all write the same file.

UTF-8 without a byte-order mark, `;`-separated, CRLF line ends (RFC 4180), header
`service_name;revenue`, one line per service with revenue in the month, sorted by service name,
revenue with two decimals.
"""

from collections.abc import Iterator
from decimal import Decimal

from balance_service.csv import csv_lines
from ledger import selectors
from reports.periods import Period

HEADER = ("service_name", "revenue")
CENT = Decimal("0.01")
CHUNK_BYTES = 64 * 1024


def monthly_report_csv(*, period: Period) -> Iterator[bytes]:
    """The report of `period` as UTF-8 chunks of about CHUNK_BYTES; a month without payments
    (past or future) gives the header line alone. Rows stream from the database: memory stays
    flat whatever the size of the month. Names are neutralised like every CSV cell
    (`balance_service.csv.csv_cell`)."""
    # Revenue stays a number (a negative month is "-25.00", not a neutralised text cell).
    rows = (
        (name, revenue.quantize(CENT))
        for name, revenue in selectors.revenue_by_service(start=period.start, end=period.end)
    )
    chunk: list[str] = []
    size = 0
    for line in csv_lines(header=HEADER, rows=rows):
        chunk.append(line)
        size += len(line)
        if size >= CHUNK_BYTES:
            yield "".join(chunk).encode()
            chunk, size = [], 0
    if chunk:
        yield "".join(chunk).encode()


def monthly_report_filename(*, period: Period) -> str:
    return f"consolidated-monthly-{period}.csv"
