"""Aggregators and search engines read the Atom feed, the sitemap and robots.txt."""

import time
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from django.core.cache import cache
from django.utils.dateparse import parse_datetime

from tests.factories import public_register_sample

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(autouse=True)
def empty_page_cache(settings):
    settings.REGISTER_PUBLIC_URL = "https://register.example.org"
    cache.clear()
    yield
    cache.clear()


def test_feed_has_an_entry_per_publication_and_per_correction(client, editor):
    sample = public_register_sample(editor=editor)
    response = client.get("/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert len(entries) == len(sample["claims"]) + 1
    assert titles[0].startswith("Corrected: Partly verified: ")
    assert sum(title.startswith("Verdict: ") for title in titles) == len(sample["claims"])
    correction = entries[0]
    assert "New customs figures" in correction.findtext(f"{ATOM}summary")
    assert correction.find(f"{ATOM}link").get("href").endswith(f"/claims/{sample['corrected'].ref}/")
    assert len({entry.findtext(f"{ATOM}id") for entry in entries}) == len(entries)


def test_feed_of_an_empty_register_is_valid(client, db):
    root = ET.fromstring(client.get("/feed/").content)
    assert root.findall(f"{ATOM}entry") == []


@pytest.mark.parametrize("address", ["/feed/", "/commitments/feed/"])
def test_an_empty_feed_is_the_same_body_under_its_etag_whenever_it_is_rendered(client, db, address):
    # Two workers each render the feed once and keep it: an empty feed's <updated> was the time of that
    # rendering, so one strong ETag stood for two bodies. Rendered again a second later with nothing kept
    # (as another worker would), the body must be the same.
    first = client.get(address)
    cache.clear()
    time.sleep(1.1)  # Atom's times are to the second
    second = client.get(address)
    assert first.status_code == second.status_code == 200
    assert first["ETag"] == second["ETag"]
    assert first.content == second.content
    updated = ET.fromstring(second.content).findtext(f"{ATOM}updated")
    stamp = parse_datetime(updated).replace(microsecond=0)
    assert stamp == parsedate_to_datetime(second["Last-Modified"])  # the register's stamp


def test_a_feed_with_entries_is_dated_by_its_newest(client, editor):
    sample = public_register_sample(editor=editor)
    root = ET.fromstring(client.get("/feed/").content)
    newest = max(parse_datetime(entry.findtext(f"{ATOM}updated")) for entry in root.findall(f"{ATOM}entry"))
    assert parse_datetime(root.findtext(f"{ATOM}updated")) == newest
    assert sample["claims"]


def test_sitemap_lists_pages_and_published_claims_on_the_public_address(client, editor):
    sample = public_register_sample(editor=editor)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = {loc.text for loc in ET.fromstring(response.content).iter(f"{SITEMAP}loc")}
    base = "https://register.example.org"
    for claim in sample["claims"]:
        assert f"{base}/claims/{claim.ref}/" in locations
    assert f"{base}/claims/{sample['draft'].ref}/" not in locations
    assert {
        f"{base}/",
        f"{base}/claims/",
        f"{base}/methodology/",
        f"{base}/corrections/",
        f"{base}/sources/",
    } <= locations
    assert f"{base}/visits/pezeshkian-astana-2025/" in locations
    assert f"{base}/sources/{sample['readout'].ref}/" in locations


def test_robots_txt_points_at_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: https://register.example.org/sitemap.xml" in body
    assert "Disallow: /admin/" in body


TRICKY = 'Q3 marked as <pending>; AT&T\'s "figures" & <b>bold</b> — پزشکیان, Токаев'


def test_feed_readers_get_our_text_exactly(client, editor):
    """Summaries are plain text: a reader shows '<pending>' and 'AT&T' as written, not as markup."""
    import feedparser

    from claims.commitments.services import commitment_follow_up
    from tests.factories import ClaimFactory, publish

    claim = publish(ClaimFactory(text=f"Trade {TRICKY}", is_commitment=True), editor=editor, summary=TRICKY)
    commitment_follow_up(claim=claim, user=editor, status="pending", note=TRICKY, checked_on=claim.published_at.date())
    verdicts = feedparser.parse(client.get("/feed/").content)
    assert not verdicts.bozo, verdicts.bozo_exception
    entry = verdicts.entries[0]
    assert entry.summary == TRICKY and entry.summary_detail.type == "text/plain"
    assert entry.title.endswith(f"Trade {TRICKY}") and entry.title_detail.type == "text/plain"
    follow_ups = feedparser.parse(client.get("/commitments/feed/").content)
    assert not follow_ups.bozo, follow_ups.bozo_exception
    assert TRICKY in follow_ups.entries[0].summary and follow_ups.entries[0].summary_detail.type == "text/plain"
