"""Logging claims from an article's page: the claims room's addition to the sources admin."""

from django.contrib import admin

from claims import services
from claims.models import Claim
from factregister.admin_tools import BoundedInlineMixin, extend_admin
from sources.models import Source


class ClaimLoggedInline(BoundedInlineMixin, admin.StackedInline):
    """Log claims while reading the article. Existing claims open on their own page; an article that
    many claims were logged from shows the first of them and links to the rest."""

    model = Claim
    fk_name = "article"
    fields = ["visit", "speaker", "topic", "text", "quote", "ref"]
    autocomplete_fields = ["visit"]
    extra = 1
    show_change_link = True
    verbose_name = "claim logged from this article"
    verbose_name_plural = "claims logged from this article"

    def has_change_permission(self, request, obj=None):
        # Existing claims are edited on the claim page, where the workflow lives.
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class LogClaimsAdminMixin:
    inlines = [ClaimLoggedInline]

    def save_formset(self, request, form, formset, change):
        if formset.model is not Claim:
            return super().save_formset(request, form, formset, change)
        # Only new claims are logged here; existing ones are edited on their own page.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for claim in formset.save(commit=False):
            if claim.pk is None:
                formset.new_objects.append(services.claim_create(claim=claim, user=request.user))


extend_admin(Source, LogClaimsAdminMixin)
