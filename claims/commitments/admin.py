"""The editors' side of commitments: the follow-up inline on a claim's page, and the list of every follow-up.

Follow-ups are added through claims.commitments.services.commitment_follow_up.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from simple_history.admin import SimpleHistoryAdmin

from claims.commitments.rules import follow_up_date_problem
from claims.commitments.services import commitment_follow_up, follow_up_delete
from claims.models import FollowUp
from factregister.admin_tools import BoundedInlineMixin, LiveRevertMixin, TableTransfer
from factregister.admin_types import ModelAdminBase

COMMITMENT_FIELDS = [
    "is_commitment",
    "commitment_due",
    "commitment_due_is_reading",
    "commitment_horizon",
    "commitment_first_made",
]


class FollowUpForm(forms.ModelForm):
    class Meta:
        model = FollowUp
        fields = ["checked_on", "status", "note", "source", "quote"]

    def clean_checked_on(self):
        checked_on = self.cleaned_data.get("checked_on")
        problem = follow_up_date_problem(checked_on)
        if problem:
            raise ValidationError(problem)
        return checked_on


class FollowUpInline(BoundedInlineMixin, admin.TabularInline):
    """Dated checks on a commitment. A check is never edited: a later check is added instead."""

    model = FollowUp
    form = FollowUpForm
    fields = ["checked_on", "status", "note", "source", "quote", "added_by"]
    readonly_fields = ["added_by"]
    autocomplete_fields = ["source"]
    extra = 0
    ordering = ["-checked_on", "-id"]
    verbose_name = "follow-up"
    verbose_name_plural = "follow-ups (for commitments: a new check is a new row)"

    def has_change_permission(self, request, obj=None):
        return False


def save_follow_ups(request, formset) -> None:
    """Write the inline's new follow-ups and its deletions through the services."""
    # The admin's change message reads these lists, which formset.save() would have filled.
    formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
    for form in formset.deleted_forms:
        if form.instance.pk:
            follow_up_delete(follow_up=form.instance, user=request.user)
            formset.deleted_objects.append(form.instance)
    for form in formset.forms:
        if form in formset.deleted_forms or not form.has_changed() or form.instance.pk:
            continue
        data = form.cleaned_data
        follow_up = commitment_follow_up(
            claim=formset.instance,
            user=request.user,
            status=data["status"],
            checked_on=data["checked_on"],
            note=data["note"],
            source=data.get("source"),
            quote=data.get("quote") or "",
        )
        formset.new_objects.append(follow_up)


class CommitmentsAdminMixin(ModelAdminBase):
    """Shows the follow-up inline on a claim's page once the claim is a commitment."""

    def get_inline_instances(self, request, obj=None):
        # Only a commitment can be followed up: the inline appears once the claim is saved as one.
        inlines = super().get_inline_instances(request, obj)
        if obj is None or not obj.is_commitment:
            inlines = [inline for inline in inlines if not isinstance(inline, FollowUpInline)]
        return inlines


@admin.register(FollowUp)
class FollowUpAdmin(TableTransfer, LiveRevertMixin, SimpleHistoryAdmin):
    """Every follow-up of every commitment; they are added on the claim's page, through the service."""

    list_display = ["claim", "checked_on", "status", "source", "added_by"]
    list_filter = ["status", "claim__visit"]
    list_select_related = ["claim", "source", "added_by"]
    search_fields = ["note", "quote", "claim__ref"]
    autocomplete_fields = ["claim", "source"]
    readonly_fields = ["added_by", "added_at"]
    date_hierarchy = "checked_on"

    def has_add_permission(self, request):
        return False  # a follow-up is added on its commitment's page, through the service

    def has_change_permission(self, request, obj=None):
        return False  # a check is never edited: a later check is added instead

    def delete_model(self, request, obj):
        follow_up_delete(follow_up=obj, user=request.user)

    def delete_queryset(self, request, queryset):
        for follow_up in queryset:
            follow_up_delete(follow_up=follow_up, user=request.user)
