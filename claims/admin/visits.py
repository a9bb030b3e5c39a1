"""Visits in the admin, written through the write core."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from claims.admin.core import WrittenThroughCore
from claims.admin.translations import TranslationsSummaryMixin
from claims.models import Visit
from claims.services.visits import VisitWriter
from factregister.admin_tools import LiveRevertMixin, TableTransfer


@admin.register(Visit)
class VisitAdmin(TableTransfer, WrittenThroughCore, LiveRevertMixin, TranslationsSummaryMixin, SimpleHistoryAdmin):
    writer = VisitWriter
    list_display = ["title", "ref", "guest", "host_country", "start_date", "end_date", "location"]
    list_filter = ["host_country"]
    search_fields = ["title", "ref", "guest", "location"]
    prepopulated_fields = {"ref": ["title"]}
    readonly_fields = ["translations"]
