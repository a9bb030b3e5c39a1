"""What a claim says and the evidence for it: logging, editing and removing, through the rules.

The admin (forms, inlines, the history page's revert), the source page's claim
logging and the demo loader write claims and evidence only through these. The
CSV import writes whole files through claims.services.bulk, under the same rules.

A change to what the public sees of a published claim (its ref, wording, speaker,
article, visit, topic or figure, or any of its evidence) is an update on the
record: it needs a reason (`change_note`) and is kept as a ClaimEvent that the
claim's page, the corrections log and the feed show, with what changed.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from claims import refs, rules, versions
from claims.figures.models import FIGURE_FIELDS
from claims.models import Claim, ClaimEvent, Evidence
from claims.services.quotes import check_claim_quote, check_evidence_quote
from claims.services.workflow import event_for, independence, locked

# The fields of a claim that say what was claimed, by whom and where; the workflow's own fields
# (status, verdict summary, publication) change only through claims.services.workflow.
CLAIM_CONTENT_FIELDS = (
    "ref",
    "article",
    "visit",
    "speaker",
    "topic",
    "text",
    "quote",
    *FIGURE_FIELDS,
    "is_commitment",
    "commitment_due",
    "commitment_due_is_reading",
    "commitment_horizon",
    "commitment_first_made",
)
EVIDENCE_FIELDS = (
    "claim",
    "source",
    "stance",
    "quote",
    "paraphrased",
    "note",
    *FIGURE_FIELDS,
)


def _user_or_none(user):
    return user if getattr(user, "pk", None) else None


def changes_to(instance, values: dict) -> dict:
    """The entries of `values` that differ from `instance`'s fields (related objects compared by id)."""
    changed = {}
    for name, value in values.items():
        field = instance._meta.get_field(name)
        current = getattr(instance, field.attname)
        new = value.pk if field.is_relation and value is not None and hasattr(value, "pk") else value
        if current != new:
            changed[name] = value
    return changed


def shown(instance, name: str) -> str:
    """A field's value as a reader would read it (a related record by its name, a choice by its label)."""
    field = instance._meta.get_field(name)
    if field.is_relation:
        related = getattr(instance, name)
        return "" if related is None else str(related)
    if field.choices:
        return str(getattr(instance, f"get_{name}_display")())
    value = getattr(instance, field.attname)
    return "" if value is None else str(value)


def describe(before, after, fields, *, prefix: str = "") -> list[dict]:
    """The public record of a change: for each field, its label and the value before and after."""
    return [
        {
            "field": name,
            "label": f"{prefix}{before._meta.get_field(name).verbose_name}",
            "before": shown(before, name),
            "after": shown(after, name),
        }
        for name in fields
    ]


def record_update(*, claim: Claim, user, note: str, changes: list[dict], at=None) -> ClaimEvent | None:
    """Put a change to a published claim on the public record (nothing for an unpublished one)."""
    if not claim.is_published or not changes:
        return None
    event = event_for(claim=claim, kind=ClaimEvent.Kind.UPDATE, user=user, note=note, from_status=claim.status, at=at)
    event.changes = changes
    event.save()
    return event


def _clean(instance, *, exclude=()) -> None:
    instance.full_clean(exclude=list(exclude))


# --- Claims ----------------------------------------------------------------------------------
@transaction.atomic
def claim_create(*, claim: Claim, user) -> Claim:
    """Log `claim` (a new, unsaved Claim with its content set): it starts unverified and unpublished."""
    if not rules.has(user, "claims.add_claim"):
        raise PermissionDenied("You may not log claims.")
    if claim.pk is not None:
        raise ValidationError(f"Claim '{claim.ref}' is logged already.")
    claim.status, claim.verdict_summary, claim.is_published, claim.published_at = "unverified", "", False, None
    claim.created_by = _user_or_none(user)
    _clean(claim)
    check_claim_quote(claim)
    claim.save()
    return claim


@transaction.atomic
def claim_update(*, claim: Claim, user, values: dict, seen_version: int | None = None, change_note: str = "") -> Claim:
    """Change what `claim` says (the fields in `values`), if the editor's copy is current and the rules allow.

    `seen_version` is the version the editor opened (None: do not compare). A published claim's
    change needs `change_note`, and is put on the record.
    """
    unknown = set(values) - set(CLAIM_CONTENT_FIELDS)
    if unknown:
        raise ValidationError(f"Not a claim's content: {', '.join(sorted(unknown))}.")
    versions.check_version(claim, seen_version)
    current = locked(claim)
    changed = changes_to(current, values)
    rules.raise_for(
        rules.content_problems(
            user=user, ref=current.ref, is_published=current.is_published, changed=changed, note=change_note
        )
    )
    if not changed:
        return current
    before = Claim.objects.get(pk=current.pk)
    for name, value in changed.items():
        setattr(current, name, value)
    _clean(current)
    proven = []
    if {"quote", "article"} & set(changed):
        check_claim_quote(current)
        proven = ["quote_found"]
    current.save(update_fields=[*changed, *proven, versions.bump(current), "updated_at"])
    if "ref" in changed:
        # The old address keeps leading to the claim (a redirect, and `previous_refs` for mirrors).
        refs.ref_changed(claim=current, old=before.ref, at=current.updated_at)
    record_update(claim=current, user=user, note=change_note, changes=describe(before, current, changed))
    if claim is not current:
        claim.refresh_from_db()
    return current


