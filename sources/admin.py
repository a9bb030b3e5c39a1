from django.contrib import admin
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from claims.csv_admin import RegisterImportExportMixin
from claims.models import Claim
from sources.models import Outlet, Source
from sources.resources import OutletResource, SourceResource


@admin.register(Outlet)
class OutletAdmin(RegisterImportExportMixin, SimpleHistoryAdmin):
    resource_classes = [OutletResource]
    list_display = ["name", "country", "kind", "website", "source_count"]
    list_filter = ["kind", "country"]
    search_fields = ["name"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_total=Count("sources"))

    @admin.display(description="Sources", ordering="source_total")
    def source_count(self, obj):
        return obj.source_total


class ClaimLoggedInline(admin.StackedInline):
    """Log claims while reading the article. Existing claims open on their own page."""

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


@admin.register(Source)
class SourceAdmin(RegisterImportExportMixin, SimpleHistoryAdmin):
    resource_classes = [SourceResource]
    list_display = ["title", "ref", "outlet", "kind", "published_on", "language"]
    list_filter = ["kind", "outlet", "language"]
    list_select_related = ["outlet"]
    search_fields = ["title", "ref", "url", "outlet__name"]
    autocomplete_fields = ["outlet"]
    date_hierarchy = "published_on"
    inlines = [ClaimLoggedInline]
    fieldsets = [
        (None, {"fields": ["title", "ref", "outlet", "kind", "url", "published_on", "language"]}),
        ("Notes", {"fields": ["notes"]}),
    ]

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for instance in instances:
            if isinstance(instance, Claim) and instance.pk is None:
                instance.created_by = request.user
            instance.save()
        formset.save_m2m()
