"""One CSV file's rows, checked against one model: the base every register table builds on.

A Table turns each row into the record it describes (`build`), checks it by the model's own
field rules, then hands the rows to the write core (claims.services.core) as changes of its
entity's writer: `check_rows` asks what the register's rules make of them (every wrong row is
reported before anything is written), `write` applies them, checked again against the locked
rows. csvio.tables declares the register's tables on top of it.
"""

from dataclasses import dataclass, field
from typing import cast

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models

from claims import rules, versions
from claims.services import core
from claims.services.copies_fast import Prototype, copy_record
from factregister.lookups import matching

# Databases cap the parameters of one query (SQLite at 32,766); look keys up in slices.
LOOKUP_SLICE = 5000
CHANGE_REASON = "CSV import"


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self):
        where = f"row {self.row}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class RowOutcome:
    row: int
    kind: str  # "new", "update" or "skip"
    instance: models.Model
    values: dict
    stored: models.Model | None = None
    now: object = None
    changed: list[str] = field(default_factory=list)  # the fields the row changes


class Table:
    """How one CSV file maps onto one model. Column names are the model's field names."""

    name: str
    model: type[models.Model]
    columns: list[str]
    optional: list[str] = []
    key: tuple[str, ...]
    # Columns that name another record: column -> (model, the field that names it).
    references: dict[str, tuple[type[models.Model], str]] = {}
    # Cells whose surrounding spaces are never meant (codes, slugs, dates, summaries).
    stripped: frozenset[str] = frozenset()
    # Whether a large file may be written slice by slice while the rest is checked
    # (importer.SliceWriter): true when check_rows() and write() look at each row alone.
    streams: bool = False
    # The entity's writer (claims.services), and whether its rows carry the version they were exported at.
    writer: type[core.Writer]
    versioned: bool = False

    # Columns a file may carry that are not stored: the reason for a change (services put it on the record).
    input_only: frozenset[str] = frozenset({"change_note"})

    @classmethod
    def exported(cls) -> list[str]:
        """The columns an export writes: every stored column, required then optional."""
        return [name for name in cls.columns + cls.optional if name not in cls.input_only]

    def __init__(self, *, user, defer_publish: bool = False, check_versions: bool = True):
        self.user = user
        self.defer_publish = defer_publish
        # A restore compares nothing: its rows describe records this database never had.
        self.check_versions = check_versions
        self.meta = self.model._meta
        self._prototype = Prototype(self.new)
        self._missing: dict[tuple[str, ...], dict[str, list[str]]] = {}
        self._readers: dict[tuple[str, ...], list[Column]] = {}

    # --- hooks ---------------------------------------------------------------
    def stored(self, keys: list[tuple], refs: dict) -> dict[tuple, models.Model]:
        """The stored records for these keys (a single-column key by default)."""
        (column,) = self.key
        keys = [k[0] for k in keys]
        return {(getattr(obj, column),): obj for obj in matching(self.model._default_manager.all(), column, keys)}

    def new(self) -> models.Model:
        return self.model()

    def key_of(self, values: dict, refs: dict) -> tuple:
        return tuple(values.get(column, "").strip() for column in self.key)

    def writer_for(self) -> core.Writer:
        return self.writer(user=self.user, reason=CHANGE_REASON)

    @classmethod
    def stored_cell(cls, stored: models.Model, name: str) -> str | None:
        """A stored record's cell of a column that is not one of its fields, as the file writes it (None: it is)."""
        return None

    def change(self, outcome: RowOutcome) -> core.Change:
        """The row as a change for the write core: a new record, or the changed fields of a stored one."""
        note = outcome.values.get("change_note", "").strip()
        if outcome.kind == "new":
            return core.Change(instance=outcome.instance, note=note, row=outcome.row, validated=True)
        return core.Change(
            target=outcome.stored,
            values={name: getattr(outcome.instance, name) for name in outcome.changed},
            note=note,
            row=outcome.row,
            validated=True,
            seen_version=getattr(outcome.stored, "version", None) if self.versioned else None,
        )

    def check_rows(self, outcomes: list[RowOutcome], errors: list[RowError]) -> None:
        """What the register's rules make of the rows: every row's problems, by row and column."""
        changes = [(outcome, self.change(outcome)) for outcome in outcomes if outcome.kind != "skip"]
        found = core.check(self.writer_for(), [change for _, change in changes])
        for outcome, change in changes:
            errors.extend(RowError(outcome.row, column_of(p), p.message) for p in found.get(change, []))

    def write(self, outcomes: list[RowOutcome], *, now) -> None:
        """Write the checked rows through the write core, which checks them again against the locked rows."""
        changes = [self.change(outcome) for outcome in outcomes if outcome.kind != "skip"]
        try:
            core.apply(self.writer_for(), changes, now=now)
        except core.Refused as refused:
            raise StaleRows(
                [
                    RowError(change.row or 0, column_of(p), p.message)
                    for change, problems in sorted(refused.problems.items(), key=lambda item: item[0].row or 0)
                    for p in problems
                ]
            ) from None

    # --- the generic row -----------------------------------------------------
    def blank(self) -> models.Model:
        """A new record as `new` makes it (made from a prototype: a large file makes one for each new row)."""
        return self._prototype.new()

    def missing(self, columns: tuple[str, ...]) -> dict[str, list[str]]:
        """The required fields a new record lacks when the file has only `columns` (the same for every row)."""
        if columns not in self._missing:
            blank = self.blank()
            self._missing[columns] = {
                model_field.name: [
                    f"A new {self.meta.verbose_name} needs a '{model_field.name}': add the column to the file."
                ]
                for model_field in self.meta.concrete_fields
                if model_field.name not in columns
                and model_field.editable
                and not model_field.blank
                and not model_field.primary_key
                and getattr(blank, model_field.attname) in (None, "")
            }
        return self._missing[columns]

    def readers(self, columns: tuple[str, ...]) -> list["Column"]:
        """How each of `columns` is read into the record: worked out once, as every row of a file has its columns."""
        if columns not in self._readers:
            self._readers[columns] = [
                Column.of(
                    column,
                    cast(models.Field, self.meta.get_field(column)),
                    reference=self.references.get(column),
                    stripped=column in self.stripped,
                    # A one-column key is unique down a file: keeping its cells would only fill the memory.
                    repeats=self.key != (column,),
                )
                for column in columns
            ]
        return self._readers[columns]

    def build(self, values: dict, stored, refs: dict) -> tuple[models.Model, list[str], dict[str, list[str]]]:
        """The record this row describes, the fields it changes, and what is wrong with it."""
        instance = copy_record(stored) if stored is not None else self.blank()
        changed, problems = [], {}
        columns = tuple(values)
        for column in self.readers(columns):
            name, raw = column.name, values[column.name]
            if column.reference is not None:
                target_model, lookup = column.reference
                key = raw.strip()
                if not key:
                    if not column.model_field.null:
                        problems[name] = [f"Give the {lookup} of the {target_model._meta.verbose_name}."]
                        continue
                    target = None
                else:
                    target = refs[name].get(key)
                    if target is None:
                        problems[name] = [f"There is no {target_model._meta.verbose_name} with {lookup} '{key}'."]
                        continue
                if stored is None or getattr(instance, column.attname) != (
                    getattr(target, column.target_attname) if target else None
                ):
                    changed.append(column.model_field.name)
                # Set even when unchanged: clean() reads the related record, and it is at hand.
                setattr(instance, column.model_field.name, target)
                continue
            try:
                value = column.read(raw)
            except ValidationError as error:
                problems[name] = error.messages
                continue
            if stored is None or getattr(instance, column.attname) != value:
                setattr(instance, column.attname, value)
                changed.append(column.model_field.name)
        if stored is None:
            for name, messages in self.missing(columns).items():
                problems[name] = list(messages)
        if not problems:
            try:
                instance.clean()
            except ValidationError as error:
                for name, messages in error.message_dict.items():
                    problems.setdefault("" if name == NON_FIELD_ERRORS else name, []).extend(messages)
        return instance, changed, problems


