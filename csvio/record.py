"""The whole register as CSV files with a manifest: written by `export_register --all` beside the tables of the
CSV contract, restored exactly by `import_register --all` (claims.services.restore.restore_register).

DIR/manifest.json names the format, when the backup was written, and each table's file, row count and SHA-256.
DIR/record/<table>.csv holds one table of the register: claims, evidence, sources, outlets, visits, metrics,
follow-ups, repeat links and dismissals, the public record of each claim (its events), former refs, kept
copies, source change proposals, and the django-simple-history table of each (every earlier version, so every
earlier copy of an article). The header is the model's field names; a row per stored row, ids included, so every
reference between rows comes back as it was.

Cells: dates and times in ISO 8601 with their UTC offset; `true`/`false`; JSON as JSON; an account as its
username. In a column that may hold no value, an empty cell is no value and a lone apostrophe is empty text.
A cell a spreadsheet would run as a formula starts with an apostrophe (csvio.files.neutralise).
"""

import csv
import datetime
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from django.utils import timezone

from claims.services import restore as restorer
from claims.services.system import SYSTEM_USERNAME, system_user
from csvio.files import neutralise
from csvio.files import restore as unescape

FORMAT = "factregister-backup"
VERSION = 1
MANIFEST = "manifest.json"
FOLDER = "record"
EMPTY_TEXT = "'"  # a lone apostrophe: empty text in a column that may also hold no value
# Errors listed before the rest are counted only.
MAX_ERRORS = 50


def has_manifest(directory: Path) -> bool:
    return (directory / MANIFEST).is_file()


def is_user(field: models.Field) -> bool:
    return field.is_relation and field.related_model is get_user_model()


def column(field: models.Field) -> str:
    """A field's column: its name for an account (the cell is a username), else the stored column (`claim_id`)."""
    return field.name if is_user(field) else field.attname


def file_name(model: type[models.Model]) -> str:
    return f"{FOLDER}/{model._meta.db_table}.csv"


# --- Writing ---------------------------------------------------------------------------------------
def to_cell(field: models.Field, value, usernames: dict[int, str]) -> str:
    if value is None:
        return ""
    if is_user(field):
        return usernames[value]
    if isinstance(field, models.JSONField):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(field, models.BooleanField):
        text = "true" if value else "false"
    elif isinstance(value, datetime.date):
        text = value.isoformat()
    else:
        text = str(value)
    if text == "" and field.null:
        return EMPTY_TEXT
    return neutralise(text)


def write(directory: Path) -> list[dict]:
    """Write every table of the register under DIR/record/ and DIR/manifest.json; the manifest's table entries.

    On PostgreSQL the tables are read in one snapshot, so a write made meanwhile is in all of them or in none.
    """
    (directory / FOLDER).mkdir(parents=True, exist_ok=True)
    entries = []
    with transaction.atomic():
        if connection.vendor == "postgresql" and not connection.savepoint_ids:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        usernames = dict(get_user_model()._default_manager.values_list("pk", "username"))
        for model in restorer.register_models():
            entries.append(_write_table(directory, model, usernames))
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "written_at": timezone.now().isoformat(),
        "restore": "python manage.py import_register --all DIR (into an empty register)",
        "tables": entries,
    }
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return entries


def _write_table(directory: Path, model: type[models.Model], usernames: dict[int, str]) -> dict:
    fields = model._meta.concrete_fields
    path = directory / file_name(model)
    digest, count = hashlib.sha256(), 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([column(f) for f in fields])
        rows = model._base_manager.order_by("pk").values_list(*(f.attname for f in fields))
        for values in rows.iterator(chunk_size=2000):
            writer.writerow([to_cell(f, v, usernames) for f, v in zip(fields, values, strict=True)])
            count += 1
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return {
        "table": model._meta.db_table,
        "model": model._meta.label,
        "file": file_name(model),
        "rows": count,
        "sha256": digest.hexdigest(),
    }


# --- Reading ---------------------------------------------------------------------------------------
class BackupError(Exception):
    """The backup is incomplete or inconsistent; the message names every wrong file and row."""


