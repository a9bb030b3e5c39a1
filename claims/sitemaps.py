"""sitemap.xml: the register's pages and every published claim, visit and source."""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from claims.models import Claim, Metric, Visit
from claims.public import public_sources
from factregister.addresses import public_address


class RegisterSitemap(Sitemap):
    """Absolute links on the register's public address, whatever host the request came in on."""

    def get_domain(self, site=None):
        return urlsplit(public_address()).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(public_address()).scheme or "https"


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
