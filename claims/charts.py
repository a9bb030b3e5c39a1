"""Verdict charts drawn on the server as SVG, so they read without JavaScript.

A chart is a horizontal bar per verdict, each labelled with the verdict's name
and its count in text: colour (set in the stylesheet by class) is never the
only signal. The template `includes/verdict_chart.html` draws it.
"""

from collections import Counter
from dataclasses import dataclass

from claims.models import Status

BAR_HEIGHT = 24
BAR_GAP = 8
LABEL_WIDTH = 150
BAR_SPACE = 200
COUNT_WIDTH = 40
WIDTH = LABEL_WIDTH + BAR_SPACE + COUNT_WIDTH


@dataclass(frozen=True)
class Bar:
    status: str
    label: str
    count: int
    width: int
    y: int

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT // 2 + 5

    @property
    def count_x(self) -> int:
        return LABEL_WIDTH + self.width + 6


@dataclass(frozen=True)
class VerdictChart:
    bars: list[Bar]
    total: int
    height: int
    width: int = WIDTH
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def description(self) -> str:
        parts = [f"{bar.label}: {bar.count}" for bar in self.bars]
        return f"{self.total} published verdicts. " + "; ".join(parts) + "."


def verdict_chart(counts: dict[str, int] | Counter) -> VerdictChart:
    """A chart of published verdicts by status; every verdict gets a row, zero included."""
    biggest = max(counts.values(), default=0) or 1
    bars = []
    for row, status in enumerate(Status.verdicts()):
        count = counts.get(status, 0)
        width = round(BAR_SPACE * count / biggest) if count else 0
        bars.append(
            Bar(status=status, label=Status(status).label, count=count, width=width, y=row * (BAR_HEIGHT + BAR_GAP))
        )
    height = len(bars) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP
    return VerdictChart(bars=bars, total=sum(bar.count for bar in bars), height=height)
