"""The admin's way to the write core: forms checked by the core's rules, saves and deletions applied by it.

A ModelAdmin that takes `WrittenThroughCore` names its entity's writer (claims.services); then
- its form's clean() asks the core what is wrong with the change it would make (`core.check`) and
  shows each problem on its field, so nothing is saved and nothing typed is lost;
- save_model() and delete_model() apply the change through the core (rules, history, record, stamp);
- a deletion the rules refuse is refused on the confirmation page with the reason, and the bulk
  "delete selected" names each record refused.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse

from claims import rules
from claims.services import core
from factregister.admin_types import ModelAdminBase, ModelFormBase


def add_problems(form, problems: rules.Problems, *, default: str | None = None) -> None:
    """Show each problem on its field of `form` (the change note for "note"), or on the form as a whole."""
    for problem in problems:
        name: str | None = "change_note" if problem.field == "note" and not problem.permission else problem.field
        if name not in form.fields:
            name = default if problem.permission and default in form.fields else None
        form.add_error(name, problem.message)


def message_of(error) -> str:
    """The human text of a ValidationError or PermissionDenied."""
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


class CoreForm(ModelFormBase):
    """Mixed into a ModelAdmin's form: its validation ends with the core's check of the change it would make.

    Run after the model's own validation (`_post_clean`), when the form has put its values on its instance.
    """

    admin: "WrittenThroughCore"  # the ModelAdmin and the request, set by WrittenThroughCore.get_form
    request: HttpRequest

    def _post_clean(self):
        super()._post_clean()  # type: ignore[misc]  # Django's own hook, which django-stubs does not declare
        if self.errors:
            return
        change = self.admin.change_for(self.request, self, self.instance, stored=True)
        if change is None:
            return
        problems = core.check(self.admin.writer_for(self.request), [change]).get(change, [])
        add_problems(self, problems, default=self.admin.refusal_field)


class WrittenThroughCore(ModelAdminBase):
    """A ModelAdmin whose writes go through `writer` (a claims.services.core.Writer)."""

    writer: type[core.Writer]
    # Where a permission refusal shows when it names no field of the form.
    refusal_field: str | None = None

    def writer_for(self, request) -> core.Writer:
        return self.writer(user=request.user)

    def values_from(self, form) -> dict:
        """What the form sets: its cleaned values of the writer's fields."""
        return {name: form.cleaned_data[name] for name in self.writer.fields if name in form.cleaned_data}

    def change_for(self, request, form, obj, *, stored: bool = False) -> core.Change | None:
        """The change the form makes to `obj`. `stored`: compared with the row as stored (the form has already
        written its values onto `obj`), for a check before saving."""
        note = form.cleaned_data.get("change_note") or ""
        seen = form.cleaned_data.get("seen_version")
        if obj.pk is None:
            return core.Change(instance=obj, note=note, validated=True)
        target = type(obj)._default_manager.filter(pk=obj.pk).first() if stored else obj
        if target is None:
            return None
        return core.Change(target=target, values=self.values_from(form), note=note, seen_version=seen, validated=True)

    def get_form(self, request, obj=None, change=False, **kwargs):
        fields = kwargs.get("fields")
        if fields is not None:
            extra = set(getattr(self, "form_only_fields", ()))
            kwargs["fields"] = [name for name in fields if name not in extra]
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (CoreForm, form), {"admin": self, "request": request})

    def save_model(self, request, obj, form, change):
        found = self.change_for(request, form, obj, stored=True)
        if found is None:
            raise ValidationError("This record was deleted while you were editing it; nothing was saved.")
        core.apply_one(self.writer_for(request), found)
        if obj.pk is None and found.proposed is not None:
            obj.pk, obj._state.adding, obj._state.db = found.proposed.pk, False, found.proposed._state.db
        elif obj.pk is not None:
            obj.refresh_from_db()

    def delete_problems(self, request, obj) -> rules.Problems:
        change = core.Change(target=obj, delete=True)
        return core.check(self.writer_for(request), [change]).get(change, [])

    def delete_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        allowed = obj is not None and self.has_delete_permission(request, obj)
        if allowed and self.get_deleted_objects([obj], request)[3]:
            allowed = False  # Django's own page lists what protects the record
        problems = self.delete_problems(request, obj) if allowed else []
        if obj is not None and problems:
            text = " ".join(problem.message for problem in problems)
            self.message_user(request, f"Not deleted — {text}", messages.ERROR)
            opts = self.opts
            return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
        return super().delete_view(request, object_id, extra_context)

    def delete_model(self, request, obj):
        core.apply_one(self.writer_for(request), core.Change(target=obj, delete=True))

    def delete_queryset(self, request, queryset):
        changes = [core.Change(target=obj, delete=True) for obj in queryset]
        outcome = core.apply(self.writer_for(request), changes, partial=True)
        for change, problems in outcome.refused.items():
            text = " ".join(problem.message for problem in problems)
            self.message_user(request, f"Not deleted — {change.target}: {text}", messages.ERROR)


__all__ = ["CoreForm", "WrittenThroughCore", "add_problems", "message_of"]
