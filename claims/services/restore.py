"""Bringing back what was deleted, from django-simple-history's rows, through the write core.

Deletions stay in history (django-simple-history keeps a '-' row with every field), so an editor can
bring back a claim or a piece of evidence exactly as it was, under its own id. A restored claim comes
back unpublished: publishing it again is an editor's decision, through the claims writer's rules. Its
quote is checked against the kept copy as it is now.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from claims import rules
from claims.models import Claim, Evidence
from claims.services.claims import ClaimWriter
from claims.services.core import Change, apply_one
from claims.services.evidence import EvidenceWriter

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


__all__ = ["claim_restore_deleted", "deleted_claims", "deleted_evidence", "evidence_restore_deleted"]
