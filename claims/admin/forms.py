"""The claim and evidence forms of the admin, and the forms of the workflow actions."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from claims import rules, services
from claims.commitments.admin import COMMITMENT_FIELDS
from claims.figures.admin import FIGURE_FIELDS
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
        help_text="Recorded with the status change. Required when correcting a published verdict: "
        "it is shown in the public corrections log.",
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
        if self.instance.pk:
            self.fields["status"].initial = self.instance.status
            self.fields["verdict_summary"].initial = self.instance.verdict_summary
        if user is not None and not user.has_perm(services.PERM_SET_VERDICT):
            # Contributors move claims between the working statuses only.
            allowed = set(Status.working()) | {self.instance.status}
            self.fields["status"].choices = [c for c in Status.choices if c[0] in allowed]
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
                ),
            )
        super()._post_clean()


def add_problems(form, problems: rules.Problems, *, default: str | None = None) -> None:
    """Show each problem on its field of `form` (the change note for "note"), or on the form as a whole."""
    for problem in problems:
        name = "change_note" if problem.field == "note" else problem.field
        if name not in form.fields:
            name = default if problem.permission and default else None
        form.add_error(name, problem.message)


class EvidenceForm(VersionedFormMixin, forms.ModelForm):
    class Meta:
        model = Evidence
        fields = list(EVIDENCE_FIELDS)


class EvidenceInlineFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        claim = self.instance
        if not claim.pk:
            return
        # A published claim keeps evidence from outside its own article, whatever is deleted or changed here.
        remaining = sum(
            1
            for form in self.forms
            if getattr(form, "cleaned_data", None)
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("source") is not None
            and form.cleaned_data["source"].pk != claim.article_id
        )
        problem = rules.independent_evidence_problem(
            ref=claim.ref, is_published=claim.is_published, status=claim.status, independent_left=remaining
        )
        if problem:
            raise ValidationError(problem)


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
