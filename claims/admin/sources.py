"""The admin of sources and outlets, and of proposals to change a source.

Sources and outlets are written through claims.services.sources under the rules for what published
claims cite (only editors change them; contributors propose a change). The source page also logs
claims from the article and says whether a copy of its text is kept.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from claims import rules, services
from claims.admin.core import WrittenThroughCore, message_of
from claims.models import Claim
from claims.public import public_outlets, public_sources
from claims.services import sources as source_services
from claims.services.sources import ORIGIN_FIELDS, OUTLET_FIELDS, OriginWriter, OutletWriter, SourceWriter
from factregister.admin_tools import BoundedInlineMixin, LiveRevertMixin, TableTransfer
from sources.models import ArticleCopy, Origin, Outlet, Source, SourceChangeProposal


class ClaimLoggedInline(BoundedInlineMixin, admin.StackedInline):
    """Log claims while reading the article. Existing claims open on their own page; an article that
    many claims were logged from shows the first of them and links to the rest."""

    model = Claim
    fk_name = "article"
    fields = ["visit", "speaker", "topic", "text", "quote", "ref"]
    autocomplete_fields = ["visit"]
    extra = 1
    show_change_link = True
    verbose_name = "claim logged from this article"
    verbose_name_plural = "claims logged from this article"

    def has_change_permission(self, request, obj=None):
        # Existing claims are edited on the claim page, where the workflow lives.
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class CitedSourceForm(forms.ModelForm):
    """The source form, with the reason asked for when a published claim cites the source."""

    change_note = forms.CharField(
        required=False,
        label="Note on this change",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required when a published claim cites this source: the change is shown on that claim's page "
        "and in the corrections log.",
    )


def _may_not_change(request, problems: rules.Problems) -> bool:
    return any(problem.permission for problem in problems)


@admin.register(Source)
class SourceAdmin(TableTransfer, WrittenThroughCore, LiveRevertMixin, SimpleHistoryAdmin):
    """Sources, written through claims.services.sources. A source a published claim cites is changed only by
    editors, with a reason: a contributor sees its fields read-only, with a link to propose a change, and
    still logs new claims from the article on its page."""

    writer = SourceWriter
    refusal_field = "title"
    form = CitedSourceForm
    list_display = ["title", "ref", "outlet", "kind", "published_on", "language", "origin"]
    # What the source watch last found at the address (intake.watch): "changed" and "gone" are for an editor to read.
    list_filter = [("watch__status", admin.ChoicesFieldListFilter), "kind", "outlet", "language"]
    list_select_related = ["outlet", "origin"]
    search_fields = ["title", "ref", "url", "outlet__name", "origin__key", "origin__label"]
    autocomplete_fields = ["outlet", "origin"]
    date_hierarchy = "published_on"
    fieldsets = [
        (
            None,
            {"fields": ["title", "ref", "outlet", "kind", "url", "archive_url", "published_on", "language", "origin"]},
        ),
        ("Notes", {"fields": ["notes"]}),
    ]
    inlines = [ClaimLoggedInline]

    @staticmethod
    def autocomplete_label(source) -> str:
        """A source as an editor picks it (factregister.admin_tools.LabelledAutocompleteJsonView): the title, the
        outlet and the date, since several outlets run the same story under the same title."""
        outlet = source.outlet.name if source.outlet_id else "no outlet"
        date = f"{source.published_on:%d %b %Y}" if source.published_on else "undated"
        return f"{source.title} — {outlet}, {date}"

    def _locked(self, request, obj) -> bool:
        """Whether the rules keep `user` from changing what readers see of `obj`."""
        if obj is None or obj.pk is None:
            return False
        known = request.__dict__.setdefault("locked_sources", {})  # asked several times for one page
        if obj.pk not in known:
            problems = rules.source_problems(
                user=request.user,
                ref=obj.ref,
                cited_by_published=bool(source_services.cited_by_published([obj.pk])),
                changed=source_services.SOURCE_PUBLIC_FIELDS,
                note="(asked)",
            )
            known[obj.pk] = _may_not_change(request, problems)
        return known[obj.pk]

    def get_readonly_fields(self, request, obj=None):
        readonly = [*super().get_readonly_fields(request, obj), "kept_copy_link"]
        if self._locked(request, obj):
            readonly += [name for name in source_services.SOURCE_PUBLIC_FIELDS if name not in readonly]
        return readonly

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None and self.has_change_permission(request, obj) and not self._locked(request, obj):
            fieldsets.append(("Note on this change", {"fields": ["change_note"]}))
        return [*fieldsets, ("Kept copy", {"fields": ["kept_copy_link"]})]

    def get_form(self, request, obj=None, change=False, **kwargs):
        fields = kwargs.get("fields")
        if fields is not None:
            kwargs["fields"] = [name for name in fields if name not in ("change_note", "kept_copy_link")]
        return super().get_form(request, obj, change=change, **kwargs)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self._locked(request, obj)

    def may_revert(self, request, live) -> bool:
        # An old version would put back what readers see of the source, which a contributor may not change.
        return super().may_revert(request, live) and not self._locked(request, live)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        source = self.get_object(request, object_id)
        if source is not None and self._locked(request, source):
            add = reverse("admin:sources_sourcechangeproposal_add")
            extra_context = {
                **(extra_context or {}),
                "subtitle": format_html(
                    "A published claim cites this source: only an editor can change it. "
                    '<a href="{}?source={}">Propose a change</a>.',
                    add,
                    source.pk,
                ),
            }
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(description="Kept copy")
    def kept_copy_link(self, obj):
        """Whether a copy of the source's text is kept, leading to the article's page or to take one."""
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

    def save_formset(self, request, form, formset, change):
        if formset.model is not Claim:
            return super().save_formset(request, form, formset, change)
        # Only new claims are logged here; existing ones are edited on their own page.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for claim in formset.save(commit=False):
            if claim.pk is None:
                formset.new_objects.append(services.claim_create(claim=claim, user=request.user))


@admin.register(Outlet)
class OutletAdmin(TableTransfer, WrittenThroughCore, LiveRevertMixin, SimpleHistoryAdmin):
    """Outlets, written through claims.services.sources. An outlet a published claim's page names (it
    published a source the claim cites) is changed only by editors: a contributor sees its fields read-only."""

    writer = OutletWriter
    refusal_field = "name"
    list_display = ["name", "country", "kind", "website", "source_count"]
    list_filter = ["kind", "country"]
    search_fields = ["name"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_total=Count("sources"))

    @admin.display(description="Sources", ordering="source_total")
    def source_count(self, obj):
        return obj.source_total

    def _locked(self, request, obj) -> bool:
        if obj is None or obj.pk is None:
            return False
        public = public_outlets().filter(pk=obj.pk).exists()
        problems = rules.outlet_problems(user=request.user, name=obj.name, public=public, changed=OUTLET_FIELDS)
        return _may_not_change(request, problems)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self._locked(request, obj):
            readonly += [name for name in OUTLET_FIELDS if name not in readonly]
        return readonly

    def may_revert(self, request, live) -> bool:
        return super().may_revert(request, live) and not self._locked(request, live)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self._locked(request, obj)


@admin.register(Origin)
class OriginAdmin(TableTransfer, WrittenThroughCore, LiveRevertMixin, SimpleHistoryAdmin):
    """The statements and wire copies sources carry, written through claims.services.sources. Readers see the
    label on the pages of claims whose sources share it; the key is for CSV files and the API, and stays while
    sources carry it."""

    writer = OriginWriter
    refusal_field = "label"
    list_display = ["label", "key", "published_on", "country", "source_count"]
    ordering = ["label"]
    search_fields = ["label", "key"]
    date_hierarchy = "published_on"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_total=Count("sources"))

    @admin.display(description="Sources", ordering="source_total")
    def source_count(self, obj):
        return obj.source_total

    def _locked(self, request, obj) -> bool:
        if obj is None or obj.pk is None:
            return False
        public = public_sources().filter(origin=obj.key).exists()
        problems = rules.origin_problems(
            user=request.user, key=obj.key, public=public, carried=False, changed=ORIGIN_FIELDS
        )
        return _may_not_change(request, problems)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self._locked(request, obj):
            readonly += [name for name in ORIGIN_FIELDS if name not in readonly]
        elif obj is not None and obj.sources.exists():
            readonly.append("key")
        return readonly

    def may_revert(self, request, live) -> bool:
        return super().may_revert(request, live) and not self._locked(request, live)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self._locked(request, obj)


# --- Proposals ---------------------------------------------------------------------------------
class DecisionForm(forms.Form):
    note = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Applying: the reason shown on the record (the proposal's reason when left empty). "
        "Turning down: required, and the proposer reads it.",
    )


@admin.register(SourceChangeProposal)
class SourceChangeProposalAdmin(admin.ModelAdmin):
    """Changes to sources proposed by contributors, for an editor to apply or turn down."""

    list_display = ["source", "title", "url", "status", "proposed_by", "proposed_at", "decide"]
    list_filter = ["status"]
    list_select_related = ["source", "proposed_by"]
    search_fields = ["source__title", "source__ref", "title", "url", "reason"]
    autocomplete_fields = ["source"]
    fields = ["source", "title", "url", "reason"]
    readonly_fields = ["status", "proposed_by", "proposed_at", "decided_by", "decided_at", "decision_note"]

    def get_fields(self, request, obj=None):
        return self.fields if obj is None else [*self.fields, *self.readonly_fields]

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else [*self.fields, *self.readonly_fields]

    def has_change_permission(self, request, obj=None):
        return False  # a proposal is decided on its own page, through the services

    def has_delete_permission(self, request, obj=None):
        return False  # the proposal is the record of what was asked and decided

    @admin.display(description="Decision")
    def decide(self, obj):
        if obj.status != SourceChangeProposal.Status.PENDING:
            return obj.get_status_display()
        return format_html(
            '<a href="{}">Apply or turn down</a>', reverse("admin:sources_sourcechangeproposal_decide", args=[obj.pk])
        )

    def save_model(self, request, obj, form, change):
        proposal = source_services.source_change_propose(
            source=obj.source, user=request.user, title=obj.title, url=obj.url, reason=obj.reason
        )
        # The admin goes on with its own object (the change message, the redirect): it becomes the saved one.
        obj.pk, obj.proposed_at, obj.proposed_by = proposal.pk, proposal.proposed_at, proposal.proposed_by
        obj._state.adding, obj._state.db = False, proposal._state.db

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<int:pk>/decide/", wrap(self.decide_view), name="sources_sourcechangeproposal_decide"),
        ] + super().get_urls()

    def decide_view(self, request, pk):
        if not rules.can_change_published(request.user):
            raise PermissionDenied
        proposal = get_object_or_404(SourceChangeProposal.objects.select_related("source", "proposed_by"), pk=pk)
        form = DecisionForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            note = form.cleaned_data["note"]
            try:
                if "_reject" in request.POST:
                    source_services.source_change_reject(proposal=proposal, user=request.user, note=note)
                    self.message_user(request, f"Turned down the change to '{proposal.source}'.", messages.SUCCESS)
                else:
                    source_services.source_change_apply(proposal=proposal, user=request.user, note=note)
                    self.message_user(request, f"Applied the change to '{proposal.source}'.", messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:sources_sourcechangeproposal_changelist"))
            except (ValidationError, PermissionDenied) as error:
                form.add_error("note", message_of(error))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Proposed change to '{proposal.source}'",
            "opts": self.opts,
            "proposal": proposal,
            "form": form,
        }
        return TemplateResponse(request, "admin/sources/sourcechangeproposal/decide.html", context)
