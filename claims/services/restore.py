"""Bringing back what was deleted, from django-simple-history's rows, through the write core; and restoring a
whole register from a backup (`restore_register`).

Deletions stay in history (django-simple-history keeps a '-' row with every field), so an editor can
bring back a claim or a piece of evidence exactly as it was, under its own id. A restored claim comes
back unpublished: publishing it again is an editor's decision, through the claims writer's rules. Its
quote is checked against the kept copy as it is now.
"""

import datetime
import graphlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.color import no_style
from django.db import DatabaseError, connection, models, transaction
from django.utils import timezone

from claims import rules
from claims.models import Claim, ClaimSearch, Entity, EntityRole, Evidence
from claims.services.claims import ClaimWriter
from claims.services.core import Change, apply_one
from claims.services.evidence import EvidenceWriter
from claims.services.search_index import reindex
from factregister import publiccache

# Evidence deleted within this many seconds of its claim was deleted with it.
RESTORE_WINDOW_SECONDS = 60
RESTORED = "Restored from the history after deletion."


def deleted_claims():
    """History rows of claims that are deleted now, newest deletion first."""
    return (
        Claim.history.filter(history_type="-")
        .exclude(id__in=Claim.objects.values("id"))
        .select_related("history_user")
        .order_by("-history_date")
    )


def deleted_evidence():
    """History rows of evidence that is deleted now and whose claim still exists."""
    return (
        Evidence.history.filter(history_type="-", claim_id__in=Claim.objects.values("id"))
        .exclude(id__in=Evidence.objects.values("id"))
        .select_related("history_user")
        .order_by("-history_date")
    )


def _refuse_unless_allowed(user, model_name: str) -> None:
    problems = rules.restore_problems(user=user, model_name=model_name)
    if problems:
        raise PermissionDenied(problems[0].message)


@transaction.atomic
def claim_restore_deleted(*, history_id: int, user) -> Claim:
    """Bring back a deleted claim and the evidence deleted with it."""
    _refuse_unless_allowed(user, "claim")
    record = Claim.history.filter(history_id=history_id, history_type="-").first()
    if record is None:
        raise ValidationError("There is no such deleted claim in the history.")
    if Claim.objects.filter(pk=record.id).exists():
        raise ValidationError(f"Claim '{record.ref}' exists already; there is nothing to restore.")
    if Claim.objects.filter(ref=record.ref).exists():
        raise ValidationError(f"Another claim now uses the ref '{record.ref}'; rename it first.")
    claim = record.instance
    claim.is_published = False
    change = Change(instance=claim, validated=True)
    change.options["restored"] = RESTORED
    apply_one(ClaimWriter(user=user), change)
    window = datetime.timedelta(seconds=RESTORE_WINDOW_SECONDS)
    deleted_with_it = Evidence.history.filter(
        history_type="-",
        claim_id=record.id,
        history_date__range=(record.history_date - window, record.history_date + window),
    ).order_by("history_date")
    for evidence_record in deleted_with_it:
        if not Evidence.objects.filter(pk=evidence_record.id).exists():
            change = Change(instance=evidence_record.instance, note=RESTORED)
            change.options["label"] = "Evidence restored"
            apply_one(EvidenceWriter(user=user), change)
    claim.refresh_from_db()
    return claim


@transaction.atomic
def evidence_restore_deleted(*, history_id: int, user) -> Evidence:
    """Bring back a deleted piece of evidence; on a published claim it is an update on the record."""
    _refuse_unless_allowed(user, "evidence")
    record = Evidence.history.filter(history_id=history_id, history_type="-").first()
    if record is None:
        raise ValidationError("There is no such deleted evidence in the history.")
    if Evidence.objects.filter(pk=record.id).exists():
        raise ValidationError("This evidence exists already; there is nothing to restore.")
    if not Claim.objects.filter(pk=record.claim_id).exists():
        raise ValidationError("The claim this evidence belonged to is deleted; restore the claim first.")
    evidence = record.instance
    change = Change(instance=evidence, note="Evidence removed earlier is restored.")
    change.options["label"] = "Evidence restored"
    apply_one(EvidenceWriter(user=user), change)
    return evidence


def deleted_entities():
    """History rows of people, organisations and places that are deleted now, newest deletion first."""
    return (
        Entity.history.filter(history_type="-")
        .exclude(id__in=Entity.objects.values("id"))
        .select_related("history_user")
        .order_by("-history_date")
    )


