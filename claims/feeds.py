"""The Atom feed of verdicts: each publication and each correction is an entry."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from claims.models import Claim, ClaimEvent, Status

FEED_LENGTH = 50


class VerdictFeed(Feed):
    feed_type = Atom1Feed
    description_template = None

    def title(self):
        return f"{settings.REGISTER_NAME}: verdicts and corrections"

    def subtitle(self):
        return "Verdicts as they are published, and every correction to a published verdict."

    def link(self):
        return reverse("claims:claim_list")

    def author_name(self):
        return settings.REGISTER_PUBLISHER_NAME

    def items(self):
        # Only claims on the register now: a withdrawn claim's entries leave the feed with it.
        return (
            ClaimEvent.objects.filter(
                kind__in=[ClaimEvent.Kind.PUBLISHED, ClaimEvent.Kind.CORRECTION],
                claim__in=Claim.objects.published(),
            )
            .select_related("claim")
            .order_by("-at", "-id")[:FEED_LENGTH]
        )

    def item_title(self, event):
        verdict = Status(event.to_status).label if event.to_status else event.claim.get_status_display()
        prefix = "Corrected" if event.kind == ClaimEvent.Kind.CORRECTION else "Verdict"
        return f"{prefix}: {verdict}: {event.claim.text}"

    def item_description(self, event):
        if event.kind == ClaimEvent.Kind.CORRECTION:
            was = Status(event.from_status).label if event.from_status else ""
            return f"Correction (was {was}): {event.note}\n\n{event.verdict_summary}"
        return event.verdict_summary

    def item_link(self, event):
        return event.claim.get_absolute_url()

    def item_guid(self, event):
        return f"{settings.REGISTER_PUBLIC_URL}{event.claim.get_absolute_url()}#event-{event.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, event):
        return event.at

    def item_updateddate(self, event):
        return event.at


class FollowUpFeed(Feed):
    """The Atom feed of follow-ups: each dated check on a published commitment is an entry."""

    feed_type = Atom1Feed
    description_template = None

    def title(self):
        return f"{settings.REGISTER_NAME}: follow-ups of commitments"

    def subtitle(self):
        return "Each check on a commitment made during the visits: where it stands, and on what evidence."

    def link(self):
        return reverse("claims:commitments")

    def author_name(self):
        return settings.REGISTER_PUBLISHER_NAME

    def items(self):
        # Only commitments on the register now: an unpublished claim's follow-ups stay out of the feed.
        from claims.models import FollowUp

        return (
            FollowUp.objects.filter(claim__in=Claim.objects.published().filter(is_commitment=True))
            .select_related("claim", "source")
            .order_by("-checked_on", "-id")[:FEED_LENGTH]
        )

    def item_title(self, follow_up):
        return f"{follow_up.get_status_display()}: {follow_up.claim.text}"

    def item_description(self, follow_up):
        source = f"\n\nSource: {follow_up.source.title}" if follow_up.source else ""
        return f"Checked on {follow_up.checked_on:%d %B %Y}. {follow_up.note}{source}"

    def item_link(self, follow_up):
        return f"{follow_up.claim.get_absolute_url()}#follow-up-{follow_up.pk}"

    def item_guid(self, follow_up):
        return f"{settings.REGISTER_PUBLIC_URL}{follow_up.claim.get_absolute_url()}#follow-up-{follow_up.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, follow_up):
        return follow_up.added_at

    def item_updateddate(self, follow_up):
        return follow_up.added_at
