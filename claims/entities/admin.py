"""People, organisations and places in the admin: the entity list and page with its roles inline, the list of roles,
and the inline of the entities a claim names (on the claim's page, claims.admin.claims). Every save goes through the
write core; every problem it finds shows on its field or row, with what was typed kept."""

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from claims import rules
from claims.admin.core import WrittenThroughCore
from claims.admin.restore import RestoreDeletedAdminMixin
from claims.entities.services import (
    CLAIM_MENTION_FIELDS,
    ENTITY_FIELDS,
    ENTITY_ROLE_FIELDS,
    ClaimMentionWriter,
    EntityRoleWriter,
    EntityWriter,
)
from claims.models import ClaimMention, Entity, EntityKind, EntityRole
from claims.services import core
from claims.services.restore import deleted_entities, entity_restore_deleted
from claims.versions import VersionedFormMixin
from factregister.admin_tools import LiveRevertMixin, TableTransfer


class CoreInlineFormSet(BaseInlineFormSet):
    """An inline's rows checked and saved as one change set through the write core (`writer`), each problem shown
    on its row. `user` is set by the inline's `get_formset`."""

    writer: type[core.Writer]
    user = None

    def changes(self, *, stored: bool) -> list[tuple[forms.ModelForm, core.Change]]:
        """The change each row makes. `stored`: compared with the rows as stored (the forms have already put their
        values on their instances), for the check before saving."""
        names = [name for name in self.writer.fields if name != self.fk.name]
        ids = [form.instance.pk for form in self.forms if form.instance.pk]
        model: Any = self.model
        rows = model._default_manager.in_bulk(ids) if stored and ids else {}
        pairs = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data:
                continue
            existing = rows.get(form.instance.pk, form.instance) if form.instance.pk else None
            if form in self.deleted_forms:
                if existing is not None:
                    pairs.append((form, core.Change(target=existing, delete=True)))
                continue
            if not form.has_changed():
                continue
            values = {name: data[name] for name in names if name in data}
            if existing is None:
                record = model(**{self.fk.name: self.instance}, **values)
                pairs.append((form, core.Change(instance=record, validated=True)))
                continue
            changed = {name: values[name] for name in form.changed_data if name in values}
            pairs.append((form, core.Change(target=existing, values=changed, validated=True)))
        return pairs

    def clean(self):
        super().clean()
        if any(form.errors for form in self.forms):
            return
        pairs = self.changes(stored=True)
        problems = core.check(self.writer(user=self.user), [change for _, change in pairs]) if pairs else {}
        whole: list[str] = []
        for form, change in pairs:
            for problem in problems.get(change, []):
                if form in self.deleted_forms or problem.field not in form.fields:
                    whole.append(problem.message)
                else:
                    form.add_error(problem.field, problem.message)
        if whole:
            raise ValidationError(list(dict.fromkeys(whole)))

    def save_through_core(self) -> None:
        """Write the rows' changes through the core (checked already by `clean`)."""
        # The admin's change message reads these lists, which formset.save() would have filled.
        self.new_objects, self.changed_objects, self.deleted_objects = [], [], []
        pairs = self.changes(stored=False)
        if not pairs:
            return
        core.apply(self.writer(user=self.user), [change for _, change in pairs])
        for _, change in pairs:
            if change.kind == core.NEW:
                self.new_objects.append(change.proposed)
            elif change.kind == core.DELETE:
                self.deleted_objects.append(change.current)
            else:
                self.changed_objects.append((change.proposed, list(change.fields)))


class RoleFormSet(CoreInlineFormSet):
    writer = EntityRoleWriter


class MentionFormSet(CoreInlineFormSet):
    writer = ClaimMentionWriter


