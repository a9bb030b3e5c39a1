"""The demo register marks the commitments the articles report and links the statements they repeat."""

import pytest

from claims.demo import data
from claims.demo.loader import load_demo
from claims.models import Claim
from claims.repeats.services import repeat_unlink
from claims.repeats.suggestions import suggestions


@pytest.fixture
def demo(db):
    load_demo()


def test_the_commitments_the_articles_report_are_marked(demo):
    marked = set(Claim.objects.filter(is_commitment=True).values_list("ref", flat=True))
    assert marked == set(data.COMMITMENTS)
    programme = Claim.objects.get(ref="cultural-exchange-programme-2026-2028-approved")
    assert programme.commitment_horizon == "2026–2028"
    assert "2026–2028" in programme.quote
    assert Claim.objects.published().filter(is_commitment=True).count() == len(data.COMMITMENTS)


def test_the_repeated_statements_are_linked_and_shown_on_each_page(demo, client):
    for appearance_ref, first_ref in data.REPEATS:
        appearance = Claim.objects.get(ref=appearance_ref)
        assert appearance.repeat_of.ref == first_ref
        html = client.get(Claim.objects.get(ref=first_ref).get_absolute_url()).content.decode()
        assert "Other appearances of this statement" in html
        assert appearance.get_absolute_url() in html


def test_a_second_load_links_nothing_new(demo):
    assert load_demo().counts["repeats"]["unchanged"] == len(data.REPEATS)


def test_each_known_repeat_would_have_been_suggested_in_the_top_three(demo, editor):
    for appearance_ref, first_ref in data.REPEATS:
        appearance = Claim.objects.get(ref=appearance_ref)
        repeat_unlink(claim=appearance, user=editor)
        top = [s.claim.ref for s in suggestions(appearance, limit=3)]
        assert first_ref in top, (appearance_ref, top)
