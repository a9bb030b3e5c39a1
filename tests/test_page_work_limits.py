"""What a request can make the server do: one kept page per address and the parameters it reads, and a
limit per client address on pages rendered rather than answered from the cache (issue #8)."""

import pytest
from django.core.cache import cache
from django.test import Client

from tests.factories import published_claim


def kept_pages() -> list[str]:
    """The public pages in the test run's cache (LocMemCache): keys, not a count of requests."""
    return [key for key in cache._cache if "public-page:" in key]  # type: ignore[attr-defined]


@pytest.fixture
def sample(editor):
    return published_claim(editor=editor)


def test_four_hundred_junk_parameters_keep_one_page(client, sample):
    for n in range(400):
        assert client.get(f"/claims/?utm_source=x{n}").status_code == 200
    assert len(kept_pages()) == 1
    # The page read with junk is the page read without it.
    assert client.get("/claims/")["ETag"] == client.get("/claims/?fbclid=abc")["ETag"]


def test_parameters_a_page_reads_still_tell_pages_apart(client, sample):
    first = client.get("/claims/?status=verified&utm_source=a")
    second = client.get("/claims/?q=trade&utm_source=b")
    assert first["ETag"] != second["ETag"]
    assert len(kept_pages()) == 2


def test_dropped_parameters_do_not_reach_the_page_links(client, sample):
    page = client.get("/claims/?q=trade&utm_source=tracker").content.decode()
    assert "utm_source" not in page
    assert "q=trade" in page  # the language switcher keeps what the page reads


def test_the_feed_keeps_one_answer_for_junk_parameters(client, sample):
    for n in range(50):
        assert client.get(f"/api/v1/claims/?utm_source=x{n}").status_code == 200
    assert len(kept_pages()) == 1
    assert client.get("/api/v1/claims/?status=nonsense&utm_source=x").status_code == 400


def test_an_address_that_renders_too_many_pages_gets_429_then_cached_pages_still(settings, sample):
    settings.PUBLIC_PAGE_RATE = "3/minute"
    reader = Client(REMOTE_ADDR="198.51.100.7")
    for page in ("/claims/", "/sources/", "/corrections/"):
        assert reader.get(page).status_code == 200
    refused = reader.get("/methodology/")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "try again in" in refused.content.decode()
    # Kept pages cost nothing and are served whatever the count, junk parameters and all.
    for _ in range(10):
        assert reader.get("/claims/?utm_campaign=z").status_code == 200
    # Another reader is not held back by this one.
    assert Client(REMOTE_ADDR="198.51.100.8").get("/methodology/").status_code == 200


def test_no_limit_when_the_rate_is_empty(settings, sample):
    settings.PUBLIC_PAGE_RATE = ""
    reader = Client(REMOTE_ADDR="198.51.100.9")
    for n in range(1, 8):
        assert reader.get(f"/claims/?page={n}").status_code == 200
