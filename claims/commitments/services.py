"""Recording where a commitment stands: a follow-up is a new row, never an edit of an earlier one."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from claims import rules
from claims.models import Claim, FollowUp, FollowUpStatus
from sources.models import Source

PERM_ADD_FOLLOW_UP = "claims.add_followup"
PERM_DELETE_FOLLOW_UP = "claims.delete_followup"


def follow_up_date_problem(checked_on: datetime.date | None) -> str | None:
    if checked_on and checked_on > timezone.localdate():
        return "A follow-up records a check already made: the date cannot be in the future."
    return None


@transaction.atomic
def commitment_follow_up(
    *,
    claim: Claim,
    user,
    status: str,
    checked_on: datetime.date,
    note: str,
    source: Source | None = None,
    quote: str = "",
) -> FollowUp:
    """Record where a commitment stands on `checked_on`, on what evidence. Earlier follow-ups are kept."""
    if not rules.has(user, PERM_ADD_FOLLOW_UP):
        raise PermissionDenied("You may not follow up commitments.")
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if claim.is_published and not rules.can_change_published(user):
        raise PermissionDenied(f"Claim '{claim.ref}' is published: only editors follow up a published commitment.")
    if status not in FollowUpStatus.values:
        raise ValidationError(
            {"status": f"'{status}' is not a follow-up status. Use one of: {', '.join(FollowUpStatus.values)}."}
        )
    problem = follow_up_date_problem(checked_on)
    if problem:
        raise ValidationError({"checked_on": problem})
    follow_up = FollowUp(
        claim=claim,
        status=status,
        checked_on=checked_on,
        note=(note or "").strip(),
        source=source,
        quote=(quote or "").strip(),
        added_by=user if getattr(user, "pk", None) else None,
    )
    follow_up.full_clean()
    follow_up.save()
    return follow_up


@transaction.atomic
def follow_up_delete(*, follow_up: FollowUp, user) -> None:
    """Remove a follow-up recorded in error. A check is never edited: a later one is added instead."""
    if not rules.has(user, PERM_DELETE_FOLLOW_UP):
        raise PermissionDenied("You may not delete follow-ups.")
    claim = Claim.objects.select_for_update().get(pk=follow_up.claim_id)
    if claim.is_published and not rules.can_change_published(user):
        raise PermissionDenied(f"Claim '{claim.ref}' is published: only editors change its follow-ups.")
    follow_up.delete()
