"""An unpublished claim's page as readers would see it once published, for the staff only.

The preview lives under /admin/ (login and staff required, never kept by the public cache, which keeps
only what `publiccache.serve()` marks), is never cached by a browser or proxy, asks search engines not
to index it, carries no ClaimReview, and says at the top that it is not published. The sitemap lists
only published claims, so it never names a preview. "View on site" opens it for an unpublished claim.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers

from claims.models import Claim
from claims.views.claim import claim_page, with_page_related


class PreviewAdminMixin:
    """Adds the preview page to the claim admin and points "View on site" at it while a claim is unpublished."""

    def get_urls(self):
        wrap = self.admin_site.admin_view  # type: ignore[attr-defined]
        return [
            path("<int:pk>/preview/", wrap(self.preview_view), name="claims_claim_preview"),
            *super().get_urls(),  # type: ignore[misc]
        ]

    def get_view_on_site_url(self, obj=None):
        if obj is not None and obj.pk is not None and not obj.is_published:
            return reverse("admin:claims_claim_preview", args=[obj.pk])
        return super().get_view_on_site_url(obj)  # type: ignore[misc]

    def preview_view(self, request, pk):
        if not self.has_view_or_change_permission(request):  # type: ignore[attr-defined]
            raise PermissionDenied
        claim = get_object_or_404(with_page_related(Claim.objects.all()), pk=pk)
        if claim.is_published:
            return redirect(claim.get_absolute_url())
        context = {**claim_page(claim), "change_url": reverse("admin:claims_claim_change", args=[claim.pk])}
        response = render(request, "claims/claim_preview.html", context)
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response
