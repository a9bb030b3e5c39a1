"""The demo register's metrics: what each kind of figure counts, so like is compared with like.

The figures are the claims' own (claims.demo.data, each as its article states it, with its qualifier
and period), and those of the evidence. A piece of evidence that quotes a passage stating a claim's
figure, for a claim of the same metric, carries that figure too; a paraphrase of another source
carries the number that source gives, recorded with it in the data (`paraphrased(..., figure=...)`).
Each piece of evidence carries one figure at most: a passage that gives several (Tokayev's forum
speech gives the 2024 trade, two staged goals and a count of companies) gives each on the evidence
of the claim it bears on (`evidence_figure`).

What each metric counts matters as much as the number. The fourteen documents of the Tehran Times
report and the eight of The Astana Times count different things: everything signed during the
visit, as Iranian accounts total it, and the documents signed and exchanged in the two presidents'
presence, which the Kazakh presidency lists. They are two metrics, so they are never set against
each other as a contradiction.
"""

from decimal import Decimal

from claims.demo.data import (
    BARLEY,
    COMPANIES,
    DELEGATION,
    DOCUMENTS_IN_PRESENCE,
    DOCUMENTS_TOTAL,
    GROWTH,
    MANUSCRIPTS,
    TARGET,
    TURNOVER,
)
from claims.figures import models

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
            "How much trade grew, in percent, against the same months of the year before. Growth over periods "
            "that only overlap (nine months, ten months, 'this year') need not be equal, so such pairs are marked "
            "'compare with care', and the gap between two growth rates is in percentage points. Agreement: within "
            "one percentage point."
        ),
    },
    {
        "ref": TARGET,
        "name": "Iran–Kazakhstan trade target under the roadmap",
        "unit": "USD",
        "tolerance": Decimal("0"),
        "tolerance_is_relative": True,
        "description": (
            "The yearly trade the two governments aim for. The $3 billion goal was first set in June 2022; no "
            "source gives a target year."
        ),
    },
    {
        "ref": DOCUMENTS_TOTAL,
        "name": "Documents of the Astana visit, as Iranian accounts count them",
        "unit": "documents",
        "tolerance": Decimal("0"),
        "tolerance_is_relative": False,
        "description": (
            "Every agreement, memorandum and programme the Iranian accounts say was signed during the December 2025 "
            "visit to Astana, in the presidents' presence or not. The Kazakh presidency publishes no such total."
        ),
    },
    {
        "ref": DOCUMENTS_IN_PRESENCE,
        "name": "Documents signed in the two presidents' presence in Astana",
        "unit": "documents",
        "tolerance": Decimal("0"),
        "tolerance_is_relative": False,
        "description": (
            "The documents signed and exchanged in front of the two presidents on 11 December 2025, which the Kazakh "
            "presidency lists one by one (eight). A narrower set than all the documents of the visit."
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
        "name": "Copies of manuscripts brought by the Iranian delegation",
        "unit": "manuscripts",
        "tolerance": Decimal("0"),
        "tolerance_is_relative": False,
        "description": (
            "Copies of manuscripts on the Kazakh Khanate brought to Astana by the Iranian delegation, December 2025."
        ),
    },
]

# What a demo row states about its figure; the metric is named apart.
FIGURE_FIELDS = tuple(name for name in models.FIGURE_FIELDS if name != "metric")
EMPTY = {
    "metric": None,
    **dict.fromkeys(FIGURE_FIELDS),
    "figure_qualifier": "",
    "figure_unit": "",
    "figure_period": "",
    "figure_period_note": "",
}


def evidence_figure(claim_row: dict, item: dict, rows: list[dict]) -> dict:
    """The figure an evidence item's passage states, or EMPTY.

    A paraphrase states the figure recorded with it. A quoted passage states a figure when a claim of its
    claim's metric was logged from it: the same article and the same words.
    """
    if item.get("figure"):
        return {"metric": item["figure"]["metric"], **{name: item["figure"][name] for name in FIGURE_FIELDS}}
    wanted = claim_row["metric"]
    if wanted is None or item["paraphrased"]:
        return EMPTY
    for row in rows:
        if row["metric"] == wanted and row["article"] == item["source"] and row["quote"] == item["quote"]:
            return {"metric": wanted, **{name: row[name] for name in FIGURE_FIELDS}}
    return EMPTY
