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
