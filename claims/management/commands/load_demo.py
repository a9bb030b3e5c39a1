"""`manage.py load_demo`: load or refresh the demo register from the five seed articles."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from claims.demo import DemoDataError, load_demo


class Command(BaseCommand):
    help = (
        "Load the demo register (three visits, two outlets, five seed articles, their claims and evidence). "
        "Running it again changes only what differs from the data."
    )

    def handle(self, *args, **options):
        try:
            tally = load_demo()
        except DemoDataError as error:
            raise CommandError(f"The demo register was not loaded, nothing was written: {error}") from error
        except DatabaseError as error:
            raise CommandError(
                f"The demo register was not loaded, nothing was written: the database refused it ({error}). "
                "If the schema is behind the code, run `manage.py migrate` first."
            ) from error
        self.stdout.write(tally.summary())
