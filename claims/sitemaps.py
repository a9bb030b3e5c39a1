"""sitemap.xml: the register's pages and every published claim, visit and source, in every interface language.

Each page is listed once per language it is offered in (claims.translations.page_languages), each
entry with its alternates: the page in every such language, itself included, and `x-default` (English),
so that search engines send readers to their language's page.
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
from claims.models import Claim, Metric, Visit
from claims.public import public_sources
from factregister.addresses import public_address
from factregister.languages import address_in


class InEveryLanguage(Sequence):
    """(item, language) for every item of a query in every language, read a slice at a time.

    Django's i18n sitemap makes this list in full before taking a page of it, reading every row of
    the query (a million claims); this reads only the rows of the page asked for. It holds while every
    item is offered in the same languages, as every record is until translations of the register's
    own words exist (claims.translations.page_languages); then a record offered in fewer languages
    needs its own count here.
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

    def record_lastmod(self, claim):
        return claim.updated_at


class VisitSitemap(RegisterSitemap):
    changefreq = "weekly"

    def records(self):
        return Visit.objects.all()


class MetricSitemap(RegisterSitemap):
    """Metric pages: their figures come from published claims only, so the pages are public."""

    changefreq = "weekly"

    def records(self):
        return Metric.objects.order_by("ref")


class SourceSitemap(RegisterSitemap):
    changefreq = "monthly"

    def records(self):
        return public_sources().order_by("ref")


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "claims": ClaimSitemap,
    "visits": VisitSitemap,
    "metrics": MetricSitemap,
    "sources": SourceSitemap,
}
