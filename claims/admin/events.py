"""The workflow log in the admin: every ClaimEvent, read-only."""

from django.contrib import admin

from claims.admin.search import EstimatedCountPaginator
from claims.models import ClaimEvent


@admin.register(ClaimEvent)
class ClaimEventAdmin(admin.ModelAdmin):
    """The workflow log: read-only."""

    list_display = ["at", "claim_ref", "kind", "from_status", "to_status", "note", "user"]
    list_filter = ["kind", "to_status"]
    list_select_related = ["user"]
    search_fields = ["claim_ref", "note"]
    date_hierarchy = "at"
    show_full_result_count = False
    paginator = EstimatedCountPaginator

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
