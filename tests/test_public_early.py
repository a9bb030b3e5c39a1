"""A kept public read is answered before the session, CSRF, auth, messages and CSP layers (PublicPageMiddleware).

Same bytes and headers as the first answer, conditional, counted by the feed's throttle, moved by any
public change at once; the admin and the feed's other formats always take the whole way.
"""

import pytest
from csp.middleware import CSPMiddleware

from tests.factories import ClaimFactory, VisitFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def stamp_read_on_every_request(settings):
    settings.REGISTER_STAMP_SECONDS = 0


@pytest.fixture
def layers(monkeypatch):
    """How many responses went through the CSP layer, one of those a kept read skips."""
    seen = []
    original = CSPMiddleware.process_response
    monkeypatch.setattr(
        CSPMiddleware,
        "process_response",
        lambda self, request, response: seen.append(request.path) or original(self, request, response),
    )
    return seen


@pytest.fixture
def claim(editor):
    return publish(ClaimFactory(text="Trade between the two countries rose", visit=VisitFactory()), editor=editor)


def pages(claim):
    return ["/", "/claims/", "/claims/?q=trade", "/feed/", "/sources/", claim.get_absolute_url(), "/api/v1/claims/"]


def test_a_kept_read_is_answered_early_with_the_same_bytes_and_headers(client, claim, layers):
    for url in pages(claim):
        first = client.get(url)
        assert first.status_code == 200, url
        layers.clear()
        again = client.get(url)
        assert layers == [], f"{url} went through the layers below"
        assert again.status_code == 200 and again.content == first.content, url
        assert dict(again.items()) == dict(first.items()), url
        assert "Content-Security-Policy" in again and again["X-Frame-Options"] == "DENY", url


def test_a_kept_read_answers_a_conditional_request_with_304_early(client, claim, layers):
    first = client.get("/claims/")
    layers.clear()
    current = client.get("/claims/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert current.status_code == 304 and layers == []
    assert current["ETag"] == first["ETag"] and current["Cache-Control"] == first["Cache-Control"]
    assert current["Last-Modified"] == first["Last-Modified"]
    assert client.head("/claims/").status_code == 200 and layers == []


def test_an_editor_signed_in_gets_the_same_public_page_and_no_cookie(client, editor_client, claim):
    first = client.get("/claims/")
    again = editor_client.get("/claims/")
    assert again.content == first.content and not again.cookies


def test_a_public_change_reaches_the_next_reader_at_once(client, editor, claim):
    client.get("/claims/")
    client.get("/claims/")
    publish(ClaimFactory(text="A newer statement about rail freight"), editor=editor)
    assert "A newer statement about rail freight" in client.get("/claims/").content.decode()


def test_the_admin_and_the_feeds_other_formats_take_the_whole_way(editor_client, client, claim, layers):
    for url in ["/admin/claims/claim/", "/admin/"]:
        editor_client.get(url)
        layers.clear()
        assert editor_client.get(url).status_code == 200
        assert layers == [url], url
    for url, accept in [("/api/v1/claims/?format=api", "*/*"), ("/api/v1/claims/", "text/html"), ("/api/schema/", "")]:
        client.get(url, HTTP_ACCEPT=accept)
        layers.clear()
        client.get(url, HTTP_ACCEPT=accept)
        assert layers == [url.split("?")[0]], url


def test_a_kept_feed_read_still_counts_against_the_throttle(client, claim, settings, layers):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "2/minute"}}
    client.get("/api/v1/claims/")
    layers.clear()
    assert client.get("/api/v1/claims/").status_code == 200 and layers == []
    refused = client.get("/api/v1/claims/")
    assert refused.status_code == 429 and refused["Retry-After"]
