"""The public record: each step of a claim's workflow, kept as a row."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from claims.models.choices import Status


class EventKind(models.TextChoices):
    STATUS = "status", _("Status set")
    PUBLISHED = "published", _("Published")
    CORRECTION = "correction", _("Verdict corrected")
    UPDATE = "update", _("Updated")
    UNPUBLISHED = "unpublished", _("Withdrawn")
    DELETED = "deleted", _("Deleted")

    @classmethod
    def on_the_record(cls) -> list[str]:
        """The steps the public sees in a claim's history, the corrections log and the feed."""
        return [cls.PUBLISHED, cls.CORRECTION, cls.UPDATE, cls.UNPUBLISHED]

    @classmethod
    def needing_reason(cls) -> list[str]:
        return [cls.CORRECTION, cls.UPDATE, cls.UNPUBLISHED]


class ClaimEvent(models.Model):
    """One step of a claim's workflow, kept as a row: the audit trail and the public corrections log."""

    Kind = EventKind

    claim = models.ForeignKey("claims.Claim", on_delete=models.SET_NULL, null=True, blank=True, related_name="events")
    # Kept apart from the foreign key so a withdrawal is still reported after a claim is deleted.
    claim_ref = models.CharField(max_length=80, db_index=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    verdict_summary = models.TextField(blank=True, help_text="The verdict summary after this step.")
    note = models.TextField(blank=True, help_text="Why: the reason for a correction, an update or a withdrawal.")
    # What the public saw, kept with the step: a withdrawn or deleted claim's page and the withdrawals
    # feed still say what was withdrawn.
    title = models.TextField(blank=True, help_text="The claim's statement when this step was taken.")
    changes = models.JSONField(
        default=list,
        blank=True,
        help_text="For an update: what changed, as a list of {field, label, before, after}.",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["kind", "-at"], name="claimevent_kind_at")]
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=EventKind.values), name="claimevent_kind_valid"),
            models.CheckConstraint(
                condition=~models.Q(kind__in=["correction", "update", "unpublished"]) | ~models.Q(note=""),
                name="claimevent_reason_given",
            ),
        ]

    def __str__(self):
        return f"{self.claim_ref}: {self.get_kind_display()} at {self.at:%Y-%m-%d %H:%M}"

    @property
    def public_ref(self) -> str:
        """Where readers find this step now: the claim's address if it is published, else the one it was taken at.

        (A ref changed since redirects, but links should not lean on that; expects `claim` to be loaded.)
        """
        claim = self.claim
        return claim.ref if claim is not None and claim.is_published else self.claim_ref
