"""A partner polling the feed is answered from the shared cache until the register changes."""

import json

import pytest
from django.core.cache import cache

from claims import services
from claims.models import Status
from tests.factories import published_claim

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/claims/",
    "/api/v1/claims/?page_size=50",
    "/api/v1/claims/{ref}/",
    "/api/v1/visits/",
    "/api/v1/sources/",
    "/api/v1/outlets/",
    "/api/v1/metrics/",
    "/api/v1/withdrawals/",
    "/api/v1/claimreview.json",
]


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize("template", LISTS)
def test_a_repeated_read_costs_no_query(client, editor, template, django_assert_num_queries):
    claim = published_claim(editor=editor)
    url = template.format(ref=claim.ref)
    first = client.get(url)
    assert first.status_code == 200
    with django_assert_num_queries(0):  # the response and the register stamp both come from the cache
        again = client.get(url)
    assert again.status_code == 200
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]
    assert again["Content-Type"] == first["Content-Type"]


def test_a_verdict_change_is_served_at_once(client, editor):
    claim = published_claim(editor=editor)
    url = f"/api/v1/claims/{claim.ref}/"
    client.get(url)
    services.claim_set_verdict(
        claim=claim, user=editor, status=Status.FALSE, verdict_summary="Customs data disagree.", note="New data."
    )
    assert json.loads(client.get(url).content)["verdict_summary"] == "Customs data disagree."


def test_an_unpublished_claim_leaves_the_cached_list(client, editor):
    claim = published_claim(editor=editor)
    assert claim.ref in client.get("/api/v1/claims/").content.decode()
    services.claim_unpublish(claim=claim, user=editor, reason="Source retracted.")
    assert claim.ref not in client.get("/api/v1/claims/").content.decode()


def test_each_format_and_page_size_has_its_own_copy(client, editor):
    for _ in range(3):
        published_claim(editor=editor)
    one = json.loads(client.get("/api/v1/claims/?page_size=1").content)
    three = json.loads(client.get("/api/v1/claims/?page_size=3").content)
    assert (len(one["results"]), len(three["results"])) == (1, 3)
    assert client.get("/api/v1/claims/?format=api").content != client.get("/api/v1/claims/").content


def test_a_bad_parameter_is_not_cached(client, editor):
    published_claim(editor=editor)
    assert client.get("/api/v1/claims/?page_size=0").status_code == 400
    assert client.get("/api/v1/claims/?page_size=0").status_code == 400


@pytest.mark.parametrize("template", LISTS)
def test_a_stored_read_answered_before_drf_is_the_answer_drf_gives(client, editor, template, monkeypatch):
    from rest_framework.views import APIView

    claim = published_claim(editor=editor)
    url = template.format(ref=claim.ref)
    first = client.get(url, HTTP_ACCEPT="*/*")
    entered = []
    original = APIView.initial
    monkeypatch.setattr(APIView, "initial", lambda self, *a, **k: entered.append(self) or original(self, *a, **k))
    again = client.get(url, HTTP_ACCEPT="*/*")
    assert not entered, "DRF's request handling ran: the stored answer was not used"
    assert again.status_code == 200 and again.content == first.content
    for header in ("Content-Type", "ETag", "Last-Modified", "Vary", "Allow", "Cache-Control"):
        assert again.get(header) == first.get(header), header


def test_a_stored_read_still_counts_against_the_throttle(client, editor, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "3/minute"}}
    published_claim(editor=editor)
    statuses = [client.get("/api/v1/claims/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_other_formats_and_conditional_reads_take_drfs_path(client, editor):
    published_claim(editor=editor)
    first = client.get("/api/v1/claims/")
    assert client.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/api/v1/claims/", HTTP_ACCEPT="text/html")["Content-Type"].startswith("text/html")
    assert client.get("/api/v1/claims/?format=api")["Content-Type"].startswith("text/html")