def from_cell(field: models.Field, cell: str):
    """The value a cell holds, or ValueError saying what is wrong with it."""
    if cell == "":
        if field.null:
            return None
        if isinstance(field, (models.CharField, models.TextField)):
            return ""
        raise ValueError("a value is needed")
    if cell == EMPTY_TEXT and field.null:
        return ""
    text = unescape(cell)
    if is_user(field):
        return text
    if isinstance(field, models.JSONField):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            raise ValueError(f"'{text[:40]}' is not JSON") from None
    if isinstance(field, models.BooleanField):
        if text not in ("true", "false"):
            raise ValueError(f"'{text[:40]}' is neither true nor false")
        return text == "true"
    try:
        return field.to_python(text)
    except ValidationError as error:
        raise ValueError(f"'{text[:40]}': {' '.join(error.messages)}") from None


def _manifest(directory: Path) -> dict:
    path = directory / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BackupError(f"{path}: not a readable manifest ({error}).") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path}: not a register backup's manifest (its format is not '{FORMAT}').")
    if manifest.get("version") != VERSION:
        raise BackupError(
            f"{path}: a backup of format version {manifest.get('version')}; this register reads version {VERSION}."
        )
    return manifest


def _refuse(errors: list[str]) -> None:
    if errors:
        more = f"\n... and {len(errors) - MAX_ERRORS} more." if len(errors) > MAX_ERRORS else ""
        raise BackupError("\n".join(errors[:MAX_ERRORS]) + more)


class Backup:
    """A backup with a manifest, read one table at a time (what the restore holds in memory is one table).

    Opening it checks the whole backup's shape: the manifest, each file present, unchanged since (its SHA-256)
    and with the model's columns; `tables()` then reads each table, checks its cells and its references to
    the tables before it, and makes the accounts it names. BackupError lists what is wrong.
    """

    def __init__(self, directory: Path):
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a kept copy's text is one cell
        self.directory = directory
        manifest = _manifest(directory)
        by_table = {model._meta.db_table: model for model in restorer.register_models()}
        errors: list[str] = []
        self.entries: dict[type[models.Model], dict] = {}
        for entry in manifest.get("tables", []):
            model = by_table.get(entry.get("table"))
            if model is None:
                errors.append(f"{MANIFEST}: the table '{entry.get('table')}' is not one this register has.")
            elif _file_problem(directory, model, entry, errors) is None:
                self.entries[model] = entry
        _refuse(errors)
        # The register's tables the backup does not have (written before they existed): restored empty.
        self.absent = [table for table, model in by_table.items() if model not in self.entries]
        self.accounts_created: list[str] = []

    def tables(self) -> Iterator[restorer.RestoredTable]:
        """Each table in the order the restore writes them (what a row refers to before the row)."""
        # Each table's rows as read, for the references of the tables after it (by id or by another unique field).
        ids: dict[type[models.Model], list[dict]] = {}
        found: dict[str, Any] = {}
        for model in restorer.register_models():
            entry = self.entries.get(model)
            errors: list[str] = []
            rows = _read_rows(self.directory, model, entry, errors) if entry else []
            ids[model] = [values for _, values in rows]
            usernames = _check_references(model, rows, ids, errors)
            table = _build(model, rows, errors)
            _refuse(errors)
            made, created = accounts(usernames - set(found))
            found.update(made)
            self.accounts_created += created
            attach_accounts([table], found)
            yield table


def _file_problem(directory: Path, model, entry: dict, errors: list[str]) -> str | None:
    """What is wrong with a table's file as a whole (missing, changed, other columns), added to `errors`."""
    name = file_name(model)
    path = directory / name
    problem = None
    if not path.is_file():
        problem = f"{name}: the file is missing (the manifest lists it)."
    else:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
        if digest.hexdigest() != entry.get("sha256"):
            problem = f"{name}: its SHA-256 is not the manifest's: the file was changed or cut short."
        else:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                header = next(csv.reader(handle), [])
            expected = {column(f) for f in model._meta.concrete_fields}
            missing, unknown = expected - set(header), set(header) - expected
            if missing or unknown or len(header) != len(set(header)):
                problem = (
                    f"{name} header: columns missing: {', '.join(sorted(missing)) or 'none'}; "
                    f"unknown: {', '.join(sorted(unknown)) or 'none'}; each column once."
                )
    if problem:
        errors.append(problem)
    return problem


