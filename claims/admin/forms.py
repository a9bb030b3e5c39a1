"""The claim and evidence forms of the admin, and the forms of the workflow actions."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms.models import BaseInlineFormSet

from claims import services
from claims.commitments.admin import COMMITMENT_FIELDS
from claims.figures.admin import FIGURE_FIELDS
from claims.models import Claim, Evidence, Status
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
            "ref", "article", "visit", "speaker", "topic", "text", "quote", *FIGURE_FIELDS,
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
        try:
            services.check_verdict_change(
                claim=self.instance, user=self.user, status=status, verdict_summary=summary,
                note=cleaned.get("change_note") or "",
            )
        except PermissionDenied as error:
            self.add_error("status", str(error))
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.error_dict.items():
                    self.add_error("change_note" if field == "note" else field, errors)
            else:
                self.add_error(None, error)
        return cleaned


class EvidenceForm(VersionedFormMixin, forms.ModelForm):
    class Meta:
        model = Evidence
        fields = "__all__"


class EvidenceInlineFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        claim = self.instance
        if not claim.pk or not claim.is_published or claim.status == Status.UNVERIFIABLE:
            return
        # A published claim must keep evidence from outside its own article, whatever is deleted or changed here.
        remaining = 0
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or not form.cleaned_data:
                continue
            if form.cleaned_data.get("DELETE"):
                continue
            source = form.cleaned_data.get("source")
            if source is not None and source.pk != claim.article_id:
                remaining += 1
        if remaining == 0:
            raise ValidationError(
                "This claim is published: it must keep at least one piece of evidence from a source other than "
                "its own article. Add other evidence first, or unpublish the claim."
            )


class VerdictActionForm(forms.Form):
    status = forms.ChoiceField(choices=[(s, Status(s).label) for s in Status.verdicts()])
    verdict_summary = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), required=False,
        help_text="Required for published claims: it is shown in the public corrections log.",
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Why the claim comes off the public register. Recorded, and reported to mirrors as a withdrawal.",
    )
