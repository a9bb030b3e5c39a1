"""The demo register's metrics, and which figure each demo claim and each cited passage states.

The values, units and named periods are the claims' own, in claims.demo.data (each taken from
the article's words). This module adds what the figures cross-check needs: the metric each figure
states, the dates of its period where the articles allow them, and, for evidence, which figure
the cited passage states. No number here is new.

Dates. "January–September 2025" and "2024" are dated as written. "Over the past year" and "over
the past ten months", said at the Astana talks on Thursday 11 December 2025, are dated back from
that day (twelve and ten months): our reading, stated in the metric's description so readers can
weigh it. Named periods with no dates ("Astana visit, December 2025") are compared by name only.
"""

import datetime
from decimal import Decimal

from claims.demo.data import (
    ASTANA_TIMES_PARTNERSHIP,
    FORUM_REPORT,
    Q_EIGHT_SIGNED,
    Q_FORTY_PAST_YEAR,
    Q_FORTY_TEN_MONTHS,
    Q_FOURTEEN,
    Q_NINE_MONTHS,
    Q_ROADMAP,
    Q_ROADMAP_FORUM,
    Q_TRADE_2024,
    Q_WELCOMED,
    TOUR_REPORT,
)

D = datetime.date
TALKS = D(2025, 12, 11)

TURNOVER = "bilateral-trade-turnover"
GROWTH = "bilateral-trade-growth"
TARGET = "bilateral-trade-target"
DOCUMENTS = "documents-signed-in-astana"
DELEGATION = "business-delegation-to-astana"
COMPANIES = "iranian-companies-in-kazakhstan"
BARLEY = "barley-exports-to-iran"
MANUSCRIPTS = "manuscripts-brought-to-astana"

METRICS = [
    {
        "ref": TURNOVER,
        "name": "Iran–Kazakhstan bilateral trade turnover",
        "unit": "USD",
        "tolerance": Decimal("0.05"),
        "tolerance_is_relative": True,
        "description": (
            "The value of all trade between the two countries, both directions, over a stated period. Figures for "
            "different periods (a calendar year, the first nine months of a year) are listed together but compared "
            "only where their periods overlap. Agreement: within 5% of each other."
        ),
    },
    {
        "ref": GROWTH,
        "name": "Growth of Iran–Kazakhstan trade",
        "unit": "percent",
        "tolerance": Decimal("1"),
        "tolerance_is_relative": False,
        "description": (
            "How much trade grew, in percent, against the same period of the year before. 'Over the past year' and "
            "'over the past ten months', said at the talks of 11 December 2025, are dated back twelve and ten "
            "months from that day: our reading of the words. Growth over periods that only overlap need not be "
            "equal, so such pairs are marked 'compare with care'. Agreement: within one percentage point."
        ),
    },
    {
        "ref": TARGET,
        "name": "Iran–Kazakhstan trade target under the roadmap",
        "unit": "USD",
        "tolerance": Decimal("0"),
        "tolerance_is_relative": True,
        "description": "The yearly trade the two governments' roadmap aims for. No source gives a target year.",
    },
    {
        "ref": DOCUMENTS,
        "name": "Documents signed during the Astana visit",
        "unit": "documents",
        "tolerance": Decimal("0"),
        "tolerance_is_relative": False,
        "description": (
            "Agreements, memoranda and other documents signed during the December 2025 visit to Astana. The "
            "Tehran-dateline report gives a total; The Astana Times counts the 'intergovernmental documents' and "
            "lists further memorandums without numbering them, so its eight may count a narrower set."
        ),
    },
    {
        "ref": DELEGATION,
        "name": "Iranian business leaders with the Astana delegation",
        "unit": "business leaders",
        "tolerance": Decimal("0"),
        "tolerance_is_relative": False,
        "description": "Business people in the Iranian delegation to Astana, December 2025.",
    },
    {
        "ref": COMPANIES,
        "name": "Iranian companies operating in Kazakhstan",
        "unit": "companies",
        "tolerance": Decimal("0.05"),
        "tolerance_is_relative": True,
        "description": "Iranian companies operating in Kazakhstan at the time of the December 2025 talks.",
    },
    {
        "ref": BARLEY,
        "name": "Barley supplied by Kazakhstan to Iran",
        "unit": "tonnes",
        "tolerance": Decimal("0.05"),
        "tolerance_is_relative": True,
        "description": "Kazakh barley supplied to Iran in a year, in metric tonnes.",
    },
    {
        "ref": MANUSCRIPTS,
        "name": "Ancient manuscripts brought by the Iranian delegation",
        "unit": "manuscripts",
        "tolerance": Decimal("0"),
        "tolerance_is_relative": False,
        "description": "Manuscripts on the Kazakh Khanate brought to Astana by the Iranian delegation, December 2025.",
    },
]

