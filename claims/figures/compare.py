"""Comparing the figures that claims and sources state: normalisation, periods, discrepancies.

A figure is a value with a unit, a period and the metric it states (claims.models.StatedFigure).
Nothing here is stored: agreement and disagreement are worked out from the figures each time.

Units. A unit is read as an optional multiplier word (thousand, million, billion, trillion and
their short forms) and a base unit: a currency (`$`, `US$`, `USD`, `dollars` are all USD; other
currencies keep their ISO code and are never converted into each other, since no exchange rate
is recorded), `percent` (`%`, `per cent`), `percentage points` (`pp`, `percent points`: never
compared with percent), `tonnes` (`tons`, `t`: the register's figures are metric tonnes), or a
count of things (`documents`, `companies`; singular and plural are the same). Words in brackets
are notes (`times (nearly)`) and are ignored. A figure is compared only when its base unit is the
metric's; otherwise it is listed as "not compared" with the reason.

Periods. Two figures are compared only when their periods overlap:
- when both have at least one date, by the dates, inclusive; a missing start or end leaves that
  side of the period open;
- otherwise (one or both are undated) only when both name the same period, compared without
  regard to case, spacing or the kind of dash ("January–September 2025" = "january-september 2025");
- a figure with neither a date nor a named period is compared with nothing.

Tolerance. Two values agree when they differ by no more than the metric's tolerance: a fraction of
the larger of the two (relative), or an amount in the metric's unit (absolute). Exactly at the
tolerance is agreement; beyond it is a discrepancy.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations

MULTIPLIERS = {
    "thousand": Decimal(10) ** 3,
    "thousands": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "millions": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "billions": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
}

# Spellings of a base unit -> the base unit.
BASE_UNITS = {
    "$": "USD",
    "us$": "USD",
    "us $": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "eur": "EUR",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "kzt": "KZT",
    "tenge": "KZT",
    "irr": "IRR",
    "rial": "IRR",
    "rials": "IRR",
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "pct": "percent",
    "percentage points": "percentage points",
    "percentage point": "percentage points",
    "percent points": "percentage points",
    "percent point": "percentage points",
    "pp": "percentage points",
    "p.p.": "percentage points",
    "tonnes": "tonnes",
    "tonne": "tonnes",
    "tons": "tonnes",
    "ton": "tonnes",
    "t": "tonnes",
    "metric tons": "tonnes",
    "metric tonnes": "tonnes",
}
CURRENCIES = {"USD", "EUR", "KZT", "IRR"}
_NOTE = re.compile(r"\([^)]*\)")
_SYMBOLS = re.compile(r"([$€%])")
_DASHES = re.compile(r"[\u2010-\u2015\u2212-]+")


@dataclass(frozen=True)
class Unit:
    """A unit as read: the base unit it counts in and the multiplier in front of it."""

    base: str
    multiplier: Decimal = Decimal(1)

    @property
    def is_currency(self) -> bool:
        return self.base in CURRENCIES


def _singular(noun: str) -> str:
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


def parse_unit(text: str) -> Unit | None:
    """The unit `text` names, or None when it is blank."""
    words = _SYMBOLS.sub(r" \1 ", _NOTE.sub(" ", text or "")).lower().split()
    multiplier = Decimal(1)
    rest = []
    for word in words:
        if word in MULTIPLIERS and len(words) > 1:
            multiplier *= MULTIPLIERS[word]
        else:
            rest.append(word)
    if not rest:
        return None if not words else Unit(base="", multiplier=multiplier)
    name = " ".join(rest)
    if name in BASE_UNITS:
        return Unit(base=BASE_UNITS[name], multiplier=multiplier)
    # "US$ million", "$ bn": a currency sign followed by words already taken as multipliers.
    if rest[0] in BASE_UNITS and all(w in BASE_UNITS for w in rest):
        return Unit(base=BASE_UNITS[rest[0]], multiplier=multiplier)
    # A count of things: the noun, singular, decides what is counted.
    return Unit(base=" ".join(_singular(w) for w in rest), multiplier=multiplier)


@dataclass(frozen=True)
class Normalised:
    """A figure's value in its metric's unit, or why it cannot be compared."""

    value: Decimal | None
    problem: str = ""

    @property
    def comparable(self) -> bool:
        return self.value is not None


def normalise(value: Decimal | None, unit: str, metric_unit: str) -> Normalised:
    """`value` in `unit`, converted into `metric_unit`; a problem instead when it does not convert."""
    if value is None:
        return Normalised(None, "No value is given.")
    stated, target = parse_unit(unit), parse_unit(metric_unit)
    if stated is None or not stated.base:
        return Normalised(None, "No unit is given, so the figure is not compared.")
    if target is None or not target.base:
        return Normalised(None, "The metric has no unit to compare in.")
    if stated.base != target.base:
        return Normalised(
            None, f"'{unit}' does not convert to the metric's unit '{metric_unit}', so the figure is not compared."
        )
    return Normalised(Decimal(value) * stated.multiplier / target.multiplier)


# --- Periods ------------------------------------------------------------------
def period_name(text: str) -> str:
    """A named period in a form where spelling differences of case, spaces and dashes vanish."""
    return " ".join(_DASHES.sub("-", text or "").casefold().split())


def has_dates(figure) -> bool:
    return figure.figure_period_start is not None or figure.figure_period_end is not None


def periods_overlap(a, b) -> bool:
    """Whether the periods of two figures overlap, by the rules in the module's docstring."""
    if has_dates(a) and has_dates(b):
        a_start, a_end = a.figure_period_start, a.figure_period_end
        b_start, b_end = b.figure_period_start, b.figure_period_end
        starts_before_b_ends = a_start is None or b_end is None or a_start <= b_end
        b_starts_before_a_ends = b_start is None or a_end is None or b_start <= a_end
        return starts_before_b_ends and b_starts_before_a_ends
    name_a, name_b = period_name(a.figure_period), period_name(b.figure_period)
    return bool(name_a) and name_a == name_b


