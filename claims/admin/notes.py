"""The claim page's internal notes: the thread so far, newest first, read-only, and a box to add one.

A note is written through claims.services.notes (appended, never edited or deleted one by one).
"""

from django import forms
from django.contrib import admin
from django.db import models

from claims.models import ClaimNote
from claims.services.notes import note_add
from factregister.admin_tools import BoundedInlineMixin


class ClaimNoteInline(BoundedInlineMixin, admin.TabularInline):
    """The desk's remarks on a claim. Seen only in the admin; a correction is a new note."""

    model = ClaimNote
    fields = ["at", "author", "text"]
    readonly_fields = ["at", "author"]
    extra = 1
    can_delete = False
    ordering = ["-at", "-id"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 80})}}
    verbose_name = "internal note"
    verbose_name_plural = "internal notes (seen only by the desk; a note is kept as written: add another to correct it)"

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def save_notes(request, formset) -> None:
    """Write the inline's new notes through the services."""
    # The admin's change message reads these lists, which formset.save() would have filled.
    formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
    for form in formset.forms:
        if form.instance.pk or not form.has_changed():
            continue
        formset.new_objects.append(note_add(claim=formset.instance, user=request.user, text=form.cleaned_data["text"]))
