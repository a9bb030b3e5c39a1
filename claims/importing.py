"""Import the register's CSV files: check the whole file, then write it in one transaction.

Every row is validated before anything is written: the model's field rules and
clean(), choices, references to other records, duplicate keys inside the file,
permissions, and for claims the verdict and publishing rules of
claims.services. If any row is wrong nothing is written and every wrong row is
reported with its row number and column. A file that passes is written with
bulk inserts and updates that also write the history rows, so a large file
takes seconds, not minutes.

Rows are matched on their natural key (`ref`, an outlet's `name`, evidence's
`claim` + `source` + `quote`); a row equal to what is stored is left alone, so
importing the same file twice changes nothing.
"""

import copy
import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import connection, models, transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from claims import csvio, freshness, services
from claims.models import Claim, ClaimEvent, Evidence, FollowUp, Metric, Visit
from sources.models import Outlet, Source

BATCH = 2000
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

    @property
    def ok(self) -> bool:
        return not self.file_error and not self.errors

    def summary(self) -> str:
        if self.file_error:
            return f"{self.table}: nothing imported. {self.file_error}"
        counts = f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, {len(self.errors)} errors"
        if self.errors:
            return f"{self.table}: {counts}; nothing was written."
        return f"{self.table}: {counts}" + (" (dry run: nothing was written)." if self.dry_run else ".")


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

    def __init__(self, *, user, defer_publish: bool = False, check_versions: bool = True):
        self.user = user
        self.defer_publish = defer_publish
        # A restore compares nothing: its rows describe records this database never had.
        self.check_versions = check_versions
        self.meta = self.model._meta

    # --- hooks ---------------------------------------------------------------
    def stored(self, keys: list[tuple], refs: dict) -> dict[tuple, models.Model]:
        """The stored records for these keys (a single-column key by default)."""
        (column,) = self.key
        found = {}
        values = [k[0] for k in keys]
        for start in range(0, len(values), LOOKUP_SLICE):
            for obj in self.model._default_manager.filter(**{f"{column}__in": values[start : start + LOOKUP_SLICE]}):
                found[(getattr(obj, column),)] = obj
        return found

    def new(self) -> models.Model:
        return self.model()

    def key_of(self, values: dict, refs: dict) -> tuple:
        return tuple(values.get(column, "").strip() for column in self.key)

    def check_rows(self, outcomes: list[RowOutcome], errors: list[RowError]) -> None:
        """Rules that look at several rows or the database at once."""

    def write(self, outcomes: list[RowOutcome], *, now) -> None:
        user = self.user if getattr(self.user, "pk", None) else None
        new = [o.instance for o in outcomes if o.kind == "new"]
        changed = [o for o in outcomes if o.kind == "update"]
        if new and connection.vendor == "postgresql":
            copy_create_with_history(new, self.model, user=user, reason=CHANGE_REASON, now=now)
        elif new:
            bulk_create_with_history(
                new, self.model, batch_size=BATCH, default_user=user, default_change_reason=CHANGE_REASON, default_date=now
            )
        if changed:
            fields = sorted({name for o in changed for name in o.instance._import_changed})
            bulk_update_with_history(
                [o.instance for o in changed], self.model, fields, batch_size=BATCH,
                default_user=user, default_change_reason=CHANGE_REASON, default_date=now,
            )

    # --- the generic row -----------------------------------------------------
    def build(self, values: dict, stored, refs: dict) -> tuple[models.Model, list[str], dict[str, list[str]]]:
        """The record this row describes, the fields it changes, and what is wrong with it."""
        instance = copy.copy(stored) if stored is not None else self.new()
        changed, problems = [], {}
        for column, raw in values.items():
            model_field = self.meta.get_field(column)
            if column in self.references:
                target_model, lookup = self.references[column]
                name = raw.strip()
                if not name:
                    if not model_field.null:
                        problems[column] = [f"Give the {lookup} of the {target_model._meta.verbose_name}."]
                        continue
                    target = None
                else:
                    target = refs[column].get(name)
                    if target is None:
                        problems[column] = [f"There is no {target_model._meta.verbose_name} with {lookup} '{name}'."]
                        continue
                if stored is None or getattr(instance, model_field.attname) != (target.pk if target else None):
                    changed.append(model_field.name)
                # Set even when unchanged: clean() reads the related record, and it is at hand.
                setattr(instance, model_field.name, target)
                continue
            try:
                value = clean_cell(model_field, raw.strip() if column in self.stripped else raw)
            except ValidationError as error:
                problems[column] = error.messages
                continue
            if stored is None or getattr(instance, model_field.attname) != value:
                setattr(instance, model_field.attname, value)
                changed.append(model_field.name)
        if stored is None:
            for model_field in self.meta.concrete_fields:
                if (
                    model_field.name not in values
                    and model_field.editable
                    and not model_field.blank
                    and not model_field.primary_key
                    and getattr(instance, model_field.attname) in (None, "")
                ):
                    problems[model_field.name] = [
                        f"A new {self.meta.verbose_name} needs a '{model_field.name}': add the column to the file."
                    ]
        if not problems:
            try:
                instance.clean()
            except ValidationError as error:
                for column, messages in error.message_dict.items():
                    problems.setdefault("" if column == NON_FIELD_ERRORS else column, []).extend(messages)
        return instance, changed, problems


