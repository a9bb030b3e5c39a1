"""The article's page in the admin: take an article in (paste, file or address), then read it as sentences,
the check-worthy ones highlighted with their reasons and the logged ones marked with their claims, and
turn a sentence into a claim or into evidence in one click.

Writes go through intake.services.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html

from factregister.admin_tools import extend_admin
from intake import services
from intake.article import article_lines
from intake.fetch import IntakeError, Received, from_file, from_paste, from_url
from sources.models import ArticleCopy, Source


class ArticleIntakeForm(forms.ModelForm):
    """The source, and its text one of three ways: pasted, a file, or its address."""

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

    received: Received | None = None

    class Meta:
        model = ArticleCopy
        fields = ["source"]
        error_messages = {
            "source": {"unique": "This source has a kept copy already: open it from the list to take a new one."}
        }

    def clean(self):
        cleaned = super().clean()
        self.received = None
        given = [name for name in ("paste", "upload", "fetch") if cleaned.get(name)]
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

    def get_queryset(self, request):
        return super().get_queryset(request).defer("text")

    def get_fieldsets(self, request, obj=None):
        taken = [(None, {"fields": ["source"] if obj is None else []})]
        if obj is not None:
            taken.append(("The kept copy", {"fields": ["how", "url", "filename", "retrieved_at", "size", "sha256"]}))
        title = "The article's text" if obj is None else "Take a new copy (replaces this one)"
        taken.append((title, {"fields": ["paste", "upload", "fetch"], "classes": [] if obj is None else ["collapse"]}))
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
        if form.received is None:
            return
        kept, _ = services.article_intake(source=source, received=form.received)
        # The admin goes on with its own object (the message, the redirect): it becomes the saved one.
        obj.pk, obj._state.adding, obj._state.db = kept.pk, False, kept._state.db

    def delete_model(self, request, obj):
        services.copy_delete(copy=obj)

    def delete_queryset(self, request, queryset):
        for copy in queryset:
            services.copy_delete(copy=copy)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            copy = ArticleCopy.objects.select_related("source__outlet").get(pk=obj.pk)
            paragraphs, coverage = article_lines(copy)
            context["paragraphs"], context["coverage"], context["article"] = paragraphs, coverage, copy.source
        return super().render_change_form(request, context, add, change, form_url, obj)


class KeptCopyAdminMixin:
    """The source page says whether a copy of its text is kept, and leads to the article's page or to take one."""

    @admin.display(description="Kept copy")
    def kept_copy_link(self, obj):
        if obj is None or obj.pk is None:
            return "Take a copy of its text in once the source is saved."
        copy = ArticleCopy.objects.filter(source=obj).only("pk", "retrieved_at", "sha256").first()
        if copy is None:
            return format_html(
                '<a href="{}?source={}">No copy kept: take its text in</a>',
                reverse("admin:sources_articlecopy_add"),
                obj.pk,
            )
        return format_html(
            '<a href="{}">The article, sentence by sentence</a> (copy kept {}, SHA-256 {}…)',
            reverse("admin:sources_articlecopy_change", args=[copy.pk]),
            f"{copy.retrieved_at:%d %b %Y}",
            copy.sha256[:12],
        )

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "kept_copy_link"]

    def get_fieldsets(self, request, obj=None):
        return [*super().get_fieldsets(request, obj), ("Kept copy", {"fields": ["kept_copy_link"]})]


extend_admin(Source, KeptCopyAdminMixin)
