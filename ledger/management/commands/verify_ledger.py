from django.core.management.base import BaseCommand, CommandError

from ledger.verify import ledger_verify


class Command(BaseCommand):
    help = "Check the books: balanced transactions, cached balances, reservations, conservation of money."

    def handle(self, *args, **options):
        problems = ledger_verify()
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(f"The books are wrong: {len(problems)} problem(s) listed above.")
        self.stdout.write(self.style.SUCCESS("The books are right."))
