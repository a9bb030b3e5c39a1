"""Recording where a commitment stands, through the write core: a follow-up is a new row, never an edit."""

import datetime
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from claims import rules
from claims.models import Claim, FollowUp, FollowUpStatus
from claims.services.core import DELETE, NEW, Change, Writer, acting, apply_one
from sources.models import Source

FOLLOW_UP_FIELDS = ("claim", "checked_on", "status", "note", "source", "quote", "added_by")


@dataclass
class FollowUpFacts:
    claims: dict[int, Claim] = field(default_factory=dict)


class FollowUpWriter(Writer):
    model = FollowUp
    fields = FOLLOW_UP_FIELDS

    def facts(self, changes: list[Change]) -> FollowUpFacts:
        ids = {(c.current or c.proposed).claim_id for c in changes}
        claims = Claim.objects.filter(pk__in=ids)
        if self.locking:
            claims = claims.select_for_update()
        return FollowUpFacts(claims={claim.pk: claim for claim in claims})

    def problems(self, change: Change, facts: FollowUpFacts) -> rules.Problems:
        follow_up = change.current or change.proposed
        claim = facts.claims.get(follow_up.claim_id)
        if claim is None:
            return []  # the model's own rules name the missing claim
        if change.kind == DELETE:
            return rules.follow_up_delete_problems(user=self.user, ref=claim.ref, claim_is_published=claim.is_published)
        return rules.follow_up_problems(
            user=self.user,
            ref=claim.ref,
            claim_is_published=claim.is_published,
            changed=change.fields if change.kind != NEW else (),
            checked_on=change.proposed.checked_on,
        )

    def derive(self, changes: list[Change], facts, *, now) -> None:
        for change in changes:
            if change.kind == NEW and change.proposed.added_by_id is None:
                change.proposed.added_by = acting(self.user)

    def is_public(self, change: Change, facts: FollowUpFacts) -> bool:
        claim = facts.claims.get((change.current or change.proposed).claim_id)
        return bool(claim and claim.is_published)


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
    )
    apply_one(FollowUpWriter(user=user), Change(instance=follow_up))
    return follow_up


def follow_up_delete(*, follow_up: FollowUp, user) -> None:
    """Remove a follow-up recorded in error. A check is never edited: a later one is added instead."""
    apply_one(FollowUpWriter(user=user), Change(target=follow_up, delete=True))


__all__ = ["FOLLOW_UP_FIELDS", "FollowUpWriter", "commitment_follow_up", "follow_up_delete"]
