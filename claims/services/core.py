"""The write core: every change to what the register stores, one row or ten thousand, goes through `apply()`.

A writer (one per entity: claims, evidence, sources, outlets, visits, metrics, follow-ups, article
copies...) says what the rules make of a proposed change and what it puts on the public record; this
module does the rest the same way for all of them:

1. it locks the rows the changes touch and reads them as they are now (`current`), refusing a change
   made on an out-of-date copy (the version the editor or the file saw);
2. it builds each record as the change would leave it (`proposed`) and the list of fields that differ;
3. it asks the writer for the facts its rules need, read once for the whole change set, and for each
   change's problems (claims.rules: pure functions);
4. it writes what passed in bulk, with history rows and new versions, then the steps of the public
   record (ClaimEvent rows) the writer derives, then anything that follows from the writes (translations
   put out of date, the search index: claims/services/search_index.py);
5. it moves the register's freshness stamp when the public can see any of it.

The one-row services (claims.services.claims, .evidence, ...) build one Change and call `apply()`; the
CSV import builds a Change per row, calls `check()` to report every wrong row before writing anything,
then `apply()`, which checks again against the locked rows (a record changed meanwhile refuses the
write). Admin forms call `check()` too, to show each problem on its field.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone

from claims import rules, versions
from claims.models import ClaimEvent
from claims.services.copies_fast import copy_record
from factregister import publiccache
from factregister.history import create_many, create_with_history, update_with_history
from factregister.lookups import matching

NEW, UPDATE, DELETE, NOTHING = "new", "update", "delete", "nothing"


def acting(user):
    """The account a write is recorded as made by: `user` if it is a stored account, else nobody."""
    return user if getattr(user, "pk", None) else None


@dataclass(eq=False)
class Change:
    """One record's proposed change: a new record, new values for a stored one, or its deletion.

    `target` is the stored record (None: a new one), as the caller read it; `values` the fields to set
    (model field names; a related record as an object); for a new record the caller may give the whole
    `instance` instead, already validated (`validated`). `note` is the reason put on the public record,
    `seen_version` the version the editor or file saw (None: not compared), `row` the CSV row it came
    from. `options` carries what only one writer reads (a reason to publish a quote not found...).
    """

    target: Any = None
    values: dict[str, Any] = field(default_factory=dict)
    instance: Any = None
    delete: bool = False
    note: str = ""
    seen_version: int | None = None
    row: int | None = None
    validated: bool = False
    # A step asked for by name ("publish", "unpublish"): checked even when it changes nothing (publishing a
    # published claim is refused, not silently done).
    intent: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    # Filled by the core.
    current: Any = None  # the stored record as it is now (locked when applied); None when new
    proposed: Any = None  # the record as the change leaves it; None when deleted
    fields: list[str] = field(default_factory=list)  # the fields whose values differ from `current`

    @property
    def kind(self) -> str:
        if self.current is None:
            return NEW
        if self.delete:
            return DELETE
        return UPDATE if self.fields else NOTHING


class Refused(ValidationError):
    """Changes the rules refused: `problems` maps each refused Change to its problems. Nothing was written."""

    def __init__(self, problems: dict[Change, rules.Problems]):
        self.problems = problems
        messages: dict[str, list[str]] = {}
        for found in problems.values():
            for problem in found:
                messages.setdefault(problem.field or NON_FIELD_ERRORS, []).append(problem.message)
        super().__init__(messages)

    def raise_for_one(self) -> None:
        """Raise as a one-row service would: PermissionDenied for a permission problem, else a ValidationError
        naming each field."""
        found = [problem for problems in self.problems.values() for problem in problems]
        rules.raise_for(found)


@dataclass
class Outcome:
    """What `apply()` did: the changes written, and those refused with their problems (`partial` only)."""

    done: list[Change]
    refused: dict[Change, rules.Problems]


class Writer:
    """How one entity's changes are checked and what they put on the record. Subclasses say the specifics."""

    model: ClassVar[type[models.Model]]
    # The fields a change may set.
    fields: ClassVar[Sequence[str]] = ()
    # Whether the model has a `version` checked against `seen_version` and bumped by every write.
    versioned: ClassVar[bool] = False
    # Fields kept up to date on every update.
    touched: ClassVar[Sequence[str]] = ()
    # Fields only the desk sees (who a claim is assigned to): an update of these alone leaves `touched` as it
    # was and does not move the freshness stamp, so the public cannot tell from a date that the desk worked.
    internal: ClassVar[Sequence[str]] = ()
    default_reason: ClassVar[str] = ""

    def __init__(self, *, user, reason: str = ""):
        self.user = user
        self.reason = reason or self.default_reason
        # True while `apply()` runs: the facts then lock the rows they read that the rules depend on.
        self.locking = False

    # --- what subclasses say ------------------------------------------------------
    def lock(self, ids: list[int]) -> dict[int, models.Model]:
        """The stored rows with these ids, locked for the rest of the transaction."""
        rows = matching(self.model._default_manager.select_for_update(), self.model._meta.pk.name, ids)
        return {row.pk: row for row in rows}

    def facts(self, changes: list[Change]) -> Any:
        """What the rules need to know beyond the rows themselves, read once for the whole change set."""
        return None

    def problems(self, change: Change, facts) -> rules.Problems:
        """What is wrong with one change (claims.rules)."""
        return []

    def derive(self, changes: list[Change], facts, *, now) -> None:
        """Set what follows from the changes on the records before they are written (derived fields)."""

    def events(self, change: Change, facts, *, now) -> list[ClaimEvent]:
        """The steps of the public record this change takes."""
        return []

    def after(self, changes: list[Change], facts, *, now) -> None:
        """Writes that follow from the changes once they are written."""

    def is_public(self, change: Change, facts) -> bool:
        """Whether the public sees this change (it moves the freshness stamp)."""
        return True

    def validate(self, change: Change) -> rules.Problems:
        """The model's own rules for the proposed record (its fields, clean(), unique fields).

        See `unchecked_fields` for what is not cleaned again."""
        try:
            change.proposed.full_clean(exclude=unchecked_fields(self.model, change), validate_constraints=False)
        except ValidationError as error:
            return [
                rules.Problem("" if name == NON_FIELD_ERRORS else name, message)
                for name, messages in error.message_dict.items()
                for message in messages
            ]
        return []

    def stale(self, change: Change) -> rules.Problems:
        """A change made on an out-of-date copy of the record."""
        if not self.versioned or change.seen_version is None or change.current is None:
            return []
        if change.current.version == change.seen_version:
            return []
        name = self.model._meta.verbose_name
        if change.row is not None:
            message = (
                f"This {name} was changed by someone else while the file was being imported; nothing was written. "
                "Import the file again."
            )
        else:
            message = (
                f"Someone else saved this {name} '{change.current}' while you were editing it, so your changes were "
                f"not saved: {versions.what_changed(self.model, change.current.pk, change.seen_version)}. Your entries "
                "are still in the form below; open the page again in another tab to see the current version, then "
                "re-apply what you need."
            )
        return [rules.Problem("version", message)]


