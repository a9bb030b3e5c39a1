"""Reading the units, periods and tolerances of stated figures, so that two figures can be compared.

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

Bounds. "More than X" and "at least X" are read as a value from X up to half as much again (1.5 × X);
"less than X" and "up to X" as a value from two thirds of X up to X (X is then at most half as much
again as the value). A speaker who means 700 does not say "more than 350": a bound names a number near
the one meant, and a bound read as open would agree with any figure on its side of it. Half as much again
is where the next round figure usually lies (more than 350 is not yet 500; more than 2 is not yet 3). A
bound of zero stays open on its far side.

Tolerance. Two values agree when they differ by no more than the metric's tolerance: a fraction of
the larger of the two (relative), or an amount in the metric's unit (absolute). Exactly at the
tolerance is agreement; beyond it is a discrepancy. Between a bound and another figure, the values
compared are the nearest two the statements allow.
"""

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext

from factregister.languages import table_date

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


# Figures of one metric repeat a handful of units and period names thousands of times over: each is read once.
@functools.lru_cache(maxsize=4096)
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
        return Normalised(None, gettext("No value is given."))
    stated, target = parse_unit(unit), parse_unit(metric_unit)
    if stated is None or not stated.base:
        return Normalised(None, gettext("No unit is given, so the figure is not compared."))
    if target is None or not target.base:
        return Normalised(None, gettext("The metric has no unit to compare in."))
    if stated.base != target.base:
        return Normalised(
            None,
            gettext(
                "'%(unit)s' does not convert to the metric's unit '%(metric_unit)s', so the figure is not compared."
            )
            % {"unit": unit, "metric_unit": metric_unit},
        )
    return Normalised(Decimal(value) * stated.multiplier / target.multiplier)


# --- Periods ------------------------------------------------------------------
@functools.lru_cache(maxsize=4096)
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
    """The period as readers see it: the name, and the dates (in the reader's language) when known."""
    start, end = figure.figure_period_start, figure.figure_period_end
    if start and end:
        dates = table_date(start) if start == end else f"{table_date(start)} – {table_date(end)}"
    elif start:
        dates = gettext("from %(day)s") % {"day": table_date(start)}
    elif end:
        dates = gettext("to %(day)s") % {"day": table_date(end)}
    else:
        dates = ""
    if figure.figure_period and dates:
        return f"{figure.figure_period} ({dates})"
    return figure.figure_period or dates or gettext("no period given")


# --- Bounds ---------------------------------------------------------------------
# How far a bound reaches beyond its number: "more than X" is read as at most (1 + BOUND_REACH) × X.
BOUND_REACH = Decimal("0.5")


def reach_above(value: Decimal) -> Decimal | None:
    """The highest value "more than `value`" is read as allowing; None (no end) for zero."""
    if value > 0:
        return value * (1 + BOUND_REACH)
    if value < 0:
        return value / (1 + BOUND_REACH)
    return None


def reach_below(value: Decimal) -> Decimal | None:
    """The lowest value "less than `value`" is read as allowing; None (no end) for zero."""
    if value > 0:
        return value / (1 + BOUND_REACH)
    if value < 0:
        return value * (1 + BOUND_REACH)
    return None


# --- Tolerance ----------------------------------------------------------------
def within_tolerance(a: Decimal, b: Decimal, metric) -> bool:
    difference = abs(a - b)
    if metric.tolerance_is_relative:
        return difference <= metric.tolerance * max(abs(a), abs(b))
    return difference <= metric.tolerance
