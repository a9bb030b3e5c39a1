"""The figures cross-check at scale (issue #9): the same answers as comparing every pair, in N log N, and the
editors' pages run the same queries however many drafts share a figure."""

import datetime
import random
from decimal import Decimal
from types import SimpleNamespace

import pytest

from claims.figures.compare import Figure, compare, compare_all_quietly
from claims.figures.disagreement import disagreeing
from claims.figures.units import normalise
from claims.models import Claim
from tests.factories import ClaimFactory, MetricFactory, SourceFactory

D = Decimal
NAMES = ["", "2025", "January-September 2025", "Astana visit"]
QUALIFIERS = ["", "", "", "more_than", "at_least", "less_than", "up_to", "about"]
DAY0 = datetime.date(2025, 1, 1)


def random_figure(rng: random.Random, number: int, metric) -> Figure:
    start = None if rng.random() < 0.5 else DAY0 + datetime.timedelta(days=rng.randrange(300))
    end = None if rng.random() < 0.5 else DAY0 + datetime.timedelta(days=rng.randrange(300))
    if start and end and end < start:
        start, end = end, start
    value = D(rng.choice([rng.randrange(-50, 200), rng.randrange(90, 110)]))
    unit = rng.choice(["documents"] * 6 + ["", "tonnes"])  # some not comparable
    return Figure(
        key=(number,),
        number=number,
        metric=metric,
        value=value,
        unit=unit,
        figure_period=rng.choice(NAMES),
        figure_period_start=start,
        figure_period_end=end,
        source=SimpleNamespace(pk=number),
        quote="",
        speaker="",
        qualifier=rng.choice(QUALIFIERS),
        normalised=normalise(value, unit, metric.unit),
    )


def pairwise(figures) -> set[int]:
    found = set()
    for comparison in compare_all_quietly(figures):
        if not comparison.agree:
            found.update((id(comparison.a), id(comparison.b)))
    return found


@pytest.mark.parametrize(
    "tolerance, relative",
    [(D("0"), False), (D("5"), False), (D("0.05"), True), (D("0.5"), True), (D("1"), True), (D("1.5"), True)],
)
def test_disagreeing_figures_are_the_ones_comparing_every_pair_finds(tolerance, relative):
    metric = SimpleNamespace(pk=1, unit="documents", tolerance=tolerance, tolerance_is_relative=relative)
    rng = random.Random(f"{tolerance}-{relative}")
    for _ in range(60):
        figures = [random_figure(rng, n, metric) for n in range(rng.randrange(1, 40))]
        assert disagreeing(figures, compare) == pairwise(figures)


# --- The editors' pages ---------------------------------------------------------------
def drafts_sharing_a_figure(metric, source, count: int, *, start: int = 0) -> list[Claim]:
    """`count` drafts stating the metric from one source, half the same figure and half each their own."""
    return [
        ClaimFactory(
            article=source,
            metric=metric,
            figure_value=D(14) if n % 2 else D(100 + n),
            figure_unit="documents",
            figure_period="Astana visit",
            quote="Fourteen documents were signed." if n % 2 else f"Figure {n}.",
        )
        for n in range(start, start + count)
    ]


@pytest.fixture
def metric(db):
    return MetricFactory(unit="documents", tolerance=0, tolerance_is_relative=False)


def queries_for(client, address: str) -> int:
    """The queries a second read of `address` runs (the first fills the session's and the cache's own)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(address)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(address).status_code == 200
    return len(captured.captured_queries)


def test_the_claim_admin_page_runs_the_same_queries_with_more_sharing_drafts(editor_client, metric):
    source = SourceFactory()
    first, *_ = drafts_sharing_a_figure(metric, source, 4)
    address = f"/admin/claims/claim/{first.pk}/change/"
    few = queries_for(editor_client, address)
    drafts_sharing_a_figure(metric, source, 60, start=4)
    many = queries_for(editor_client, address)
    # Never more (on PostgreSQL the repeat suggestions run a few fixed queries fewer once they have candidates).
    assert many <= few


def test_the_claim_admin_page_shows_a_bounded_number_of_figures_and_counts_the_rest(editor_client, metric):
    from claims.figures.admin import PANEL_CLAIMS, PANEL_ROWS

    source = SourceFactory()
    claims = drafts_sharing_a_figure(metric, source, 2 * PANEL_ROWS + 2 * PANEL_CLAIMS + 10)
    own = claims[0]  # its own figure; the one many drafts share is another, listed with its claims
    html = editor_client.get(f"/admin/claims/claim/{own.pk}/change/").content.decode()
    others = len({claim.figure_value for claim in claims}) - 1
    assert html.count("≠ disagrees") == PANEL_ROWS
    assert f"and {others - PANEL_ROWS} more figures" in html
    sharing = sum(claim.figure_value == 14 for claim in claims)
    assert sharing > PANEL_CLAIMS
    assert f"and {sharing - PANEL_CLAIMS} more claims" in html


def test_the_figures_disagree_filter_runs_the_same_queries_with_more_sharing_drafts(editor_client, metric):
    source = SourceFactory()
    drafts_sharing_a_figure(metric, source, 4)
    address = "/admin/claims/claim/?figures_disagree=yes"
    few = queries_for(editor_client, address)
    drafts_sharing_a_figure(metric, source, 60, start=4)
    many = queries_for(editor_client, address)
    assert many == few
