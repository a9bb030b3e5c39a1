"""The claims room's additions to the sources admin: logging claims from an article's page, and the rules
for sources that published claims cite (only editors change them; contributors propose a change)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from claims import rules, services
from claims.admin.forms import add_problems
from claims.models import Claim
from claims.public import public_outlets
from claims.services import sources as source_services
from factregister.admin_tools import BoundedInlineMixin, extend_admin
from sources.models import Outlet, Source, SourceChangeProposal


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


class LogClaimsAdminMixin:
    inlines = [ClaimLoggedInline]

    def save_formset(self, request, form, formset, change):
        if formset.model is not Claim:
            return super().save_formset(request, form, formset, change)
        # Only new claims are logged here; existing ones are edited on their own page.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for claim in formset.save(commit=False):
            if claim.pk is None:
                formset.new_objects.append(services.claim_create(claim=claim, user=request.user))


class CitedSourceForm(forms.ModelForm):
    """The source form, asking for a reason when the source is cited by a published claim."""

    change_note = forms.CharField(
        required=False,
        label="Note on this change",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required when a published claim cites this source: the change is shown on that claim's page "
        "and in the corrections log.",
    )

    user = None  # set by CitedSourcesAdminMixin.get_form

    def source_values(self) -> dict:
        return {name: self.cleaned_data[name] for name in source_services.SOURCE_FIELDS if name in self.cleaned_data}

    def clean(self):
        cleaned = super().clean()
        # Compared with the stored row, not the form's initial values: the history page's revert starts
        # the form from an old version.
        live = Source.objects.filter(pk=self.instance.pk).first() if self.instance.pk else None
        if live is not None:
            add_problems(
                self,
                rules.source_problems(
                    user=self.user,
                    ref=live.ref,
                    cited_by_published=bool(source_services.cited_by_published([live.pk])),
                    changed=services.changes_to(live, self.source_values()),
                    note=cleaned.get("change_note") or "",
                ),
                default="title",
            )
        return cleaned


class CitedSourcesAdminMixin:
    """A source a published claim cites is changed only by editors, through claims.services.sources.

    A contributor sees its fields read-only, with a link to propose a change, and still logs new
    claims from the article on its page.
    """

    form = CitedSourceForm

    def _locked(self, request, obj) -> bool:
        """Whether `obj` is a source a published claim cites and the user may not change what readers see of it."""
        if obj is None or obj.pk is None or rules.can_change_published(request.user):
            return False
        known = request.__dict__.setdefault("cited_sources", {})  # asked several times for one page
        if obj.pk not in known:
            known[obj.pk] = bool(source_services.cited_by_published([obj.pk]))
        return known[obj.pk]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self._locked(request, obj):
            readonly += [name for name in source_services.SOURCE_PUBLIC_FIELDS if name not in readonly]
        return readonly

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self._locked(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        fields = kwargs.get("fields")
        if fields is not None:
            kwargs["fields"] = [name for name in fields if name != "change_note"]
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None and self.has_change_permission(request, obj) and not self._locked(request, obj):
            fieldsets.append(("Note on this change", {"fields": ["change_note"]}))
        return fieldsets

    def may_revert(self, request, live) -> bool:
        # An old version would put back what readers see of the source, which a contributor may not change.
        return super().may_revert(request, live) and not self._locked(request, live)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        source = self.get_object(request, object_id)
        if self._locked(request, source):
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

    def save_model(self, request, obj, form, change):
        if not change:
            return super().save_model(request, obj, form, change)
        saved = source_services.source_update(
            source=obj,
            user=request.user,
            values=form.source_values(),
            change_note=form.cleaned_data.get("change_note") or "",
        )
        obj.refresh_from_db()
        return saved


extend_admin(Source, CitedSourcesAdminMixin, LogClaimsAdminMixin)


class PublicOutletsAdminMixin:
    """An outlet a published claim's page names (it published a source the claim cites) is changed only by
    editors: a contributor sees its fields read-only."""

    def _locked(self, request, obj) -> bool:
        return (
            obj is not None
            and obj.pk is not None
            and not rules.can_change_published(request.user)
            and public_outlets().filter(pk=obj.pk).exists()
        )

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self._locked(request, obj):
            readonly += [name for name in ("name", "country", "kind", "website") if name not in readonly]
        return readonly

    def may_revert(self, request, live) -> bool:
        return super().may_revert(request, live) and not self._locked(request, live)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self._locked(request, obj)


extend_admin(Outlet, PublicOutletsAdminMixin)


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
                text = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
                form.add_error("note", text)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Proposed change to '{proposal.source}'",
            "opts": self.opts,
            "proposal": proposal,
            "form": form,
        }
        return TemplateResponse(request, "admin/sources/sourcechangeproposal/decide.html", context)
