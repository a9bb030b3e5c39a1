"""Write the register as CSV: one table, or all of them as a backup that import_register --all restores."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from csvio.backup import write_table
from csvio.tables import RESTORE_ORDER as TABLES


class Command(BaseCommand):
    help = "Export one table of the register as CSV (MODEL [--output FILE]), or all of them (--all DIR)."

    def add_arguments(self, parser):
        parser.add_argument("model", nargs="?", choices=TABLES, help="Which table: " + ", ".join(TABLES) + ".")
        parser.add_argument("--output", "-o", help="Write to this file instead of standard output.")
        parser.add_argument("--all", metavar="DIR", dest="all_dir", help="Write every table as DIR/<model>.csv.")
        parser.add_argument(
            "--bom", action="store_true", help="Start each file with a UTF-8 byte-order mark, for Excel."
        )

    def handle(self, *args, model=None, output=None, all_dir=None, bom=False, **options):
        self.bom = bom
        if bool(model) == bool(all_dir):
            raise CommandError("Name one MODEL to export, or give --all DIR for the whole register.")
        if all_dir:
            directory = Path(all_dir)
            directory.mkdir(parents=True, exist_ok=True)
            for name in TABLES:
                count = self.write(name, directory / f"{name}.csv")
                self.stdout.write(f"{name}: {count} rows written to {directory / f'{name}.csv'}")
            return
        if output:
            count = self.write(model, Path(output))
            self.stderr.write(f"{model}: {count} rows written to {output}")
        else:
            out = sys.stdout.buffer if self.stdout._out is sys.stdout else self.stdout._out
            count = write_table(model, out, bom=bom)
            out.flush()
            self.stderr.write(f"{model}: {count} rows written")

    def write(self, name: str, path: Path) -> int:
        try:
            with path.open("wb") as handle:
                return write_table(name, handle, bom=self.bom)
        except OSError as error:
            raise CommandError(f"Cannot write {path}: {error.strerror}.") from None
