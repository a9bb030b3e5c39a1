"""Internal notes on a claim: a thread of dated remarks by named editors, kept only for the desk."""

from django.conf import settings
from django.db import models

from claims.models.claims import Claim


class ClaimNote(models.Model):
    """One remark on a claim, as its author wrote it.

    Notes are appended, never edited or removed one by one (claims.services.notes): the thread is what the
    desk said, in order. They go with their claim when it is deleted, and are never shown to the public.
    """

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", editable=False
    )
    text = models.TextField(help_text="What the next person on this claim should know. Seen only in the admin.")
    at = models.DateTimeField(editable=False)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = "internal note"
        indexes = [models.Index(fields=["claim", "at", "id"], name="claimnote_claim_at")]
        constraints = [models.CheckConstraint(condition=~models.Q(text=""), name="claimnote_text_given")]

    def __str__(self):
        return f"{self.author or 'a former account'}, {self.at:%Y-%m-%d %H:%M}"