# Distinct cells of one column kept, read once each.
CELLS_KEPT = 4096


@dataclass(eq=False)
class Column:
    """One column of a file and how its cells are read into the record's field: the same for every row."""

    name: str  # as the file's header names it
    model_field: models.Field
    attname: str
    reference: tuple[type[models.Model], str] | None  # the column names another record: (its model, the field)
    target_attname: str  # what the reference holds of that record (its id, or the field a key refers to)
    stripped: bool
    repeats: bool  # codes, choices and dates repeat down a file: each distinct cell is read once
    known: dict[str, object] = field(default_factory=dict)

    @classmethod
    def of(cls, name: str, model_field: models.Field, *, reference, stripped: bool, repeats: bool) -> "Column":
        relation = cast(models.ForeignKey, model_field)
        return cls(
            name=name,
            model_field=model_field,
            attname=model_field.attname,
            reference=reference,
            target_attname=relation.target_field.attname if reference else "",
            stripped=stripped,
            # Free text rarely repeats: it is read as it comes.
            repeats=repeats and not (isinstance(model_field, models.TextField) and not model_field.choices),
        )

    def read(self, raw: str):
        """The cell as the field's value, by the field's own rules (`clean_cell`); ValidationError if it is wrong."""
        if self.stripped:
            raw = raw.strip()
        if not self.repeats:
            return clean_cell(self.model_field, raw)
        try:
            return self.known[raw]
        except KeyError:
            value = clean_cell(self.model_field, raw)
            if len(self.known) < CELLS_KEPT:
                self.known[raw] = value
            return value


