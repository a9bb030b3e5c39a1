"""The article's page in the admin: take an article in (paste, file or address), then read it as sentences,
the check-worthy ones highlighted with their reasons and the logged ones marked with their claims, and
turn a sentence into a claim or into evidence in one click.

Writes go through intake.services, hence the write core (claims.services).
"""

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin import widgets
from django.contrib.admin.options import IS_POPUP_VAR
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse

from claims.admin.core import add_problems
from claims.services import core
from claims.services.copies import CopyWriter, copy_change
from claims.services.sources import SourceWriter
from intake import services
from intake.article import article_lines
from intake.fetch import IntakeError, Received, from_file, from_paste, from_url
from sources.models import ArticleCopy, Outlet, Source


class ArticleIntakeForm(forms.ModelForm):
    """The source (picked, or described as a new one on the add page), and its text one of three ways: pasted,
    a file, or its address; checked by the write core's rules for sources and kept copies before anything is
    saved."""

    paste = forms.CharField(
        required=False,
        strip=False,  # kept as received
        label="Paste the text",
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text="The article's text, as published: headline and paragraphs.",
    )
    upload = forms.FileField(
        required=False,
        label="Or upload a file",
        help_text="A .txt file (UTF-8), or an .html page saved from the browser: its main text is kept.",
    )
    fetch = forms.URLField(
        required=False,
        label="Or fetch it from its address",
        assume_scheme="https",
        help_text="The page's main text is kept. Leave empty to use none of these.",
    )
    remove = forms.BooleanField(
        required=False,
        label="Stop keeping this copy",
        help_text="For example at the publisher's request. Its quotes are then unchecked; the text stays in the "
        "copy's history.",
    )
    change_note = forms.CharField(
        required=False,
        label="Note on this change",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required when a published claim cites this source: taking, replacing or removing its copy "
        "changes what the claim's page says about its quote, and the note is shown there.",
    )

    # A new source, described here when the register does not have it yet (add page only).
    source_title = forms.CharField(required=False, max_length=300, label="Title")
    source_outlet = forms.CharField(
        required=False,
        max_length=200,
        label="Outlet",
        help_text="The outlet's name, as it signs its work; one the register does not know yet is added.",
    )
    source_published_on = forms.DateField(required=False, label="Date of publication", widget=widgets.AdminDateWidget())
    source_url = forms.URLField(required=False, label="Address", assume_scheme="https", max_length=200)
    source_language = forms.CharField(
        required=False, max_length=2, initial="en", label="Language", help_text="ISO 639-1 code: en, ru, fa, kk."
    )

    received: Received | None = None
    new_source: Source | None = None  # the source described in the form, made when the article is saved
    new_outlet = ""
    user = None  # set by ArticleCopyAdmin.get_form

    class Meta:
        model = ArticleCopy
        fields = ["source"]
        error_messages = {
            "source": {"unique": "This source has a kept copy already: open it from the list to take a new one."}
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            self.fields["source"].required = False  # or described as a new source
            self.fields["source"].help_text = "A source the register has; for a new one, fill in “A new source”."

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        self.received = None
        self.new_source = None
        if self.instance.pk is None:
            self._clean_source(cleaned)
        given = [name for name in ("paste", "upload", "fetch") if cleaned.get(name)]
        if cleaned.get("remove"):
            if given:
                raise ValidationError("Either take a new copy or stop keeping this one, not both.")
            self._check(core.Change(target=self.instance, delete=True, note=cleaned.get("change_note") or ""))
            return cleaned
        if len(given) != 1:
            if self.instance.pk is None or given:
                raise ValidationError("Give the article's text one way: paste it, upload a file, or give its address.")
            return cleaned  # a change page saved without a new text
        try:
            if given == ["paste"]:
                self.received = from_paste(cleaned["paste"])
            elif given == ["upload"]:
                upload = cleaned["upload"]
                self.received = from_file(upload.name, upload.read())
            else:
                self.received = from_url(cleaned["fetch"])
        except IntakeError as error:
            self.add_error(given[0], str(error))
            return cleaned
        source = cleaned.get("source") or self.new_source or (self.instance.source if self.instance.source_id else None)
        if source is None:
            return cleaned  # the source's own error is shown
        received = self.received
        change = copy_change(
            source=source,
            text=received.text,
            how=received.how,
            url=received.url,
            filename=received.filename,
            note=cleaned.get("change_note") or "",
        )
        if change is not None and source.pk is not None:  # a new source has no claims whose quotes could change
            self._check(change)
        return cleaned

    def _clean_source(self, cleaned) -> None:
        """The source picked, or the new one described: one of them, checked by the rules for sources."""
        described = [name for name in NEW_SOURCE_FIELDS if cleaned.get(name) and name != "source_language"]
        if cleaned.get("source") or "source" in self.errors:
            if described:
                self.add_error("source", "Pick a source or describe a new one, not both.")
            return
        if not described:
            self.add_error("source", "Pick the article's source, or describe a new one under “A new source”.")
            return
        for name, what in (("source_title", "title"), ("source_outlet", "outlet")):
            if not cleaned.get(name):
                self.add_error(name, f"A new source needs its {what}.")
        url = cleaned.get("source_url") or None
        taken = Source.objects.filter(url=url).first() if url else None
        if taken is not None:
            self.add_error("source_url", f"The register has this address already, as “{taken}”: pick it above.")
        if any(name in self.errors for name in NEW_SOURCE_FIELDS):
            return
        outlet_name = cleaned["source_outlet"].strip()
        outlet = Outlet.objects.filter(name__iexact=outlet_name).first()
        self.new_outlet = outlet.name if outlet else outlet_name
        candidate = Source(
            kind=Source.Kind.ARTICLE,
            title=cleaned["source_title"].strip(),
            outlet=outlet,
            published_on=cleaned.get("source_published_on"),
            url=url,
            language=(cleaned.get("source_language") or "en").strip().lower(),
        )
        try:
            candidate.full_clean(exclude=["ref", "outlet"], validate_unique=False)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                field = f"source_{name}" if f"source_{name}" in self.fields else None
                for message in messages:
                    self.add_error(field, message)
            return
        problems = core.check(SourceWriter(user=self.user), [change := core.Change(instance=candidate)])
        add_problems(self, problems.get(change, []), default="source")
        if not problems:
            self.new_source = candidate

    def _check(self, change) -> None:
        add_problems(self, core.check(CopyWriter(user=self.user), [change]).get(change, []))


class NamedAutocompleteSelect(widgets.AutocompleteSelect):
    """The admin's autocomplete box with a placeholder, and named after its label for screen readers (select2
    names neither its box nor its text; axe-core: aria-input-field-name)."""

    def __init__(self, field, admin_site, *, placeholder: str, **kwargs):
        super().__init__(field, admin_site, **kwargs)
        self.placeholder = placeholder

    def build_attrs(self, base_attrs, extra_attrs=None):
        return {**super().build_attrs(base_attrs, extra_attrs), "data-placeholder": self.placeholder}

    # The box is named after its label by static/js/admin-labels.js, loaded on every admin page.


NEW_SOURCE_FIELDS = ["source_title", "source_outlet", "source_published_on", "source_url", "source_language"]


@admin.register(ArticleCopy)
class ArticleCopyAdmin(admin.ModelAdmin):
    form = ArticleIntakeForm
    change_form_template = "admin/intake/article.html"
    list_display = ["source", "outlet", "how", "retrieved_at", "size", "short_hash"]
    list_filter = ["how", ("source__outlet", admin.RelatedFieldListFilter)]
    list_select_related = ["source", "source__outlet"]
    search_fields = ["source__title", "source__ref", "url"]
    autocomplete_fields = ["source"]
    readonly_fields = ["how", "url", "filename", "retrieved_at", "size", "sha256"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form = type(form.__name__, (form,), {"user": request.user})
        if "source" in form.base_fields:
            # A new source is described in the form itself, not in a popup.
            form.base_fields["source"].widget.can_add_related = False
        return form

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "source":
            kwargs["widget"] = NamedAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using"), placeholder="Search the register's sources"
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_queryset(self, request):
        return super().get_queryset(request).defer("text")

    def get_fieldsets(self, request, obj=None):
        taken: list[tuple[str | None, dict[str, Any]]] = [(None, {"fields": ["source"] if obj is None else []})]
        if obj is None:
            taken.append(
                (
                    "A new source",
                    {
                        "fields": NEW_SOURCE_FIELDS,
                        "description": "When the register does not have the article yet: its title, outlet, date, "
                        "address and language. Leave empty when you picked a source above.",
                    },
                )
            )
        if obj is not None:
            taken.append(("The kept copy", {"fields": ["how", "url", "filename", "retrieved_at", "size", "sha256"]}))
        title = "The article's text" if obj is None else "Take a new copy (replaces this one)"
        taken.append((title, {"fields": ["paste", "upload", "fetch"], "classes": [] if obj is None else ["collapse"]}))
        if obj is not None:
            taken.append(("Stop keeping it", {"fields": ["remove"], "classes": ["collapse"]}))
        taken.append(("Note on this change", {"fields": ["change_note"]}))
        return taken

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj is not None else []

    @admin.display(description="Outlet", ordering="source__outlet__name")
    def outlet(self, obj):
        return obj.source.outlet or "—"

    @admin.display(description="SHA-256")
    def short_hash(self, obj):
        return f"{obj.sha256[:12]}…"

    def save_model(self, request, obj, form, change):
        if form.new_source is not None:
            described = form.new_source
            obj.source, _ = services.source_for_intake(
                user=request.user,
                outlet=form.new_outlet,
                title=described.title,
                published_on=described.published_on,
                language=described.language,
                url=described.url or "",
            )
        source = obj.source
        if form.cleaned_data.get("remove"):
            services.copy_remove(copy=obj, user=request.user, note=form.cleaned_data.get("change_note") or "")
            return
        if form.received is None:
            return
        note = form.cleaned_data.get("change_note") or ""
        kept, _ = services.article_intake(source=source, received=form.received, user=request.user, note=note)
        # The admin goes on with its own object (the message, the redirect): it becomes the saved one.
        obj.pk, obj._state.adding, obj._state.db = kept.pk, False, kept._state.db

    def response_add(self, request, obj, post_url_continue=None):
        """To the article's page, sentence by sentence: what the editor came to read."""
        if IS_POPUP_VAR in request.POST or "_addanother" in request.POST:
            return super().response_add(request, obj, post_url_continue)
        self.message_user(request, f"The article “{obj.source}” was taken in: its sentences are below.")
        return HttpResponseRedirect(reverse("admin:sources_articlecopy_change", args=[obj.pk]) + "#sentences")

    def delete_model(self, request, obj):
        services.copy_remove(copy=obj, user=request.user)

    def delete_queryset(self, request, queryset):
        for copy in queryset:
            services.copy_remove(copy=copy, user=request.user)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            copy = ArticleCopy.objects.select_related("source__outlet").get(pk=obj.pk)
            paragraphs, coverage = article_lines(copy)
            context["paragraphs"], context["coverage"], context["article"] = paragraphs, coverage, copy.source
        return super().render_change_form(request, context, add, change, form_url, obj)


from intake import watch_admin  # noqa: E402, F401  (the source watch's pages)
