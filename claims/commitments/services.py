"""Recording where a commitment stands: a follow-up is a new row, never an edit of an earlier one."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from claims import rules
from claims.models import Claim, FollowUp, FollowUpStatus
from sources.models import Source

PERM_ADD_FOLLOW_UP, PERM_DELETE_FOLLOW_UP = rules.PERM_ADD_FOLLOW_UP, rules.PERM_DELETE_FOLLOW_UP
follow_up_date_problem = rules.follow_up_date_problem


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
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    rules.raise_for(
        rules.follow_up_problems(user=user, ref=claim.ref, claim_is_published=claim.is_published, checked_on=checked_on)
    )
    if status not in FollowUpStatus.values:
        raise ValidationError(
            {"status": f"'{status}' is not a follow-up status. Use one of: {', '.join(FollowUpStatus.values)}."}
        )
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
    claim = Claim.objects.select_for_update().get(pk=follow_up.claim_id)
    rules.raise_for(rules.follow_up_delete_problems(user=user, ref=claim.ref, claim_is_published=claim.is_published))
    follow_up.delete()
