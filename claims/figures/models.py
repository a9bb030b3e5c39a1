"""The figures a claim or a piece of evidence states, and the metrics they are compared on."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from factregister.languages import localised_digits


class Metric(models.Model):
    """A named quantity that figures from different sources can be compared on."""

    ref = models.SlugField(
        max_length=80, unique=True, help_text="Stable public identifier, e.g. bilateral-trade-turnover."
    )
    name = models.CharField(max_length=200, unique=True, help_text="e.g. 'Iran–Kazakhstan bilateral trade turnover'.")
    description = models.TextField(
        blank=True, help_text="What is counted, and what is not, so readers compare like with like."
    )
    unit = models.CharField(
        max_length=40, help_text="The unit figures are compared in, e.g. USD, percent, tonnes, documents."
    )
    tolerance = models.DecimalField(
        max_digits=12,
        decimal_places=4,
        default=0,
        help_text="How far two values may differ and still agree: a fraction of the larger value when relative "
        "(0.05 = 5%), otherwise in the metric's unit.",
    )
    tolerance_is_relative = models.BooleanField(default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=models.Q(tolerance__gte=0), name="metric_tolerance_not_negative"),
            models.CheckConstraint(condition=~models.Q(ref=""), name="metric_ref_not_blank"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("claims:metric_detail", kwargs={"ref": self.ref})


class Qualifier(models.TextChoices):
    """How exact the stated number is, in the source's own words."""

    EXACT = "", pgettext_lazy("figure qualifier", "As stated")
    ABOUT = "about", pgettext_lazy("figure qualifier", "About")
    NEARLY = "nearly", pgettext_lazy("figure qualifier", "Nearly")
    MORE_THAN = "more_than", pgettext_lazy("figure qualifier", "More than")
    AT_LEAST = "at_least", pgettext_lazy("figure qualifier", "At least")
    LESS_THAN = "less_than", pgettext_lazy("figure qualifier", "Less than")
    UP_TO = "up_to", pgettext_lazy("figure qualifier", "Up to")
    TARGET = "target", pgettext_lazy("figure qualifier", "A target of")

    @classmethod
    def lower_bounds(cls) -> list[str]:
        return [cls.MORE_THAN, cls.AT_LEAST]

    @classmethod
    def upper_bounds(cls) -> list[str]:
        return [cls.LESS_THAN, cls.UP_TO]


class StatedFigure(models.Model):
    """A number stated by a claim or a source, with its unit, period and the metric it states."""

    metric = models.ForeignKey(
        Metric,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(class)s_figures",
        help_text="The quantity this figure states, so it can be compared with other sources' figures.",
    )
    figure_value = models.DecimalField(max_digits=20, decimal_places=4, null=True, blank=True)
    figure_qualifier = models.CharField(
        max_length=20,
        choices=Qualifier.choices,
        blank=True,
        default="",
        help_text="The source's own qualifier ('more than 500,000', 'about 700'), so the number is not read as exact.",
    )
    figure_unit = models.CharField(
        max_length=40, blank=True, help_text="e.g. USD, million USD, percent, tonnes, documents."
    )
    figure_period = models.CharField(
        max_length=100, blank=True, help_text="The period the figure covers, in words, e.g. 'January–September 2025'."
    )
    figure_period_start = models.DateField(null=True, blank=True, help_text="First day of the period, when known.")
    figure_period_end = models.DateField(null=True, blank=True, help_text="Last day of the period, when known.")
    figure_period_note = models.CharField(
        max_length=300,
        blank=True,
        help_text="When the dates are our reading of the source's words (it does not state them), say so and why.",
    )

    class Meta:
        abstract = True

    @property
    def has_figure(self) -> bool:
        return self.figure_value is not None

    @property
    def figure_shown(self) -> str:
        """The number as the source states it: its qualifier, value and unit ('more than 500,000 tonnes')."""
        if self.figure_value is None:
            return ""
        return stated(self.figure_value, self.figure_qualifier, self.figure_unit)

    def clean_figure(self):
        errors = {}
        if self.figure_value is not None and not self.figure_unit:
            errors["figure_unit"] = "Give the unit of the figure."
        if self.figure_period_start and self.figure_period_end and self.figure_period_end < self.figure_period_start:
            errors["figure_period_end"] = "The period cannot end before it starts."
        if errors:
            raise ValidationError(errors)


# StatedFigure's fields, in the order editors fill them (the claim form, the evidence inline, the services).
FIGURE_FIELDS = (
    "metric",
    "figure_qualifier",
    "figure_value",
    "figure_unit",
    "figure_period",
    "figure_period_start",
    "figure_period_end",
    "figure_period_note",
)


def stated(value: Decimal, qualifier: str, unit: str) -> str:
    """A number as its source states it, for readers of the page's language: qualifier, value and unit ('more than
    500,000 tonnes'), the qualifier in their words and the number in their digits."""
    value = value.normalize()
    number = f"{value:,f}" if value == value.to_integral() else f"{value:f}"
    words = [str(Qualifier(qualifier).label).lower()] if qualifier else []
    return " ".join([*words, localised_digits(number), unit]).strip()


def figure_constraints(prefix: str) -> list:
    return [
        models.CheckConstraint(
            condition=models.Q(figure_value__isnull=True) | ~models.Q(figure_unit=""),
            name=f"{prefix}_figure_has_unit",
        ),
        models.CheckConstraint(
            condition=models.Q(figure_period_start__isnull=True)
            | models.Q(figure_period_end__isnull=True)
            | models.Q(figure_period_end__gte=models.F("figure_period_start")),
            name=f"{prefix}_figure_period_in_order",
        ),
        models.CheckConstraint(
            condition=models.Q(figure_qualifier__in=Qualifier.values), name=f"{prefix}_figure_qualifier_valid"
        ),
    ]
