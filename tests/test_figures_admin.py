"""Editors compare figures in the admin: the claim page's panel, the "figures disagree" filter, metric autocomplete."""

from decimal import Decimal

import pytest

from tests.factories import ClaimFactory, EvidenceFactory, MetricFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def disagreement():
    metric = MetricFactory(
        ref="documents-signed",
        name="Documents signed in Astana",
        unit="documents",
        tolerance=0,
        tolerance_is_relative=False,
    )
    fourteen = ClaimFactory(
        ref="fourteen", metric=metric, figure_value=Decimal("14"), figure_unit="documents", figure_period="Astana visit"
    )
    EvidenceFactory(
        claim=fourteen,
        metric=metric,
        figure_value=Decimal("8"),
        figure_unit="documents",
        figure_period="Astana visit",
        quote="Eight intergovernmental documents were signed.",
    )
    calm = ClaimFactory(
        ref="calm", metric=metric, figure_value=Decimal("3"), figure_unit="documents", figure_period="June 2022"
    )
    plain = ClaimFactory(ref="plain")
    return {"metric": metric, "fourteen": fourteen, "calm": calm, "plain": plain}


def test_claim_page_shows_the_figure_beside_its_evidence_with_the_difference(editor_client, disagreement):
    html = editor_client.get(f"/admin/claims/claim/{disagreement['fourteen'].pk}/change/").content.decode()
    assert "Compared with other figures" in html
    assert "≠ disagrees" in html and "8 documents <em>(evidence)</em>" in html
    assert "6 documents (42.9%)" in html
    assert 'name="figure_period_start"' in html and 'name="evidence-0-metric"' in html


def test_figures_disagree_filter(editor_client, disagreement):
    yes = editor_client.get("/admin/claims/claim/?figures_disagree=yes").content.decode()
    assert f"/admin/claims/claim/{disagreement['fourteen'].pk}/change/" in yes
    assert f"/admin/claims/claim/{disagreement['calm'].pk}/change/" not in yes
    no = editor_client.get("/admin/claims/claim/?figures_disagree=no").content.decode()
    assert f"/admin/claims/claim/{disagreement['calm'].pk}/change/" in no
    assert f"/admin/claims/claim/{disagreement['plain'].pk}/change/" not in no


def test_metrics_autocomplete_for_the_claim_form(editor_client, disagreement):
    response = editor_client.get(
        "/admin/autocomplete/", {"term": "signed", "app_label": "claims", "model_name": "claim", "field_name": "metric"}
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Documents signed in Astana"]
