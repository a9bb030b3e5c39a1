"""What a claim says and the evidence for it: logging, editing and removing, through the rules.

The admin (forms, inlines, the history page's revert), the source page's claim
logging and the demo loader write claims and evidence only through these. The
CSV import writes whole files through claims.services.bulk, under the same rules.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from claims import rules, versions
from claims.models import Claim, Evidence
from claims.services.workflow import locked

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
    "metric",
    "figure_value",
    "figure_unit",
    "figure_period",
    "figure_period_start",
    "figure_period_end",
    "is_commitment",
    "commitment_due",
    "commitment_horizon",
)
EVIDENCE_FIELDS = (
    "claim",
    "source",
    "stance",
    "quote",
    "note",
    "metric",
    "figure_value",
    "figure_unit",
    "figure_period",
    "figure_period_start",
    "figure_period_end",
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
    claim.save()
    return claim


@transaction.atomic
def claim_update(*, claim: Claim, user, values: dict, seen_version: int | None = None) -> Claim:
    """Change what `claim` says (the fields in `values`), if the editor's copy is current and the rules allow.

    `seen_version` is the version the editor opened (None: do not compare).
    """
    unknown = set(values) - set(CLAIM_CONTENT_FIELDS)
    if unknown:
        raise ValidationError(f"Not a claim's content: {', '.join(sorted(unknown))}.")
    versions.check_version(claim, seen_version)
    current = locked(claim)
    changed = changes_to(current, values)
    rules.raise_for(
        rules.content_problems(user=user, ref=current.ref, is_published=current.is_published, changed=changed)
    )
    if not changed:
        return current
    for name, value in changed.items():
        setattr(current, name, value)
    _clean(current)
    current.save(update_fields=[*changed, versions.bump(current), "updated_at"])
    if claim is not current:
        claim.refresh_from_db()
    return current


# --- Evidence ----------------------------------------------------------------------------
def _is_independent(claim: Claim, source_id: int | None) -> bool:
    return source_id is not None and source_id != claim.article_id


def independent_left(claim: Claim, *, without: Evidence | None = None, plus: Evidence | None = None) -> int:
    """How many pieces of independent evidence `claim` has without `without` and with `plus`."""
    count = claim.evidence.exclude(source_id=claim.article_id)
    if without is not None and without.pk:
        count = count.exclude(pk=without.pk)
    total = count.count()
    if plus is not None and _is_independent(claim, plus.source_id):
        total += 1
    return total


def evidence_removal_problem(evidence: Evidence) -> str | None:
    """Why removing `evidence` would break its published claim's publishing rule, if it would."""
    claim = evidence.claim
    if not _is_independent(claim, evidence.source_id):
        return None
    return rules.independent_evidence_problem(
        ref=claim.ref,
        is_published=claim.is_published,
        status=claim.status,
        independent_left=independent_left(claim, without=evidence),
    )


@transaction.atomic
def evidence_add(*, claim: Claim, user, source, stance: str, quote: str, note: str = "", **figure) -> Evidence:
    """Cite `source` as evidence for `claim`: a passage of it (`quote`), and how it bears (`note`)."""
    claim = locked(claim)
    rules.raise_for(
        rules.evidence_problems(user=user, action="add", ref=claim.ref, claim_is_published=claim.is_published)
    )
    evidence = Evidence(claim=claim, source=source, stance=stance, quote=quote.strip(), note=note.strip(), **figure)
    evidence.added_by = _user_or_none(user)
    _clean(evidence)
    evidence.save()
    return evidence


@transaction.atomic
def evidence_update(*, evidence: Evidence, user, values: dict, seen_version: int | None = None) -> Evidence:
    """Change a piece of evidence (its passage, stance, source, figure, or the claim it is for)."""
    unknown = set(values) - set(EVIDENCE_FIELDS)
    if unknown:
        raise ValidationError(f"Not a field of evidence: {', '.join(sorted(unknown))}.")
    versions.check_version(evidence, seen_version)
    current = Evidence.objects.select_for_update().select_related("claim").get(pk=evidence.pk)
    changed = changes_to(current, values)
    if not changed:
        return current
    claims = {current.claim_id: current.claim}
    if "claim" in changed:
        moved_to = changed["claim"]
        claims[moved_to.pk] = moved_to
    for claim in claims.values():
        rules.raise_for(
            rules.evidence_problems(user=user, action="change", ref=claim.ref, claim_is_published=claim.is_published)
        )
    proposed = Evidence.objects.get(pk=current.pk)
    for name, value in changed.items():
        setattr(proposed, name, value)
    # The claim it leaves, or whose evidence it stops being independent for, keeps its rule.
    old_claim = current.claim
    stays_independent = proposed.claim_id == old_claim.pk and _is_independent(old_claim, proposed.source_id)
    if _is_independent(old_claim, current.source_id) and not stays_independent:
        problem = rules.independent_evidence_problem(
            ref=old_claim.ref,
            is_published=old_claim.is_published,
            status=old_claim.status,
            independent_left=independent_left(old_claim, without=current),
        )
        if problem:
            raise ValidationError(problem)
    _clean(proposed)
    proposed.save(update_fields=[*changed, versions.bump(proposed)])
    if evidence is not proposed:
        evidence.refresh_from_db()
    return proposed


@transaction.atomic
def evidence_delete(*, evidence: Evidence, user) -> None:
    claim = locked(evidence.claim)
    rules.raise_for(
        rules.evidence_problems(user=user, action="delete", ref=claim.ref, claim_is_published=claim.is_published)
    )
    evidence.claim = claim
    problem = evidence_removal_problem(evidence)
    if problem:
        raise ValidationError(problem)
    evidence.delete()


__all__ = [
    "CLAIM_CONTENT_FIELDS",
    "changes_to",
    "EVIDENCE_FIELDS",
    "claim_create",
    "claim_update",
    "evidence_add",
    "evidence_delete",
    "evidence_removal_problem",
    "evidence_update",
    "independent_left",
]
