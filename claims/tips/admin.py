"""The editors' triage of readers' tips: log as a claim, decline with a reason, or mark as a duplicate.

What the reader sent is shown as text (escaped) and never edited; the decision is written through
claims.tips.services (TipWriter). Tips come only from readers, so there is no "add" here.
"""

from urllib.parse import urlencode

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from claims.admin.core import WrittenThroughCore
from claims.tips.models import Tip
from claims.tips.rules import READER_FIELDS
from claims.tips.services import DECISION_FIELDS, TipWriter


@admin.register(Tip)
class TipAdmin(WrittenThroughCore, admin.ModelAdmin):
    writer = TipWriter
    list_display = ("reference", "received_at", "status", "language", "short_statement")
    list_filter = ("status", "language")
    search_fields = ("reference", "statement", "where_said", "link")
    date_hierarchy = "received_at"
    readonly_fields = ("reference", "received_at", *READER_FIELDS, "log_as_claim", "decided_by", "decided_at")
    # Raw ids, not autocomplete: select2's box has no accessible name (axe aria-input-field-name).
    raw_id_fields = ("claim", "duplicate_of", "duplicate_of_claim")
    fieldsets = (
        ("What the reader sent", {"fields": ("reference", "received_at", *READER_FIELDS)}),
        ("Decision", {"fields": ("log_as_claim", *DECISION_FIELDS, "decided_by", "decided_at")}),
    )

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def values_from(self, form) -> dict:
        return {name: form.cleaned_data[name] for name in DECISION_FIELDS if name in form.cleaned_data}

    @admin.display(description="Statement")
    def short_statement(self, obj):
        return obj.statement if len(obj.statement) <= 80 else obj.statement[:79] + "…"

    @admin.display(description="Log as claim")
    def log_as_claim(self, obj):
        """A link to the add-claim form, prefilled with the reader's statement; then choose that claim below."""
        if obj is None or obj.pk is None:
            return ""
        query = urlencode({"text": obj.statement})
        return format_html(
            '<a class="button" href="{}?{}" target="_blank" rel="noopener">Open a new claim with this statement</a>'
            '<p class="help">Save the claim, then choose it under “Claim” and set the status to “Logged as a claim”.'
            "</p>",
            reverse("admin:claims_claim_add"),
            query,
        )
