"""Where each commitment stands, and which are overdue.

A commitment's state is its latest follow-up (pending when it has none).
Overdue is never stored: it is computed here, from the due date and today's
date, so it cannot go stale. Follow-ups are rows (with history), never
overwrites: the trail of checks stays readable.
"""

import datetime

from django.db.models import BooleanField, Case, OuterRef, Q, Subquery, Value, When
from django.utils import timezone

from claims.models import Claim, FollowUp, FollowUpStatus


def with_commitment_state(queryset, *, today: datetime.date | None = None):
    """Annotate commitments with their latest follow-up and whether they are overdue.

    Adds `latest_follow_up_id`, `latest_status` (None when never followed up),
    `latest_checked_on`, `latest_note` and `is_overdue`: due before `today` and no settled
    outcome (FollowUpStatus.settled()) recorded yet.
    """
    today = today or timezone.localdate()
    latest = FollowUp.objects.filter(claim=OuterRef("pk")).order_by("-checked_on", "-id")
    return queryset.annotate(
        latest_follow_up_id=Subquery(latest.values("pk")[:1]),
        latest_status=Subquery(latest.values("status")[:1]),
        latest_checked_on=Subquery(latest.values("checked_on")[:1]),
        latest_note=Subquery(latest.values("note")[:1]),
    ).annotate(
        is_overdue=Case(
            When(
                Q(commitment_due__lt=today)
                & (Q(latest_status__isnull=True) | ~Q(latest_status__in=FollowUpStatus.settled())),
                then=Value(True),
            ),
            default=Value(False),
            output_field=BooleanField(),
        )
    )


def public_commitments(*, today: datetime.date | None = None):
    """Published commitments with their state, grouped-ready: by visit, then due date (undated last)."""
    return with_commitment_state(
        Claim.objects.published().filter(is_commitment=True).with_related(), today=today
    ).order_by("visit__start_date", "visit__ref", "commitment_due", "id")


def attach_latest_follow_ups(claims) -> list:
    """Set `latest_follow_up` on each annotated claim, with one query for all of them."""
    claims = list(claims)
    ids = [claim.latest_follow_up_id for claim in claims if claim.latest_follow_up_id]
    found = FollowUp.objects.select_related("source", "source__outlet").in_bulk(ids) if ids else {}
    for claim in claims:
        claim.latest_follow_up = found.get(claim.latest_follow_up_id)
    return claims


def commitment_state(claim: Claim, *, today: datetime.date | None = None) -> dict:
    """One claim's state, for pages and serializers that hold a single claim.

    Uses a `latest_follow_up` already attached, or the prefetched
    `follow_ups`, before asking the database.
    """
    today = today or timezone.localdate()
    if hasattr(claim, "latest_follow_up"):
        latest = claim.latest_follow_up
    elif "follow_ups" in getattr(claim, "_prefetched_objects_cache", {}):
        ordered = sorted(claim.follow_ups.all(), key=lambda f: (f.checked_on, f.pk), reverse=True)
        latest = ordered[0] if ordered else None
    else:
        latest = claim.follow_ups.select_related("source").order_by("-checked_on", "-id").first()
    status = latest.status if latest else FollowUpStatus.PENDING
    return {
        "status": status,
        "status_label": FollowUpStatus(status).label,
        "latest": latest,
        "is_overdue": is_overdue(claim.commitment_due, latest.status if latest else None, today=today),
    }


def is_overdue(due: datetime.date | None, latest_status: str | None, *, today: datetime.date) -> bool:
    """The rule with_commitment_state() applies in SQL, for one commitment in Python."""
    return bool(due and due < today and latest_status not in FollowUpStatus.settled())
