from django.contrib import admin
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from sources.models import Outlet, Source


@admin.register(Outlet)
class OutletAdmin(SimpleHistoryAdmin):
    list_display = ["name", "country", "kind", "website", "source_count"]
    list_filter = ["kind", "country"]
    search_fields = ["name"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_total=Count("sources"))

    @admin.display(description="Sources", ordering="source_total")
    def source_count(self, obj):
        return obj.source_total


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["title", "ref", "outlet", "kind", "published_on", "language"]
    list_filter = ["kind", "outlet", "language"]
    list_select_related = ["outlet"]
    search_fields = ["title", "ref", "url", "outlet__name"]
    autocomplete_fields = ["outlet"]
    date_hierarchy = "published_on"
    fieldsets = [
        (None, {"fields": ["title", "ref", "outlet", "kind", "url", "published_on", "language"]}),
        ("Notes", {"fields": ["notes"]}),
    ]
