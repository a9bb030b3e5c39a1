"""A partner re-reads the feed with ETag / Last-Modified and gets 304 until something changes."""

import pytest
from django.core.cache import cache
from django.utils.http import http_date

from claims import services
from claims.models import Status
from factregister.publiccache import register_last_modified
from tests.factories import VisitFactory, published_claim

pytestmark = pytest.mark.django_db

URLS = [
    "/api/v1/claims/",
    "/api/v1/claims/{ref}/",
    "/api/v1/visits/",
    "/api/v1/visits/{visit}/",
    "/api/v1/sources/",
    "/api/v1/outlets/",
    "/api/v1/withdrawals/",
    "/api/v1/claimreview.json",
]


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def claim(editor):
    return published_claim(editor=editor)


@pytest.mark.parametrize("template", URLS)
def test_an_unchanged_resource_answers_304_to_its_etag(client, claim, template):
    url = template.format(ref=claim.ref, visit=claim.visit.ref)
    first = client.get(url)
    assert first.status_code == 200
    assert first["Last-Modified"] == http_date(int(register_last_modified().timestamp()))

    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]

    by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_date.status_code == 304


def test_a_change_anywhere_makes_the_old_etag_stale(client, claim, editor):
    first = client.get(f"/api/v1/claims/{claim.ref}/")
    services.claim_set_verdict(
        claim=claim, user=editor, status=Status.FALSE, verdict_summary="Customs data disagree.", note="New data."
    )
    changed = client.get(f"/api/v1/claims/{claim.ref}/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed.json()["status"] == "false"
    assert changed["ETag"] != first["ETag"]

    listing = client.get("/api/v1/visits/")
    services.visit_create(visit=VisitFactory.build(), user=editor)
    assert client.get("/api/v1/visits/", HTTP_IF_NONE_MATCH=listing["ETag"]).status_code == 200


def test_each_url_has_its_own_etag(client, claim):
    etags = {
        client.get("/api/v1/claims/")["ETag"],
        client.get("/api/v1/claims/", {"status": "verified"})["ETag"],
        client.get("/api/v1/claims/", {"page_size": 1})["ETag"],
        client.get(f"/api/v1/claims/{claim.ref}/")["ETag"],
    }
    assert len(etags) == 4
    # Another format of the same address is another representation.
    assert client.get("/api/v1/claims/", HTTP_ACCEPT="text/html")["ETag"] not in etags


def test_a_stale_etag_or_an_error_never_gets_304(client, claim):
    assert client.get("/api/v1/claims/", HTTP_IF_NONE_MATCH='"stale"').status_code == 200
    bad = client.get("/api/v1/claims/", {"status": "maybe"})
    assert bad.status_code == 400
    assert "ETag" not in bad
    missing = client.get("/api/v1/claims/missing/")
    assert missing.status_code == 404
    assert "ETag" not in missing


def test_a_304_costs_no_query(client, claim, django_assert_num_queries):
    etag = client.get("/api/v1/claims/")["ETag"]
    with django_assert_num_queries(0):  # the register stamp is kept in the cache
        assert client.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=etag).status_code == 304
