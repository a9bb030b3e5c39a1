"""A claim a reader sent us to check, and the editors' decision on it."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# Letters and digits that cannot be mistaken for one another when read out or copied by hand.
REFERENCE_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY34679"
STATEMENT_MAX = 2000
WHERE_MAX = 300
LINK_MAX = 500
CONTACT_MAX = 254


def new_reference() -> str:
    """A reference a reader can quote back to us, such as TIP-7KQ4-M2XD: random, so it tells nobody how many
    tips we hold."""
    letters = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"TIP-{letters[:4]}-{letters[4:]}"


class TipStatus(models.TextChoices):
    NEW = "new", "New: not yet triaged"
    LOGGED = "logged", "Logged as a claim"
    DECLINED = "declined", "Declined"
    DUPLICATE = "duplicate", "Duplicate of another tip or claim"


class TipLanguage(models.TextChoices):
    # Each language by its own name, as the language switcher shows them.
    ENGLISH = "en", "English"
    PERSIAN = "fa", "فارسی"
    RUSSIAN = "ru", "Русский"
    KAZAKH = "kk", "Қазақша"
    OTHER = "other", _("Another language")


class Tip(models.Model):
    """A claim a reader asked us to check. Only editors see it: no page, feed, API or export shows it."""

    reference = models.CharField(max_length=20, unique=True, editable=False, help_text="Given to the reader.")
    statement = models.TextField(help_text="What was said, in the reader's words (plain text).")
    where_said = models.CharField(max_length=WHERE_MAX, help_text="Where and by whom the reader says it was said.")
    link = models.URLField(max_length=LINK_MAX, blank=True, help_text="The address the reader gave, if any.")
    language = models.CharField(max_length=8, choices=TipLanguage.choices, help_text="The reader's language.")
    contact = models.CharField(
        max_length=CONTACT_MAX, blank=True, help_text="How the reader asked to be answered, if they did."
    )
    received_at = models.DateTimeField()
    status = models.CharField(max_length=12, choices=TipStatus.choices, default=TipStatus.NEW)
    claim = models.ForeignKey(
        "claims.Claim",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Logged as: the claim made from this tip (use “Log as claim” to open the prefilled form first).",
    )
    duplicate_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", help_text="An earlier tip."
    )
    duplicate_of_claim = models.ForeignKey(
        "claims.Claim",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="A claim already on the register that this tip asks about.",
    )
    reason = models.TextField(blank=True, help_text="Why the tip was declined (for the desk; never shown publicly).")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    decided_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-received_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="declined", reason__gt="") | ~models.Q(status="declined"),
                name="tip_declined_has_reason",
                violation_error_message="Say why the tip is declined.",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="logged") | models.Q(claim__isnull=False),
                name="tip_logged_has_claim",
                violation_error_message="Choose the claim this tip was logged as.",
            ),
        ]

    def __str__(self):
        return self.reference
