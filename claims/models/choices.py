"""The register's vocabularies: a claim's status (and the rating scale of its verdicts), its topic, and how a
piece of evidence bears on it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    UNVERIFIED = "unverified", pgettext_lazy("verdict", "Unverified")
    IN_REVIEW = "in_review", pgettext_lazy("verdict", "In review")
    VERIFIED = "verified", pgettext_lazy("verdict", "Verified")
    PARTLY_VERIFIED = "partly_verified", pgettext_lazy("verdict", "Partly verified")
    MISLEADING = "misleading", pgettext_lazy("verdict", "Misleading")
    DISPUTED = "disputed", pgettext_lazy("verdict", "Disputed")
    FALSE = "false", pgettext_lazy("verdict", "False")
    UNVERIFIABLE = "unverifiable", pgettext_lazy("verdict", "Unverifiable")

    @classmethod
    def verdicts(cls) -> list[str]:
        """The statuses that are a finding, and so may be published."""
        return [cls.VERIFIED, cls.PARTLY_VERIFIED, cls.DISPUTED, cls.MISLEADING, cls.FALSE, cls.UNVERIFIABLE]

    @classmethod
    def working(cls) -> list[str]:
        """The statuses a claim has while it is being checked."""
        return [cls.UNVERIFIED, cls.IN_REVIEW]


# The published rating scale (ClaimReview `ratingValue`): 1 = False ... 5 = Verified. Misleading (true in part,
# leaving a false impression) sits just above False; Disputed (the sources disagree, nothing settles it) in the
# middle. Unverifiable has no place on the scale and carries only its name.
RATING_SCALE: dict[str, int] = {
    Status.FALSE: 1,
    Status.MISLEADING: 2,
    Status.DISPUTED: 3,
    Status.PARTLY_VERIFIED: 4,
    Status.VERIFIED: 5,
}
RATING_BEST, RATING_WORST = 5, 1


class Topic(models.TextChoices):
    TRADE = "trade", _("Trade")
    AGREEMENTS = "agreements", _("Agreements")
    TRANSPORT = "transport", _("Transport")
    ENERGY = "energy", _("Energy")
    AGRICULTURE = "agriculture", _("Agriculture")
    CULTURE = "culture", _("Culture")
    DIPLOMACY = "diplomacy", _("Diplomacy")
    HEALTH = "health", _("Health")
    EDUCATION = "education", _("Education")
    HISTORY = "history", _("History")
    SECURITY = "security", _("Security")
    OTHER = "other", _("Other")


class Stance(models.TextChoices):
    CORROBORATES = "corroborates", _("Corroborates")
    CONTRADICTS = "contradicts", _("Contradicts")
    CONTEXT = "context", _("Context")
