"""`manage.py check_quotes`: check every quote against the kept copy of its source; exit 1 on any mismatch."""

from django.core.management.base import BaseCommand, CommandError

from claims.services import quotes_recheck


class Command(BaseCommand):
    help = (
        "Check every claim's and every piece of evidence's quote against the kept copy of its source "
        "(whitespace and typographic quote marks aside), record what was found, and list every quote not found. "
        "Exits with status 1 if any is not found."
    )

    def handle(self, *args, **options):
        mismatches = quotes_recheck()
        if mismatches:
            for mismatch in mismatches:
                self.stderr.write(str(mismatch))
            raise CommandError(f"{len(mismatches)} quote(s) not found in the kept copy of their source.")
        self.stdout.write("Every quote whose source has a kept copy is found in it.")
