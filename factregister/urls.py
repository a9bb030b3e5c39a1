"""The project's URLconf: the admin, the feed, the CSV and workbook downloads, health checks, and the public pages
in every interface language."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView

from claims.feeds import VerdictFeed
from claims.sitemaps import SITEMAPS
from claims.transparency.sitemaps import TransparencySitemap
from claims.views.register import robots_txt
from csvio.views import claims_csv, claims_xlsx
from factregister import health
from factregister.admin_tools import LabelledAutocompleteJsonView, view_on_site
from factregister.context_processors import ADMIN_HEADER
from factregister.publiccache import public_page

static_lazy = lazy(static, str)

admin.site.site_header = ADMIN_HEADER
admin.site.site_title = "Fact register"
admin.site.index_title = "Claims, evidence and verdicts"
# The first page lists every model already; the side list would take a quarter of a laptop's width from the
# claim list, whose columns must all show without scrolling sideways.
admin.site.enable_nav_sidebar = False

# The same addresses in every language: machine reads keep one address (and answer in English).
urlpatterns = [
    # Before the admin's own "View on site" redirect, which asks only that the user be staff.
    path("admin/r/<int:content_type_id>/<path:object_id>/", admin.site.admin_view(view_on_site)),
    # Before the admin's own autocomplete: a choice may carry more than the record's public name.
    path(
        "admin/autocomplete/",
        admin.site.admin_view(LabelledAutocompleteJsonView.as_view(admin_site=admin.site)),
        name="admin-autocomplete",
    ),
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    path("claims.csv", claims_csv, name="claims_csv"),
    path("claims.xlsx", claims_xlsx, name="claims_xlsx"),
    path(
        "sitemap.xml",
        # Django's sitemap view reads its page from `p`.
        public_page(sitemap, reads=["p"]),
        {"sitemaps": {**SITEMAPS, "transparency": TransparencySitemap}, "template_name": "claims/sitemap.xml"},
        name="sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Browsers and the admin ask for /favicon.ico whatever the page links to.
    path("favicon.ico", RedirectView.as_view(url=static_lazy("favicon.svg")), name="favicon"),
    path("healthz", health.healthz, name="healthz"),
]
# The pages and their Atom feeds, for readers: English at the addresses they have always had, each other
# language under its code (/fa/claims/, /ru/feed/). factregister/languages.py.
urlpatterns += i18n_patterns(
    path("feed/", public_page(VerdictFeed()), name="feed"),
    path("", include("claims.urls")),
    prefix_default_language=False,
)

handler500 = "factregister.errors.server_error"
