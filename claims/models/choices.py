"""The register's vocabularies: a claim's status (and the rating scale of its verdicts), its topic, and how a
piece of evidence bears on it."""

from django.db import models


class Status(models.TextChoices):
    UNVERIFIED = "unverified", "Unverified"
    IN_REVIEW = "in_review", "In review"
    VERIFIED = "verified", "Verified"
    PARTLY_VERIFIED = "partly_verified", "Partly verified"
    DISPUTED = "disputed", "Disputed"
    FALSE = "false", "False"
    UNVERIFIABLE = "unverifiable", "Unverifiable"

    @classmethod
    def verdicts(cls) -> list[str]:
        """The statuses that are a finding, and so may be published."""
        return [cls.VERIFIED, cls.PARTLY_VERIFIED, cls.DISPUTED, cls.FALSE, cls.UNVERIFIABLE]

    @classmethod
    def working(cls) -> list[str]:
        """The statuses a claim has while it is being checked."""
        return [cls.UNVERIFIED, cls.IN_REVIEW]


# The published rating scale (ClaimReview `ratingValue`): 1 = False ... 5 = Verified.
# Unverifiable has no place on the scale and carries only its name.
RATING_SCALE: dict[str, int] = {
    Status.FALSE: 1,
    Status.DISPUTED: 2,
    Status.PARTLY_VERIFIED: 4,
    Status.VERIFIED: 5,
}
RATING_BEST, RATING_WORST = 5, 1


class Topic(models.TextChoices):
    TRADE = "trade", "Trade"
    AGREEMENTS = "agreements", "Agreements"
    TRANSPORT = "transport", "Transport"
    ENERGY = "energy", "Energy"
    AGRICULTURE = "agriculture", "Agriculture"
    CULTURE = "culture", "Culture"
    DIPLOMACY = "diplomacy", "Diplomacy"
    HEALTH = "health", "Health"
    EDUCATION = "education", "Education"
    HISTORY = "history", "History"
    SECURITY = "security", "Security"
    OTHER = "other", "Other"


class Stance(models.TextChoices):
    CORROBORATES = "corroborates", "Corroborates"
    CONTRADICTS = "contradicts", "Contradicts"
    CONTEXT = "context", "Context"
