"""Evidence: a passage of a source that corroborates, contradicts or gives context to a claim."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from claims.figures.models import StatedFigure, figure_constraints
from claims.models.choices import Stance
from claims.models.claims import Claim
from sources.models import Source


class Evidence(StatedFigure):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="citations")
    stance = models.CharField(max_length=20, choices=Stance.choices)
    quote = models.TextField(
        help_text="The passage of the source that bears on the claim: its words verbatim, or, with 'paraphrased' "
        "ticked, a short summary in our own words of what it says (who, what, when, which figure)."
    )
    paraphrased = models.BooleanField(
        default=False,
        db_default=False,
        help_text="The passage is our summary of the source, not its words: shown as such, with a link to the source. "
        "Use it for sources whose text we do not reproduce; quotes from the articles in the register stay verbatim.",
    )
    note = models.TextField(blank=True, help_text="How this passage bears on the claim.")
    quote_found = models.BooleanField(
        null=True,
        blank=True,
        editable=False,
        help_text="Whether the passage is in the kept copy of its source (whitespace and quote marks aside); "
        "empty while the source has no kept copy, or when the passage is paraphrased.",
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    added_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1, db_default=1, editable=False)

    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["claim", "stance", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(stance__in=Stance.values), name="evidence_stance_valid"),
            models.UniqueConstraint(fields=["claim", "source", "quote"], name="evidence_natural_key"),
            *figure_constraints("evidence"),
        ]
        indexes = [models.Index(fields=["source", "stance"], name="evidence_source_stance")]

    def __str__(self):
        return f"{self.get_stance_display()}: {self.source}"

    def clean(self):
        self.clean_figure()
        if (
            self.claim_id
            and self.source_id
            and self.stance == Stance.CORROBORATES
            and self.claim.article_id == self.source_id
        ):
            raise ValidationError({"source": "A claim cannot cite its own article as corroboration of itself."})
