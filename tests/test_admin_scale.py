"""The admin's claim list stays cheap on a big register: no full count, no scan of every claim for its filters."""

import pytest
from django.db import connection
from django.urls import reverse

from claims.admin.search import EstimatedCountPaginator
from claims.models import Claim
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def test_filtered_and_small_lists_are_counted_exactly():
    ClaimFactory.create_batch(3)
    assert EstimatedCountPaginator(Claim.objects.all(), 50).count == 3
    assert EstimatedCountPaginator(Claim.objects.filter(status="verified"), 50).count == 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the planner's estimate is PostgreSQL's")
def test_an_unfiltered_big_list_uses_the_planners_estimate():
    with connection.cursor() as cursor:
        cursor.execute("UPDATE pg_class SET reltuples = 123456 WHERE oid = 'claims_claim'::regclass")
    assert EstimatedCountPaginator(Claim.objects.all(), 50).count == 123456
    assert EstimatedCountPaginator(Claim.objects.filter(status="verified"), 50).count == 0


def test_the_list_filters_do_not_read_every_claim(editor_client, django_assert_max_num_queries):
    ClaimFactory.create_batch(5)
    with django_assert_max_num_queries(40) as captured:
        assert editor_client.get(reverse("admin:claims_claim_changelist")).status_code == 200
    outlet_filter = [
        q["sql"]
        for q in captured.captured_queries
        if q["sql"].startswith('SELECT "sources_outlet"') and "claims_claim" in q["sql"]
    ]
    assert outlet_filter == [], "the outlet filter should list outlets, not scan claims for theirs"


def test_an_unfiltered_list_is_counted_in_one_query_whatever_its_size(django_assert_num_queries):
    ClaimFactory.create_batch(3)
    with django_assert_num_queries(1):
        assert EstimatedCountPaginator(Claim.objects.all(), 50).count == 3


def test_the_speaker_filter_lists_every_speaker_once_a_to_z_up_to_its_limit(editor_client):
    from claims.filters import distinct_speakers

    for speaker in ["Murat Nurtleu", "Abbas Araghchi", "Murat Nurtleu", "Masoud Pezeshkian"]:
        ClaimFactory(speaker=speaker)
    assert distinct_speakers(published=False) == ["Abbas Araghchi", "Masoud Pezeshkian", "Murat Nurtleu"]
    assert distinct_speakers(published=False, limit=2) == ["Abbas Araghchi", "Masoud Pezeshkian"]
    assert distinct_speakers(published=True) == []
    html = editor_client.get(reverse("admin:claims_claim_changelist")).content.decode()
    assert html.count("?speaker=Murat+Nurtleu") == 1
