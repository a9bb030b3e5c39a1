"""A metric's figures drawn on the server as SVG: each value as a bar across the period it covers.

Time runs left to right, the value bottom to top (from zero). Each figure with dates is a
horizontal bar from its first to its last day at the height of its value, labelled with its
number and value in text; a figure that disagrees with another is drawn dashed and its label
says so, so colour is never the only signal. Figures without dates, or whose unit does not
convert, cannot be placed and are named in the chart's description instead.
The metric page (`templates/claims/figures/metric_detail.html`) draws it.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import date_format
from django.utils.translation import gettext

from factregister.languages import localised_digits, table_month

WIDTH = 640
HEIGHT = 240
LEFT = 90  # room for the value axis labels
RIGHT = 20
TOP = 20
BOTTOM = 40  # room for the date labels
PLOT_W = WIDTH - LEFT - RIGHT
PLOT_H = HEIGHT - TOP - BOTTOM
MIN_BAR = 4  # a one-day period is still visible


@dataclass(frozen=True)
class Segment:
    number: int
    anchor: str
    x1: int
    x2: int
    y: int
    label: str
    disagrees: bool

    @property
    def label_x(self) -> int:
        return min(self.x1, WIDTH - RIGHT - 120)

    @property
    def label_y(self) -> int:
        return self.y - 6 if self.y - 6 > TOP + 8 else self.y + 16


@dataclass(frozen=True)
class Tick:
    position: int
    label: str


@dataclass(frozen=True)
class FigureChart:
    segments: list[Segment]
    value_ticks: list[Tick]
    date_ticks: list[Tick]
    description: str
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    top: int = TOP
    bottom_y: int = TOP + PLOT_H
    right_x: int = LEFT + PLOT_W


def format_value(value: Decimal, unit: str = "") -> str:
    """A value for people, in the page's language: 310800000 -> '310.8 million', 44.9 -> '44.9'."""
    value = Decimal(value)
    sizes = (
        (Decimal(10) ** 12, gettext("%(number)s trillion")),
        (Decimal(10) ** 9, gettext("%(number)s billion")),
        (Decimal(10) ** 6, gettext("%(number)s million")),
    )
    for size, words in sizes:
        if abs(value) >= size:
            text = words % {"number": f"{(value / size).normalize():f}"}
            break
    else:
        text = f"{value.normalize():,f}" if abs(value) >= 10000 else f"{value.normalize():f}"
    return localised_digits(f"{text} {unit}".strip())


def _x(day: datetime.date, first: datetime.date, days: int) -> int:
    return LEFT + round(PLOT_W * (day - first).days / days)


def figure_chart(figures, unit: str) -> FigureChart | None:
    """The chart of `figures` (claims.figures.compare.Figure, all of one metric), or None when none can be placed."""
    placed = [f for f in figures if f.comparable and (f.figure_period_start or f.figure_period_end)]
    left_out = [f for f in figures if f not in placed]
    if not placed:
        return None
    starts = [f.figure_period_start or f.figure_period_end for f in placed]
    ends = [f.figure_period_end or f.figure_period_start for f in placed]
    first, last = min(starts), max(ends)
    days = max((last - first).days, 1)
    top_value = max(max(f.normalised.value for f in placed), Decimal(0)) or Decimal(1)
    segments = []
    for figure, start, end in zip(placed, starts, ends, strict=True):
        x1, x2 = _x(start, first, days), _x(end, first, days)
        x2 = max(x2, x1 + MIN_BAR)
        y = TOP + PLOT_H - round(PLOT_H * figure.normalised.value / top_value)
        label = localised_digits(f"#{figure.number}: ") + format_value(figure.normalised.value)
        if figure.disagrees:
            label += " " + gettext("(disagrees)")
        segments.append(Segment(figure.number, figure.anchor, x1, x2, y, label, figure.disagrees))
    value_ticks = [
        Tick(TOP + PLOT_H - round(PLOT_H * share), format_value(top_value * Decimal(share))) for share in (0, 0.5, 1)
    ]
    date_ticks = [Tick(LEFT, table_month(first)), Tick(LEFT + PLOT_W, table_month(last))]
    parts = [
        localised_digits(f"#{f.number}: ")
        + f"{format_value(f.normalised.value, unit)}, {f.period}"
        + (gettext(", disagrees with another figure") if f.disagrees else "")
        for f in placed
    ]
    description = (
        gettext("Values in %(unit)s over the periods they cover, %(first)s to %(last)s.")
        % {
            "unit": unit,
            "first": localised_digits(date_format(first, "DATE_FORMAT")),
            "last": localised_digits(date_format(last, "DATE_FORMAT")),
        }
        + " "
        + "; ".join(parts)
        + "."
    )
    if left_out:
        description += " " + gettext("Not on the chart (no dates, or a unit that does not convert): %(figures)s.") % {
            "figures": ", ".join(localised_digits(f"#{f.number}") for f in left_out)
        }
    return FigureChart(segments=segments, value_ticks=value_ticks, date_ticks=date_ticks, description=description)
