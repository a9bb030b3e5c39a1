"""The demo register's figures: what each number counts, so the articles' real differences show, false ones not."""

import pytest

from claims.demo import data, load_demo
from claims.demo.figures import METRICS
from claims.figures.compare import public_figures
from claims.models import Claim, Evidence, Metric

pytestmark = pytest.mark.django_db


TT_DECEMBER = "tt-2025-12-12-pezeshkian-tour"
PRESSTV_DECEMBER = "presstv-2025-12-11-transport-corridor"


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
    (nine_months,) = growth["44.9"]
    assert not nine_months.disagrees_with and not nine_months.agrees_with
    # Each president's 40% as the articles give it, and as the other side's record gives it: the same period,
    # the same number.
    forty = {f.source.ref: f for f in growth["40"]}
    assert len(forty) == 4
    assert forty["qazinform-2025-12-11-pezeshkian-trade"].agrees_with == [forty["tt-2025-12-12-pezeshkian-tour"]]
    assert forty["reportaz-akorda-tokayev-trade-ten-months"].agrees_with == [
        forty["presstv-2025-12-11-transport-corridor"]
    ]
    # $310.8 million for January–September 2025 and $340 million for 2024 cover different periods.
    assert not any(f.disagrees for f in by_ref[data.TURNOVER])
    # The roadmap's $3 billion target: two copies of one Iranian account are one voice, not two agreeing with each
    # other; the accounts from other origins agree with both.
    target = by_ref[data.TARGET]
    tt, presstv = (next(f for f in target if f.source.ref == ref) for ref in (TT_DECEMBER, PRESSTV_DECEMBER))
    assert presstv not in tt.agrees_with and tt not in presstv.agrees_with
    assert tt.agrees_with and not any(f.disagrees for f in target)
    # "More than 500,000 tonnes" is a lower bound, and says so.
    barley = next(f for f in by_ref[data.BARLEY] if f.source.ref == "astanatimes-2025-12-astana-tehran-partnership")
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


def test_every_figure_recorded_with_a_paraphrase_is_a_number_the_paraphrase_gives():
    given = [(item, item["figure"]) for row in data.CLAIMS for item in row["evidence"] if item.get("figure")]
    assert len(given) > 15
    for item, figure in given:
        assert item["paraphrased"] and figure["metric"], item["quote"]
        value = figure["figure_value"].normalize()
        spelled = {f"{value:,f}", f"{value:f}", f"{value / 1_000_000:f} million", f"{value / 1_000_000_000:f} billion"}
        assert any(number in item["quote"] for number in spelled), (item["quote"], value)


def test_figures_pages_line_up_what_other_sources_give_and_mark_our_paraphrases(client):
    load_demo()
    companies = client.get(f"/figures/{data.COMPANIES}/").content.decode()
    # Tokayev's own count at the business forum, with its qualifier, beside Press TV's "approximately 700".
    assert "more than 350 companies" in companies and "about 700 companies" in companies
    # The forum report is a paraphrase: said to be ours, with the source's outlet and its address to read it at.
    assert companies.count("In our words (not a quotation):") == 1
    assert "more than 350 enterprises set up by Iranian business operate in Kazakhstan" in companies
    assert "Eurasian Star" in companies and 'href="https://www.eurasianstar.com/kazakhstan-and-iran-hold-' in companies
    # Press TV's sentence is one of the five articles: quoted, not labelled as ours.
    assert "<blockquote" in companies and "approximately 700 Iranian companies operate in Kazakhstan" in companies

    target = client.get(f"/figures/{data.TARGET}/").content.decode()
    assert "a target of 1,000,000,000 USD" in target and "first stage of the goal" in target
    assert "a target of 2,000,000,000 USD" in target and "next stage of the goal" in target
    assert "the goal is $3 billion" in target  # Nurtleu's $3 billion, as AnewZ reports him
    turnover = client.get(f"/figures/{data.TURNOVER}/").content.decode()
    assert "more than 340,000,000 USD" in turnover and "the year before the forum" in turnover
    growth = client.get(f"/figures/{data.GROWTH}/").content.decode()
    assert all(figure in growth for figure in ("12.3 percent", "50 percent", "82 percent"))
    barley = client.get(f"/figures/{data.BARLEY}/").content.decode()
    assert "about 200,000 tonnes" in barley and "calendar year 2023" in barley
