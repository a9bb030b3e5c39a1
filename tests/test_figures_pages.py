"""Readers on /figures/, a metric's page and a claim's page: figures side by side, disagreements marked."""

import datetime
from decimal import Decimal

import pytest
from django.core.cache import cache

from tests.factories import ClaimFactory, EvidenceFactory, MetricFactory, SourceFactory, publish

pytestmark = pytest.mark.django_db

JAN, SEP = datetime.date(2025, 1, 1), datetime.date(2025, 9, 30)


def trade_register(editor, *, extra_claims=0):
    """Two published claims that disagree on trade, one that agrees, one unpublished that disagrees wildly."""
    metric = MetricFactory(ref="bilateral-trade-turnover", name="Bilateral trade turnover", unit="USD")
    growth = MetricFactory(
        ref="trade-growth",
        name="Growth of bilateral trade",
        unit="percent",
        tolerance=Decimal("1"),
        tolerance_is_relative=False,
    )
    customs = SourceFactory(title="Customs statistics, nine months")
    low = ClaimFactory(
        ref="trade-310",
        metric=metric,
        figure_value=Decimal("310.8"),
        figure_unit="million USD",
        figure_period="January–September 2025",
        figure_period_start=JAN,
        figure_period_end=SEP,
        quote="From the first nine months of 2025, trade reached $310.8 million.",
    )
    EvidenceFactory(
        claim=low,
        source=customs,
        metric=metric,
        figure_value=Decimal("0.5"),
        figure_unit="billion $",
        figure_period_start=JAN,
        figure_period_end=SEP,
        quote="Turnover was half a billion dollars.",
    )
    publish(low, editor=editor, status="disputed")
    agree = ClaimFactory(
        ref="trade-311",
        metric=metric,
        figure_value=Decimal("311"),
        figure_unit="USD million",
        figure_period_start=datetime.date(2025, 3, 1),
        figure_period_end=SEP,
    )
    publish(agree, editor=editor)
    draft = ClaimFactory(
        ref="secret-trade",
        metric=metric,
        figure_value=Decimal("999"),
        figure_unit="billion USD",
        figure_period_start=JAN,
        figure_period_end=SEP,
        quote="An unpublished passage about 999.",
    )
    EvidenceFactory(
        claim=draft,
        metric=metric,
        figure_value=Decimal("1"),
        figure_unit="USD",
        figure_period_start=JAN,
        figure_period_end=SEP,
        quote="Unpublished evidence of one dollar.",
    )
    for n in range(extra_claims):
        extra = ClaimFactory(metric=growth, figure_value=Decimal(40 + n), figure_unit="percent", figure_period="2025")
        EvidenceFactory(
            claim=extra,
            metric=growth,
            figure_value=Decimal("44.9"),
            figure_unit="%",
            figure_period="2025",
            quote=f"Up 44.9% ({n}).",
        )
        publish(extra, editor=editor)
    return {"metric": metric, "growth": growth, "low": low, "agree": agree, "draft": draft, "customs": customs}


def test_figures_page_lists_every_metric_with_its_disagreements(client, editor):
    data = trade_register(editor)
    html = client.get("/figures/").content.decode()
    assert "Bilateral trade turnover" in html and "Growth of bilateral trade" in html
    assert "2 disagreements" in html  # $0.5 billion against $310.8 million and against $311 million
    assert "No published figure yet" in html  # the growth metric
    assert 'href="/figures/"' in html  # the site navigation
    assert data["metric"].get_absolute_url() == "/figures/bilateral-trade-turnover/"


def test_metric_page_shows_every_public_figure_with_source_period_quote_and_chart(client, editor):
    data = trade_register(editor)
    response = client.get("/figures/bilateral-trade-turnover/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "310.8 million USD" in html and "0.5 billion $" in html and "311 USD million" in html
    assert "= 500000000 USD" in html  # the normalised value beside the stated one
    assert "Customs statistics, nine months" in html
    assert "From the first nine months of 2025, trade reached $310.8 million." in html
    assert "January–September 2025 (1 Jan 2025 – 30 Sep 2025)" in html
    assert html.count("Disagrees</span>") == 3  # 0.5bn disagrees with both; each of those with it
    assert "Where the sources disagree" in html and "compare with care" in html
    assert "<svg" in html and "(disagrees)" in html
    assert f'href="{data["low"].get_absolute_url()}"' in html
    # Nothing from the unpublished claim or its evidence.
    # (The figure's own words, not "999" alone: a timestamp's microseconds can hold those digits.)
    assert "999 billion" not in html and "about 999" not in html
    assert "secret-trade" not in html and "one dollar" not in html


def test_unknown_metric_is_a_404(client, editor):
    assert client.get("/figures/no-such-metric/").status_code == 404


def test_claim_page_shows_its_figure_against_its_evidence_and_other_sources(client, editor):
    data = trade_register(editor)
    html = client.get(data["low"].get_absolute_url()).content.decode()
    assert "The figure, checked against other sources" in html
    assert "in this claim's evidence" in html
    assert "Disagrees</span> by 189200000 USD" in html  # 0.5 billion − 310.8 million
    assert "Agrees</span>" in html  # the $311 million of the other claim
    assert "999 billion" not in html and "about 999" not in html
    plain = ClaimFactory(ref="no-figure")
    publish(plain, editor=editor)
    assert "checked against other sources" not in client.get(plain.get_absolute_url()).content.decode()


def test_unpublishing_takes_a_figure_off_the_figures_pages(client, editor):
    from claims import services

    data = trade_register(editor)
    services.claim_unpublish(claim=data["low"], user=editor, reason="Wrong article.")
    cache.clear()
    html = client.get("/figures/bilateral-trade-turnover/").content.decode()
    assert "310.8" not in html and "half a billion" not in html


@pytest.mark.parametrize("url", ["/figures/", "/figures/bilateral-trade-turnover/", "/figures/trade-growth/"])
def test_figures_pages_run_a_fixed_number_of_queries(client, editor, django_assert_num_queries, url):
    data = trade_register(editor, extra_claims=1)
    cache.clear()
    with django_assert_num_queries(4):  # freshness stamp, metric(s), claims' figures, evidence's figures
        assert client.get(url).status_code == 200
    for n in range(2, 12):
        more = ClaimFactory(metric=data["metric"], figure_value=Decimal(n), figure_unit="USD", figure_period="2025")
        publish(more, editor=editor)
    cache.clear()
    with django_assert_num_queries(4):
        assert client.get(url).status_code == 200


def test_sitemap_lists_the_figures_pages(client, editor):
    trade_register(editor)
    xml = client.get("/sitemap.xml").content.decode()
    assert "/figures/</loc>" in xml and "/figures/bilateral-trade-turnover/</loc>" in xml
