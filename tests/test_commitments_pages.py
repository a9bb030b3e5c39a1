"""A reader sees which promises made during the visits are being kept: /commitments/, the claim page, the feed."""

import datetime
import re
from xml.etree import ElementTree

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.commitments.services import commitment_follow_up
from claims.models import FollowUpStatus
from tests.factories import SourceFactory, VisitFactory, commitment, publish

ATOM = "{http://www.w3.org/2005/Atom}"
LONG_AGO = datetime.date(2025, 12, 31)
FAR_AHEAD = datetime.date(2099, 12, 31)


@pytest.fixture(autouse=True)
def empty_page_cache():
    cache.clear()
    yield
    cache.clear()


def published_commitment(editor, **kwargs):
    return publish(commitment(**kwargs), editor=editor)


def follow_up(claim, editor, status, day, note="Checked.", **kwargs):
    return commitment_follow_up(
        claim=claim, user=editor, status=status, checked_on=datetime.date(2026, 3, day), note=note, **kwargs
    )


def test_the_tracker_groups_published_commitments_by_visit_and_shows_where_each_stands(client, editor):
    astana = VisitFactory(ref="astana", title="Pezeshkian in Astana", start_date=datetime.date(2025, 12, 10))
    tehran = VisitFactory(
        ref="tehran",
        title="Nurtleu in Tehran",
        start_date=datetime.date(2025, 6, 7),
        end_date=datetime.date(2025, 6, 7),
    )
    roadmap = published_commitment(
        editor, visit=astana, ref="roadmap", text="A roadmap to three billion dollars", horizon="no date given"
    )
    programme = published_commitment(
        editor, visit=astana, ref="programme", text="A cultural exchange programme", due=FAR_AHEAD, horizon="2026–2028"
    )
    memo = published_commitment(
        editor, visit=tehran, ref="memo", text="The ministries' memorandum is implemented", due=LONG_AGO
    )
    follow_up(
        programme,
        editor,
        FollowUpStatus.IN_PROGRESS,
        2,
        note="The first exchange took place in Almaty.",
        source=SourceFactory(title="Ministry of Culture announcement"),
    )
    commitment(visit=astana, ref="draft-promise", text="A promise still being checked", due=LONG_AGO)

    response = client.get("/commitments/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "draft-promise" not in html and "A promise still being checked" not in html
    # Grouped by visit, the earlier visit first.
    assert html.index("Nurtleu in Tehran") < html.index("Pezeshkian in Astana")
    assert html.index("The ministries") < html.index("A roadmap")
    # Status and latest follow-up.
    block = html[html.index('id="commitment-programme"') :]
    block = block[: block.index("</li>")]
    assert "In progress" in block and "The first exchange took place in Almaty." in block
    assert "Ministry of Culture announcement" in block and "2026–2028" in block
    # Overdue stands out; only the one that is.
    memo_block = html[html.index(f'id="commitment-{memo.ref}"') : html.index('id="commitment-roadmap"')]
    assert "commitment--overdue" in memo_block and "Overdue" in memo_block
    assert html.count("commitment--overdue") == 1
    assert "1 overdue" in html
    assert roadmap.get_absolute_url() in html


def test_a_settled_commitment_is_no_longer_overdue_on_the_page(client, editor):
    memo = published_commitment(editor, ref="memo", due=LONG_AGO)
    follow_up(memo, editor, FollowUpStatus.NOT_FULFILLED, 3, note="Nothing was signed.")
    html = client.get("/commitments/").content.decode()
    assert "commitment--overdue" not in html
    assert "Not fulfilled" in html


def test_the_claim_page_shows_the_commitment_and_every_follow_up(client, editor):
    claim = published_commitment(editor, ref="zone", due=FAR_AHEAD, horizon="no date given")
    follow_up(claim, editor, FollowUpStatus.PENDING, 1, note="No decree yet.")
    follow_up(claim, editor, FollowUpStatus.IN_PROGRESS, 5, note="A decree was drafted.")
    html = client.get(claim.get_absolute_url()).content.decode()
    assert "A commitment: is it being kept?" in html
    assert html.index("A decree was drafted.") < html.index("No decree yet.")


def test_a_claim_that_is_not_a_commitment_has_no_commitment_panel(client, editor):
    claim = publish(commitment(ref="plain"), editor=editor)
    claim.is_commitment = False
    claim.save(update_fields=["is_commitment"])
    assert "is it being kept" not in client.get(claim.get_absolute_url()).content.decode()


def test_the_feed_lists_follow_ups_of_published_commitments_only(client, editor):
    public = published_commitment(editor, ref="public", text="A public promise")
    hidden = commitment(ref="hidden", text="A promise not yet published")
    follow_up(public, editor, FollowUpStatus.FULFILLED, 4, note="Done, says the ministry.")
    follow_up(hidden, editor, FollowUpStatus.FULFILLED, 4, note="Secret progress.")
    response = client.get("/commitments/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["Fulfilled: A public promise"]
    assert "Done, says the ministry." in entries[0].find(f"{ATOM}summary").text
    assert b"Secret progress" not in response.content


def test_the_nav_links_to_the_tracker(client, db):
    assert re.search(r'href="/commitments/"[^>]*>Commitments<', client.get("/").content.decode())


def _count(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _register(editor, n):
    visit = VisitFactory()
    for i in range(n):
        claim = published_commitment(editor, visit=visit, due=LONG_AGO if i % 2 else FAR_AHEAD)
        follow_up(claim, editor, FollowUpStatus.IN_PROGRESS, 1, source=SourceFactory())


@pytest.mark.parametrize("url", ["/commitments/", "/commitments/feed/"])
def test_the_tracker_and_feed_run_a_fixed_number_of_queries(client, editor, url):
    _register(editor, 2)
    few = _count(client, url)
    _register(editor, 8)
    many = _count(client, url)
    assert few == many
    assert many <= 3