# Claim ref -> the metric its figure states, and its period's dates when the article allows them.
CLAIM_FIGURES = {
    "trade-reached-310-8-million-january-september-2025": (TURNOVER, D(2025, 1, 1), D(2025, 9, 30)),
    "bilateral-trade-2024-340-million": (TURNOVER, D(2024, 1, 1), D(2024, 12, 31)),
    "trade-up-44-9-percent-january-september-2025": (GROWTH, D(2025, 1, 1), D(2025, 9, 30)),
    "pezeshkian-trade-grew-40-percent-past-year": (GROWTH, D(2024, 12, 11), TALKS),
    "tokayev-trade-grew-40-percent-past-ten-months": (GROWTH, D(2025, 2, 11), TALKS),
    "roadmap-to-raise-trade-to-3-billion-dollars": (TARGET, None, None),
    "fourteen-agreements-and-memoranda-signed-in-astana": (DOCUMENTS, None, None),
    "eight-intergovernmental-documents-signed-in-astana": (DOCUMENTS, None, None),
    "delegation-of-100-business-leaders-accompanied-pezeshkian": (DELEGATION, None, None),
    "700-iranian-companies-operate-in-kazakhstan": (COMPANIES, None, None),
    "kazakhstan-supplied-500000-tons-of-barley-to-iran": (BARLEY, None, None),
    "iranian-delegation-brought-27-ancient-manuscripts": (MANUSCRIPTS, None, None),
}

# A cited passage -> the claims whose figure it states (the passage is that claim's own quote).
# Evidence quoting the passage on a claim of the same metric carries that figure.
PASSAGE_FIGURES = {
    (TOUR_REPORT, Q_FOURTEEN): ["fourteen-agreements-and-memoranda-signed-in-astana"],
    (ASTANA_TIMES_PARTNERSHIP, Q_EIGHT_SIGNED): ["eight-intergovernmental-documents-signed-in-astana"],
    (ASTANA_TIMES_PARTNERSHIP, Q_NINE_MONTHS): [
        "trade-reached-310-8-million-january-september-2025",
        "trade-up-44-9-percent-january-september-2025",
    ],
    (FORUM_REPORT, Q_TRADE_2024): ["bilateral-trade-2024-340-million"],
    (FORUM_REPORT, Q_FORTY_TEN_MONTHS): ["tokayev-trade-grew-40-percent-past-ten-months"],
    (TOUR_REPORT, Q_FORTY_PAST_YEAR): ["pezeshkian-trade-grew-40-percent-past-year"],
    (TOUR_REPORT, Q_ROADMAP): ["roadmap-to-raise-trade-to-3-billion-dollars"],
    (FORUM_REPORT, Q_ROADMAP_FORUM): ["roadmap-to-raise-trade-to-3-billion-dollars"],
    (TOUR_REPORT, Q_WELCOMED): ["delegation-of-100-business-leaders-accompanied-pezeshkian"],
}
EMPTY = {
    "metric": None,
    "figure_value": None,
    "figure_unit": "",
    "figure_period": "",
    "figure_period_start": None,
    "figure_period_end": None,
}


def claim_figure(row: dict) -> dict:
    """The metric and period dates of a claim row's figure (nothing when it states none)."""
    metric, start, end = CLAIM_FIGURES.get(row["ref"], (None, None, None))
    return {"metric": metric, "figure_period_start": start, "figure_period_end": end}


def evidence_figure(claim_row: dict, item: dict, rows_by_ref: dict) -> dict:
    """The figure an evidence item's passage states for its claim's metric, or EMPTY."""
    wanted = CLAIM_FIGURES.get(claim_row["ref"], (None,))[0]
    if wanted is None:
        return EMPTY
    for ref in PASSAGE_FIGURES.get((item["source"], item["quote"]), []):
        metric, start, end = CLAIM_FIGURES[ref]
        if metric == wanted:
            stating = rows_by_ref[ref]
            return {
                "metric": metric,
                "figure_value": stating["figure_value"],
                "figure_unit": stating["figure_unit"],
                "figure_period": stating["figure_period"],
                "figure_period_start": start,
                "figure_period_end": end,
            }
    return EMPTY
