"""The claim's page in the admin: the form, the evidence inline, the workflow actions and buttons.

Every workflow change goes through claims.services.
"""

from functools import partialmethod

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.utils import flatten_fieldsets
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from claims import rules, services
from claims.admin.core import WrittenThroughCore
from claims.admin.desk import AssignedFilter, FollowUpDueFilter
from claims.admin.evidence import EvidenceInline, save_evidence
from claims.admin.forms import (
    CLAIM_FIELDS,
    ClaimAdminForm,
    QuoteOverrideForm,
    ReasonForm,
    VerdictActionForm,
)
from claims.admin.notes import ClaimNoteInline, save_notes
from claims.admin.preview import PreviewAdminMixin
from claims.admin.quotes import QuoteFoundFilter, quote_column, quote_proof
from claims.admin.restore import RestoreDeletedAdminMixin, RevertContentOnlyMixin
from claims.admin.search import ClaimSearchAdminMixin, EstimatedCountPaginator
from claims.admin.sources import SourceAdmin
from claims.admin.translations import TranslationsSummaryMixin
from claims.commitments.admin import COMMITMENT_FIELDS, CommitmentsAdminMixin, FollowUpInline, save_follow_ups
from claims.entities.admin import ClaimMentionInline, SpeakerEntityFilter, save_through_core
from claims.figures.admin import FiguresAdminMixin, FiguresDisagreeFilter
from claims.figures.models import FIGURE_FIELDS
from claims.filters import distinct_speakers
from claims.models import Claim, ClaimEvent, ClaimNote, Evidence, FollowUp
from claims.repeats.admin import RepeatsAdminMixin
from claims.services import core
from claims.services.claims import ClaimWriter
from claims.versions import field_changes
from factregister.admin_tools import BoundedInlineMixin, LiveRevertMixin, TableTransfer