# --- Evidence ----------------------------------------------------------------------------
def evidence_removal_problem(evidence: Evidence, *, replaced_by: Evidence | None = None) -> str | None:
    """Why removing `evidence` (or replacing it with `replaced_by`) would leave its published claim
    without the independent evidence its verdict needs, if it would."""
    claim = evidence.claim
    problem = rules.independent_evidence_problem(
        ref=claim.ref,
        is_published=claim.is_published,
        status=claim.status,
        left=independence(claim, without=evidence, plus=replaced_by),
    )
    if problem is None:
        return None
    # A claim published before a stricter rule may lack what it now needs; a change that takes
    # nothing from it (a note reworded) is not what breaks it.
    already = rules.independence_problem(claim.status, independence(claim))
    return None if already else problem


def _evidence_label(evidence: Evidence) -> str:
    return f"{evidence.source} ({evidence.get_stance_display().lower()}): {evidence.quote}"


@transaction.atomic
def evidence_add(
    *, claim: Claim, user, source, stance: str, quote: str, note: str = "", change_note: str = "", **figure
) -> Evidence:
    """Cite `source` as evidence for `claim`: a passage of it (`quote`), and how it bears (`note`).

    For a published claim this is an update on the record, and needs `change_note`.
    """
    claim = locked(claim)
    rules.raise_for(
        rules.evidence_problems(
            user=user, action="add", ref=claim.ref, claim_is_published=claim.is_published, note=change_note
        )
    )
    evidence = Evidence(claim=claim, source=source, stance=stance, quote=quote.strip(), note=note.strip(), **figure)
    evidence.added_by = _user_or_none(user)
    _clean(evidence)
    check_evidence_quote(evidence)
    evidence.save()
    record_update(
        claim=claim,
        user=user,
        note=change_note,
        changes=[{"field": "evidence", "label": "Evidence added", "before": "", "after": _evidence_label(evidence)}],
    )
    return evidence


@transaction.atomic
def evidence_update(
    *, evidence: Evidence, user, values: dict, seen_version: int | None = None, change_note: str = ""
) -> Evidence:
    """Change a piece of evidence (its passage, stance, source, figure, or the claim it is for)."""
    unknown = set(values) - set(EVIDENCE_FIELDS)
    if unknown:
        raise ValidationError(f"Not a field of evidence: {', '.join(sorted(unknown))}.")
    versions.check_version(evidence, seen_version)
    current = Evidence.objects.select_for_update().select_related("claim", "source").get(pk=evidence.pk)
    changed = changes_to(current, values)
    if not changed:
        return current
    claims = {current.claim_id: locked(current.claim)}
    if "claim" in changed:
        claims[changed["claim"].pk] = locked(changed["claim"])
    for claim in claims.values():
        rules.raise_for(
            rules.evidence_problems(user=user, action="change", ref=claim.ref, claim_is_published=claim.is_published)
        )
    proposed = Evidence.objects.select_related("source").get(pk=current.pk)
    for name, value in changed.items():
        setattr(proposed, name, value)
    # The claim it leaves, or whose independent evidence it may stop being, keeps its rule.
    current.claim = claims[current.claim_id]
    stays = proposed if proposed.claim_id == current.claim_id else None
    problem = evidence_removal_problem(current, replaced_by=stays)
    if problem:
        raise ValidationError(problem)
    for claim in claims.values():
        rules.raise_for(rules.update_note_problem(ref=claim.ref, is_published=claim.is_published, note=change_note))
    _clean(proposed)
    proven = []
    if {"quote", "source", "paraphrased"} & set(changed):
        check_evidence_quote(proposed)
        proven = ["quote_found"]
    proposed.save(update_fields=[*changed, *proven, versions.bump(proposed)])
    now = timezone.now()
    prefix = f"Evidence from {current.source}: "
    if "claim" in changed:
        record_update(
            claim=claims[current.claim_id],
            user=user,
            note=change_note,
            changes=[
                {"field": "evidence", "label": "Evidence removed", "before": _evidence_label(current), "after": ""}
            ],
            at=now,
        )
        record_update(
            claim=claims[proposed.claim_id],
            user=user,
            note=change_note,
            changes=[
                {"field": "evidence", "label": "Evidence added", "before": "", "after": _evidence_label(proposed)}
            ],
            at=now,
        )
    else:
        record_update(
            claim=claims[current.claim_id],
            user=user,
            note=change_note,
            changes=describe(current, proposed, changed, prefix=prefix),
            at=now,
        )
    if evidence is not proposed:
        evidence.refresh_from_db()
    return proposed


@transaction.atomic
def evidence_delete(*, evidence: Evidence, user, change_note: str = "") -> None:
    """Remove a piece of evidence; from a published claim only if it keeps what its verdict needs, and with a reason."""
    claim = locked(evidence.claim)
    rules.raise_for(
        rules.evidence_problems(user=user, action="delete", ref=claim.ref, claim_is_published=claim.is_published)
    )
    evidence.claim = claim
    problem = evidence_removal_problem(evidence)
    if problem:
        raise ValidationError(problem)
    rules.raise_for(rules.update_note_problem(ref=claim.ref, is_published=claim.is_published, note=change_note))
    label = _evidence_label(evidence)
    evidence.delete()
    record_update(
        claim=claim,
        user=user,
        note=change_note,
        changes=[{"field": "evidence", "label": "Evidence removed", "before": label, "after": ""}],
    )


__all__ = [
    "CLAIM_CONTENT_FIELDS",
    "EVIDENCE_FIELDS",
    "changes_to",
    "claim_create",
    "claim_update",
    "describe",
    "evidence_add",
    "evidence_delete",
    "evidence_removal_problem",
    "evidence_update",
    "record_update",
]
