"""Import a CSV file into the register, or restore a whole register written by export_register --all."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from claims import csvio, importing
from claims.management.commands._register import LATER_TABLES, MODELS, user_named


class Rollback(Exception):
    """Raised inside the restore's transaction to undo it."""


class Command(BaseCommand):
    help = (
        "Import MODEL FILE (checked whole; all rows are written or none), or restore a register "
        "written by export_register --all DIR."
    )

    def add_arguments(self, parser):
        parser.add_argument("model", nargs="?", choices=MODELS, help="Which table: " + ", ".join(MODELS) + ".")
        parser.add_argument("file", nargs="?", help="The CSV file (UTF-8, header row).")
        parser.add_argument("--all", metavar="DIR", dest="all_dir", help="Restore every table from DIR/<model>.csv.")
        parser.add_argument("--dry-run", action="store_true", help="Check and report, write nothing.")
        parser.add_argument("--user", help="Act as this user (default: the register's system account).")

    def handle(self, *args, model=None, file=None, all_dir=None, dry_run=False, user=None, **options):
        if all_dir and (model or file):
            raise CommandError("Give either MODEL FILE or --all DIR, not both.")
        if not all_dir and not (model and file):
            raise CommandError("Give MODEL FILE (MODEL is one of: " + ", ".join(MODELS) + "), or --all DIR.")
        self.user = user_named(user)
        self.dry_run = dry_run
        if all_dir:
            self.restore(Path(all_dir))
        else:
            report = importing.import_file(model, self.read(Path(file)), user=self.user, dry_run=dry_run,
                                           progress=self.progress(model))
            self.finish([(Path(file).name, report)])

    def read(self, path: Path) -> bytes:
        try:
            csvio.check_size(path.stat().st_size)
            return path.read_bytes()
        except csvio.CsvFileError as error:
            raise CommandError(f"{path.name}: {error}") from None
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from None

    def restore(self, directory: Path):
        files = {name: directory / f"{name}.csv" for name in MODELS}
        # Backups written before metrics and follow-ups existed have neither file: they restore without them.
        missing = [str(path) for name, path in files.items() if not path.is_file() and name not in LATER_TABLES]
        if missing:
            raise CommandError("The backup is incomplete; missing: " + ", ".join(missing) + ".")
        present = [name for name in MODELS if files[name].is_file()]
        # Claims are loaded unpublished first; they are published once their evidence is in,
        # because the publishing rule asks for independent evidence. Follow-ups need their claims.
        restore = {"check_versions": False}
        steps = [(name, restore) for name in present if name not in {"claims", "evidence", "follow_ups"}]
        steps += [("claims", {**restore, "defer_publish": True}), ("evidence", restore), ("claims", restore)]
        steps += [(name, restore) for name in present if name == "follow_ups"]
        reports = []
        try:
            with transaction.atomic():
                for name, options in steps:
                    report = importing.import_file(name, self.read(files[name]), user=self.user,
                                                   progress=self.progress(name), **options)
                    reports.append((files[name].name, report))
                    if not report.ok:
                        raise Rollback
                if self.dry_run:
                    raise Rollback
        except Rollback:
            pass
        for _, report in reports:
            report.dry_run = self.dry_run
        self.finish(reports)

    def progress(self, name: str):
        if not self.stderr.isatty():
            return None

        def show(done: int, total: int):
            width = 30
            filled = width * done // total if total else width
            self.stderr.write(f"\r{name}: checking rows [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
            if done == total:
                self.stderr.write("")

        return show

    def finish(self, reports):
        failed = False
        for file_name, report in reports:
            for error in report.errors:
                self.stderr.write(f"{file_name} {error}")
            if report.file_error:
                self.stderr.write(f"{file_name}: {report.file_error}")
            failed = failed or not report.ok
        for _, report in reports:
            summary = report.summary()
            if failed and report.ok and not self.dry_run and len(reports) > 1:
                summary = summary.rstrip(".") + " (rolled back: another file failed)."
            self.stdout.write(summary)
        if failed:
            raise CommandError("The import failed; nothing was written. Correct the rows above and import again.")
