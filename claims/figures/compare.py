"""Comparing the figures that claims and sources state: which agree and which disagree.

A figure is a value with a unit, a period and the metric it states (claims.figures.models.StatedFigure).
Nothing here is stored: agreement and disagreement are worked out from the figures each time, by the
rules on units, periods and tolerance in claims.figures.units.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations

from django.utils.translation import gettext

from claims.figures.disagreement import disagreeing
from claims.figures.models import Metric, Qualifier, stated
from claims.figures.units import (
    Normalised,
    normalise,
    parse_unit,
    period_label,
    period_name,
    periods_overlap,
    reach_above,
    reach_below,
    same_period,
    within_tolerance,
)
from factregister.languages import localised_digits
from sources.models import Source


# --- Figures and discrepancies ------------------------------------------------
@dataclass
class Figure:
    """One figure as stated by one source, with every claim that records it.

    The same passage of the same source can be recorded more than once (a claim's own quote, and
    the same quote as evidence on other claims); those are one statement, listed once. The passage is
    the source's words, or, for evidence marked `paraphrased`, our summary of what the source says: the
    figure is still the source's number, and the pages say the words are ours.
    """

    key: tuple  # see figure_key()
    number: int
    metric: Metric
    value: Decimal
    unit: str
    figure_period: str
    figure_period_start: datetime.date | None
    figure_period_end: datetime.date | None
    source: Source
    quote: str
    speaker: str
    qualifier: str = ""
    paraphrased: bool = False
    record: object = None  # the claim or evidence row the passage was first read from (its words, translated)
    claims: list = field(default_factory=list)
    claim_ids: set = field(default_factory=set)  # of `claims`, to ask membership without a scan
    normalised: Normalised = field(default_factory=lambda: Normalised(value=None))
    disagrees_with: list = field(default_factory=list)
    agrees_with: list = field(default_factory=list)
    differs_within_origin: list = field(default_factory=list)  # figures of the same origin stating another value

    @property
    def period(self) -> str:
        return period_label(self)

    @property
    def stated(self) -> str:
        """The value as the source states it, its qualifier included ('more than 500,000 tonnes')."""
        return stated(self.value, self.qualifier, self.unit)

    @property
    def bounds(self) -> tuple[Decimal | None, Decimal | None]:
        """The values the statement allows, in the metric's unit: 'more than X' from X to 1.5 × X, 'up to X' from
        two thirds of X to X (claims.figures.units, "Bounds")."""
        value = self.normalised.value
        if value is None:
            return None, None
        if self.qualifier in Qualifier.lower_bounds():
            return value, reach_above(value)
        if self.qualifier in Qualifier.upper_bounds():
            return reach_below(value), value
        return value, value

    @property
    def anchor(self) -> str:
        return f"figure-{self.number}"

    @property
    def comparable(self) -> bool:
        return self.normalised.comparable

    @property
    def disagrees(self) -> bool:
        return bool(self.disagrees_with)


@dataclass(frozen=True)
class Comparison:
    """Two figures of one metric, compared."""

    a: Figure
    b: Figure
    difference: Decimal
    agree: bool
    same_period: bool

    @property
    def relative_difference(self) -> Decimal | None:
        a, b = self.a.normalised.value, self.b.normalised.value
        assert a is not None and b is not None  # only comparable figures are compared
        larger = max(abs(a), abs(b))
        return (self.difference / larger) if larger else None

    @property
    def in_points(self) -> bool:
        """Rates in percent differ in percentage points: 44.9% against 40% is 4.9 points, not 12%."""
        base = parse_unit(self.a.metric.unit)
        return bool(base and base.base == "percent")

    @property
    def difference_shown(self) -> str:
        """The difference in the metric's unit, in words ('4.9 percentage points', '6 documents')."""
        if self.in_points:
            return localised_digits(
                gettext("%(points)s percentage points") % {"points": f"{self.difference.normalize():f}"}
            )
        return f"{localised_digits(f'{self.difference.normalize():f}')} {self.a.metric.unit}"

    @property
    def percent_difference(self) -> str:
        relative = self.relative_difference
        return "" if relative is None or self.in_points else localised_digits(f"{relative * 100:.1f}%")


def figure_key(obj) -> tuple:
    """What makes two recorded figures the same statement: source, passage, metric, value, qualifier, unit, period."""
    source_id = obj.article_id if hasattr(obj, "article_id") else obj.source_id
    return (
        source_id,
        " ".join(obj.quote.split()),
        obj.metric_id,
        obj.figure_value.normalize() if obj.figure_value is not None else None,
        obj.figure_qualifier,
        obj.figure_unit.strip(),
        period_name(obj.figure_period),
        obj.figure_period_start,
        obj.figure_period_end,
    )


