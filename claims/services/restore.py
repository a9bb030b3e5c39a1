"""Bringing back what was deleted, from django-simple-history's rows."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from claims import rules, versions
from claims.models import Claim, ClaimEvent, Evidence
from claims.services import quotes
from claims.services.content import record_update
from claims.services.workflow import _record

# Deletions stay in history (django-simple-history keeps a '-' row with every
# field), so an editor can bring back a claim or a piece of evidence exactly as
# it was. A restored claim comes back unpublished: publishing it again is an
# editor's decision, through claim_publish and its rules.
RESTORE_WINDOW_SECONDS = 60


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


def _restore(record, *, user):
    instance = record.instance
    # The copy may have been kept or replaced since: the quote is checked against it as it is now.
    if isinstance(instance, Claim):
        quotes.check_claim_quote(instance)
    else:
        quotes.check_evidence_quote(instance)
    instance._history_user = user if getattr(user, "pk", None) else None
    versions.bump(instance)
    instance.full_clean(validate_unique=True)
    instance.save(force_insert=True)
    return instance


@transaction.atomic
def claim_restore_deleted(*, history_id: int, user) -> Claim:
    """Bring back a deleted claim and the evidence deleted with it."""
    if not (rules.has(user, "claims.add_claim") and rules.has(user, rules.PERM_DELETE)):
        raise PermissionDenied("Only editors may restore deleted claims.")
    record = Claim.history.filter(history_id=history_id, history_type="-").first()
    if record is None:
        raise ValidationError("There is no such deleted claim in the history.")
    if Claim.objects.filter(pk=record.id).exists():
        raise ValidationError(f"Claim '{record.ref}' exists already; there is nothing to restore.")
    if Claim.objects.filter(ref=record.ref).exists():
        raise ValidationError(f"Another claim now uses the ref '{record.ref}'; rename it first.")
    record.is_published = False
    claim = _restore(record, user=user)
    window = datetime.timedelta(seconds=RESTORE_WINDOW_SECONDS)
    deleted_with_it = Evidence.history.filter(
        history_type="-",
        claim_id=record.id,
        history_date__range=(record.history_date - window, record.history_date + window),
    ).order_by("history_date")
    for evidence_record in deleted_with_it:
        if not Evidence.objects.filter(pk=evidence_record.id).exists():
            _restore(evidence_record, user=user)
    _record(
        claim=claim,
        kind=ClaimEvent.Kind.STATUS,
        user=user,
        note="Restored from the history after deletion.",
        from_status=claim.status,
    )
    return claim


@transaction.atomic
def evidence_restore_deleted(*, history_id: int, user) -> Evidence:
    if not rules.has(user, rules.PERM_ADD_EVIDENCE):
        raise PermissionDenied("You may not restore evidence.")
    record = Evidence.history.filter(history_id=history_id, history_type="-").first()
    if record is None:
        raise ValidationError("There is no such deleted evidence in the history.")
    if Evidence.objects.filter(pk=record.id).exists():
        raise ValidationError("This evidence exists already; there is nothing to restore.")
    if not Claim.objects.filter(pk=record.claim_id).exists():
        raise ValidationError("The claim this evidence belonged to is deleted; restore the claim first.")
    claim = Claim.objects.get(pk=record.claim_id)
    rules.raise_for(
        rules.evidence_problems(user=user, action="add", ref=claim.ref, claim_is_published=claim.is_published)
    )
    restored = _restore(record, user=user)
    # Evidence put back on a published claim is an update on its record, as any evidence added is.
    record_update(
        claim=claim,
        user=user,
        note="Evidence removed earlier is restored.",
        changes=[
            {
                "field": "evidence",
                "label": "Evidence restored",
                "before": "",
                "after": f"{restored.source} ({restored.get_stance_display().lower()}): {restored.quote}",
            }
        ],
    )
    return restored


__all__ = ["claim_restore_deleted", "deleted_claims", "deleted_evidence", "evidence_restore_deleted"]
