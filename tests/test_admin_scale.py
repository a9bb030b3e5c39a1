"""The admin stays cheap on a big register: no full count, no scan of every claim for a list's filters, and
change pages that show a bounded number of inline rows however many the parent holds."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims.admin.search import EstimatedCountPaginator
from claims.models import Claim, ClaimEvent
from tests.factories import ClaimFactory, SourceFactory, VisitFactory

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


# --- Change pages show a bounded number of inline rows -------------------------------------------
def change_links(html: str, model: str) -> int:
    return len(re.findall(rf'href="/admin/claims/{model}/\d+/change/"', html))


def source_page(client, source):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("admin:sources_source_change", args=[source.pk]))
    assert response.status_code == 200
    return response.content.decode(), len(captured.captured_queries)


@pytest.mark.parametrize("logged", [3, 20])
def test_an_article_with_few_claims_shows_them_all_and_no_note(editor_client, logged):
    source = SourceFactory()
    ClaimFactory.create_batch(logged, article=source, visit=VisitFactory())
    html, _ = source_page(editor_client, source)
    assert change_links(html, "claim") == logged
    assert "bounded-inline-note" not in html


def test_an_article_with_many_claims_shows_the_first_twenty_and_links_to_the_rest(editor_client):
    source = SourceFactory()
    visit = VisitFactory()
    ClaimFactory.create_batch(25, article=source, visit=visit)
    _, queries_at_25 = source_page(editor_client, source)
    ClaimFactory.create_batch(75, article=source, visit=visit)
    html, queries_at_100 = source_page(editor_client, source)
    # The page reads twenty claims and one count, whatever the article holds.
    assert queries_at_100 == queries_at_25
    assert change_links(html, "claim") == 20
    assert "Showing the first 20 of 100 claims." in html
    see_all = re.search(r'<a href="([^"]+)">See all 100 in their list</a>', html).group(1)
    assert see_all == f"/admin/claims/claim/?article__id__exact={source.pk}"
    listed = editor_client.get(see_all)
    assert listed.status_code == 200
    assert "100 claims" in listed.content.decode()


def test_a_claims_workflow_history_shows_its_newest_twenty_steps(editor_client):
    claim = ClaimFactory()
    start = timezone.now() - datetime.timedelta(days=30)
    ClaimEvent.objects.bulk_create(
        ClaimEvent(claim=claim, claim_ref=claim.ref, kind="status", at=start + datetime.timedelta(hours=n))
        for n in range(30)
    )
    html = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "Showing the first 20 of 30 claim events." in html
    events = html.split('id="events-group"', 1)[1]  # the notes inline, above it, has an "at" column too
    assert events.count('class="field-at"') == 20