def unchecked_fields(model: type[models.Model], change: Change) -> list[str]:
    """The fields `full_clean` need not clean for `change` (clean() still sees the whole record).

    A field a stored record keeps as it was was valid when written; a key set to a row the caller holds exists
    (the database's constraint checks it again on writing). Cleaning a foreign key asks the database whether its
    row exists, once per key and record: a thousand queries for a bulk action on a thousand claims.
    """
    skipped = []
    for model_field in model._meta.concrete_fields:
        if change.current is not None and model_field.name not in change.fields:
            skipped.append(model_field.name)
        elif model_field.is_relation and not model_field.remote_field.limit_choices_to:  # type: ignore[union-attr]
            value = change.values.get(model_field.name)
            if isinstance(value, models.Model) and value.pk is not None and not value._state.adding:
                skipped.append(model_field.name)
    return skipped


# --- The two entry points -----------------------------------------------------------------------
def check(writer: Writer, changes: Iterable[Change]) -> dict[Change, rules.Problems]:
    """What is wrong with each change, against the records as the caller read them; nothing is written or locked."""
    changes = list(changes)
    writer.locking = False
    problems = _resolve(writer, changes, lock=False)
    facts = writer.facts([c for c in changes if c not in problems])
    return _problems(writer, changes, facts, problems)


def apply(writer: Writer, changes: Iterable[Change], *, now=None, partial: bool = False) -> Outcome:
    """Check every change against the locked rows and write those that pass, with their record and the stamp.

    All or nothing unless `partial`: then the refused changes are left out and returned with their
    problems, and the rest are written (the editors' bulk actions).
    """
    changes = list(changes)
    with transaction.atomic():
        writer.locking = True
        problems = _resolve(writer, changes, lock=True)
        facts = writer.facts([c for c in changes if c not in problems])
        problems = _problems(writer, changes, facts, problems)
        if problems and not partial:
            raise Refused(problems)
        done = [c for c in changes if c not in problems and c.kind != NOTHING]
        if done:
            now = now or timezone.now()
            writer.derive(done, facts, now=now)
            _write(writer, done, now=now)
            events = [event for c in done for event in writer.events(c, facts, now=now)]
            create_many(events, ClaimEvent)
            writer.after(done, facts, now=now)
            _follow_in_translations(writer, done, events, now=now)
            _follow_in_search(writer, done)
            if any(writer.is_public(c, facts) for c in done if not _internal_only(writer, c)):
                publiccache.public_change(at=now)
    return Outcome(done=done, refused=problems)


def apply_one(writer: Writer, change: Change, *, now=None) -> Change:
    """`apply()` for one change, refused as a one-row service refuses (PermissionDenied, ValidationError)."""
    try:
        apply(writer, [change], now=now)
    except Refused as refused:
        refused.raise_for_one()
    return change


def create_one(writer: Writer, instance):
    """Add `instance` (new, unsaved) through `writer`; returns it, saved."""
    apply_one(writer, Change(instance=instance))
    return instance


