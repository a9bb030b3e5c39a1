"""sitemap.xml: the register's pages and every published claim, visit and source, in every interface language.

Each page is listed once per language it is offered in (claims.translations.page_languages), each
entry with its alternates: the page in every such language, itself included, and `x-default` (English),
so that search engines send readers to their language's page.
"""

from collections.abc import Sequence
from functools import cached_property
from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.urls import reverse

from claims import translations
from claims.models import Claim, Metric, Visit
from claims.public import public_sources
from factregister.addresses import public_address


class InEveryLanguage(Sequence):
    """(item, language) for every item of a query in every language, read a slice at a time.

    Django's i18n sitemap makes this list in full before taking a page of it, reading every row of
    the query (a million claims); this reads only the rows of the page asked for. It holds while every
    item is offered in the same languages, as every record is until translations of the register's
    own words exist (claims.translations.page_languages).
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
    """Absolute links on the register's public address, whatever host the request came in on, in every language."""

    i18n = True
    alternates = True
    x_default = True

    def get_domain(self, site=None):
        return urlsplit(public_address()).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(public_address()).scheme or "https"

    def get_languages_for_item(self, item):
        return translations.page_languages(item)

    @property
    def paginator(self):
        return Paginator(InEveryLanguage(self.items(), translations.page_languages()), self.limit)


class StaticPagesSitemap(RegisterSitemap):
    changefreq = "daily"

    def items(self):
        return [
            "claims:home",
            "claims:claim_list",
            "claims:source_list",
            "claims:metric_list",
            "claims:commitments",
            "claims:corrections",
            "claims:methodology",
        ]

    def location(self, name):
        return reverse(name)


class ClaimSitemap(RegisterSitemap):
    changefreq = "weekly"

    def items(self):
        return Claim.objects.published().only("ref", "updated_at").order_by("-published_at", "-id")

    def lastmod(self, claim):
        return claim.updated_at


class VisitSitemap(RegisterSitemap):
    changefreq = "weekly"

    def items(self):
        return Visit.objects.all()


class MetricSitemap(RegisterSitemap):
    """Metric pages: their figures come from published claims only, so the pages are public."""

    changefreq = "weekly"

    def items(self):
        return Metric.objects.order_by("ref")


class SourceSitemap(RegisterSitemap):
    changefreq = "monthly"

    def items(self):
        return public_sources().order_by("ref")


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "claims": ClaimSitemap,
    "visits": VisitSitemap,
    "metrics": MetricSitemap,
    "sources": SourceSitemap,
}
