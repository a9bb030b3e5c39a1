"""Evidence in the admin: the inline on a claim's page, where most evidence is added, changed and removed (as one
change set), and the list of every piece of evidence."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from claims import rules, services
from claims.admin.core import WrittenThroughCore
from claims.admin.forms import EvidenceChangeForm, EvidenceForm, EvidenceInlineFormSet
from claims.admin.quotes import QuoteFoundFilter, quote_column, quote_proof
from claims.admin.restore import RestoreDeletedAdminMixin
from claims.admin.search import EstimatedCountPaginator
from claims.models import Evidence
from claims.services import core
from claims.services.evidence import EVIDENCE_FIELDS, EvidenceWriter
from factregister.admin_tools import LiveRevertMixin, TableTransfer


class EvidenceInline(admin.StackedInline):
    """Each piece of evidence as a short form, its figure folded away: a table of all the fields was
    some 3,500 px wide, wider than any laptop screen."""

    model = Evidence
    form = EvidenceForm
    formset = EvidenceInlineFormSet
    fieldsets = [
        (
            None,
            {
                "fields": [
                    ("stance", "paraphrased"),
                    "source",
                    "quote",
                    "quote_checked",
                    "note",
                    ("added_by", "seen_version"),
                ]
            },
        ),
        (
            "Figure stated",
            {
                "classes": ["collapse"],
                "fields": [
                    ("metric", "figure_qualifier"),
                    ("figure_value", "figure_unit"),
                    ("figure_period", "figure_period_start", "figure_period_end"),
                    "figure_period_note",
                ],
            },
        ),
    ]
    readonly_fields = ["added_by", "quote_checked"]
    autocomplete_fields = ["source", "metric"]
    extra = 1

    @admin.display(description="Quote in the kept copy")
    def quote_checked(self, obj):
        if obj is None or obj.pk is None:
            return "Checked against the source's kept copy when saved."
        return quote_proof(obj.quote_found, obj.source_id, paraphrased=obj.paraphrased)

    def _editable(self, request, obj):
        return obj is None or not obj.is_published or rules.can_publish(request.user)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._editable(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._editable(request, obj)


def save_evidence(request, formset) -> None:
    """Write the evidence inline through the write core, as one change set (checked already by the formset)."""
    # The admin's change message reads these lists, which formset.save() would have filled.
    formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
    pairs = formset.changes(stored=False)
    if not pairs:
        return
    core.apply(EvidenceWriter(user=request.user), [change for _, change in pairs])
    for _, change in pairs:
        if change.kind == core.NEW:
            formset.new_objects.append(change.proposed)
        elif change.kind == core.DELETE:
            formset.deleted_objects.append(change.current)
        else:
            formset.changed_objects.append((change.proposed, list(change.fields)))


@admin.register(Evidence)
class EvidenceAdmin(TableTransfer, WrittenThroughCore, LiveRevertMixin, RestoreDeletedAdminMixin, SimpleHistoryAdmin):
    writer = EvidenceWriter
    refusal_field = "claim"
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
        if obj is not None and obj.claim.is_published and not rules.can_publish(request.user):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.claim.is_published and not rules.can_publish(request.user):
            return False
        return super().has_delete_permission(request, obj)

    def values_from(self, form) -> dict:
        # Every field the form shows: the core compares them with the stored row, which the form's initial
        # values are not when the history page's revert starts it from an old version.
        return {name: form.cleaned_data[name] for name in EVIDENCE_FIELDS if name in form.cleaned_data}

    def delete_problems(self, request, obj):
        # The reason is written on the claim's page, where its evidence is removed with a note.
        where = rules.Problem(
            "",
            f"Claim '{obj.claim.ref}' is published, so removing its evidence is an update on the public record and "
            "needs a reason: remove it on the claim's page, with a 'Note on this change'.",
        )
        return [where if problem.field == "note" else problem for problem in super().delete_problems(request, obj)]
