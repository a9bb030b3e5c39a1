"""Optimistic locking for claims and evidence: what a version says, and how a change in between is told.

Each edit form (and each CSV row) may carry the `version` the editor opened. The write core
(claims.services.core) compares it with the row, locked for the rest of the transaction, refuses
a change made on an out-of-date copy, saying who changed what in between (`what_changed`), so
that neither editor's work is silently overwritten, and bumps the version of every row it
writes (`bump`).
"""

from typing import Any

from django import forms
from simple_history.models import ModelChange


def _shown(value) -> str:
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def field_changes(newer, older, *, ignore=("version", "updated_at")):
    """The field changes between two history records, the workflow fields included.

    simple-history compares only editable fields by default, and the verdict
    fields are deliberately not editable on the model.
    """
    # diff_against() goes through model_to_dict(), which skips non-editable fields, so compare directly.
    return [
        ModelChange(field.name, getattr(older, field.attname), getattr(newer, field.attname))
        for field in older.tracked_fields
        if field.name not in ignore and getattr(older, field.attname) != getattr(newer, field.attname)
    ]


def what_changed(model, pk, seen_version: int) -> str:
    """A readable account of the changes to row `pk` made after version `seen_version`."""
    history = model.history.filter(id=pk).select_related("history_user").order_by("-history_date", "-history_id")
    latest = history.first()
    seen = history.filter(version=seen_version).first()
    if latest is None:
        return "it was changed"
    who = latest.history_user or "an import or system job"
    when = latest.history_date.strftime("%Y-%m-%d %H:%M:%S UTC")
    if seen is None:
        return f"it was changed by {who} at {when}"
    changes = field_changes(latest, seen)
    if not changes:
        return f"it was saved again by {who} at {when} (no field changed)"
    detail = "; ".join(f"{c.field}: '{_shown(c.old)}' → '{_shown(c.new)}'" for c in changes)
    return f"it was changed by {who} at {when}: {detail}"


def bump(instance) -> str:
    """Move `instance` to its next version; returns the field's name, for `update_fields`."""
    instance.version = (instance.version or 0) + 1
    return "version"


def exported_version_problem(instance_label: str, seen: str, stored_version: int) -> str | None:
    """What is wrong with a file's `version` cell for a record now at `stored_version`."""
    if not seen.isdigit():
        return "Give the whole number the export wrote, or leave the cell empty."
    if int(seen) != stored_version:
        return (
            f"This {instance_label} was changed in the register after the file was exported "
            f"(the row has version {seen}, the register {stored_version}): export it again and re-apply "
            "your change, so that the other change is not overwritten."
        )
    return None


class VersionedFormMixin(forms.Form):
    """Carries the version the editor opened, for the write core to compare. Mixed into model forms."""

    instance: Any

    # Not named `version`: the model field is not editable, and the admin refuses such names in a form.
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = self.instance.version

    def has_changed(self):
        return bool(set(self.changed_data) - {"seen_version"})