def collect(claims, evidence, *, metrics: dict, pairs: bool = True) -> dict[int, list[Figure]]:
    """Figures by metric id, one per statement, from claims (with `article`) and evidence (with `source`, `claim`).

    Claims come first so that a passage recorded both as a claim and as evidence carries the claim's speaker.
    With `pairs`, every two figures of a metric are compared and each figure learns which others it agrees
    and disagrees with (the public pages list them); that grows with the square of the figures, so the
    editors' side, which reads drafts too, asks without (claims.figures.disagreement instead).
    """
    by_key: dict[tuple, Figure] = {}
    numbered: dict[int, list[Figure]] = {}
    rows = [(claim, claim, claim.article, claim.speaker) for claim in claims]
    rows += [(item, item.claim, item.source, "") for item in evidence]
    for obj, claim, source, speaker in rows:
        if obj.metric_id is None or obj.figure_value is None or obj.metric_id not in metrics:
            continue
        key = figure_key(obj)
        figure = by_key.get(key)
        if figure is None:
            metric = metrics[obj.metric_id]
            figure = Figure(
                key=key,
                number=len(by_key) + 1,
                metric=metric,
                value=obj.figure_value,
                unit=obj.figure_unit,
                figure_period=obj.figure_period,
                figure_period_start=obj.figure_period_start,
                figure_period_end=obj.figure_period_end,
                source=source,
                quote=obj.quote,
                speaker=speaker,
                qualifier=obj.figure_qualifier,
                paraphrased=getattr(obj, "paraphrased", False),
                record=obj,
                normalised=normalise(obj.figure_value, obj.figure_unit, metric.unit),
            )
            by_key[key] = figure
            numbered.setdefault(obj.metric_id, []).append(figure)
        elif speaker and not figure.speaker:
            figure.speaker = speaker
        if claim.pk not in figure.claim_ids:
            figure.claim_ids.add(claim.pk)
            figure.claims.append(claim)
    if pairs:
        for figures in numbered.values():
            compare_all(figures)
    return numbered


def one_origin(a: Figure, b: Figure) -> bool:
    """Whether the two figures' sources carry the same origin (two renderings of one readout)."""
    origin = getattr(a.source, "origin_id", None)
    return bool(origin) and origin == getattr(b.source, "origin_id", None)


def compare(a: Figure, b: Figure) -> Comparison | None:
    """The comparison of two figures of the same metric, or None when they are not comparable."""
    if one_origin(a, b):
        # Two copies of one readout are one account: they neither confirm nor contradict each other.
        return None
    return measure(a, b)


def measure(a: Figure, b: Figure) -> Comparison | None:
    """The comparison of two figures whatever their origins, or None when their units or periods do not allow one.

    Figures of one origin are measured only to find where two accounts of that origin differ."""
    if a.metric.pk != b.metric.pk or not (a.comparable and b.comparable) or not periods_overlap(a, b):
        return None
    base = parse_unit(a.metric.unit)
    if base and base.base == "percent" and not same_period(a, b):
        # Growth over nine months and over ten months need not be equal: neither agreement nor disagreement.
        return None
    x, y = closest(a.bounds, b.bounds)
    return Comparison(
        a=a, b=b, difference=abs(x - y), agree=within_tolerance(x, y, a.metric), same_period=same_period(a, b)
    )


def closest(a: tuple, b: tuple) -> tuple[Decimal, Decimal]:
    """The nearest values two statements allow: equal when 'more than 500' meets 520, the two ends otherwise."""
    (a_low, a_high), (b_low, b_high) = a, b
    if a_high is not None and b_low is not None and a_high < b_low:
        return a_high, b_low
    if b_high is not None and a_low is not None and b_high < a_low:
        return a_low, b_high
    # The ranges meet: any value in both will do.
    meeting = next(v for v in (a_low, b_low, a_high, b_high) if v is not None)
    low = max((v for v in (a_low, b_low) if v is not None), default=meeting)
    return low, low


