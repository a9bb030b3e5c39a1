"""Import the register's CSV files: check the whole file and write it in one transaction.

Every row is validated before anything is written: the model's field rules and
clean(), choices, references to other records, duplicate keys inside the file,
then the register's own rules (permissions, verdicts, publication, what a
published claim keeps), asked of the write core (claims.services.core) for the
whole file. If any row is wrong nothing is written and every wrong row is
reported with its row number and column. A file that passes is written by the
write core in bulk, with its history rows and its steps on the public record,
so a large file takes seconds, not minutes; a large claims file is written while
it is checked (SliceWriter), and rolled back whole at its first wrong row.

Rows are matched on their natural key (`ref`, an outlet's `name`, evidence's
`claim` + `source` + `quote`); a row equal to what is stored is left alone, so
importing the same file twice changes nothing.
"""

import contextlib
import gc
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from csvio import files
from csvio.rows import RowError, RowOutcome, StaleRows
from csvio.tables import RESTORE_ORDER, TABLES
from factregister.lookups import matching

__all__ = ["RESTORE_ORDER", "TABLES", "ImportReport", "RowError", "import_file", "import_rows"]

logger = logging.getLogger(__name__)

BINARY_CELL = "This cell holds a NUL byte (binary data), which the register cannot store. Remove it and import again."


@dataclass
class ImportReport:
    table: str
    dry_run: bool = False
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    file_error: str = ""
    errors: list[RowError] = field(default_factory=list)
    outcomes: list[RowOutcome] = field(default_factory=list)
    # The rows passed every check, but the register changed under the write (another import, at the same time).
    conflict: str = ""

    @property
    def ok(self) -> bool:
        return not self.file_error and not self.errors and not self.conflict

    def summary(self) -> str:
        if self.file_error:
            return f"{self.table}: nothing imported. {self.file_error}"
        if self.conflict:
            return f"{self.table}: {self.conflict}"
        counts = (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, {len(self.errors)} errors"
        )
        if self.errors:
            return f"{self.table}: {counts}; nothing was written."
        return f"{self.table}: {counts}" + (" (dry run: nothing was written)." if self.dry_run else ".")


def _rows(numbers: list[int]) -> str:
    shown = ", ".join(str(number) for number in numbers[:5])
    return f"row{'s' if len(numbers) > 1 else ''} {shown}" + (
        f" and {len(numbers) - 5:,} more" if len(numbers) > 5 else ""
    )


# --- the import ------------------------------------------------------------------------
@contextlib.contextmanager
def no_cycle_collection():
    """Pause Python's cycle collector while a file is read and checked.

    A file of 100,000 rows is hundreds of thousands of objects that all live until
    the import ends; the collector walked them again and again, finding nothing to
    free, for a fifth of the import's time. Reference counting still frees as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_file(name: str, data: bytes, **options) -> ImportReport:
    """Import a CSV file's bytes into the table `name`; see `import_rows` for the options."""
    table = TABLES[name]
    with no_cycle_collection():
        try:
            parsed = files.read(data, columns=table.columns, optional=table.optional)
        except files.CsvFileError as error:
            return ImportReport(table=name, dry_run=options.get("dry_run", False), file_error=str(error))
        return import_rows(name, parsed, **options)


