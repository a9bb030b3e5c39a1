"""The claim and evidence forms of the admin, and the forms of the workflow actions."""

import copy

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from claims import rules, services
from claims.commitments.admin import COMMITMENT_FIELDS
from claims.figures.models import FIGURE_FIELDS
from claims.models import Claim, Evidence, Status
from claims.services.content import CLAIM_CONTENT_FIELDS, EVIDENCE_FIELDS
from claims.versions import VersionedFormMixin


class ClaimAdminForm(VersionedFormMixin, forms.ModelForm):
    """The claim form, with the verdict fields routed through the workflow services."""

    status = forms.ChoiceField(choices=Status.choices, initial=Status.UNVERIFIED)
    verdict_summary = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Why the verdict: the evidence in two or three sentences. Required to publish.",
    )
    change_note = forms.CharField(
        required=False,
        label="Note on this change",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Why you are making this change. Required for any change to a published claim or its "
        "evidence (a typo fix too): a verdict change is then a correction, any other change an update, and "
        "the note is shown on the claim's page and in the public corrections log.",
    )

    workflow_fields = ("status", "verdict_summary", "change_note", "seen_version")

    class Meta:
        model = Claim
        fields = [
            "ref",
            "article",
            "visit",
            "speaker",
            "topic",
            "text",
            "quote",
            *FIGURE_FIELDS,
            *COMMITMENT_FIELDS,
        ]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if self.instance.pk is None and not self.is_bound:
            # A claim opened from an article's sentence: the likely-repeats panel reads the prefilled words.
            self.instance.text = self.initial.get("text") or ""
            self.instance.quote = self.initial.get("quote") or ""
        if self.instance.pk:
            self.fields["status"].initial = self.instance.status
            self.fields["verdict_summary"].initial = self.instance.verdict_summary
        if user is not None and not user.has_perm(services.PERM_SET_VERDICT):
            # Contributors move claims between the working statuses only.
            allowed = set(Status.working()) | {self.instance.status}
            self.fields["status"].choices = [c for c in Status.choices if c[0] in allowed]
            if self.instance.status in Status.verdicts():
                # An editor's verdict stands until an editor changes it (claims.rules.verdict_problems).
                self.fields["status"].disabled = True
                self.fields["status"].help_text = "An editor's verdict: only editors change or undo it."
            self.fields["verdict_summary"].disabled = True
            self.fields["verdict_summary"].help_text = "Set by an editor with the verdict."

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        if status is None:
            return cleaned
        summary = (cleaned.get("verdict_summary") or "").strip()
        if (status, summary) == (self.instance.status, self.instance.verdict_summary):
            return cleaned
        add_problems(
            self,
            rules.verdict_problems(
                user=self.user,
                ref=self.instance.ref,
                was_published=self.instance.is_published,
                before=(self.instance.status, self.instance.verdict_summary),
                status=status,
                summary=summary,
                note=cleaned.get("change_note") or "",
                independence=services.independence(self.instance) if self.instance.is_published else None,
            ),
            default="status",
        )
        return cleaned

    def content_values(self) -> dict:
        """The claim's content as the form gives it (the workflow fields go through their own services)."""
        return {name: self.cleaned_data[name] for name in CLAIM_CONTENT_FIELDS if name in self.cleaned_data}

    def _post_clean(self):
        # Compared with the stored row, not the form's initial values: the history page's revert
        # starts the form from an old version.
        live = Claim.objects.filter(pk=self.instance.pk).first() if self.instance.pk else None
        if live is not None and self.user is not None:
            add_problems(
                self,
                rules.content_problems(
                    user=self.user,
                    ref=live.ref,
                    is_published=live.is_published,
                    changed=services.changes_to(live, self.content_values()),
                    note=self.cleaned_data.get("change_note") or "",
                ),
            )
        super()._post_clean()


def add_problems(form, problems: rules.Problems, *, default: str | None = None) -> None:
    """Show each problem on its field of `form` (the change note for "note"), or on the form as a whole."""
    for problem in problems:
        name = "change_note" if problem.field == "note" and not problem.permission else problem.field
        if name not in form.fields:
            name = default if problem.permission and default else None
        form.add_error(name, problem.message)


