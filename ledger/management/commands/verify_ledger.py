from django.core.management.base import BaseCommand, CommandError

from balance_service import metrics, request_id
from ledger.verify import ledger_verify


class Command(BaseCommand):
    help = "Check the books: balanced transactions, cached balances, reservations, conservation of money."

    def add_arguments(self, parser):
        parser.add_argument(
            "--metrics-file",
            help="Also write the outcome for node_exporter's textfile collector (docs/observability.md).",
        )

    def handle(self, *args, metrics_file=None, **options):
        with request_id.bound():  # a job: its log lines share an id of their own
            problems = ledger_verify()
            if metrics_file:
                metrics.verify_ledger_textfile(path=metrics_file, problems=len(problems))
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(f"The books are wrong: {len(problems)} problem(s) listed above.")
        self.stdout.write(self.style.SUCCESS("The books are right."))
