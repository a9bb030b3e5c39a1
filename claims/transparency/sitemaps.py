"""The transparency pages in sitemap.xml: who runs the register, its funding, the corrections policy and the
contact page, each in every interface language with its alternates, as claims.sitemaps lists the other pages."""

from functools import cached_property

from django.db.models import Max
from django.urls import reverse

from claims.sitemaps import RegisterSitemap
from claims.transparency.models import PageKind, TransparencyPage


class TransparencySitemap(RegisterSitemap):
    changefreq = "monthly"

    def records(self):
        return list(PageKind.values)

    def path(self, kind):
        return reverse("claims:transparency", kwargs={"kind": kind})

    def record_lastmod(self, kind):
        """When a desk admin last changed the page in any language; none while it shows the register's own text."""
        return self._last_changed.get(kind)

    @cached_property
    def _last_changed(self) -> dict:
        rows = TransparencyPage.objects.order_by().values("kind").annotate(last=Max("updated_at"))
        return {row["kind"]: row["last"] for row in rows}
