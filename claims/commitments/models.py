"""Commitments: dated checks (follow-ups) on claims that are promises."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from sources.models import Source


class FollowUpStatus(models.TextChoices):
    """Where a commitment stands. Overdue is not a status: it is computed from the due date."""

    PENDING = "pending", _("Pending")
    IN_PROGRESS = "in_progress", _("In progress")
    FULFILLED = "fulfilled", _("Fulfilled")
    PARTLY_FULFILLED = "partly_fulfilled", _("Partly fulfilled")
    NOT_FULFILLED = "not_fulfilled", _("Not fulfilled")

    @classmethod
    def settled(cls) -> list[str]:
        """Outcomes after which a commitment can no longer be overdue."""
        return [cls.FULFILLED, cls.PARTLY_FULFILLED, cls.NOT_FULFILLED]


class FollowUp(models.Model):
    """A dated check on a commitment: where it stands, why we think so, and on what evidence."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="follow_ups")
    checked_on = models.DateField(help_text="The date this state of the commitment was established.")
    status = models.CharField(max_length=20, choices=FollowUpStatus.choices)
    note = models.TextField(help_text="What was found, in two or three sentences.")
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="follow_ups",
        help_text="The source that shows it, if any.",
    )
    quote = models.TextField(blank=True, help_text="The passage of that source, verbatim.")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    added_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-checked_on", "-id"]
        indexes = [models.Index(fields=["claim", "-checked_on", "-id"], name="followup_claim_latest")]
        constraints = [
            models.CheckConstraint(condition=models.Q(status__in=FollowUpStatus.values), name="followup_status_valid"),
            models.CheckConstraint(condition=~models.Q(note=""), name="followup_note_given"),
        ]

    def __str__(self):
        return f"{self.claim_id}: {self.get_status_display()} on {self.checked_on}"

    def clean(self):
        if self.claim_id and not self.claim.is_commitment:
            raise ValidationError("Only a commitment can be followed up: mark the claim as a commitment first.")
        if self.quote and not self.source_id:
            raise ValidationError({"source": "Name the source the quote comes from."})
