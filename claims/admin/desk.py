"""The editors' desk: what needs someone, counted on the admin's first page, and the claim list's filters it
links to (claims assigned to me, quotes not found on live claims, commitments due for a follow-up).

The first page (templates/admin/index.html) asks `desk_items()` through the `desk` template tag
(claims.templatetags.desk): three queries whatever the register's size.
"""

from dataclasses import dataclass

from django.contrib import admin
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from claims.admin.quotes import QUOTE_NOT_FOUND_LIVE
from claims.commitments.state import with_commitment_state
from claims.entities.admin import SPEAKER_UNLINKED
from claims.models import Claim, ClaimTranslation, Status, TranslationStatus
from sources.models import SourceChangeProposal

IN_REVIEW = Q(status=Status.IN_REVIEW)


class AssignedFilter(admin.SimpleListFilter):
    title = "assigned to"
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return [("me", "Me"), ("nobody", "Nobody"), ("anyone", "Someone")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "me":
            return queryset.filter(assigned_to=request.user)
        if value == "nobody":
            return queryset.filter(assigned_to__isnull=True)
        if value == "anyone":
            return queryset.filter(assigned_to__isnull=False)
        return queryset


class FollowUpDueFilter(admin.SimpleListFilter):
    title = "commitment follow-up"
    parameter_name = "follow_up"

    def lookups(self, request, model_admin):
        return [("due", "Due: past its date, no outcome recorded")]

    def queryset(self, request, queryset):
        if self.value() == "due":
            return follow_up_due(queryset)
        return queryset


def follow_up_due(claims):
    """The commitments among `claims` past their due date with no settled outcome (claims.commitments.state)."""
    return with_commitment_state(claims.filter(is_commitment=True), today=timezone.localdate()).filter(is_overdue=True)


@dataclass(frozen=True)
class DeskItem:
    label: str
    count: int
    url: str


def desk_items(request) -> list[DeskItem]:
    """What needs someone, each a count and the filtered list that shows it, for what `request.user` may view."""
    user = request.user
    items: list[DeskItem] = []
    if user.has_perm("claims.view_claim"):
        claims_list = reverse("admin:claims_claim_changelist")
        counts = Claim.objects.aggregate(
            in_review=Count("pk", filter=IN_REVIEW),
            mine=Count("pk", filter=Q(assigned_to=user)),
            quotes=Count("pk", filter=QUOTE_NOT_FOUND_LIVE),
            unlinked=Count("pk", filter=SPEAKER_UNLINKED),
        )
        items += [
            DeskItem("Claims in review", counts["in_review"], f"{claims_list}?status__exact={Status.IN_REVIEW}"),
            DeskItem("Claims assigned to me", counts["mine"], f"{claims_list}?assigned=me"),
            DeskItem("Quotes not found (published or in review)", counts["quotes"], f"{claims_list}?quote_found=live"),
            DeskItem(
                "Commitments due for a follow-up",
                follow_up_due(Claim.objects.all()).count(),
                f"{claims_list}?follow_up=due",
            ),
            DeskItem(
                "Published claims whose speaker is not yet an entity",
                counts["unlinked"],
                f"{claims_list}?is_published__exact=1&speaker_linked=no",
            ),
        ]
    if user.has_perm("claims.view_claimtranslation"):
        # Published translations whose original was corrected or updated since: readers see them flagged.
        stale = ClaimTranslation.objects.filter(status=TranslationStatus.PUBLISHED, outdated_at__isnull=False)
        translations = reverse("admin:claims_claimtranslation_changelist")
        items += [
            DeskItem(
                "Published translations out of date",
                stale.count(),
                f"{translations}?current=no&status__exact={TranslationStatus.PUBLISHED}",
            ),
            DeskItem(
                "Translations waiting for review",
                ClaimTranslation.objects.filter(status=TranslationStatus.REVIEW).count(),
                f"{translations}?status__exact={TranslationStatus.REVIEW}",
            ),
        ]
    if user.has_perm("sources.view_sourcechangeproposal"):
        waiting = SourceChangeProposal.objects.filter(status=SourceChangeProposal.Status.PENDING).count()
        proposals = reverse("admin:sources_sourcechangeproposal_changelist")
        items.append(
            DeskItem(
                "Source change proposals waiting",
                waiting,
                f"{proposals}?status__exact={SourceChangeProposal.Status.PENDING}",
            )
        )
    return items
