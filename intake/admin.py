"""The article's page in the admin: take an article in (paste, file or address), then read it as sentences,
the check-worthy ones highlighted with their reasons and the logged ones marked with their claims, and
turn a sentence into a claim or into evidence in one click.

Writes go through intake.services, hence the write core (claims.services).
"""

from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from claims.admin.core import add_problems
from claims.services import core
from claims.services.copies import CopyWriter, copy_change
from intake import services
from intake.article import article_lines
from intake.fetch import IntakeError, Received, from_file, from_paste, from_url
from sources.models import ArticleCopy


class ArticleIntakeForm(forms.ModelForm):
    """The source, and its text one of three ways: pasted, a file, or its address; checked by the write core's
    rules for kept copies before anything is saved."""

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

    received: Received | None = None
    user = None  # set by ArticleCopyAdmin.get_form

    class Meta:
        model = ArticleCopy
        fields = ["source"]
        error_messages = {
            "source": {"unique": "This source has a kept copy already: open it from the list to take a new one."}
        }

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        self.received = None
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
        source = cleaned.get("source") or self.instance.source
        received = self.received
        change = copy_change(
            source=source,
            text=received.text,
            how=received.how,
            url=received.url,
            filename=received.filename,
            note=cleaned.get("change_note") or "",
        )
        if change is not None:
            self._check(change)
        return cleaned

    def _check(self, change) -> None:
        add_problems(self, core.check(CopyWriter(user=self.user), [change]).get(change, []))


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
        return type(form.__name__, (form,), {"user": request.user})

    def get_queryset(self, request):
        return super().get_queryset(request).defer("text")

    def get_fieldsets(self, request, obj=None):
        taken: list[tuple[str | None, dict[str, Any]]] = [(None, {"fields": ["source"] if obj is None else []})]
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
