"""The demo register's figures: what each number counts, so the articles' real differences show, false ones not."""

import pytest

from claims.demo import data, load_demo
from claims.demo.figures import METRICS
from claims.figures.compare import public_figures
from claims.models import Claim, Evidence, Metric

pytestmark = pytest.mark.django_db


def number(figure) -> str:
    return f"{figure.value.normalize():f}"


def test_demo_fills_the_figures_and_models_what_each_number_counts(client):
    load_demo()
    assert Metric.objects.count() == len(METRICS)
    assert Claim.objects.filter(metric__isnull=False).count() == sum(1 for row in data.CLAIMS if row["metric"])
    assert Evidence.objects.filter(metric__isnull=False, figure_value__isnull=False).exists()

    metrics, figures = public_figures()
    by_ref = {metrics[pk].ref: found for pk, found in figures.items()}
    # Fourteen documents in all (Iranian accounts) and eight signed in the presidents' presence (Akorda):
    # two things counted, not one thing contradicted.
    assert [number(f) for f in by_ref[data.DOCUMENTS_TOTAL]] == ["14"]
    eight = by_ref[data.DOCUMENTS_IN_PRESENCE]
    assert {number(f) for f in eight} == {"8"} and not any(f.disagrees for f in eight)
    # The two accounts' eight, both on 11 December 2025, are compared, and agree.
    assert all(f.agrees_with for f in eight)
    # 44.9% for January–September and the 40% both presidents gave for other stretches of the year: growth over
    # periods that only overlap need not be equal, so they are neither agreement nor disagreement.
    growth = {}
    for figure in by_ref[data.GROWTH]:
        growth.setdefault(number(figure), []).append(figure)
    assert len(growth["40"]) == 2
    (nine_months,) = growth["44.9"]
    assert not nine_months.disagrees_with and not nine_months.agrees_with
    # $310.8 million for January–September 2025 and $340 million for 2024 cover different periods.
    assert not any(f.disagrees for f in by_ref[data.TURNOVER])
    # The roadmap's $3 billion target: two copies of one Iranian account are one voice, not two agreeing.
    target = by_ref[data.TARGET]
    assert len({f.source.origin_id for f in target}) == 1 and not any(f.agrees_with for f in target)
    # "More than 500,000 tonnes" is a lower bound, and says so.
    (barley,) = by_ref[data.BARLEY]
    assert barley.stated == "more than 500,000 tonnes"

    html = client.get("/figures/").content.decode()
    assert "Documents signed in the two presidents" in html and "Copies of manuscripts" in html
    page = client.get(f"/figures/{data.GROWTH}/").content.decode()
    assert "4.9 percentage points" not in page and "percentage points, is at most 1" in page
    manuscripts = client.get(f"/figures/{data.MANUSCRIPTS}/").content.decode()
    assert "Copies of manuscripts" in manuscripts and "Ancient manuscripts" not in manuscripts


def test_reloading_the_demo_changes_no_figure():
    load_demo()
    before = list(Evidence.objects.order_by("pk").values_list("metric_id", "figure_value", "figure_period_start"))
    tally = load_demo()
    assert tally.total("created") == 0 and tally.total("updated") == 0
    assert (
        list(Evidence.objects.order_by("pk").values_list("metric_id", "figure_value", "figure_period_start")) == before
    )
