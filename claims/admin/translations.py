"""Translations in the admin: drafted by contributors, reviewed and published by editors, through the write core.

One list per kind of original (claims, visits, evidence, record notes), filtered by language, status and
whether the translation is out of date (its original was corrected, updated or withdrawn since). The form
shows the original's current words beside the fields to translate; an editor ticks "I have reviewed this
translation" to record their own review (claims.services.translations: never anyone else's). "Publish"
works on a selection, naming each translation the rules refuse.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from claims.admin.core import WrittenThroughCore
from claims.models import (
    ClaimTranslation,
    EventTranslation,
    EvidenceTranslation,
    Translation,
    VisitTranslation,
)
from claims.models.translations import translated_languages
from claims.services.translations import WRITERS, translations_publish
from factregister.admin_tools import TableTransfer


class OutOfDateFilter(admin.SimpleListFilter):
    title = "up to date"
    parameter_name = "current"

    def lookups(self, request, model_admin):
        return [("yes", "Current"), ("no", "Out of date")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(outdated_at__isnull=True)
        if self.value() == "no":
            return queryset.filter(outdated_at__isnull=False)
        return queryset


class TranslationForm(forms.ModelForm):
    record_review = forms.BooleanField(
        label="I have reviewed this translation",
        required=False,
        help_text="Records your review (your name and today's date), shown to readers. Editors only. A later change "
        "to the translated words clears it.",
    )


class TranslationAdmin(TableTransfer, WrittenThroughCore, SimpleHistoryAdmin):
    """The admin of one kind of translation (`model`); subclasses name it and its original."""

    form = TranslationForm
    form_only_fields = ("record_review",)
    list_filter = ["language", "status", OutOfDateFilter, "machine_assisted"]
    list_select_related = True
    list_per_page = 50
    actions = ["publish_selected"]
    readonly_fields = ["original_words", "made_from", "review", "out_of_date"]

    @property
    def writer(self):  # type: ignore[override]
        return WRITERS[self.model]

    def get_list_display(self, request):
        return ["__str__", "language", "status", "is_current", "machine_assisted", "reviewed", "updated_at"]

    def get_fieldsets(self, request, obj=None):
        model = self.model
        words = [*model.translated_fields]
        return [
            (None, {"fields": [model.original_field, "language", "original_words"]}),
            ("Translation", {"fields": words}),
            (
                "Who made it, and its review",
                {"fields": ["translator", "machine_assisted", "status", "record_review", "review"]},
            ),
            ("Original", {"fields": ["made_from", "out_of_date"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(self.readonly_fields)
        if obj is not None:
            fields += [self.model.original_field, "language"]
        return fields

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("translator", "The register's desk")
        return initial

    def change_for(self, request, form, obj, *, stored: bool = False):
        change = super().change_for(request, form, obj, stored=stored)
        if change is not None:
            change.options["review"] = bool(form.cleaned_data.get("record_review"))
            if change.target is not None:
                change.intent = "save"  # a review alone changes no field but is still checked and written
        return change

    @admin.display(boolean=True, description="current")
    def is_current(self, obj: Translation) -> bool:
        return obj.outdated_at is None

    @admin.display(boolean=True, description="reviewed")
    def reviewed(self, obj: Translation) -> bool:
        return obj.reviewed_at is not None

    @admin.display(description="the original's words now")
    def original_words(self, obj: Translation):
        original = getattr(obj, self.model.original_field, None) if obj.pk else None
        if original is None:
            return "Choose the original and save as a draft: its words are shown here to translate from."
        rows = [(name.replace("_", " "), getattr(original, name, "") or "—") for name in self.model.translated_fields]
        return format_html("<dl lang='en' dir='ltr'>{}</dl>", format_html_join("", "<dt>{}</dt><dd>{}</dd>", rows))

    @admin.display(description="made from")
    def made_from(self, obj: Translation) -> str:
        if not obj.pk:
            return "—"
        current = getattr(obj.original, "version", 1)
        return f"version {obj.made_from_version} of the original (now version {current})"

    @admin.display(description="review")
    def review(self, obj: Translation) -> str:
        if obj.reviewed_by_id is None:
            return "Not reviewed yet."
        return f"Reviewed by {obj.reviewed_by} on {obj.reviewed_at:%Y-%m-%d}."

    @admin.display(description="out of date")
    def out_of_date(self, obj: Translation) -> str:
        if obj.outdated_at is None:
            return "No: made from the original as it is."
        return (
            f"Since {obj.outdated_at:%Y-%m-%d %H:%M}: the original was corrected or updated. Translate its words "
            "again from the current original above; saving new words makes the translation current."
        )

    @admin.action(description="Publish selected translations", permissions=["change"])
    def publish_selected(self, request, queryset: QuerySet[Translation]):
        done = refused = 0
        for outcome in translations_publish(list(queryset), user=request.user):
            done += len(outcome.done)
            for change, problems in outcome.refused.items():
                refused += 1
                text = " ".join(problem.message for problem in problems)
                self.message_user(request, f"Not published — {change.target}: {text}", messages.ERROR)
        if done:
            self.message_user(request, f"Published {done} translation{'s' if done != 1 else ''}.", messages.SUCCESS)
        elif not refused:
            self.message_user(request, "Nothing to publish.", messages.INFO)


@admin.register(ClaimTranslation)
class ClaimTranslationAdmin(TranslationAdmin):
    search_fields = ["claim__ref", "text", "verdict_summary"]
    autocomplete_fields = ["claim"]


@admin.register(VisitTranslation)
class VisitTranslationAdmin(TranslationAdmin):
    search_fields = ["visit__ref", "title"]


@admin.register(EvidenceTranslation)
class EvidenceTranslationAdmin(TranslationAdmin):
    search_fields = ["evidence__claim__ref", "quote", "note"]
    raw_id_fields = ["evidence"]


@admin.register(EventTranslation)
class EventTranslationAdmin(TranslationAdmin):
    search_fields = ["event__claim_ref", "note"]
    raw_id_fields = ["event"]


class TranslationsSummaryMixin:
    """A read-only "translations" field for an original's admin page: each language's translation, with its
    state and a link to it, or a link to start one."""

    @admin.display(description="translations")
    def translations(self, obj):
        if obj is None or obj.pk is None:
            return "Save first; then translate it."
        model = obj.translations.model
        made = {t.language: t for t in obj.translations.all()}
        opts = model._meta
        rows = []
        for code, name in translated_languages():
            found = made.get(code)
            if found is None:
                url = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
                rows.append((name, f"{url}?{model.original_field}={obj.pk}&language={code}", "not translated: add one"))
                continue
            state = found.get_status_display() + ("" if found.outdated_at is None else ", out of date")
            state += ", reviewed" if found.reviewed_at else ", not reviewed"
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[found.pk])
            rows.append((name, url, state))
        return format_html("<ul>{}</ul>", format_html_join("", '<li>{}: <a href="{}">{}</a></li>', rows))


__all__ = ["TranslationAdmin", "TranslationsSummaryMixin"]