def update_one(writer: Writer, target, values: dict, *, note: str = ""):
    """Change `target`'s `values` through `writer`; returns the record as written."""
    change = apply_one(writer, Change(target=target, values=values, note=note))
    return change.proposed or change.current


def delete_one(writer: Writer, target, *, note: str = "") -> None:
    """Delete `target` through `writer`."""
    apply_one(writer, Change(target=target, delete=True, note=note))


# --- The steps ----------------------------------------------------------------------------------
def _resolve(writer: Writer, changes: list[Change], *, lock: bool) -> dict[Change, rules.Problems]:
    """Read each change's current record (locked when `lock`) and build the record it proposes."""
    problems: dict[Change, rules.Problems] = {}
    stored = [c for c in changes if c.target is not None]
    if lock and stored:
        found = writer.lock(sorted({c.target.pk for c in stored}))
    else:
        found = {c.target.pk: c.target for c in stored}
    unknown = [name for c in changes for name in c.values if name not in writer.fields]
    if unknown:
        raise ValueError(f"Not a field of {writer.model._meta.verbose_name}: {', '.join(sorted(set(unknown)))}.")
    for change in changes:
        if change.target is None:
            change.current = None
            change.proposed = change.instance if change.instance is not None else writer.model(**change.values)
            change.fields = [name for name in writer.fields if name in change.values] if change.instance is None else []
            continue
        change.current = found.get(change.target.pk)
        if change.current is None:
            problems[change] = [
                rules.Problem(
                    "",
                    f"This {writer.model._meta.verbose_name} was deleted while you were working on it; "
                    "nothing was saved.",
                )
            ]
            continue
        if change.delete:
            change.proposed, change.fields = None, []
            continue
        proposed = copy_record(change.current)
        change.fields = []
        for name, value in change.values.items():
            model_field = writer.model._meta.get_field(name)
            now_value = getattr(change.current, model_field.attname)  # type: ignore[union-attr]
            new_value = (
                # the pk, or the field a key refers to (to_field)
                getattr(value, model_field.target_field.attname)  # type: ignore[union-attr]
                if model_field.is_relation and isinstance(value, models.Model)
                else value
            )
            if now_value != new_value:
                setattr(proposed, name, value)
                change.fields.append(name)
        change.proposed = proposed
    return problems


def _problems(writer: Writer, changes: list[Change], facts, problems) -> dict[Change, rules.Problems]:
    for change in changes:
        if change in problems or (change.kind == NOTHING and not change.intent):
            continue
        found = writer.stale(change)
        if not found and change.kind in (NEW, UPDATE) and not change.validated:
            found = writer.validate(change)
        if not found:
            found = writer.problems(change, facts)
        if found:
            problems[change] = found
    return problems


def _follow_in_translations(writer: Writer, changes: list[Change], events: list[ClaimEvent], *, now) -> None:
    """A correction, update or withdrawal reaches every language: translations of what changed go out of date."""
    from claims.services.translations import follow_original  # the translation writers are built on this module

    follow_original(writer.model, changes, events, now=now)


def _follow_in_search(writer: Writer, changes: list[Change]) -> None:
    """The search index holds what the claims say now: the claims these writes touch are indexed again."""
    from claims.services.search_index import follow_write  # the index's step is built on this module

    follow_write(writer.model, changes)


def _internal_only(writer: Writer, change: Change) -> bool:
    """Whether `change` updates only fields the public never sees."""
    return change.kind == UPDATE and set(change.fields) - {"version"} <= set(writer.internal)


def _write(writer: Writer, changes: list[Change], *, now) -> None:
    user = acting(writer.user)
    model = writer.model
    new = [c.proposed for c in changes if c.kind == NEW]
    create_with_history([obj for obj in new if obj.pk is None], model, user=user, reason=writer.reason, now=now)
    for obj in new:
        if obj.pk is not None and obj._state.adding:
            # A record brought back with its own id (a restore): its history goes on under that id.
            obj._history_user, obj._change_reason = user, writer.reason
            obj.save(force_insert=True)
    updated = [c for c in changes if c.kind == UPDATE]
    if updated:
        fields = set()
        for change in updated:
            if writer.versioned:
                versions.bump(change.proposed)
                change.fields.append("version")
            if not _internal_only(writer, change):
                for name in writer.touched:
                    setattr(change.proposed, name, now)
                    change.fields.append(name)
            fields.update(change.fields)
        update_with_history(
            [c.proposed for c in updated], model, sorted(fields), user=user, reason=writer.reason, now=now
        )
    deleted = [c for c in changes if c.kind == DELETE]
    for change in deleted:
        # One at a time, through the model: its history row and the cascade to what depends on it.
        change.current._history_user = user
        change.current._change_reason = writer.reason
        change.current.delete()


def refuse(message: str, *, field_name: str = "", permission: bool = False) -> rules.Problems:
    return [rules.Problem(field_name, message, permission)]


def raise_permission(message: str) -> None:
    raise PermissionDenied(message)
