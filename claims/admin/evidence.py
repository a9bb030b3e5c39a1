"""Every piece of evidence, as a list; most evidence is added on its claim's page."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from claims import services
from claims.admin.claims import message_of
from claims.admin.forms import EvidenceChangeForm
from claims.admin.quotes import QuoteFoundFilter, quote_column, quote_proof
from claims.admin.restore import RestoreDeletedAdminMixin
from claims.admin.search import EstimatedCountPaginator
from claims.models import Evidence
from claims.services.content import EVIDENCE_FIELDS
from factregister.admin_tools import LiveRevertMixin


@admin.register(Evidence)
class EvidenceAdmin(LiveRevertMixin, RestoreDeletedAdminMixin, SimpleHistoryAdmin):
    form = EvidenceChangeForm
    deleted_records = staticmethod(services.deleted_evidence)
    restore_deleted = staticmethod(services.evidence_restore_deleted)
    list_display = ["claim", "stance", "source", "quote_in_copy", "added_by", "added_at"]
    list_filter = ["stance", QuoteFoundFilter, ("source__outlet", admin.RelatedFieldListFilter)]
    list_select_related = ["claim", "source", "added_by"]
    search_fields = ["quote", "note", "claim__ref", "source__title"]
    autocomplete_fields = ["claim", "source"]
    readonly_fields = ["added_by", "added_at", "quote_checked"]
    show_full_result_count = False
    paginator = EstimatedCountPaginator

    @admin.display(description="Quote", ordering="quote_found")
    def quote_in_copy(self, obj):
        return quote_column(obj.quote_found)

    @admin.display(description="Quote in the kept copy")
    def quote_checked(self, obj):
        if obj is None or obj.pk is None:
            return "Checked against the source's kept copy when the evidence is saved."
        return quote_proof(obj.quote_found, obj.source_id, paraphrased=obj.paraphrased)

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.claim.is_published and not services.can_publish(request.user):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.claim.is_published and not services.can_publish(request.user):
            return False
        return super().has_delete_permission(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def save_model(self, request, obj, form, change):
        values = {name: form.cleaned_data[name] for name in EVIDENCE_FIELDS if name in form.cleaned_data}
        note = form.cleaned_data.get("change_note") or ""
        if change:
            # Every field the form shows: the service compares them with the stored row, which the form's
            # initial values are not when the history page's revert starts it from an old version.
            services.evidence_update(
                evidence=obj,
                user=request.user,
                values=values,
                seen_version=form.cleaned_data.get("seen_version"),
                change_note=note,
            )
            return
        figure = {
            name: value for name, value in values.items() if name not in ("claim", "source", "stance", "quote", "note")
        }
        added = services.evidence_add(
            claim=values["claim"],
            user=request.user,
            source=values["source"],
            stance=values["stance"],
            quote=values["quote"],
            note=values.get("note", ""),
            change_note=note,
            **figure,
        )
        # The admin goes on with its own object (the change message, the redirect): it becomes the saved one.
        obj.pk, obj.version, obj.added_by, obj.added_at = added.pk, added.version, added.added_by, added.added_at
        obj._state.adding, obj._state.db = False, added._state.db

    def delete_view(self, request, object_id, extra_context=None):
        evidence = self.get_object(request, object_id)
        problem = evidence and services.evidence_removal_problem(evidence)
        if evidence and not problem and evidence.claim.is_published:
            problem = (
                f"Claim '{evidence.claim.ref}' is published, so removing its evidence is an update on the public "
                "record and needs a reason: remove it on the claim's page, with a 'Note on this change'."
            )
        if problem:
            self.message_user(request, f"Refused — {problem}", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:claims_evidence_change", args=[evidence.pk]))
        return super().delete_view(request, object_id, extra_context)

    def delete_model(self, request, obj):
        services.evidence_delete(evidence=obj, user=request.user)

    def delete_queryset(self, request, queryset):
        for evidence in queryset.select_related("claim"):
            try:
                services.evidence_delete(evidence=evidence, user=request.user)
            except (ValidationError, PermissionDenied) as error:
                self.message_user(request, f"Refused — {message_of(error)}", messages.ERROR)