class EvidenceForm(VersionedFormMixin, forms.ModelForm):
    class Meta:
        model = Evidence
        fields = list(EVIDENCE_FIELDS)


class EvidenceChangeForm(EvidenceForm):
    """The evidence page's form: the change is an update on a published claim's record, so it asks why."""

    change_note = forms.CharField(
        required=False,
        label="Note on this change",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required when the claim is published: the change is shown on its page and in the corrections log.",
    )

    user = None  # set by EvidenceAdmin.get_form

    def clean(self):
        cleaned = super().clean()
        if not (set(self.changed_data) - {"change_note", "seen_version"}):
            return cleaned
        note = cleaned.get("change_note") or ""
        # Compared with the stored row, not the form's initial values: the history page's revert starts
        # the form from an old version.
        live = Evidence.objects.select_related("claim", "source").filter(pk=self.instance.pk).first()
        action = "change" if live else "add"
        changed = services.changes_to(live, self.evidence_values()) if live else {}
        for claim in {live.claim if live else None, cleaned.get("claim")} - {None}:
            add_problems(
                self,
                rules.evidence_problems(
                    user=self.user,
                    action=action,
                    ref=claim.ref,
                    claim_is_published=claim.is_published,
                    note=note,
                    changed=[name for name in changed if name in self.fields],
                ),
                default="claim",
            )
        if live and changed and not self.errors:
            # The claim keeps the independent evidence its verdict was published on: the same rule as the
            # claim page's inline and evidence_delete.
            proposed = copy.copy(live)
            for name, value in changed.items():
                setattr(proposed, name, value)
            stays = proposed if proposed.claim_id == live.claim_id else None
            problem = services.evidence_removal_problem(live, replaced_by=stays)
            if problem:
                self.add_error("source" if "source" in changed else None, problem)
        return cleaned

    def evidence_values(self) -> dict:
        return {name: self.cleaned_data[name] for name in EVIDENCE_FIELDS if name in self.cleaned_data}


class EvidenceInlineFormSet(BaseInlineFormSet):
    """The claim page's evidence. `change_note` is the claim form's note: the reason for a published claim's update."""

    def __init__(self, *args, change_note: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.change_note = change_note

    def clean(self):
        super().clean()
        claim = self.instance
        if not claim.pk:
            return
        kept = [
            form.cleaned_data
            for form in self.forms
            if getattr(form, "cleaned_data", None)
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("source") is not None
        ]
        # A published claim keeps the independent evidence its verdict needs, whatever is deleted or changed here.
        after = services.count_independence(
            claim.article.independence_key, [(data["source"].independence_key, data["stance"]) for data in kept]
        )
        problem = rules.independent_evidence_problem(
            ref=claim.ref, is_published=claim.is_published, status=claim.status, left=after
        )
        if problem and not rules.independence_problem(claim.status, services.independence(claim)):
            raise ValidationError(problem)
        changed = any(form.has_changed() for form in self.forms if form not in self.deleted_forms) or any(
            form.instance.pk for form in self.deleted_forms
        )
        if changed:
            for problem in rules.update_note_problem(
                ref=claim.ref, is_published=claim.is_published, note=self.change_note
            ):
                raise ValidationError(f"{problem.message} Write it in 'Note on this change', above, and save again.")


class VerdictActionForm(forms.Form):
    status = forms.ChoiceField(choices=[(s, Status(s).label) for s in Status.verdicts()])
    verdict_summary = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text="Required for published claims: it is shown in the public corrections log.",
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Why the claim comes off the public register. Recorded, and reported to mirrors as a withdrawal.",
    )


class QuoteOverrideForm(forms.Form):
    reason = forms.CharField(
        label="Reason to publish anyway",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The quote is not found in the kept copy of the article. Say why the claim is published all the "
        "same (for example: the article was changed after we logged it, and the quote is from the version we "
        "read). The reason goes on the claim's public record.",
    )
