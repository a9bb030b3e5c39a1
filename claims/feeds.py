"""The Atom feed of the public record: each publication, correction, update and withdrawal is an entry.

Entries of a claim that has since been withdrawn stay, and its withdrawal is an
entry of its own ("Withdrawn: ..."), with the reason, linking to the page left
at its address.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from claims import record
from claims.models import ClaimEvent, Status
from factregister.addresses import absolute
from factregister.publiccache import stamp

FEED_LENGTH = 50
PREFIXES = {
    ClaimEvent.Kind.PUBLISHED: "Verdict",
    ClaimEvent.Kind.CORRECTION: "Corrected",
    ClaimEvent.Kind.UPDATE: "Updated",
    ClaimEvent.Kind.UNPUBLISHED: "Withdrawn",
}


class TextAtomFeed(Atom1Feed):
    """Atom whose entry summaries are plain text, as ours are: Django labels them HTML.

    A summary labelled HTML is parsed as markup by feed readers, so a verdict that mentions
    "<pending>" loses the word and "AT&T" arrives as "AT&amp;T".

    The feed's `<updated>` is its newest entry's time; an empty feed's is the register's stamp
    (`updated_when_empty`), where Django would write the time of rendering: each worker rendered
    its own, and readers got two bodies under one strong ETag. A body depends only on the data.
    """

    def latest_post_date(self):
        if any(item.get("updateddate") or item.get("pubdate") for item in self.items):
            return super().latest_post_date()
        return self.feed["updated_when_empty"]

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class RegisterFeed(Feed):
    """An Atom feed whose every link is on the register's public address (factregister.addresses).

    Django's feeds prefix relative links with the request's host; ours are absolute
    already, so REGISTER_PUBLIC_URL, when set, is the only address a feed names.
    """

    feed_type = TextAtomFeed
    description_template = None
    url_name = ""  # the feed's own address

    def feed_url(self):
        return absolute(reverse(self.url_name))

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        # The time the published register last changed, which the ETag and Last-Modified carry too.
        feed.feed["updated_when_empty"] = stamp(request)
        return feed


class VerdictFeed(RegisterFeed):
    url_name = "feed"

    def title(self):
        return f"{settings.REGISTER_NAME}: verdicts, corrections, updates and withdrawals"

    def subtitle(self):
        return (
            "Verdicts as they are published, and every later change to the public record: corrections of a "
            "verdict, updates of a claim's wording or evidence, and withdrawals, each with its reason."
        )

    def link(self):
        return absolute(reverse("claims:claim_list"))

    def author_name(self):
        return settings.REGISTER_PUBLISHER_NAME

    def items(self):
        return record.feed_events()[:FEED_LENGTH]

    def item_title(self, event):
        title = event.title or (event.claim.text if event.claim else event.claim_ref)
        if event.kind == ClaimEvent.Kind.UNPUBLISHED:
            return f"Withdrawn: {title}"
        verdict = Status(event.to_status).label if event.to_status else ""
        if event.kind == ClaimEvent.Kind.UPDATE:
            return f"Updated: {title}"
        return f"{PREFIXES[event.kind]}: {verdict}: {title}"

    def item_description(self, event):
        if event.kind == ClaimEvent.Kind.CORRECTION:
            was = Status(event.from_status).label if event.from_status else ""
            return f"Correction (was {was}): {event.note}\n\n{event.verdict_summary}"
        if event.kind == ClaimEvent.Kind.UPDATE:
            changed = "; ".join(change["label"] for change in event.changes)
            return f"Update ({changed}): {event.note}"
        if event.kind == ClaimEvent.Kind.UNPUBLISHED:
            return f"Withdrawn from the register. Reason: {event.note}"
        return event.verdict_summary

    def item_link(self, event):
        return absolute(reverse("claims:claim_detail", kwargs={"ref": event.public_ref}))

    def item_guid(self, event):
        return absolute(f"{reverse('claims:claim_detail', kwargs={'ref': event.claim_ref})}#event-{event.pk}")

    item_guid_is_permalink = False

    def item_pubdate(self, event):
        return event.at

    def item_updateddate(self, event):
        return event.at
