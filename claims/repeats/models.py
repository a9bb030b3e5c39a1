"""Repeated claims: an editor's decision that a suggested repeat is not the same statement."""

from django.conf import settings
from django.db import models


class RepeatDismissal(models.Model):
    """An editor's decision that a suggested repeat is not the same statement, so it is not suggested again."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="+")
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    dismissed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["claim", "other"], name="repeatdismissal_unique_pair"),
            models.CheckConstraint(condition=~models.Q(claim=models.F("other")), name="repeatdismissal_two_claims"),
        ]

    def __str__(self):
        return f"{self.claim_id} is not a repeat of {self.other_id}"
