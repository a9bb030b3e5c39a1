"""The demo register's figures: the seed articles' real disagreements appear on /figures/."""

import pytest

from claims.demo import load_demo
from claims.demo.figures import CLAIM_FIGURES, METRICS
from claims.figures.compare import public_figures
from claims.models import Claim, Evidence, Metric

pytestmark = pytest.mark.django_db


def test_demo_fills_the_figures_and_shows_the_articles_disagreements(client):
    load_demo()
    assert Metric.objects.count() == len(METRICS)
    assert Claim.objects.filter(metric__isnull=False).count() == len(CLAIM_FIGURES)
    assert Evidence.objects.filter(metric__isnull=False, figure_value__isnull=False).exists()

    metrics, figures = public_figures()
    by_ref = {metrics[pk].ref: found for pk, found in figures.items()}
    # 14 agreements and memoranda (Tehran-dateline report) against eight documents (The Astana Times).
    documents = by_ref["documents-signed-in-astana"]
    assert sorted(str(f.value.normalize()) for f in documents) == ["14", "8"]
    assert all(f.disagrees for f in documents)
    # 44.9% (The Astana Times) against the 40% both presidents gave; the two 40s agree.
    growth = {str(f.value.normalize()): f for f in by_ref["bilateral-trade-growth"]}
    assert growth["44.9"].disagrees and len(growth["44.9"].disagrees_with) == 2
    # $310.8 million for January–September 2025 and $340 million for 2024 cover different periods.
    assert not any(f.disagrees for f in by_ref["bilateral-trade-turnover"])
    # The roadmap's $3 billion: two reports, one figure.
    assert all(f.agrees_with for f in by_ref["bilateral-trade-target"])

    html = client.get("/figures/").content.decode()
    assert "Documents signed during the Astana visit" in html and "disagreement" in html
    page = client.get("/figures/documents-signed-in-astana/").content.decode()
    assert "Where the sources disagree" in page


def test_reloading_the_demo_changes_no_figure():
    load_demo()
    before = list(Evidence.objects.order_by("pk").values_list("metric_id", "figure_value", "figure_period_start"))
    tally = load_demo()
    assert tally.total("created") == 0 and tally.total("updated") == 0
    assert (
        list(Evidence.objects.order_by("pk").values_list("metric_id", "figure_value", "figure_period_start")) == before
    )
