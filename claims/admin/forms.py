"""The claim and evidence forms of the admin, and the forms of the workflow actions."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from claims import rules
from claims.commitments.admin import COMMITMENT_FIELDS
from claims.figures.models import FIGURE_FIELDS
from claims.models import Claim, Evidence, Status
from claims.services import core
from claims.services.claims import CLAIM_CONTENT_FIELDS
from claims.services.evidence import EVIDENCE_FIELDS, EvidenceWriter
from claims.versions import VersionedFormMixin

# The claim's own fields on its page: the speaker as written, then the entity and the role it spoke in side by side.
CLAIM_FIELDS: list[str | tuple[str, ...]] = [
    "ref",
    "article",
    "visit",
    "speaker",
    ("speaker_entity", "speaker_role"),
    "topic",
    "text",
    "quote",
]


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
            "speaker_entity",
            "speaker_role",
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
        if user is not None and not user.has_perm(rules.PERM_SET_VERDICT):
            # Contributors move claims between the working statuses only.
            allowed = set(Status.working()) | {self.instance.status}
            status = self.fields["status"]
            assert isinstance(status, forms.ChoiceField)
            status.choices = [c for c in Status.choices if c[0] in allowed]
            if self.instance.status in Status.verdicts():
                # An editor's verdict stands until an editor changes it (claims.rules.verdict_problems).
                self.fields["status"].disabled = True
                self.fields["status"].help_text = "An editor's verdict: only editors change or undo it."
            self.fields["verdict_summary"].disabled = True
            self.fields["verdict_summary"].help_text = "Set by an editor with the verdict."

    def content_values(self) -> dict:
        """The claim's content as the form gives it."""
        return {name: self.cleaned_data[name] for name in CLAIM_CONTENT_FIELDS if name in self.cleaned_data}

    def claim_values(self) -> dict:
        """Everything the form sets: the content, the status and the verdict summary, who it is assigned to."""
        values = self.content_values()
        if "status" in self.cleaned_data:
            values["status"] = self.cleaned_data["status"]
            values["verdict_summary"] = (self.cleaned_data.get("verdict_summary") or "").strip()
        if "assigned_to" in self.cleaned_data:
            values["assigned_to"] = self.cleaned_data["assigned_to"]
        return values


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

    def evidence_values(self) -> dict:
        return {name: self.cleaned_data[name] for name in EVIDENCE_FIELDS if name in self.cleaned_data}


class EvidenceInlineFormSet(BaseInlineFormSet):
    """The claim page's evidence, checked and saved as one change set through the write core.

    `change_note` is the claim form's note (the reason for a published claim's update); `user` who saves.
    The whole set is checked at once, so a piece of evidence replaced in the same save does not count as
    the claim's last independent evidence, and each problem shows on the evidence it is about.
    """

    def __init__(self, *args, change_note: str = "", user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.change_note, self.user = change_note, user

    def changes(self, *, stored: bool) -> list[tuple[forms.ModelForm, core.Change]]:
        """The change each form makes. `stored`: compared with the rows as stored (the forms have already put
        their values on their instances), for the check before saving."""
        rows = {}
        if stored and self.instance.pk:
            rows = Evidence.objects.select_related("source").in_bulk(
                [form.instance.pk for form in self.forms if form.instance.pk]
            )
        pairs = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data:
                continue
            existing = rows.get(form.instance.pk, form.instance) if form.instance.pk else None
            if form in self.deleted_forms:
                if existing is not None:
                    pairs.append((form, core.Change(target=existing, delete=True, note=self.change_note)))
                continue
            if not form.has_changed():
                continue
            values = {name: data[name] for name in EVIDENCE_FIELDS if name in data and name != "claim"}
            if existing is None:
                evidence = Evidence(claim=self.instance, **values)
                pairs.append((form, core.Change(instance=evidence, note=self.change_note, validated=True)))
                continue
            changed = {name: values[name] for name in form.changed_data if name in values}
            change = core.Change(
                target=existing, values=changed, seen_version=data.get("seen_version"), note=self.change_note
            )
            change.validated = True
            pairs.append((form, change))
        return pairs

    def clean(self):
        super().clean()
        if any(form.errors for form in self.forms):
            return
        pairs = self.changes(stored=True)
        if not pairs:
            return
        problems = core.check(EvidenceWriter(user=self.user), [change for _, change in pairs])
        whole: list[str] = []  # problems of the set as a whole, shown above the evidence
        for form, change in pairs:
            for problem in problems.get(change, []):
                if problem.field == "note":
                    message = f"{problem.message} Write it in 'Note on this change', above, and save again."
                elif form in self.deleted_forms or problem.field not in form.fields:
                    message = problem.message
                else:
                    form.add_error(problem.field, problem.message)
                    continue
                if message not in whole:
                    whole.append(message)
        if whole:
            raise ValidationError(whole)


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