def compare_all(figures: list[Figure]) -> list[Comparison]:
    """Every pair compared; each figure learns which others it agrees and disagrees with, and which figures of its
    own origin state something else (those are not compared, but the difference is shown)."""
    comparisons = []
    for a, b in combinations(figures, 2):
        if one_origin(a, b):
            within = measure(a, b)
            if within is not None and not within.agree:
                a.differs_within_origin.append(b)
                b.differs_within_origin.append(a)
            continue
        result = compare(a, b)
        if result is None:
            continue
        comparisons.append(result)
        (a.agrees_with if result.agree else a.disagrees_with).append(b)
        (b.agrees_with if result.agree else b.disagrees_with).append(a)
    return comparisons


def origin_differences(figures: list[Figure]) -> list[Comparison]:
    """The pairs of figures of one origin whose values differ beyond the tolerance: not a disagreement between
    sources, since one account neither confirms nor contradicts itself, but two renderings of it that differ."""
    return [
        c for a, b in combinations(figures, 2) if one_origin(a, b) and (c := measure(a, b)) is not None and not c.agree
    ]


def discrepancies(figures: list[Figure]) -> list[Comparison]:
    """The pairs of figures that disagree: overlapping periods, values apart by more than the tolerance."""
    return [c for c in compare_all_quietly(figures) if not c.agree]


def compare_all_quietly(figures: list[Figure]) -> list[Comparison]:
    """Every comparable pair, without touching the figures' own lists."""
    return [c for a, b in combinations(figures, 2) if (c := compare(a, b)) is not None]


# --- Reads ----------------------------------------------------------------------
def figure_querysets(claims):
    """Claims with a figure among `claims`, and the evidence with a figure on those claims."""
    from claims.models import Evidence

    claim_rows = claims.filter(metric__isnull=False, figure_value__isnull=False).select_related("article__outlet")
    evidence_rows = Evidence.objects.filter(
        claim__in=claims, metric__isnull=False, figure_value__isnull=False
    ).select_related("source__outlet", "claim")
    return claim_rows.order_by("id"), evidence_rows.order_by("id")


def public_figures(metric=None) -> tuple[dict, dict[int, list[Figure]]]:
    """Metrics and the figures the public may see: from published claims and their evidence.

    Every metric, or only `metric` when given. Three queries (two when `metric` is given).
    """
    from claims.models import Claim

    claims, evidence = figure_querysets(Claim.objects.published())
    if metric is None:
        metrics = {m.pk: m for m in Metric.objects.all()}
    else:
        metrics = {metric.pk: metric}
        claims, evidence = claims.filter(metric=metric), evidence.filter(metric=metric)
    return metrics, collect(claims, evidence, metrics=metrics)


def claim_comparison(claim, figures: list[Figure]) -> dict:
    """For one claim: its own figure and how every other figure of its metric compares with it."""
    key = figure_key(claim)
    own = next((f for f in figures if f.key == key), None)
    rows = []
    for other in figures:
        if other is own:
            continue
        result = compare(own, other) if own else None
        if own is None or not own.comparable:
            verdict = "not compared"
            reason = own.normalised.problem if own else ""
        elif not other.comparable:
            verdict, reason = "not compared", other.normalised.problem
        elif result is None and one_origin(own, other):
            result = measure(own, other)
            if result is not None and not result.agree:
                verdict, reason = "one origin differs", ""
            else:
                verdict, reason = "not compared", gettext("Same origin as this claim's figure: not a second account.")
        elif result is None and periods_overlap(own, other):
            verdict, reason = "not compared", gettext("Rates over different periods are not compared.")
        elif result is None:
            verdict, reason = "not compared", gettext("The periods do not overlap.")
        else:
            verdict = "agrees" if result.agree else "disagrees"
            reason = (
                "" if result.same_period else gettext("The periods overlap but are not the same: compare with care.")
            )
        rows.append(
            {
                "figure": other,
                "verdict": verdict,
                "reason": reason,
                "comparison": result,
                "in_evidence": claim.pk in other.claim_ids,
            }
        )
    rows.sort(key=lambda row: (not row["in_evidence"], row["verdict"] != "disagrees"))
    return {"own": own, "rows": rows, "disagreements": sum(row["verdict"] == "disagrees" for row in rows)}


def claims_with_discrepancies(claims) -> set[int]:
    """Ids of the claims (among `claims`, any state) whose figure, or whose evidence's figure,
    disagrees with another figure of the same metric from these claims."""

    claim_rows, evidence_rows = figure_querysets(claims)
    metrics = {metric.pk: metric for metric in Metric.objects.all()}
    found: set[int] = set()
    for figures in collect(claim_rows, evidence_rows, metrics=metrics, pairs=False).values():
        disagree = disagreeing(figures, compare)
        for figure in figures:
            if id(figure) in disagree:
                found.update(figure.claim_ids)
    return found