def same_period(a, b) -> bool:
    if has_dates(a) and has_dates(b):
        return (a.figure_period_start, a.figure_period_end) == (b.figure_period_start, b.figure_period_end)
    return periods_overlap(a, b)


def period_label(figure) -> str:
    """The period as readers see it: the name, and the dates when known."""
    start, end = figure.figure_period_start, figure.figure_period_end
    if start and end:
        dates = f"{start:%-d %b %Y}" if start == end else f"{start:%-d %b %Y} – {end:%-d %b %Y}"
    elif start:
        dates = f"from {start:%-d %b %Y}"
    elif end:
        dates = f"to {end:%-d %b %Y}"
    else:
        dates = ""
    if figure.figure_period and dates:
        return f"{figure.figure_period} ({dates})"
    return figure.figure_period or dates or "no period given"


# --- Tolerance ----------------------------------------------------------------
def within_tolerance(a: Decimal, b: Decimal, metric) -> bool:
    difference = abs(a - b)
    if metric.tolerance_is_relative:
        return difference <= metric.tolerance * max(abs(a), abs(b))
    return difference <= metric.tolerance


# --- Figures and discrepancies ------------------------------------------------
@dataclass
class Figure:
    """One figure as stated by one source, with every claim that records it.

    The same passage of the same source can be recorded more than once (a claim's own quote, and
    the same quote as evidence on other claims); those are one statement, listed once.
    """

    key: tuple  # see figure_key()
    number: int
    metric: object
    value: Decimal
    unit: str
    figure_period: str
    figure_period_start: object
    figure_period_end: object
    source: object
    quote: str
    speaker: str
    claims: list = field(default_factory=list)
    normalised: Normalised = None
    disagrees_with: list = field(default_factory=list)
    agrees_with: list = field(default_factory=list)

    @property
    def period(self) -> str:
        return period_label(self)

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
        larger = max(abs(self.a.normalised.value), abs(self.b.normalised.value))
        return (self.difference / larger) if larger else None

    @property
    def percent_difference(self) -> str:
        relative = self.relative_difference
        return "" if relative is None else f"{relative * 100:.1f}%"


def figure_key(obj) -> tuple:
    """What makes two recorded figures the same statement: source, passage, metric, value, unit, period."""
    source_id = obj.article_id if hasattr(obj, "article_id") else obj.source_id
    return (
        source_id,
        " ".join(obj.quote.split()),
        obj.metric_id,
        obj.figure_value.normalize() if obj.figure_value is not None else None,
        obj.figure_unit.strip(),
        period_name(obj.figure_period),
        obj.figure_period_start,
        obj.figure_period_end,
    )


def collect(claims, evidence, *, metrics: dict) -> dict[int, list[Figure]]:
    """Figures by metric id, one per statement, from claims (with `article`) and evidence (with `source`, `claim`).

    Claims come first so that a passage recorded both as a claim and as evidence carries the claim's speaker.
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
                normalised=normalise(obj.figure_value, obj.figure_unit, metric.unit),
            )
            by_key[key] = figure
            numbered.setdefault(obj.metric_id, []).append(figure)
        elif speaker and not figure.speaker:
            figure.speaker = speaker
        if claim not in figure.claims:
            figure.claims.append(claim)
    for figures in numbered.values():
        compare_all(figures)
    return numbered


def compare(a: Figure, b: Figure) -> Comparison | None:
    """The comparison of two figures of the same metric, or None when they are not comparable."""
    if a.metric.pk != b.metric.pk or not (a.comparable and b.comparable) or not periods_overlap(a, b):
        return None
    x, y = a.normalised.value, b.normalised.value
    return Comparison(a=a, b=b, difference=abs(x - y), agree=within_tolerance(x, y, a.metric), same_period=same_period(a, b))


def compare_all(figures: list[Figure]) -> list[Comparison]:
    """Every pair compared; each figure learns which others it agrees and disagrees with."""
    comparisons = []
    for a, b in combinations(figures, 2):
        result = compare(a, b)
        if result is None:
            continue
        comparisons.append(result)
        (a.agrees_with if result.agree else a.disagrees_with).append(b)
        (b.agrees_with if result.agree else b.disagrees_with).append(a)
    return comparisons


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
    from claims.models import Claim, Metric

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
        elif result is None:
            verdict, reason = "not compared", "The periods do not overlap."
        else:
            verdict = "agrees" if result.agree else "disagrees"
            reason = "" if result.same_period else "The periods overlap but are not the same: compare with care."
        rows.append({"figure": other, "verdict": verdict, "reason": reason, "comparison": result,
                     "in_evidence": claim in other.claims})
    rows.sort(key=lambda row: (not row["in_evidence"], row["verdict"] != "disagrees"))
    return {"own": own, "rows": rows, "disagreements": sum(row["verdict"] == "disagrees" for row in rows)}


def claims_with_discrepancies(claims) -> set[int]:
    """Ids of the claims (among `claims`, any state) whose figure, or whose evidence's figure,
    disagrees with another figure of the same metric from these claims."""
    from claims.models import Metric

    claim_rows, evidence_rows = figure_querysets(claims)
    metrics = {metric.pk: metric for metric in Metric.objects.all()}
    found = set()
    for figures in collect(claim_rows, evidence_rows, metrics=metrics).values():
        for figure in figures:
            if figure.disagrees:
                found.update(claim.pk for claim in figure.claims)
    return found
