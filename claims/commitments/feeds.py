"""The Atom feed of follow-ups: each dated check on a published commitment is an entry."""

from django.urls import reverse
from django.utils.translation import gettext

from claims import translations
from claims.feeds import FEED_LENGTH, RegisterFeed
from claims.models import Claim, FollowUp
from factregister.addresses import absolute
from factregister.context_processors import publisher_name, register_name
from factregister.templatetags.languages import day


class FollowUpFeed(RegisterFeed):
    """The Atom feed of follow-ups: each dated check on a published commitment is an entry."""

    url_name = "claims:commitment_feed"

    def title(self):
        return gettext("%(register)s: follow-ups of commitments") % {"register": register_name()}

    def subtitle(self):
        return gettext(
            "Each check on a commitment made or restated during the visits: where it stands, and on what evidence."
        )

    def link(self):
        return absolute(reverse("claims:commitments"))

    def author_name(self):
        return publisher_name()

    def items(self):
        # Only commitments on the register now: an unpublished claim's follow-ups stay out of the feed.
        return (
            FollowUp.objects.filter(claim__in=Claim.objects.published().filter(is_commitment=True))
            .select_related("claim", "source")
            .order_by("-checked_on", "-id")[:FEED_LENGTH]
        )

    def item_title(self, follow_up):
        return f"{follow_up.get_status_display()}: {translations.shown(follow_up.claim, 'text').text}"

    def item_description(self, follow_up):
        source = gettext("Source: %(title)s") % {"title": follow_up.source.title} if follow_up.source else ""
        checked = gettext("Checked on %(day)s.") % {"day": day(follow_up.checked_on)}
        note = translations.shown(follow_up, "note").text
        return f"{checked} {note}" + (f"\n\n{source}" if source else "")

    def item_link(self, follow_up):
        return absolute(f"{follow_up.claim.get_absolute_url()}#follow-up-{follow_up.pk}")

    def item_guid(self, follow_up):
        return absolute(f"{follow_up.claim.get_absolute_url()}#follow-up-{follow_up.pk}")

    item_guid_is_permalink = False

    def item_pubdate(self, follow_up):
        return follow_up.added_at

    def item_updateddate(self, follow_up):
        return follow_up.added_at
