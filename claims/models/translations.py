"""The register's own words in its readers' languages: translations of claims, visits, evidence and record notes.

Each translation is one language's version of one record's words, with its own workflow (a contributor
drafts, an editor reviews and publishes), who made it and how (`translator`, `machine_assisted`), who
reviewed it (`reviewed_by`: only the account that did), and the version of the original it was made from.
When the original is corrected, updated or withdrawn, every translation made from an older version is
marked out of date (`outdated_at`, set by the write core in the same transaction as the original's step);
a reader of an out-of-date translation is told so and sent to the English record. Quotes are never
translated in place: a claim's translation carries the register's translation of the quote apart
(`quote`), shown beside the verbatim original.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class TranslationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")


def translated_languages() -> list[tuple[str, str]]:
    """The languages a record can be translated into: every interface language but the original's."""
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class Translation(models.Model):
    """What every translation records beside its text (an abstract base: one table per kind of original)."""

    Status = TranslationStatus
    # The fields of the original this kind translates (same names on both), and the original's foreign key.
    translated_fields: tuple[str, ...] = ()
    original_field = ""

    language = models.CharField(max_length=10, choices=translated_languages)
    status = models.CharField(max_length=12, choices=TranslationStatus.choices, default=TranslationStatus.DRAFT)
    translator = models.CharField(
        max_length=200,
        help_text="Who made the translation, as readers see it credited (a name, or “The register's desk”).",
    )
    machine_assisted = models.BooleanField(
        default=False, help_text="Made with a machine translation tool, then edited by the translator."
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        help_text="The editor who checked the translation against the original: set only by that editor.",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    made_from_version = models.PositiveIntegerField(
        default=1, editable=False, help_text="The version of the original this translation was made from."
    )
    outdated_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the original was corrected, updated or withdrawn after this translation was made.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords(inherit=True)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.original} ({self.get_language_display()})"

    @property
    def original(self) -> models.Model:
        return getattr(self, self.original_field)

    @property
    def is_current(self) -> bool:
        return self.outdated_at is None

    @property
    def is_public(self) -> bool:
        return self.status == TranslationStatus.PUBLISHED


def _constraints(name: str, original: str) -> list:
    return [
        models.UniqueConstraint(fields=[original, "language"], name=f"{name}_one_per_language"),
        models.CheckConstraint(
            condition=models.Q(language__in=[code for code, _ in translated_languages()]),
            name=f"{name}_language_valid",
        ),
        models.CheckConstraint(condition=models.Q(status__in=TranslationStatus.values), name=f"{name}_status_valid"),
    ]


class ClaimTranslation(Translation):
    """A claim's statement, verdict summary and (apart from the verbatim original) its quote in one language."""

    translated_fields = ("text", "verdict_summary", "quote")
    original_field = "claim"

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="translations")
    text = models.TextField("statement", help_text="The claim's statement, translated.")
    verdict_summary = models.TextField(blank=True, help_text="The verdict summary, translated.")
    quote = models.TextField(
        "translation of the quote",
        blank=True,
        help_text="The register's translation of the quote, shown beside the verbatim original, never instead of it.",
    )

    class Meta:
        ordering = ["claim_id", "language"]
        constraints = _constraints("claimtranslation", "claim")


class VisitTranslation(Translation):
    """A visit's title and summary in one language."""

    translated_fields = ("title", "summary")
    original_field = "visit"

    visit = models.ForeignKey("claims.Visit", on_delete=models.CASCADE, related_name="translations")
    title = models.CharField(max_length=200)
    summary = models.TextField(blank=True)

    class Meta:
        ordering = ["visit_id", "language"]
        constraints = _constraints("visittranslation", "visit")


class EvidenceTranslation(Translation):
    """A piece of evidence's words in one language: what the source says in our words, and the note."""

    translated_fields = ("quote", "note")
    original_field = "evidence"

    evidence = models.ForeignKey("claims.Evidence", on_delete=models.CASCADE, related_name="translations")
    quote = models.TextField(
        "what the source says",
        blank=True,
        help_text="The evidence's paraphrase, translated; a verbatim quote's translation is shown beside it.",
    )
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["evidence_id", "language"]
        constraints = _constraints("evidencetranslation", "evidence")


class EventTranslation(Translation):
    """The reason given for a correction, an update or a withdrawal, in one language."""

    translated_fields = ("note",)
    original_field = "event"

    event = models.ForeignKey("claims.ClaimEvent", on_delete=models.CASCADE, related_name="translations")
    note = models.TextField()

    class Meta:
        ordering = ["event_id", "language"]
        constraints = _constraints("eventtranslation", "event")


TRANSLATION_MODELS: tuple[type[Translation], ...] = (
    ClaimTranslation,
    VisitTranslation,
    EvidenceTranslation,
    EventTranslation,
)