@transaction.atomic
def entity_restore_deleted(*, history_id: int, user) -> Entity:
    """Bring back a deleted entity and the roles deleted with it (an organisation since deleted left out)."""
    # The entity writers are built on the write core, which this package's __init__ loads with this module.
    from claims.entities.services import EntityRoleWriter, EntityWriter

    problems = rules.entity_restore_problems(user=user)
    if problems:
        raise PermissionDenied(problems[0].message)
    record = Entity.history.filter(history_id=history_id, history_type="-").first()
    if record is None:
        raise ValidationError("There is no such deleted entity in the history.")
    if Entity.objects.filter(pk=record.id).exists():
        raise ValidationError(f"Entity '{record.ref}' exists already; there is nothing to restore.")
    if Entity.objects.filter(ref=record.ref).exists():
        raise ValidationError(f"Another entity now uses the ref '{record.ref}'; rename it first.")
    entity = record.instance
    apply_one(EntityWriter(user=user), Change(instance=entity))
    window = datetime.timedelta(seconds=RESTORE_WINDOW_SECONDS)
    deleted_with_it = EntityRole.history.filter(
        history_type="-",
        entity_id=record.id,
        history_date__range=(record.history_date - window, record.history_date + window),
    ).order_by("history_date")
    for role_record in deleted_with_it:
        if EntityRole.objects.filter(pk=role_record.id).exists():
            continue
        role = role_record.instance
        if role.organisation_id and not Entity.objects.filter(pk=role.organisation_id).exists():
            role.organisation = None
        apply_one(EntityRoleWriter(user=user), Change(instance=role))
    return entity


# --- A whole register from a backup ----------------------------------------------------------------
# The apps whose tables make up the register: every row of these, history included, is in a backup.
REGISTER_APPS = ("sources", "claims")


def register_models() -> list[type[models.Model]]:
    """Every model whose rows a backup holds, each after the models it refers to (history tables too)."""
    found = [model for app in REGISTER_APPS for model in apps.get_app_config(app).get_models()]
    graph: graphlib.TopologicalSorter[type[models.Model]] = graphlib.TopologicalSorter()
    for model in found:
        targets = {f.related_model for f in model._meta.concrete_fields if f.is_relation}
        graph.add(model, *(target for target in targets if target in found and target is not model))
    return list(graph.static_order())


@dataclass
class RestoredTable:
    """One table's rows as the backup holds them: (row number in `file`, unsaved record with its own ids)."""

    model: type[models.Model]
    file: str
    rows: list[tuple[int, models.Model]] = field(default_factory=list)


class RestoreRefused(Exception):
    """The register or the backup cannot be restored; the message names the table or the file and row.
    Nothing was written."""


def refuse_unless_empty() -> None:
    """Refuse a restore into a register that holds any row (history included), naming the first such table."""
    for model in register_models():
        if model._base_manager.exists():
            raise RestoreRefused(
                f"The register is not empty ({model._meta.db_table} holds {model._base_manager.count()} rows): a "
                "backup is restored only into an empty register. Nothing was written."
            )


@transaction.atomic
def restore_register(tables: Iterable[RestoredTable], *, now=None) -> dict[type[models.Model], int]:
    """Write a whole register, every row as the backup holds it (ids, times, history rows and the public
    record included), into an empty register; the number of rows written per model.

    This is the register's restore writer: the one path that writes rows which are not changes but the
    record of earlier ones, so it does not re-run the workflow (that would stamp every claim published now
    and add events that never happened). What it checks instead: the register is empty; every table the
    register has is in the backup; each row meets the database's own constraints (unique refs, a published
    claim with a verdict, valid choices); references between tables were checked by the reader. A refused
    row is named by file and row. `tables` may be read one at a time as they are written (an exception
    from the reader undoes the restore). The freshness stamp moves: the public register is new.
    """
    refuse_unless_empty()
    written = {}
    for table in tables:
        _insert(table)
        written[table.model] = len(table.rows)
    missing = [m._meta.db_table for m in register_models() if m not in written]
    if missing:
        raise RestoreRefused(f"The backup has no table for {', '.join(missing)}. Nothing was written.")
    if not written.get(ClaimSearch) and written.get(Claim):
        # A backup made before the search index: the index is built from the restored rows.
        written[ClaimSearch] = reindex(Claim.objects.values_list("pk", flat=True))
    if connection.vendor == "postgresql":
        # New rows after the restore take ids after the restored ones.
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), list(written)):
                cursor.execute(statement)
    publiccache.public_change(at=now or timezone.now())
    return written


BATCH = 2000


def _write(model: type[models.Model], objs: list[models.Model]) -> None:
    """Insert `objs` as they are. The insert loaddata makes (raw): bulk_create would stamp the auto_now
    times (a claim's `updated_at`, evidence's `added_at`) with the restore's time instead of the backup's."""
    fields = model._meta.concrete_fields
    for start in range(0, len(objs), BATCH):
        model._base_manager._insert(objs[start : start + BATCH], fields=fields, raw=True)  # type: ignore[attr-defined]


def _insert(table: RestoredTable) -> None:
    objs = [obj for _, obj in table.rows]
    if not objs:
        return
    try:
        with transaction.atomic():
            _write(table.model, objs)
    except DatabaseError:
        # Insert row by row to name the one the database refuses.
        for row, obj in table.rows:
            try:
                with transaction.atomic():
                    _write(table.model, [obj])
            except DatabaseError as error:
                raise RestoreRefused(
                    f"{table.file} row {row}: the database refuses this row ({str(error).strip()}). "
                    "Nothing was written."
                ) from None


__all__ = [
    "RestoreRefused",
    "RestoredTable",
    "claim_restore_deleted",
    "entity_restore_deleted",
    "deleted_claims",
    "deleted_entities",
    "deleted_evidence",
    "evidence_restore_deleted",
    "register_models",
    "refuse_unless_empty",
    "restore_register",
]