class ClaimEventInline(BoundedInlineMixin, admin.TabularInline):
    """The workflow trail, newest first: every status change, publication, correction and withdrawal."""

    model = ClaimEvent
    fields = readonly_fields = ("at", "kind", "from_status", "to_status", "note", "user")
    extra = 0
    can_delete = False
    verbose_name = "workflow step"
    verbose_name_plural = "workflow history"
    ordering = ["-at", "-id"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class SpeakerFilter(admin.SimpleListFilter):
    title = "speaker"
    parameter_name = "speaker"

    def lookups(self, request, model_admin):
        return [(s, s) for s in distinct_speakers(published=False, limit=200)]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(speaker=self.value())
        return queryset


@admin.register(Claim)
class ClaimAdmin(
    TableTransfer,
    WrittenThroughCore,
    LiveRevertMixin,
    PreviewAdminMixin,
    ClaimSearchAdminMixin,
    RestoreDeletedAdminMixin,
    RevertContentOnlyMixin,
    RepeatsAdminMixin,
    CommitmentsAdminMixin,
    FiguresAdminMixin,
    TranslationsSummaryMixin,
    SimpleHistoryAdmin,
):
    writer = ClaimWriter
    refusal_field = "status"
    deleted_records = staticmethod(services.deleted_claims)
    restore_deleted = staticmethod(services.claim_restore_deleted)
    form = ClaimAdminForm
    # What an editor decides on, narrow enough for a 1280 px laptop (static/css/admin.css clamps the long text;
    # on a phone the ref, statement and status stay). The visit and the outlet are filters.
    list_display = [
        "claim",
        "said_by",
        "status_badge",
        "published",
        "quote_in_copy",
        "assigned",
        "updated_at",
    ]
    # The claims worked on last come first: a new claim, or one just sent to review, does not sink.
    ordering = ["-updated_at", "-id"]
    list_filter = [
        "status",
        AssignedFilter,
        "visit",
        QuoteFoundFilter,
        FollowUpDueFilter,
        "topic",
        "is_published",
        ("article__outlet", admin.RelatedFieldListFilter),
        SpeakerFilter,
        SpeakerEntityFilter,
        FiguresDisagreeFilter,
    ]
    list_select_related = ["assigned_to"]
    search_fields = ["ref", "text", "quote", "speaker"]
    autocomplete_fields = ["article", "visit", "metric", "speaker_entity", "speaker_role"]
    readonly_fields = [
        "is_published",
        "published_at",
        "created_by",
        "created_at",
        "updated_at",
        "quote_checked",
        "recent_changes",
        "likely_repeats",
        "figure_comparison",
        "translations",
    ]
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    list_per_page = 50
    inlines = [EvidenceInline, ClaimMentionInline, FollowUpInline, ClaimNoteInline, ClaimEventInline]
    actions = ["assign_to_me", "send_to_review", "set_verdict", "publish", "unpublish"]
    fieldsets = [
        ("The claim", {"fields": [*CLAIM_FIELDS, "quote_checked"]}),
        ("Figure stated", {"fields": [*FIGURE_FIELDS, "figure_comparison"]}),
        ("Commitment", {"fields": [*COMMITMENT_FIELDS]}),
        ("Likely repeats", {"fields": ["likely_repeats"]}),
        ("Verdict", {"fields": ["status", "verdict_summary", "change_note", "seen_version"]}),
        ("Translations", {"fields": ["translations"]}),
        ("Desk (never public)", {"fields": ["assigned_to"]}),
        ("Publication", {"fields": ["is_published", "published_at", "created_by", "created_at", "updated_at"]}),
        ("Recent changes", {"fields": ["recent_changes"]}),
    ]

    # -- display --------------------------------------------------------------
    @admin.display(description="Claim", ordering="ref")
    def claim(self, obj):
        return format_html('<span class="claim-ref">{}</span> <span class="claim-text">{}</span>', obj.ref, obj.text)

    @admin.display(description="Speaker", ordering="speaker")
    def said_by(self, obj):
        return format_html('<span class="clamp">{}</span>', obj.speaker)

    @admin.display(description="Published", boolean=True, ordering="is_published")
    def published(self, obj):
        return obj.is_published

    @admin.display(description="Assigned to", ordering="assigned_to__username")
    def assigned(self, obj):
        return obj.assigned_to or "—"

    @admin.display(description="Quote", ordering="quote_found")
    def quote_in_copy(self, obj):
        return quote_column(obj.quote_found)

    @admin.display(description="Quote in the kept copy")
    def quote_checked(self, obj):
        if obj is None or obj.pk is None:
            return "Checked against the article's kept copy when the claim is saved."
        return quote_proof(obj.quote_found, obj.article_id)

    @admin.display(description="Status", ordering="status")
    def status_badge(self, obj):
        return format_html('<span class="status status-{}">{}</span>', obj.status, obj.get_status_display())

    @admin.display(description="Field changes (newest first)")
    def recent_changes(self, obj):
        if not obj.pk:
            return "—"
        records = list(obj.history.select_related("history_user")[:11])
        rows = []
        for newer, older in zip(records, records[1:], strict=False):
            changed = ", ".join(change.field for change in field_changes(newer, older)) or "no field change"
            rows.append((newer.history_date.strftime("%Y-%m-%d %H:%M"), newer.history_user or "system", changed))
        if records and len(records) < 11:
            first = records[-1]
            rows.append((first.history_date.strftime("%Y-%m-%d %H:%M"), first.history_user or "system", "created"))
        return format_html(
            "<ul>{}</ul><p>Full record: the History button above.</p>",
            format_html_join("", "<li>{} · {} · {}</li>", rows),
        )

    # -- permissions ----------------------------------------------------------
    def has_change_permission(self, request, obj=None):
        # A published claim is public: only editors change it.
        if obj is not None and obj.is_published and not rules.can_publish(request.user):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_published:
            return False  # unpublish first, with a reason
        return super().has_delete_permission(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assigned_to":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True).order_by("username")
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "article" and field is not None:
            # The article picked shows as the autocomplete's choices do: title, outlet and date.
            field.label_from_instance = SourceAdmin.autocomplete_label  # type: ignore[method-assign,assignment]
        return field

    def get_form(self, request, obj=None, change=False, **kwargs):
        # The verdict fields are the form's own (routed through the services), not model fields.
        # (The history page's revert view asks for a form without naming fields.)
        fields = kwargs.get("fields") or flatten_fieldsets(self.get_fieldsets(request, obj))
        kwargs["fields"] = [f for f in fields if f not in ClaimAdminForm.workflow_fields]
        form_class = super().get_form(request, obj, change=change, **kwargs)
        # The form Django built, given the user ClaimAdminForm asks for.
        with_user = {"__init__": partialmethod(form_class.__init__, user=request.user)}
        return type(form_class.__name__, (form_class,), with_user)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.has_perm(rules.PERM_SET_VERDICT):
            actions.pop("set_verdict", None)
        if not rules.can_publish(request.user):
            actions.pop("publish", None)
            actions.pop("unpublish", None)
        return actions

    # -- saving ---------------------------------------------------------------
    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, EvidenceInline):
            # The claim form's note is the reason for the evidence changes made with it.
            kwargs["change_note"] = request.POST.get("change_note", "") if request.method == "POST" else ""
            kwargs["user"] = request.user
        return kwargs

    def change_for(self, request, form, obj, *, stored: bool = False):
        """The claim form's change: its content, status and verdict summary, with the note on this change."""
        values = form.claim_values()
        note = form.cleaned_data.get("change_note") or ""
        if obj.pk is None:
            obj.status = values.get("status", obj.status)
            obj.verdict_summary = values.get("verdict_summary", obj.verdict_summary)
            return core.Change(instance=obj, note=note, validated=True)
        target = Claim.objects.filter(pk=obj.pk).first() if stored else obj
        if target is None:
            return None
        seen = form.cleaned_data.get("seen_version")
        return core.Change(target=target, values=values, note=note, seen_version=seen, validated=True)

    def save_formset(self, request, form, formset, change):
        if formset.model is FollowUp:
            return save_follow_ups(request, formset)
        if formset.model is Evidence:
            return save_evidence(request, formset)
        if formset.model is ClaimNote:
            return save_notes(request, formset)
        if save_through_core(formset):  # the entities the claim names
            return None
        # The workflow history is read-only: its formset saves nothing, but fills the lists the change message reads.
        return super().save_formset(request, form, formset, change)

    # -- workflow actions -----------------------------------------------------
    def _report(self, request, outcome, verb: str) -> None:
        """Say what a workflow step did to each claim, and why any was refused."""
        done = [change.current.ref for change in outcome.done]
        if done:
            self.message_user(request, f"{verb} {len(done)} claim(s): {', '.join(done)}.", messages.SUCCESS)
        for change, problems in outcome.refused.items():
            reason = " ".join(problem.message for problem in problems)
            self.message_user(request, f"Refused — {change.target.ref}: {reason}", messages.ERROR)

    @admin.action(description="Assign to me")
    def assign_to_me(self, request, queryset):
        self._report(request, services.claims_assign(queryset, user=request.user, assignee=request.user), "Assigned")

    @admin.action(description="Send to review")
    def send_to_review(self, request, queryset):
        self._report(request, services.claims_send_to_review(queryset, user=request.user), "Sent to review")

    @admin.action(description="Publish")
    def publish(self, request, queryset):
        self._report(request, services.claims_publish(queryset, user=request.user), "Published")

    @admin.action(description="Set verdict…")
    def set_verdict(self, request, queryset):
        form = VerdictActionForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            data = form.cleaned_data
            outcome = services.claims_set_verdict(
                queryset,
                user=request.user,
                status=data["status"],
                verdict_summary=data["verdict_summary"] or None,
                note=data["note"],
            )
            self._report(request, outcome, "Set the verdict of")
            return None
        return self._action_page(request, queryset, form, "set_verdict", "Set the verdict")

    @admin.action(description="Unpublish…")
    def unpublish(self, request, queryset):
        form = ReasonForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            outcome = services.claims_unpublish(queryset, user=request.user, reason=form.cleaned_data["reason"])
            self._report(request, outcome, "Unpublished")
            return None
        return self._action_page(request, queryset, form, "unpublish", "Unpublish")

    def _action_page(self, request, queryset, form, action: str, title: str):
        return self._workflow_page(request, queryset, form, f"{title}: {queryset.count()} claim(s)", action=action)

    def _workflow_page(self, request, claims, form, title: str, *, action: str | None = None):
        """The page that asks for a workflow step's reason or verdict, for a bulk action or for one claim."""
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "claims": claims,
            "form": form,
            "action": action,
            "opts": self.model._meta,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/claims/claim/workflow_action.html", context)

    # -- one-claim buttons on the change page ----------------------------------
    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<int:pk>/publish/", wrap(self.publish_view), name="claims_claim_publish"),
            path("<int:pk>/unpublish/", wrap(self.unpublish_view), name="claims_claim_unpublish"),
        ] + super().get_urls()

    def _change_url(self, claim):
        return reverse("admin:claims_claim_change", args=[claim.pk])

    def publish_view(self, request, pk):
        """Publish one claim. Its quote not found in the kept copy, the page asks the editor's reason first."""
        if not self.has_change_permission(request):
            raise PermissionDenied
        claim = get_object_or_404(Claim, pk=pk)
        if claim.quote_found is not False:
            if request.method == "POST":
                self._report(request, services.claims_publish([claim], user=request.user), "Published")
            return HttpResponseRedirect(self._change_url(claim))
        form = QuoteOverrideForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            outcome = services.claims_publish([claim], user=request.user, quote_override=form.cleaned_data["reason"])
            self._report(request, outcome, "Published")
            return HttpResponseRedirect(self._change_url(claim))
        title = f"Publish {claim.ref}: its quote is not found in the kept copy of its article"
        return self._workflow_page(request, [claim], form, title)

    def unpublish_view(self, request, pk):
        if not self.has_change_permission(request):
            raise PermissionDenied
        claim = get_object_or_404(Claim, pk=pk)
        form = ReasonForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            outcome = services.claims_unpublish([claim], user=request.user, reason=form.cleaned_data["reason"])
            self._report(request, outcome, "Unpublished")
            return HttpResponseRedirect(self._change_url(claim))
        return self._workflow_page(request, [claim], form, f"Unpublish {claim.ref}")

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["can_publish"] = rules.can_publish(request.user)
        if obj is not None and not obj.is_published:
            context["why_not_publishable"] = rules.why_not_publishable(
                status=obj.status, summary=obj.verdict_summary, independence=services.independence(obj)
            )
        return super().render_change_form(request, context, add, change, form_url, obj)