def copy_create_with_history(objs: list[models.Model], model, *, user, reason: str, now) -> None:
    """Insert `objs` and their history rows with PostgreSQL's COPY.

    What simple_history's bulk_create_with_history does, but without building
    an INSERT statement through the ORM for every value: on 100,000 claims that
    compilation, not the database, took most of the time. The rows were
    validated before; the database's own constraints still check them here.
    """
    meta = model._meta
    history_meta = model.history.model._meta
    quote = connection.ops.quote_name
    fields = meta.concrete_fields
    for model_field in fields:
        if getattr(model_field, "auto_now", False) or getattr(model_field, "auto_now_add", False):
            for obj in objs:
                setattr(obj, model_field.attname, now)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(objs)],
        )
        for obj, (pk,) in zip(objs, cursor.fetchall()):
            obj.pk = pk
            obj._state.adding, obj._state.db = False, connection.alias
        columns = ", ".join(quote(f.column) for f in fields)
        with cursor.cursor.copy(f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN") as copy:
            for obj in objs:
                copy.write_row([getattr(obj, f.attname) for f in fields])
        history_columns = [quote(history_meta.get_field(f.name).column) for f in fields]
        history_columns += [quote(c) for c in ("history_date", "history_change_reason", "history_type", "history_user_id")]
        tail = (now, reason, "+", user.pk if user else None)
        with cursor.cursor.copy(f"COPY {quote(history_meta.db_table)} ({', '.join(history_columns)}) FROM STDIN") as copy:
            for obj in objs:
                copy.write_row([getattr(obj, f.attname) for f in fields] + list(tail))


def clean_cell(model_field: models.Field, raw: str):
    """A cell as the model field's value, by the model field's own rules."""
    if isinstance(model_field, models.TextField) and not model_field.choices:
        return model_field.clean(raw, None)
    return _clean_short(model_field, raw)


@functools.lru_cache(maxsize=4096)
def _clean_short(model_field: models.Field, raw: str):
    # Codes, choices, dates and refs repeat down a file; each distinct cell is checked once.
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


# --- the five tables -------------------------------------------------------------
class VisitTable(Table):
    name, model = "visits", Visit
    columns = ["ref", "title", "host_country", "start_date", "end_date", "location", "summary"]
    optional = ["guest", "guest_country"]
    key = ("ref",)
    stripped = frozenset({"ref", "host_country", "guest_country", "start_date", "end_date"})


class OutletTable(Table):
    name, model = "outlets", Outlet
    columns = ["name", "country", "kind", "website"]
    key = ("name",)
    stripped = frozenset({"country", "kind", "website"})


class SourceTable(Table):
    name, model = "sources", Source
    columns = ["ref", "title", "outlet", "kind", "url", "published_on", "language"]
    optional = ["notes"]
    key = ("ref",)
    references = {"outlet": (Outlet, "name")}
    stripped = frozenset({"ref", "kind", "url", "published_on", "language"})

    def check_rows(self, outcomes, errors):
        # `url` is unique when present: within the file and against other stored sources.
        first_row, by_url = {}, {}
        for outcome in outcomes:
            url = outcome.instance.url
            if not url:
                continue
            if url in first_row:
                errors.append(RowError(outcome.row, "url", f"Row {first_row[url]} has the same url."))
            else:
                first_row[url] = outcome.row
                by_url[url] = outcome
        urls = list(by_url)
        for start in range(0, len(urls), LOOKUP_SLICE):
            for url, ref in Source.objects.filter(url__in=urls[start : start + LOOKUP_SLICE]).values_list("url", "ref"):
                outcome = by_url[url]
                if outcome.instance.ref != ref:
                    errors.append(RowError(outcome.row, "url", f"Source '{ref}' already has this url."))


class StaleRows(Exception):
    """Rows whose records changed between the check and the write; the import is abandoned."""

    def __init__(self, errors: list[RowError]):
        super().__init__(f"{len(errors)} row(s) changed meanwhile")
        self.errors = errors


class VersionedTable(Table):
    """Optimistic locking on import.

    A row may carry the `version` its record had when it was exported; if the
    record has changed since, the row is refused rather than overwriting
    someone's work. Every update bumps the version, and the write re-checks the
    versions with the rows locked, so an edit saved between check and write is
    not lost either.
    """

    def build(self, values, stored, refs):
        values = dict(values)
        seen = values.pop("version", "").strip()
        instance, changed, problems = super().build(values, stored, refs)
        if seen and stored is not None and self.check_versions:
            if not seen.isdigit():
                problems["version"] = ["Give the whole number the export wrote, or leave the cell empty."]
            elif int(seen) != stored.version:
                problems["version"] = [
                    f"This {self.meta.verbose_name} was changed in the register after the file was exported "
                    f"(the row has version {seen}, the register {stored.version}): export it again and re-apply "
                    "your change, so that the other change is not overwritten."
                ]
        if stored is not None and changed:
            instance.version = stored.version + 1
            changed.append("version")
        return instance, changed, problems

    def write(self, outcomes, *, now):
        updates = {o.instance.pk: o for o in outcomes if o.kind == "update"}
        ids = list(updates)
        stale = []
        for start in range(0, len(ids), LOOKUP_SLICE):
            rows = self.model._default_manager.select_for_update().filter(pk__in=ids[start : start + LOOKUP_SLICE])
            for pk, version in rows.values_list("pk", "version"):
                outcome = updates[pk]
                if version != outcome.stored.version:
                    stale.append(RowError(outcome.row, "version", (
                        f"This {self.meta.verbose_name} was changed by someone else while the file was being "
                        "imported; nothing was written. Import the file again."
                    )))
        if stale:
            raise StaleRows(stale)
        super().write(outcomes, now=now)


class MetricTable(Table):
    name, model = "metrics", Metric
    columns = ["ref", "name", "unit", "tolerance", "tolerance_is_relative"]
    optional = ["description"]
    key = ("ref",)
    stripped = frozenset({"ref", "unit", "tolerance", "tolerance_is_relative"})


# The figures cross-check's optional columns, on claims.csv and evidence.csv; `metric` is the metric's ref.
FIGURE_COLUMNS = ["metric", "figure_period_start", "figure_period_end"]


# Commitments' optional columns on claims.csv: files written before them still import.
COMMITMENT_COLUMNS = ["is_commitment", "commitment_due", "commitment_horizon"]


class ClaimTable(VersionedTable):
    name, model = "claims", Claim
    columns = ["ref", "article", "visit", "speaker", "text", "quote", "topic", "status", "verdict_summary", "is_published"]
    optional = ["figure_value", "figure_unit", "figure_period", "published_at", *FIGURE_COLUMNS]
    key = ("ref",)
    references = {"article": (Source, "ref"), "visit": (Visit, "ref"), "metric": (Metric, "ref")}
    stripped = frozenset({"ref", "topic", "status", "verdict_summary", "is_published", "figure_value", "published_at",
                          *FIGURE_COLUMNS})

    optional = optional + COMMITMENT_COLUMNS + ["repeat_of", "version"]
    stripped = stripped | {"is_commitment", "commitment_due", "repeat_of", "version"}
    references = {**references, "repeat_of": (Claim, "ref")}

    def new(self):
        return Claim(created_by=self.user if getattr(self.user, "pk", None) else None)

    def build(self, values, stored, refs):
        if self.defer_publish and values.get("repeat_of", "").strip():
            # The restore's first pass: the claim a row repeats may come later in the file.
            values = {**values, "repeat_of": ""}
        instance, changed, problems = super().build(values, stored, refs)
        if self.defer_publish and "is_published" in changed:
            # The restore's first pass: publish only once the evidence is in.
            instance.is_published = stored.is_published if stored else False
            changed.remove("is_published")
        return instance, changed, problems

    def check_rows(self, outcomes, errors):
        publishing = [o for o in outcomes if o.instance.is_published and not (o.stored and o.stored.is_published)]
        evidenced = self._independently_evidenced([o.instance for o in publishing if o.instance.pk])
        for outcome in outcomes:
            claim = outcome.instance
            problems = services.claim_import_problems(
                stored=outcome.stored, claim=claim, user=self.user,
                has_independent_evidence=(claim.pk, claim.article_id) in evidenced,
            )
            for column, messages in problems.items():
                errors.extend(RowError(outcome.row, column, message) for message in messages)
            if problems:
                continue
            if claim.is_published and not claim.published_at:
                claim.published_at = outcome.now
                claim._import_changed.append("published_at")

    @staticmethod
    def _independently_evidenced(claims: list[Claim]) -> set[tuple[int, int]]:
        """(claim id, article id) pairs where the claim has evidence from a source other than that article."""
        articles = {claim.pk: claim.article_id for claim in claims}
        found = set()
        ids = list(articles)
        for start in range(0, len(ids), LOOKUP_SLICE):
            rows = Evidence.objects.filter(claim_id__in=ids[start : start + LOOKUP_SLICE]).values_list("claim_id", "source_id")
            for claim_id, source_id in rows:
                if source_id != articles[claim_id]:
                    found.add((claim_id, articles[claim_id]))
        return found

    def write(self, outcomes, *, now):
        for outcome in outcomes:
            if outcome.kind == "update":
                outcome.instance.updated_at = now
                outcome.instance._import_changed.append("updated_at")
        super().write(outcomes, now=now)
        events = []
        for outcome in outcomes:
            events += services.claim_import_events(stored=outcome.stored, claim=outcome.instance, user=self.user, at=now)
        ClaimEvent.objects.bulk_create(events, batch_size=BATCH)


class EvidenceTable(VersionedTable):
    name, model = "evidence", Evidence
    columns = ["claim", "source", "stance", "quote", "note"]
    optional = ["metric", "figure_value", "figure_unit", "figure_period", "figure_period_start", "figure_period_end",
                "version"]
    key = ("claim", "source", "quote")
    references = {"claim": (Claim, "ref"), "source": (Source, "ref"), "metric": (Metric, "ref")}
    stripped = frozenset({"stance", "figure_value", *FIGURE_COLUMNS})

    def new(self):
        return Evidence(added_by=self.user if getattr(self.user, "pk", None) else None)

    def key_of(self, values, refs):
        claim = refs["claim"].get(values.get("claim", "").strip())
        source = refs["source"].get(values.get("source", "").strip())
        return (claim.pk if claim else values.get("claim"), source.pk if source else values.get("source"), values.get("quote", ""))

    def stored(self, keys, refs):
        claim_ids = list({k[0] for k in keys if isinstance(k[0], int)})
        found = {}
        for start in range(0, len(claim_ids), LOOKUP_SLICE):
            for obj in Evidence.objects.filter(claim_id__in=claim_ids[start : start + LOOKUP_SLICE]):
                found[(obj.claim_id, obj.source_id, obj.quote)] = obj
        return found


class FollowUpTable(Table):
    name, model = "follow_ups", FollowUp
    columns = ["claim", "checked_on", "status", "note"]
    optional = ["source", "quote"]
    key = ("claim", "checked_on", "note")
    references = {"claim": (Claim, "ref"), "source": (Source, "ref")}
    stripped = frozenset({"checked_on", "status"})

    def new(self):
        return FollowUp(added_by=self.user if getattr(self.user, "pk", None) else None)

    def key_of(self, values, refs):
        claim = refs["claim"].get(values.get("claim", "").strip())
        return (claim.pk if claim else values.get("claim"), values.get("checked_on", "").strip(), values.get("note", ""))

    def stored(self, keys, refs):
        claim_ids = list({k[0] for k in keys if isinstance(k[0], int)})
        found = {}
        for start in range(0, len(claim_ids), LOOKUP_SLICE):
            for obj in FollowUp.objects.filter(claim_id__in=claim_ids[start : start + LOOKUP_SLICE]):
                found[(obj.claim_id, obj.checked_on.isoformat(), obj.note)] = obj
        return found


TABLES: dict[str, type[Table]] = {
    t.name: t for t in (VisitTable, OutletTable, SourceTable, MetricTable, ClaimTable, EvidenceTable, FollowUpTable)
}
# The order a full restore loads them in: what is referred to before what refers to it.
RESTORE_ORDER = ["visits", "outlets", "sources", "metrics", "claims", "evidence", "follow_ups"]

# Models' permission codenames, to check add/change per row.
def _may(user, action: str, model) -> bool:
    return bool(user and user.has_perm(f"{model._meta.app_label}.{action}_{model._meta.model_name}"))


# --- the import ------------------------------------------------------------------------
def import_file(name: str, data: bytes, **options) -> ImportReport:
    """Import a CSV file's bytes into the table `name`; see `import_rows` for the options."""
    table = TABLES[name]
    try:
        parsed = csvio.read(data, columns=table.columns, optional=table.optional)
    except csvio.CsvFileError as error:
        return ImportReport(table=name, dry_run=options.get("dry_run", False), file_error=str(error))
    return import_rows(name, parsed, **options)


def import_rows(
    name: str,
    parsed: csvio.CsvTable,
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
    total = len(parsed.rows)
    now = timezone.now()

    refs = {}
    for column, (target_model, lookup) in table.references.items():
        names = list({values[column].strip() for _, values in parsed.rows if values.get(column, "").strip()})
        found = {}
        for start in range(0, len(names), LOOKUP_SLICE):
            for obj in target_model._default_manager.filter(**{f"{lookup}__in": names[start : start + LOOKUP_SLICE]}):
                found[getattr(obj, lookup)] = obj
        refs[column] = found

    keys, first_row, rows = [], {}, []
    for number, values in parsed.rows:
        key = table.key_of(values, refs)
        if not all(str(part).strip() for part in key):
            errors.append(RowError(number, table.key[0], f"Give the {' and '.join(table.key)}: rows are matched on it."))
            continue
        if key in first_row:
            errors.append(
                RowError(number, table.key[0], f"Row {first_row[key]} has the same {' + '.join(table.key)}; each record may appear once.")
            )
            continue
        first_row[key] = number
        keys.append(key)
        rows.append((number, values, key))
    stored = table.stored(keys, refs)

    may_add, may_change = _may(user, "add", table.model), _may(user, "change", table.model)
    outcomes = []
    for done, (number, values, key) in enumerate(rows, start=1):
        before = stored.get(key)
        instance, changed, problems = table.build(values, before, refs)
        if before is None and not may_add:
            problems.setdefault("", []).append(f"You may not add {table.meta.verbose_name_plural}.")
        elif before is not None and changed and not may_change:
            problems.setdefault("", []).append(f"You may not change {table.meta.verbose_name_plural}.")
        for column, messages in problems.items():
            errors.extend(RowError(number, column, message) for message in messages)
        if not problems:
            kind = "new" if before is None else ("update" if changed else "skip")
            instance._import_changed = changed
            outcomes.append(RowOutcome(row=number, kind=kind, instance=instance, values=values, stored=before, now=now))
        if progress and (done % 1000 == 0 or done == total):
            progress(done, total)
    table.check_rows(outcomes, errors)

    errors.sort(key=lambda error: error.row)
    report.outcomes = outcomes
    if errors:
        return report
    report.created = sum(o.kind == "new" for o in outcomes)
    report.updated = sum(o.kind == "update" for o in outcomes)
    report.unchanged = sum(o.kind == "skip" for o in outcomes)
    if not dry_run:
        try:
            with transaction.atomic():
                # Stamped when written, not when the file was read: updated_at and the history rows'
                # dates then sort after anything committed while the file was being checked, so
                # mirrors (updated_since) and the freshness stamp both see this import as the newer.
                table.write([o for o in outcomes if o.kind != "skip"], now=timezone.now())
                # Its history rows go in by COPY, which sends no signal.
                freshness.register_changed()
        except StaleRows as stale:
            report.errors.extend(stale.errors)
            report.created = report.updated = report.unchanged = 0
    return report
