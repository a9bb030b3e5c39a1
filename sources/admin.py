from django import forms
from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from factregister.admin_tools import LiveRevertMixin
from sources.models import Outlet, Source


@admin.register(Outlet)
class OutletAdmin(LiveRevertMixin, SimpleHistoryAdmin):
    list_display = ["name", "country", "kind", "website", "source_count"]
    list_filter = ["kind", "country"]
    search_fields = ["name"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_total=Count("sources"))

    @admin.display(description="Sources", ordering="source_total")
    def source_count(self, obj):
        return obj.source_total


class OriginInput(forms.TextInput):
    """A text box that suggests the origins already in use (an HTML datalist), so sources that carry the
    same readout get the same key; a new key is typed as it is."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = {**(attrs or {}), "list": f"{name}-known", "autocomplete": "off"}
        known = Source.objects.exclude(origin="").order_by("origin").values_list("origin", flat=True).distinct()
        options = format_html_join("", '<option value="{}">', ((origin,) for origin in known))
        return format_html(
            '{}<datalist id="{}-known">{}</datalist>', super().render(name, value, attrs, renderer), name, options
        )


@admin.register(Source)
class SourceAdmin(LiveRevertMixin, SimpleHistoryAdmin):
    list_display = ["title", "ref", "outlet", "kind", "published_on", "language", "origin"]
    list_filter = ["kind", "outlet", "language"]
    list_select_related = ["outlet"]
    search_fields = ["title", "ref", "url", "outlet__name", "origin"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "origin":
            kwargs["widget"] = OriginInput
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    autocomplete_fields = ["outlet"]
    date_hierarchy = "published_on"
    fieldsets = [
        (None, {"fields": ["title", "ref", "outlet", "kind", "url", "published_on", "language", "origin"]}),
        ("Notes", {"fields": ["notes"]}),
    ]
