"""Template tags for the claim page's panels: the commitment's state, the statement's other appearances.

They let claim_detail.html include each panel with one line, while the reads
stay in claims.commitments and claims.repeats.
"""

from django import template

from claims.commitments.state import commitment_state as state
from claims.commitments.views import FOLLOW_UP_BADGES
from claims.repeats.queries import other_appearances as appearances

register = template.Library()


@register.inclusion_tag("claims/repeats/other_appearances.html")
def other_appearances(claim):
    return {"claim": claim, "appearances": appearances(claim)}


@register.inclusion_tag("claims/commitments/commitment_state.html")
def commitment_state(claim):
    if not claim.is_commitment:
        return {"claim": claim}
    follow_ups = list(claim.follow_ups.select_related("source", "source__outlet").order_by("-checked_on", "-id"))
    claim.latest_follow_up = follow_ups[0] if follow_ups else None
    current = state(claim)
    return {
        "claim": claim,
        "state": current,
        "badge": FOLLOW_UP_BADGES[current["status"]],
        "follow_ups": follow_ups,
    }
