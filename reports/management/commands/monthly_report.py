"""`python manage.py monthly_report 2022-11 [--output FILE]`: the month's CSV, the same bytes as
the download. For cron: no prompts; exit status 0 when the file is written, 1 with a message on
standard error otherwise (a bad period, an unwritable file, the database unreachable)."""

import os
import sys
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reports.monthly import monthly_report_csv
from reports.periods import period_parse


class Command(BaseCommand):
    help = "Write the consolidated revenue report of a month (CSV, UTF-8, ';') to standard output or a file."

    def add_arguments(self, parser):
        parser.add_argument("period", help="The month, YYYY-MM, in the business time zone (TIME_ZONE).")
        parser.add_argument(
            "--output",
            "-o",
            type=Path,
            help="Write to this file instead of standard output. It is replaced whole once the report is complete, "
            "and a new file is readable by its owner only.",
        )

    def handle(self, *args, period: str, output: Path | None, **options):
        try:
            month = period_parse(text=period)
        except ValueError as exc:
            raise CommandError(f"Bad period {period!r}: {exc}") from None
        chunks = monthly_report_csv(period=month)
        if output is None:
            # Bytes, not self.stdout's text: the file must be byte-identical to the download,
            # whatever the locale's encoding.
            stream = sys.stdout.buffer
            for chunk in chunks:
                stream.write(chunk)
            stream.flush()
            return
        self._write_atomically(output, chunks)

    @staticmethod
    def _write_atomically(output: Path, chunks) -> None:
        """Write to a temporary file next to `output`, then rename it over `output`: a failed run
        never leaves a half-written report behind."""
        try:
            fd, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
        except OSError as exc:
            raise CommandError(f"Cannot write {output}: {exc}") from None
        try:
            with os.fdopen(fd, "wb") as file:
                for chunk in chunks:
                    file.write(chunk)
            os.replace(temporary, output)
        except BaseException as exc:
            Path(temporary).unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise CommandError(f"Cannot write {output}: {exc}") from None
            raise