def _read_rows(directory: Path, model, entry: dict, errors: list[str]) -> list[tuple[int, dict]]:
    name = file_name(model)
    fields = {column(f): f for f in model._meta.concrete_fields}
    rows: list[tuple[int, dict]] = []
    seen: dict = {}
    with (directory / name).open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        for number, cells in enumerate(reader, start=2):
            if len(cells) != len(header):
                errors.append(f"{name} row {number}: {len(cells)} cells for {len(header)} columns.")
                continue
            values = {}
            for key, cell in zip(header, cells, strict=True):
                field = fields[key]
                try:
                    values[field.name if is_user(field) else field.attname] = from_cell(field, cell)
                except ValueError as error:
                    errors.append(f"{name} row {number}, column {key}: {error}.")
            pk = values.get(model._meta.pk.attname)
            if pk in seen:
                errors.append(f"{name} row {number}: id {pk} is also on row {seen[pk]}.")
            seen[pk] = number
            rows.append((number, values))
    if len(rows) != entry.get("rows"):
        errors.append(f"{name}: {len(rows)} rows read, the manifest says {entry.get('rows')}.")
    return rows


def _check_references(model, rows, ids, errors) -> set[str]:
    """Each reference to another row of the register names a row the backup holds (history rows and references
    kept without a database constraint may name rows since deleted); the usernames named."""
    usernames: set[str] = set()
    name = file_name(model)
    for field in model._meta.concrete_fields:
        if not field.is_relation:
            continue
        if is_user(field):
            usernames |= {values[field.name] for _, values in rows if values.get(field.name)}
            continue
        if not field.db_constraint or field.related_model not in ids:
            continue
        target_name = field.target_field.attname  # the id, or the unique field the reference names (an origin's key)
        known = {values.get(target_name) for values in ids[field.related_model]}
        for number, values in rows:
            target = values.get(field.attname)
            if target is not None and target not in known:
                errors.append(
                    f"{name} row {number}, column {field.attname}: {field.related_model._meta.verbose_name} "
                    f"{target} is not in {file_name(field.related_model)}."
                )
    return usernames


def _build(model, rows, errors) -> restorer.RestoredTable:
    table = restorer.RestoredTable(model, file_name(model))
    relations = [f.name for f in model._meta.concrete_fields if f.is_relation]
    user_fields = [f for f in model._meta.concrete_fields if is_user(f)]
    # History rows hold what was valid when they were written; the register's own rows are checked now.
    checked = not model.__name__.startswith("Historical")
    for number, values in rows:
        values = dict(values)
        usernames = {f.attname: values.pop(f.name, None) for f in user_fields}
        obj = model(**values)
        obj._restore_usernames = usernames
        if checked:
            try:
                obj.clean_fields(exclude=relations)
            except ValidationError as error:
                for field_name, messages in error.message_dict.items():
                    errors.append(f"{table.file} row {number}, column {field_name}: {' '.join(messages)}")
        table.rows.append((number, obj))
    return table


def accounts(usernames: set[str]) -> tuple[dict[str, Any], list[str]]:
    """The accounts a backup names, by username; those this register lacks are created without a password
    and inactive (the record keeps who did what; nobody can log in as them): (accounts, created names)."""
    user_model = get_user_model()
    found = {user.get_username(): user for user in user_model._default_manager.filter(username__in=usernames)}
    created = sorted(usernames - set(found))
    for username in created:
        if username == SYSTEM_USERNAME:
            found[username] = system_user()
        else:
            found[username] = user_model._default_manager.create_user(username=username, is_active=False)
    return found, created


def attach_accounts(tables: list[restorer.RestoredTable], found: dict[str, Any]) -> None:
    """Set each row's accounts, which the reader kept as usernames."""
    for table in tables:
        for _, obj in table.rows:
            for attname, username in obj._restore_usernames.items():  # type: ignore[attr-defined]
                setattr(obj, attname, found[username].pk if username else None)
