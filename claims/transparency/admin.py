"""The desk admin's editing of the transparency pages, one language at a time, through claims.transparency.services."""

from django.contrib import admin

from claims.admin.core import WrittenThroughCore
from claims.transparency.models import TransparencyPage
from claims.transparency.services import PageWriter


@admin.register(TransparencyPage)
class TransparencyPageAdmin(WrittenThroughCore, admin.ModelAdmin):
    writer = PageWriter
    list_display = ("kind", "language", "title", "updated_at")
    list_filter = ("kind", "language")
    fields = ("kind", "language", "title", "body")

    def get_readonly_fields(self, request, obj=None):
        return ("kind", "language") if obj is not None else ()

    def has_delete_permission(self, request, obj=None):
        return False