def clean_cell(model_field: models.Field, raw: str):
    """A cell as the model field's value, by the model field's own rules."""
    if isinstance(model_field, models.TextField) and not model_field.choices:
        return model_field.clean(raw, None)
    if model_field.choices:
        valid = [str(value) for value, _ in model_field.flatchoices]
        if raw not in valid:
            shown = f"'{raw}'" if raw else "An empty cell"
            raise ValidationError(f"{shown} is not a {model_field.verbose_name} here. Use one of: {', '.join(valid)}.")
    if isinstance(model_field, models.BooleanField):
        lowered = raw.strip().lower()
        if lowered not in {"true", "false"}:
            raise ValidationError(f"'{raw}' is not true or false.")
        return lowered == "true"
    if raw == "" and model_field.null:
        return None
    return model_field.clean(raw, None)


def column_of(problem: rules.Problem) -> str:
    """The CSV column a problem is about: the reason the rules call `note` is the file's `change_note` column
    (a permission problem names the field changed, evidence's own `note` included)."""
    return "change_note" if problem.field == "note" and not problem.permission else problem.field


class StaleRows(Exception):
    """Rows the register's rules refused when they were written: their records, or what the rules read,
    changed between the check and the write. The import is abandoned."""

    def __init__(self, errors: list[RowError]):
        super().__init__(f"{len(errors)} row(s) changed meanwhile")
        self.errors = errors


class VersionedTable(Table):
    """Optimistic locking on import (claims.versions).

    A row may carry the `version` its record had when it was exported; if the
    record has changed since, the row is refused rather than overwriting
    someone's work. The write core compares the versions again with the rows
    locked, so an edit saved between check and write is not lost either, and
    bumps them.
    """

    versioned = True

    def build(self, values, stored, refs):
        values = dict(values)
        values.pop("change_note", None)  # the reason for the change, read by the services' bulk writers
        seen = values.pop("version", "").strip()
        instance, changed, problems = super().build(values, stored, refs)
        if seen and stored is not None and self.check_versions:
            problem = versions.exported_version_problem(str(self.meta.verbose_name), seen, stored.version)
            if problem:
                problems["version"] = [problem]
        return instance, changed, problems
