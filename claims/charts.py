"""Verdict charts drawn on the server as SVG, so they read without JavaScript.

A chart is a horizontal bar per verdict, each labelled with the verdict's name
and its count in text: colour (set in the stylesheet by class) is never the
only signal. On a right-to-left page it is mirrored: the names on the right and
the bars growing leftwards. The template `includes/verdict_chart.html` draws it.
"""

from collections import Counter
from dataclasses import dataclass

from django.utils.translation import get_language_bidi, ngettext, pgettext

from claims.models import Status
from factregister.languages import localised_digits

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
    rtl: bool = False

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT // 2 + 5

    # A text's x is where it starts: its left end left to right, its right end right to left.
    @property
    def label_x(self) -> int:
        return WIDTH if self.rtl else 0

    @property
    def bar_x(self) -> int:
        return WIDTH - LABEL_WIDTH - self.width if self.rtl else LABEL_WIDTH

    @property
    def count_x(self) -> int:
        return WIDTH - LABEL_WIDTH - self.width - 6 if self.rtl else LABEL_WIDTH + self.width + 6


@dataclass(frozen=True)
class VerdictChart:
    bars: list[Bar]
    total: int
    height: int
    width: int = WIDTH
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT
    rtl: bool = False

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"

    @property
    def description(self) -> str:
        total = ngettext("%(count)s published verdict.", "%(count)s published verdicts.", self.total) % {
            "count": self.total
        }
        parts = [f"{bar.label}: {bar.count}" for bar in self.bars]
        separator = pgettext("list separator", ";")
        return localised_digits(f"{total} " + f"{separator} ".join(parts) + ".")


def verdict_chart(counts: dict[str, int] | Counter) -> VerdictChart:
    """A chart of published verdicts by status, in the page's language; every verdict gets a row, zero included."""
    rtl = get_language_bidi()
    biggest = max(counts.values(), default=0) or 1
    bars = []
    for row, status in enumerate(Status.verdicts()):
        count = counts.get(status, 0)
        width = round(BAR_SPACE * count / biggest) if count else 0
        bars.append(
            Bar(
                status=status,
                label=str(Status(status).label),
                count=count,
                width=width,
                y=row * (BAR_HEIGHT + BAR_GAP),
                rtl=rtl,
            )
        )
    height = len(bars) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP
    return VerdictChart(bars=bars, total=sum(bar.count for bar in bars), height=height, rtl=rtl)
