"""A whole register as a folder of CSV files: written by `export_register --all`, restored by
`import_register --all` into an empty register, all or nothing.

A backup holds the tables of the CSV contract (visits.csv, claims.csv...: to read, or to import one by one)
and, with its manifest, the whole record (csvio.record): every row of the register with its ids, times and
history, which `restore_record` brings back exactly. A folder without a manifest (a backup written before
the record was kept, or tables put together by hand) is loaded by `restore` from the contract's tables,
through the importer's rules: its claims are published at the restore's time.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from claims.services import restore as restorer
from csvio import export, files, importer, record
from csvio.resources import RESOURCES
from csvio.tables import RESTORE_ORDER

# Tables added after the first backups were written; a restore does without them if absent.
LATER_TABLES = {
    "origins",
    "metrics",
    "follow_ups",
    "claim_translations",
    "visit_translations",
    "entities",
    "entity_roles",
}


class Rollback(Exception):
    """Raised inside the restore's transaction to undo it."""


class IncompleteBackup(Exception):
    """The folder lacks a table the restore needs; the message lists what is missing."""


def write_table(name: str, handle, *, bom: bool = False) -> int:
    """Write table `name` as CSV to `handle` (binary or text); the number of rows written."""
    return export.write(export.export(RESOURCES[name](), bom=bom), handle)


def read_file(path: Path) -> bytes:
    """The file's bytes, refused with the importer's message when it is too large."""
    files.check_size(path.stat().st_size)
    return path.read_bytes()


def restore(
    directory: Path, *, user, dry_run: bool = False, progress: Callable[[str], Callable | None] = lambda name: None
) -> list[tuple[str, importer.ImportReport]]:
    """Restore every table from DIR/<table>.csv in one transaction; (file name, report) for each step.

    Claims are loaded unpublished first and published once their evidence is in,
    because the publishing rule asks for independent evidence; follow-ups and claims' translations need
    their claims. If any file fails, or on a dry run, nothing is kept.
    """
    paths = {name: directory / f"{name}.csv" for name in RESTORE_ORDER}
    missing = [str(path) for name, path in paths.items() if not path.is_file() and name not in LATER_TABLES]
    if missing:
        raise IncompleteBackup("The backup is incomplete; missing: " + ", ".join(missing) + ".")
    present = [name for name in RESTORE_ORDER if paths[name].is_file()]
    options = {"check_versions": False}
    after_claims = {"follow_ups", "claim_translations"}
    steps = [(name, options) for name in present if name not in {"claims", "evidence", *after_claims}]
    steps += [("claims", {**options, "defer_publish": True}), ("evidence", options), ("claims", options)]
    steps += [(name, options) for name in present if name in after_claims]
    reports = []
    try:
        with transaction.atomic():
            for name, step_options in steps:
                try:
                    data = read_file(paths[name])
                except files.CsvFileError as error:
                    report = importer.ImportReport(table=name, file_error=str(error))
                else:
                    report = importer.import_file(name, data, user=user, progress=progress(name), **step_options)
                reports.append((paths[name].name, report))
                if not report.ok:
                    raise Rollback
            if dry_run:
                raise Rollback
    except Rollback:
        pass
    for _, report in reports:
        report.dry_run = dry_run
    return reports


@dataclass
class RecordRestore:
    """What `restore_record` wrote (or, on a dry run, would write): rows per file, and the accounts it made."""

    written: dict[str, int] = field(default_factory=dict)
    accounts_created: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    dry_run: bool = False


def restore_record(directory: Path, *, dry_run: bool = False) -> RecordRestore:
    """Restore the whole record of a backup with a manifest into an empty register, in one transaction.

    Refused, with nothing written, when the register is not empty or the backup is incomplete or
    inconsistent (record.BackupError or restorer.RestoreRefused, naming the file and row). Accounts
    the backup names and this register lacks are created inactive, without a password.
    """
    restorer.refuse_unless_empty()
    backup = record.Backup(directory)
    outcome = RecordRestore(absent=backup.absent, dry_run=dry_run)
    try:
        with transaction.atomic():
            written = restorer.restore_register(backup.tables())
            outcome.written = {record.file_name(model): count for model, count in written.items()}
            outcome.accounts_created = backup.accounts_created
            if dry_run:
                raise Rollback
    except Rollback:
        pass
    return outcome