class CoreInline:
    """An inline whose formset writes through the core as the user who opened the page."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)  # type: ignore[misc]
        return type(formset.__name__, (formset,), {"user": request.user})


def save_through_core(formset) -> bool:
    """Save `formset` through the core if it is one of these inlines; whether it was."""
    if isinstance(formset, CoreInlineFormSet):
        formset.save_through_core()
        return True
    return False


class EntityRoleInline(CoreInline, admin.StackedInline):
    model = EntityRole
    fk_name = "entity"
    formset = RoleFormSet
    fields = [("title", "organisation"), ("title_fa", "title_ru", "title_kk"), ("start_date", "end_date")]
    autocomplete_fields = ["organisation"]
    extra = 0
    verbose_name = "role"
    verbose_name_plural = "roles (an office with its dates, never part of the name)"


class ClaimMentionInline(CoreInline, admin.TabularInline):
    """The people, organisations and places a claim names (its speaker is the claim's own field)."""

    model = ClaimMention
    formset = MentionFormSet
    fields = ["entity"]
    autocomplete_fields = ["entity"]
    extra = 0
    verbose_name = "person, organisation or place named"
    verbose_name_plural = "people, organisations and places the claim names"

    def _editable(self, request, obj):
        return obj is None or not obj.is_published or rules.can_publish(request.user)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._editable(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._editable(request, obj)


class HasWikidataFilter(admin.SimpleListFilter):
    title = "Wikidata id"
    parameter_name = "wikidata"

    def lookups(self, request, model_admin):
        return [("yes", "Has one"), ("no", "None found yet")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(wikidata_id="")
        if self.value() == "no":
            return queryset.filter(wikidata_id="")
        return queryset


class EntityForm(VersionedFormMixin, forms.ModelForm):
    class Meta:
        model = Entity
        fields = list(ENTITY_FIELDS)
        widgets = {"other_names": forms.Textarea(attrs={"rows": 3})}

    def _get_validation_exclusions(self):
        # The write core's rule says which entity has the Wikidata id, on its field (the model's constraint alone
        # would say only that a constraint is violated).
        return super()._get_validation_exclusions() | {"wikidata_id"}  # type: ignore[misc]


@admin.register(Entity)
class EntityAdmin(TableTransfer, WrittenThroughCore, LiveRevertMixin, RestoreDeletedAdminMixin, SimpleHistoryAdmin):
    writer = EntityWriter
    deleted_records = staticmethod(deleted_entities)
    restore_deleted = staticmethod(entity_restore_deleted)
    form = EntityForm
    list_display = ["name", "kind", "country", "wikidata", "said", "named"]
    list_filter = ["kind", "country", HasWikidataFilter]
    search_fields = ["ref", "name", "name_fa", "name_ru", "name_kk", "name_kk_latn", "other_names"]
    prepopulated_fields = {"ref": ["name"]}
    inlines = [EntityRoleInline]
    fieldsets = [
        (None, {"fields": ["ref", "kind", "name", "description", "country", "wikidata_id", "seen_version"]}),
        ("The name in every script", {"fields": ["name_fa", "name_ru", "name_kk", "name_kk_latn", "other_names"]}),
    ]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name == "claims_entity_changelist":
            # The counts only where they are shown: the autocomplete and the change page need none.
            return queryset.annotate(said_count=Count("claims_said", distinct=True)).annotate(
                named_count=Count("mentions", distinct=True)
            )
        return queryset

    def get_search_results(self, request, queryset, search_term):
        queryset, duplicates = super().get_search_results(request, queryset, search_term)
        if request.GET.get("model_name") == "claim" and request.GET.get("field_name") == "speaker_entity":
            queryset = queryset.exclude(kind=EntityKind.PLACE)  # a place never speaks (claims.entities.rules)
        return queryset, duplicates

    @admin.display(description="Wikidata id", ordering="wikidata_id")
    def wikidata(self, obj):
        if not obj.wikidata_id:
            return "—"
        return format_html('<a href="{}" rel="noopener">{}</a>', obj.wikidata_url, obj.wikidata_id)

    @admin.display(description="Claims said", ordering="said_count")
    def said(self, obj):
        url = reverse("admin:claims_claim_changelist")
        return format_html('<a href="{}?speaker_entity__exact={}">{}</a>', url, obj.pk, obj.said_count)

    @admin.display(description="Claims naming it", ordering="named_count")
    def named(self, obj):
        return obj.named_count

    def save_formset(self, request, form, formset, change):
        if not save_through_core(formset):
            super().save_formset(request, form, formset, change)

    def delete_view(self, request, object_id, extra_context=None):
        # The core's refusal names the claims that say or name the entity by their refs, where Django's page would
        # list the protected rows by their ids.
        obj = self.get_object(request, object_id)
        problems = self.delete_problems(request, obj) if obj and self.has_delete_permission(request, obj) else []
        if obj is not None and problems:
            self.message_user(request, f"Not deleted — {' '.join(p.message for p in problems)}", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:claims_entity_change", args=[obj.pk]))
        return super().delete_view(request, object_id, extra_context)


@admin.register(EntityRole)
class EntityRoleAdmin(TableTransfer, WrittenThroughCore, LiveRevertMixin, SimpleHistoryAdmin):
    """Every role, for the claim page's choice of the role a speaker spoke in."""

    writer = EntityRoleWriter
    refusal_field = "entity"
    list_display = ["title", "entity", "organisation", "start_date", "end_date"]
    list_select_related = ["entity", "organisation"]
    search_fields = ["title", "title_fa", "title_ru", "title_kk", "entity__name", "entity__name_ru", "entity__ref"]
    autocomplete_fields = ["entity", "organisation"]
    fields = list(ENTITY_ROLE_FIELDS)


SPEAKER_UNLINKED = Q(is_published=True, speaker_entity__isnull=True)


class SpeakerEntityFilter(admin.SimpleListFilter):
    """Whether a claim's speaker is an entity of the register yet (the desk counts the published ones not)."""

    title = "speaker entity"
    parameter_name = "speaker_linked"

    def lookups(self, request, model_admin):
        return [("yes", "Linked"), ("no", "Not yet")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(speaker_entity__isnull=False)
        if self.value() == "no":
            return queryset.filter(speaker_entity__isnull=True)
        return queryset


__all__ = [
    "CLAIM_MENTION_FIELDS",
    "SPEAKER_UNLINKED",
    "ClaimMentionInline",
    "EntityAdmin",
    "EntityRoleAdmin",
    "EntityRoleInline",
    "SpeakerEntityFilter",
    "save_through_core",
]
