"""Import a CSV file into the register, or restore a whole register written by export_register --all."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from claims.services import system_user
from claims.services.restore import RestoreRefused
from csvio import backup, files, importer, record
from csvio.tables import RESTORE_ORDER as TABLES


def user_named(username: str | None):
    """The account a command acts as: the named one, or the register's system account."""
    if not username:
        return system_user()
    try:
        return get_user_model().objects.get(username=username, is_active=True)
    except get_user_model().DoesNotExist:
        raise CommandError(f"There is no active user called '{username}'.") from None


class Command(BaseCommand):
    help = (
        "Import MODEL FILE (checked whole; all rows are written or none), or restore a register "
        "written by export_register --all DIR."
    )

    def add_arguments(self, parser):
        parser.add_argument("model", nargs="?", choices=TABLES, help="Which table: " + ", ".join(TABLES) + ".")
        parser.add_argument("file", nargs="?", help="The CSV file (UTF-8, header row).")
        parser.add_argument("--all", metavar="DIR", dest="all_dir", help="Restore every table from DIR/<model>.csv.")
        parser.add_argument("--dry-run", action="store_true", help="Check and report, write nothing.")
        parser.add_argument("--user", help="Act as this user (default: the register's system account).")

    def handle(self, *args, model=None, file=None, all_dir=None, dry_run=False, user=None, **options):
        if all_dir and (model or file):
            raise CommandError("Give either MODEL FILE or --all DIR, not both.")
        if not all_dir and not (model and file):
            raise CommandError("Give MODEL FILE (MODEL is one of: " + ", ".join(TABLES) + "), or --all DIR.")
        self.dry_run = dry_run
        if all_dir and record.has_manifest(Path(all_dir)):
            # The whole record names who did what itself; no account acts.
            if user:
                raise CommandError("--user is for imports: a backup's record keeps who made each change.")
            self.restore_record(Path(all_dir))
            return
        acting = user_named(user)
        if all_dir:
            try:
                reports = backup.restore(Path(all_dir), user=acting, dry_run=dry_run, progress=self.progress)
            except backup.IncompleteBackup as error:
                raise CommandError(str(error)) from None
            except OSError as error:
                raise CommandError(self.unreadable(error)) from None
            self.finish(reports)
            return
        path = Path(file)
        try:
            data = backup.read_file(path)
        except (files.CsvFileError, OSError) as error:
            raise CommandError(self.unreadable(error, path)) from None
        report = importer.import_file(model, data, user=acting, dry_run=dry_run, progress=self.progress(model))
        self.finish([(path.name, report)])

    def restore_record(self, directory: Path) -> None:
        try:
            outcome = backup.restore_record(directory, dry_run=self.dry_run)
        except (record.BackupError, RestoreRefused) as error:
            raise CommandError(f"The restore failed; nothing was written.\n{error}") from None
        except OSError as error:
            raise CommandError(self.unreadable(error)) from None
        verb = "would be restored (dry run: nothing written)" if self.dry_run else "restored"
        for name, count in outcome.written.items():
            self.stdout.write(f"{name}: {count} rows {verb}.")
        if outcome.absent:
            self.stdout.write("Not in this backup (written before these tables existed): " + ", ".join(outcome.absent))
        if outcome.accounts_created:
            self.stdout.write(
                "Accounts named in the backup and missing here, created inactive without a password: "
                + ", ".join(outcome.accounts_created)
            )
        self.stdout.write(f"{sum(outcome.written.values())} rows {verb} from {directory}.")

    @staticmethod
    def unreadable(error: Exception, path: Path | None = None) -> str:
        if isinstance(error, OSError):
            return f"Cannot read {error.filename or path}: {error.strerror}."
        return f"{path.name}: {error}" if path else str(error)

    def progress(self, name: str):
        if not self.stderr.isatty():
            return None

        def show(done: int, total: int):
            width = 30
            filled = width * done // total if total else width
            self.stderr.write(
                f"\r{name}: checking rows [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending=""
            )
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
            if report.conflict:
                self.stderr.write(f"{file_name}: {report.conflict}")
            failed = failed or not report.ok
        for _, report in reports:
            summary = report.summary()
            if failed and report.ok and not self.dry_run and len(reports) > 1:
                summary = summary.rstrip(".") + " (rolled back: another file failed)."
            self.stdout.write(summary)
        if any(report.conflict for _, report in reports):
            raise CommandError("The import failed; nothing was written. Import the file again.")
        if failed:
            raise CommandError("The import failed; nothing was written. Correct the rows above and import again.")