@no_cycle_collection()
def import_rows(
    name: str,
    parsed: files.CsvTable,
    *,
    user,
    dry_run: bool = False,
    defer_publish: bool = False,
    check_versions: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Validate every row of `parsed`; unless something is wrong or it is a dry run, write them all at once."""
    table = TABLES[name](user=user, defer_publish=defer_publish, check_versions=check_versions)
    report = ImportReport(table=name, dry_run=dry_run)
    errors = report.errors
    errors.extend(RowError(number, "", message) for number, message in parsed.bad_rows)
    readable = []
    for number, values in parsed.rows:
        # PostgreSQL can neither store nor look up text holding a NUL: such a row goes no further.
        binary = [column for column, value in values.items() if "\x00" in value]
        errors.extend(RowError(number, column, BINARY_CELL) for column in binary)
        if not binary:
            readable.append((number, values))
    now = timezone.now()

    refs = {}
    for column, (target_model, lookup) in table.references.items():
        names = list({values[column].strip() for _, values in readable if values.get(column, "").strip()})
        refs[column] = {
            getattr(obj, lookup): obj for obj in matching(target_model._default_manager.all(), lookup, names)
        }

    keys: list[tuple] = []
    first_row: dict[tuple, int] = {}
    rows: list[tuple[int, dict[str, str], tuple]] = []
    for number, values in readable:
        key = table.key_of(values, refs)
        if not all(str(part).strip() for part in key):
            errors.append(
                RowError(number, table.key[0], f"Give the {' and '.join(table.key)}: rows are matched on it.")
            )
            continue
        if key in first_row:
            errors.append(
                RowError(
                    number,
                    table.key[0],
                    f"Row {first_row[key]} has the same {' + '.join(table.key)}; each record may appear once.",
                )
            )
            continue
        first_row[key] = number
        keys.append(key)
        rows.append((number, values, key))
    stored = table.stored(keys, refs)

    # A large file is written slice by slice while the next slice is checked (SliceWriter); else
    # it is checked whole, then written.
    writer = SliceWriter(table) if not dry_run and SliceWriter.suits(table, len(rows)) else None
    try:
        outcomes = _check(table, rows, stored, refs, errors, writer, now=now, progress=progress)
    except BaseException:
        if writer:  # never leave the writer's transaction open behind a failure of the checks
            writer.abandon()
        raise

    errors.sort(key=lambda error: error.row)
    report.outcomes = outcomes
    if errors:
        if writer:
            writer.abandon()
        return report
    report.created = sum(o.kind == "new" for o in outcomes)
    report.updated = sum(o.kind == "update" for o in outcomes)
    report.unchanged = sum(o.kind == "skip" for o in outcomes)
    if dry_run:
        return report
    try:
        if writer:
            writer.finish(commit=True)
        else:
            with transaction.atomic():
                # Stamped when written, not when the file was read: updated_at and the history rows'
                # dates then sort after anything committed while the file was being checked, so
                # mirrors (updated_since) and the freshness stamp both see this import as the newer.
                table.write([o for o in outcomes if o.kind != "skip"], now=timezone.now())
    except StaleRows as stale:
        report.errors.extend(stale.errors)
        report.created = report.updated = report.unchanged = 0
    except IntegrityError as error:
        # Every row was checked against the register as it was; a unique key or a reference that
        # fails now was written (or removed) by someone else between the check and the write.
        report.created = report.updated = report.unchanged = 0
        report.conflict = _conflict(table, rows, outcomes, refs)
        logger.warning("CSV import of %s refused at the write: %s", name, error)
    return report


def _check(table, rows, stored, refs, errors, writer, *, now, progress) -> list[RowOutcome]:
    """Build and check every row, a slice at a time; hand each slice that passed to `writer`, if any."""
    outcomes: list[RowOutcome] = []
    total, done = len(rows), 0
    size = writer.slice_rows if writer else max(1, total)
    for start in range(0, total, size):
        checked = []
        for number, values, key in rows[start : start + size]:
            before = stored.get(key)
            instance, changed, problems = table.build(values, before, refs)
            for column, messages in problems.items():
                errors.extend(RowError(number, column, message) for message in messages)
            if not problems:
                kind = "new" if before is None else ("update" if changed else "skip")
                checked.append(
                    RowOutcome(
                        row=number, kind=kind, instance=instance, values=values, stored=before, now=now, changed=changed
                    )
                )
            done += 1
            if progress and (done % 1000 == 0 or done == total):
                progress(done, total)
        table.check_rows(checked, errors)
        outcomes += checked
        if writer and not errors:
            writer.send([o for o in checked if o.kind != "skip"])

    return outcomes


class SliceWriter:
    """Write a large file's checked slices while the next slice is checked: all in one transaction, or none.

    The checks are Python's work and the write is mostly the database's (keeping the text
    search and trigram indexes), so on a machine with two cores they overlap: a thread of
    its own, with its own connection and one transaction on it, writes each slice as soon
    as it has passed, while the file's reader checks the next. The first wrong row anywhere
    in the file rolls the whole transaction back, so nothing is written, as before; every
    wrong row is still reported. PostgreSQL only, and only when the caller holds no
    transaction of its own (a restore writes its tables in one, which this thread could not
    join): otherwise the file is checked whole, then written.

    The rows are stamped when the writer starts, not when the file was read, so that they
    sort after anything committed while the file was being read.
    """

    STREAM_ROWS = 5_000  # files this long or longer are written while they are checked
    slice_rows = 2_000

    _DONE, _ABORT = object(), object()

    @classmethod
    def suits(cls, table, rows: int) -> bool:
        return (
            table.streams
            and rows >= cls.STREAM_ROWS
            and connection.vendor == "postgresql"
            and not connection.in_atomic_block
        )

    def __init__(self, table):
        self.table = table
        self.now = timezone.now()
        self.error: BaseException | None = None
        # Two slices waiting at most: the reader never runs far ahead of the database.
        self.slices: queue.Queue = queue.Queue(maxsize=2)
        self.thread = threading.Thread(target=self._write, name="csv-import-writer", daemon=True)
        self.thread.start()

    def send(self, outcomes: list[RowOutcome]) -> None:
        self.slices.put(outcomes)

    def abandon(self) -> None:
        """Roll back whatever was sent, and forget why the write failed, if it did."""
        with contextlib.suppress(BaseException):
            self.finish(commit=False)

    def finish(self, *, commit: bool) -> None:
        """Commit what was sent (or roll it back); raise what the write raised, StaleRows or IntegrityError."""
        self.slices.put(self._DONE if commit else self._ABORT)
        self.thread.join()
        if self.error is not None:
            raise self.error

    def _write(self) -> None:
        failed: BaseException | None = None
        try:
            with transaction.atomic():
                while (item := self.slices.get()) not in (self._DONE, self._ABORT):
                    if failed is None:
                        try:
                            self.table.write(item, now=self.now)
                        except BaseException as error:  # kept for the reader; the slices still queued are let go
                            failed = error
                if item is self._ABORT or failed is not None:
                    raise _RolledBack
        except _RolledBack:
            pass
        except BaseException as error:  # raised at the commit (a deferred foreign key, a lost connection)
            failed = failed or error
        finally:
            self.error = failed
            connection.close()


class _RolledBack(Exception):
    pass


def _conflict(table, rows, outcomes, refs) -> str:
    """Why the write failed, in the desk's words: which new rows another import created meanwhile."""
    new = {o.row for o in outcomes if o.kind == "new"}
    keys = {key: number for number, _, key in rows if number in new}
    taken = sorted(keys[key] for key in table.stored(list(keys), refs))
    if taken:
        return (
            f"nothing was written: another import created these rows at the same time ({_rows(taken)}); "
            "import again to update them."
        )
    return "nothing was written: the register changed while the file was being written; import it again."
