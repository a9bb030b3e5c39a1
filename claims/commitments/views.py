"""The public list of commitments: where each stands, visit by visit.

Every read starts from `Claim.objects.published()`: a commitment that is not
published does not appear, nor do its follow-ups. The page runs a fixed number
of queries, whatever the register's size.
"""

from collections import defaultdict

from django.shortcuts import render
from django.utils import timezone

from claims.commitments.state import attach_latest_follow_ups, public_commitments
from claims.models import FollowUpStatus
from factregister.publiccache import public_page

# A follow-up status shown with the badge of the verdict it reads most like, so colour and mark stay consistent.
FOLLOW_UP_BADGES = {
    FollowUpStatus.PENDING: "unverified",
    FollowUpStatus.IN_PROGRESS: "in_review",
    FollowUpStatus.FULFILLED: "verified",
    FollowUpStatus.PARTLY_FULFILLED: "partly_verified",
    FollowUpStatus.NOT_FULFILLED: "false",
}


@public_page
def commitments(request):
    today = timezone.localdate()
    claims = attach_latest_follow_ups(public_commitments(today=today))
    by_visit = defaultdict(list)
    for claim in claims:
        claim.follow_up_status = claim.latest_status or FollowUpStatus.PENDING
        claim.follow_up_label = FollowUpStatus(claim.follow_up_status).label
        claim.follow_up_badge = FOLLOW_UP_BADGES[claim.follow_up_status]
        by_visit[claim.visit].append(claim)
    overdue = sum(claim.is_overdue for claim in claims)
    return render(
        request,
        "claims/commitments/commitment_list.html",
        {"visits": list(by_visit.items()), "total": len(claims), "overdue": overdue, "today": today},
    )
