"""sitemap.xml: the register's pages and every published claim, visit and source, in every interface language.

Each page is listed once per language it is offered in (claims.translations.page_languages), each
entry with its alternates: the page in every such language, itself included, and `x-default` (English),
so that search engines send readers to their language's page. A claim's or a visit's page is offered in
English and in the languages of its published, current translations: a translation that a correction
put out of date leaves the sitemap, and its alternates, until it is brought up to date.
"""

from collections.abc import Sequence
from functools import cached_property
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.html import format_html_join

from claims import translations
from claims.models import Claim, ClaimTranslation, Metric, TranslationStatus, Visit, VisitTranslation
from claims.public import public_entities, public_sources
from factregister.addresses import public_address
from factregister.languages import address_in


class InEveryLanguage(Sequence):
    """(item, language) for every item of a query in every language, read a slice at a time.

    Django's i18n sitemap makes this list in full before taking a page of it, reading every row of
    the query (a million claims); this reads only the rows of the page asked for. It holds for records
    offered in every language (those with none of the register's own words to translate);
    `OriginalsThenTranslations` lists the records that have translations.
    """

    def __init__(self, items, languages: list[str]):
        self.items, self.languages = items, languages

    @cached_property
    def _length(self) -> int:
        count = self.items.count() if isinstance(self.items, QuerySet) else len(self.items)
        return count * len(self.languages)

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _ = index.indices(len(self))
        each = len(self.languages)
        rows = self.items[start // each : -(-stop // each)]
        pairs = [(item, language) for item in rows for language in self.languages]
        first = start - (start // each) * each
        return pairs[first : first + stop - start]


class OriginalsThenTranslations(Sequence):
    """(record, language) for records whose pages are offered in English and in their translations' languages:
    every record in English, then the page of each published, current translation, read a slice at a time, with
    the records' published translations (for their alternates) in one more query per slice."""

    def __init__(self, records: QuerySet, pages: QuerySet):
        self.records, self.pages = records, pages

    @cached_property
    def _counts(self) -> tuple[int, int]:
        return self.records.count(), self.pages.count()

    def __len__(self) -> int:
        return sum(self._counts)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _ = index.indices(len(self))
        originals = self._counts[0]
        found = []
        if start < originals:
            rows = list(self.records[start : min(stop, originals)])
            translations.prefetch(rows)
            found += [(record, settings.LANGUAGE_CODE) for record in rows]
        if stop > originals:
            pages = list(self.pages[max(start - originals, 0) : stop - originals])
            records = [page.original for page in pages]
            translations.prefetch(records)
            found += [(record, page.language) for record, page in zip(records, pages, strict=True)]
        return found


class RegisterSitemap(Sitemap):
    """Every record's page in every language it is offered in, with its alternates, on the public address.

    Django's own i18n sitemap (`i18n = True`) reverses each address once per entry and once more per
    alternate, under a language switch each time: nine reversals for a claim offered in four
    languages, ten times the work of the English sitemap at 12,000 claims. Here a record's address
    is found once (`path`) and its languages' addresses are the same path under their prefix, as
    i18n_patterns serves them; the entries are (record, language) pairs (`InEveryLanguage`), and
    `get_urls` adds each entry's alternates, written once per record as the markup
    templates/claims/sitemap.xml places (a template loop over every link was most of the time).
    """

    def get_domain(self, site=None):
        return urlsplit(public_address()).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(public_address()).scheme or "https"

    def records(self):
        """What this sitemap lists (a query or a list), before languages."""
        return []

    def path(self, record) -> str:
        return record.get_absolute_url()

    def record_lastmod(self, record):
        return None

    def items(self):
        return InEveryLanguage(self.records(), translations.page_languages())

    def location(self, entry):
        record, language = entry
        return address_in(self._path(record), language)

    def lastmod(self, entry):
        return self.record_lastmod(entry[0])

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        for url in urls:
            url["alternates_xml"] = self._alternates(url["item"][0], base)
        return urls

    def _path(self, record) -> str:
        """`path(record)` in English, found once for the record's entries in every language."""
        key = self._key(record)
        if getattr(self, "_last_path", (None, ""))[0] != key:
            self._last_path = (key, address_in(self.path(record), settings.LANGUAGE_CODE))
        return self._last_path[1]

    def _alternates(self, record, base: str):
        """The record's <xhtml:link> alternates, written once for its entries in every language: the page in
        each language it is offered in, itself included, and x-default (English)."""
        key = self._key(record)
        if getattr(self, "_last_alternates", (None, ""))[0] != key:
            english, offered = self._path(record), translations.page_languages(record)
            links = [(code, base + address_in(english, code)) for code in offered]
            if settings.LANGUAGE_CODE in offered:
                links.append(("x-default", base + english))
            xml = format_html_join(
                "", '<xhtml:link rel="alternate" hreflang="{}" href="{}"/>', ((code, href) for code, href in links)
            )
            self._last_alternates = (key, xml)
        return self._last_alternates[1]

    @staticmethod
    def _key(record):
        return record if isinstance(record, str) else (type(record), record.pk)


class StaticPagesSitemap(RegisterSitemap):
    changefreq = "daily"

    def records(self):
        return [
            "claims:home",
            "claims:claim_list",
            "claims:source_list",
            "claims:entity_list",
            "claims:metric_list",
            "claims:commitments",
            "claims:corrections",
            "claims:methodology",
        ]

    def path(self, name):
        return reverse(name)


class ClaimSitemap(RegisterSitemap):
    changefreq = "weekly"

    def records(self):
        return Claim.objects.published().only("ref", "updated_at").order_by("-published_at", "-id")

    def items(self):
        pages = (
            current_translations(ClaimTranslation)
            .filter(claim__in=Claim.objects.published())
            .select_related("claim")
            .only("language", "claim__ref", "claim__updated_at")
            .order_by("-claim__published_at", "-claim_id", "language")
        )
        return OriginalsThenTranslations(self.records(), pages)

    def record_lastmod(self, claim):
        return claim.updated_at


class VisitSitemap(RegisterSitemap):
    changefreq = "weekly"

    def records(self):
        return Visit.objects.order_by("pk")

    def items(self):
        pages = current_translations(VisitTranslation).select_related("visit").order_by("visit_id", "language")
        return OriginalsThenTranslations(self.records(), pages)


def current_translations(model):
    """Published translations made from the original as it is now: the pages offered in their language."""
    return model._default_manager.filter(status=TranslationStatus.PUBLISHED, outdated_at=None)


class MetricSitemap(RegisterSitemap):
    """Metric pages: their figures come from published claims only, so the pages are public."""

    changefreq = "weekly"

    def records(self):
        return Metric.objects.order_by("ref")


class SourceSitemap(RegisterSitemap):
    changefreq = "monthly"

    def records(self):
        return public_sources().order_by("ref")


class EntitySitemap(RegisterSitemap):
    """The pages of the people, organisations and places a published claim was said by or names."""

    changefreq = "weekly"

    def records(self):
        return public_entities().only("ref").order_by("ref")


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "claims": ClaimSitemap,
    "visits": VisitSitemap,
    "metrics": MetricSitemap,
    "sources": SourceSitemap,
    "entities": EntitySitemap,
}
