"""Public pages can be cached by anyone, and a change shows at once."""

import pytest
from django.core.cache import cache
from django.test import Client

from claims import services
from claims.models import Status
from tests.factories import ClaimFactory, public_register_sample, publish

PUBLIC_PAGES = ["/", "/claims/", "/claims/?status=false", "/corrections/", "/methodology/", "/sources/", "/feed/", "/sitemap.xml"]


@pytest.fixture(autouse=True)
def empty_page_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def sample(editor):
    return public_register_sample(editor=editor)


def detail_pages(sample):
    return [f"/claims/{sample['corrected'].ref}/", f"/visits/{sample['astana'].ref}/", f"/sources/{sample['readout'].ref}/"]


def test_anonymous_pages_set_no_cookie_and_do_not_vary_on_it(client, sample):
    for url in PUBLIC_PAGES + detail_pages(sample):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, f"{url} set {list(response.cookies)}"
        assert "cookie" not in response.get("Vary", "").lower(), url
        assert "csrfmiddlewaretoken" not in response.content.decode(), url
        assert "public" in response["Cache-Control"], url
        assert response.has_header("ETag") and response.has_header("Last-Modified"), url


def test_pages_are_the_same_for_a_logged_in_editor(editor_client, sample):
    url = f"/claims/{sample['corrected'].ref}/"
    anonymous = Client().get(url)
    signed_in = editor_client.get(url)
    assert signed_in.wsgi_request.session.session_key, "the editor's client should be logged in"
    assert signed_in["ETag"] == anonymous["ETag"]
    assert signed_in.content == anonymous.content
    assert "cookie" not in signed_in.get("Vary", "").lower()


def test_an_unchanged_page_answers_304(client, sample):
    for url in PUBLIC_PAGES + detail_pages(sample):
        first = client.get(url)
        again = client.get(url, headers={"If-None-Match": first["ETag"]})
        assert again.status_code == 304, url
        assert again.content == b""
        since = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})
        assert since.status_code == 304, url


def test_publishing_changes_the_etag_and_the_page_at_once(client, editor, sample):
    before = client.get("/claims/")
    claim = publish(ClaimFactory(text="A claim published just now"), editor=editor)
    after = client.get("/claims/", headers={"If-None-Match": before["ETag"]})
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert claim.text in after.content.decode()


def test_a_correction_reaches_the_cached_page_at_once(client, editor, sample):
    claim = sample["claims"][1]
    url = f"/claims/{claim.ref}/"
    assert "Freight volumes did not change." in client.get(url).content.decode()
    services.claim_set_verdict(claim=claim, user=editor, status=Status.DISPUTED,
                               verdict_summary="Two ministries give different freight figures.", note="Second source")
    html = client.get(url).content.decode()
    assert "Two ministries give different freight figures." in html and "Second source" in html
    assert "Second source" in client.get("/corrections/").content.decode()


def test_a_cached_page_is_served_without_rebuilding_it(client, sample, django_assert_num_queries):
    client.get("/claims/")
    with django_assert_num_queries(1):  # the freshness stamp only
        response = client.get("/claims/")
    assert response.status_code == 200 and sample["claims"][0].ref in response.content.decode()


def test_public_pages_refuse_writes(client, db):
    assert client.post("/claims/").status_code == 405
