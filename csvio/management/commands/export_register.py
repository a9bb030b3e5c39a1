"""Write the register as CSV: one table, or all of them as a backup that import_register --all restores.

`--format xlsx` writes Excel workbooks instead (csvio.spreadsheet), to read in a spreadsheet; a backup to
restore is CSV, which import_register reads.
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from csvio import record, spreadsheet
from csvio.backup import write_table
from csvio.resources import RESOURCES
from csvio.tables import RESTORE_ORDER as TABLES

FORMATS = ("csv", "xlsx")


class Command(BaseCommand):
    help = "Export one table of the register as CSV (MODEL [--output FILE]), or all of them (--all DIR)."

    def add_arguments(self, parser):
        parser.add_argument("model", nargs="?", choices=TABLES, help="Which table: " + ", ".join(TABLES) + ".")
        parser.add_argument("--output", "-o", help="Write to this file instead of standard output.")
        parser.add_argument("--all", metavar="DIR", dest="all_dir", help="Write every table as DIR/<model>.csv.")
        parser.add_argument(
            "--bom", action="store_true", help="Start each file with a UTF-8 byte-order mark, for Excel."
        )
        parser.add_argument(
            "--format",
            choices=FORMATS,
            default="csv",
            help="csv (the default; what import_register reads) or xlsx (an Excel workbook per table, to read in "
            "a spreadsheet: Persian and Cyrillic read right with no import options).",
        )

    def handle(self, *args, model=None, output=None, all_dir=None, bom=False, format="csv", **options):
        self.bom, self.format = bom, format
        if bool(model) == bool(all_dir):
            raise CommandError("Name one MODEL to export, or give --all DIR for the whole register.")
        if bom and format != "csv":
            raise CommandError("--bom is for CSV files; a workbook needs none.")
        if all_dir:
            directory = Path(all_dir)
            directory.mkdir(parents=True, exist_ok=True)
            for name in TABLES:
                path = directory / f"{name}.{format}"
                count = self.write(name, path)
                self.stdout.write(f"{name}: {count} rows written to {path}")
            if format == "csv":
                # The whole record, which import_register --all restores exactly (csvio.record).
                entries = record.write(directory)
                rows = sum(entry["rows"] for entry in entries)
                self.stdout.write(
                    f"The whole record: {len(entries)} tables, {rows} rows in {directory / record.FOLDER}, "
                    f"listed in {directory / record.MANIFEST}"
                )
            return
        if output:
            count = self.write(model, Path(output))
            self.stderr.write(f"{model}: {count} rows written to {output}")
        else:
            # The stream under the command's OutputWrapper (a test passes its own); django-stubs does not declare it.
            stream = getattr(self.stdout, "_out", sys.stdout)
            out = sys.stdout.buffer if stream is sys.stdout else stream
            count = self.write_to(model, out)
            out.flush()
            self.stderr.write(f"{model}: {count} rows written")

    def write(self, name: str, path: Path) -> int:
        try:
            with path.open("wb") as handle:
                return self.write_to(name, handle)
        except OSError as error:
            raise CommandError(f"Cannot write {path}: {error.strerror}.") from None

    def write_to(self, name: str, handle) -> int:
        if self.format == "xlsx":
            return spreadsheet.export_xlsx(RESOURCES[name](), handle, title=name)
        return write_table(name, handle, bom=self.bom)
