"""The Atom feed of the public record: each publication, correction, update and withdrawal is an entry.

Entries of a claim that has since been withdrawn stay, and its withdrawal is an
entry of its own ("Withdrawn: ..."), with the reason, linking to the page left
at its address.

Each interface language has its feed, at the language's address (/feed/ in English, /fa/feed/ in
Persian): its title, its entries' prefixes and verdict names in that language, its links to that
language's pages, and `xml:lang` saying so. The register's own words come through claims.translations:
a reason in the feed's language where its translation is published, else in English. An entry's title
and verdict summary are the record as it stood at that step (ClaimEvent.title, .verdict_summary), kept
in English as the step was written.
"""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from claims import public_record, translations
from claims.models import Claim, ClaimEvent, Status
from factregister.addresses import absolute
from factregister.context_processors import publisher_name, register_name
from factregister.languages import tag
from factregister.publiccache import stamp

FEED_LENGTH = 50
PREFIXES = {
    ClaimEvent.Kind.PUBLISHED: _("Verdict"),
    ClaimEvent.Kind.CORRECTION: _("Corrected"),
    ClaimEvent.Kind.UPDATE: _("Updated"),
    ClaimEvent.Kind.UNPUBLISHED: _("Withdrawn"),
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

    # Django reads Feed.language; django-stubs declares it a plain attribute, which a property may not override.
    @property
    def language(self):  # type: ignore[override]
        """The feed's `xml:lang`: the address's language, as BCP 47 spells it ("en-GB", not Django's "en-gb")."""
        return tag(get_language())

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        # The time the published register last changed, which the ETag and Last-Modified carry too.
        feed.feed["updated_when_empty"] = stamp(request)
        return feed


class VerdictFeed(RegisterFeed):
    url_name = "feed"

    def title(self):
        return gettext("%(register)s: verdicts, corrections, updates and withdrawals") % {"register": register_name()}

    def subtitle(self):
        return gettext(
            "Verdicts as they are published, and every later change to the public record: corrections of a "
            "verdict, updates of a claim's wording or evidence, and withdrawals, each with its reason."
        )

    def link(self):
        return absolute(reverse("claims:claim_list"))

    def author_name(self):
        return publisher_name()

    def items(self):
        reasons = translations.published_prefetch(ClaimEvent)
        return public_record.feed_events().prefetch_related(
            reasons, translations.published_prefetch(Claim, "claim__translations")
        )[:FEED_LENGTH]

    def item_title(self, event):
        if event.title:
            title = translations.shown(event, "title").text
        else:
            title = translations.shown(event.claim, "text").text if event.claim else event.claim_ref
        if event.kind == ClaimEvent.Kind.UNPUBLISHED:
            return gettext("Withdrawn: %(title)s") % {"title": title}
        verdict = Status(event.to_status).label if event.to_status else ""
        if event.kind == ClaimEvent.Kind.UPDATE:
            return gettext("Updated: %(title)s") % {"title": title}
        return f"{PREFIXES[event.kind]}: {verdict}: {title}"

    def item_description(self, event):
        note = translations.shown(event, "note").text
        if event.kind == ClaimEvent.Kind.CORRECTION:
            was = Status(event.from_status).label if event.from_status else ""
            summary = translations.shown(event, "verdict_summary").text
            return gettext("Correction (was %(was)s): %(note)s") % {"was": was, "note": note} + f"\n\n{summary}"
        if event.kind == ClaimEvent.Kind.UPDATE:
            changed = "; ".join(translations.change_label(change)[0] for change in event.changes)
            return gettext("Update (%(changed)s): %(note)s") % {"changed": changed, "note": note}
        if event.kind == ClaimEvent.Kind.UNPUBLISHED:
            return gettext("Withdrawn from the register. Reason: %(note)s") % {"note": note}
        return translations.shown(event, "verdict_summary").text

    def item_link(self, event):
        return absolute(reverse("claims:claim_detail", kwargs={"ref": event.public_ref}))

    def item_guid(self, event):
        return absolute(f"{reverse('claims:claim_detail', kwargs={'ref': event.claim_ref})}#event-{event.pk}")

    item_guid_is_permalink = False

    def item_pubdate(self, event):
        return event.at

    def item_updateddate(self, event):
        return event.at
