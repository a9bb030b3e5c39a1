"""Links point at the address actually served: REGISTER_PUBLIC_URL when set, else the request's own."""

import xml.etree.ElementTree as ET

import pytest

from tests.factories import published_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(editor):
    return published_claim(editor=editor)


def test_without_a_public_url_links_follow_the_request(client, claim, settings):
    settings.REGISTER_PUBLIC_URL = ""
    settings.ALLOWED_HOSTS = ["localhost"]
    base = "http://localhost:8001"
    page = client.get(claim.get_absolute_url(), HTTP_HOST="localhost:8001").content.decode()
    assert f'<link rel="canonical" href="{base}{claim.get_absolute_url()}">' in page
    assert f'"url": "{base}{claim.get_absolute_url()}"' in page  # ClaimReview
    api = client.get(f"/api/v1/claims/{claim.ref}/", HTTP_HOST="localhost:8001").json()
    assert api["url"] == f"{base}{claim.get_absolute_url()}"
    sitemap = client.get("/sitemap.xml", HTTP_HOST="localhost:8001").content.decode()
    assert f"<loc>{base}{claim.get_absolute_url()}</loc>" in sitemap
    feed = ET.fromstring(client.get("/feed/", HTTP_HOST="localhost:8001").content)
    ids = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}id")]
    assert any(i.startswith(f"{base}{claim.get_absolute_url()}#event-") for i in ids)
    robots = client.get("/robots.txt", HTTP_HOST="localhost:8001").content.decode()
    assert f"Sitemap: {base}/sitemap.xml" in robots


def test_one_hosts_links_are_never_served_to_another(client, claim, settings):
    settings.REGISTER_PUBLIC_URL = ""
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    first = client.get("/feed/", HTTP_HOST="localhost:8001").content.decode()
    second = client.get("/feed/", HTTP_HOST="127.0.0.1:8002").content.decode()
    assert "localhost:8001" in first and "localhost:8001" not in second and "127.0.0.1:8002" in second


def test_a_set_public_url_wins(client, claim, settings):
    settings.REGISTER_PUBLIC_URL = "https://register.example.org"
    page = client.get(claim.get_absolute_url()).content.decode()
    assert f'href="https://register.example.org{claim.get_absolute_url()}"' in page


def test_deploy_checks_warn_when_the_public_url_is_missing(settings):
    from factregister.addresses import public_address_is_set

    settings.REGISTER_PUBLIC_URL = ""
    assert [w.id for w in public_address_is_set(None)] == ["factregister.W001"]
    settings.REGISTER_PUBLIC_URL = "https://register.example.org"
    assert public_address_is_set(None) == []


# --- Several hosts in ALLOWED_HOSTS: each body names one address only -----------------------------
SURFACES = [
    "/",
    "/claims/",
    "/feed/",
    "/commitments/feed/",
    "/sitemap.xml",
    "/api/v1/claims/?page_size=1",
    "/api/v1/sources/?page_size=1",
    "/api/v1/claimreview.json?page_size=1",
]


@pytest.fixture
def two_hosts(settings, editor, claim):
    import datetime

    from claims.commitments import services as commitments
    from tests.factories import ClaimFactory, commitment, publish

    settings.ALLOWED_HOSTS = ["register.example.org", "mirror.example.net"]
    publish(ClaimFactory(), editor=editor)
    promise = publish(commitment(), editor=editor)
    commitments.commitment_follow_up(
        claim=promise, user=editor, status="in_progress", checked_on=datetime.date(2025, 12, 20), note="Under way."
    )
    return [claim.get_absolute_url(), *SURFACES]


def test_each_host_gets_its_own_links_even_from_a_warm_cache(client, settings, two_hosts):
    settings.REGISTER_PUBLIC_URL = ""
    for url in two_hosts:
        first = client.get(url, HTTP_HOST="register.example.org").content.decode()
        second = client.get(url, HTTP_HOST="mirror.example.net").content.decode()
        assert "http://register.example.org/" in first and "mirror.example.net" not in first, url
        assert "http://mirror.example.net/" in second and "register.example.org" not in second, url


def test_with_a_public_url_every_link_is_on_it_whatever_host_was_asked(client, settings, two_hosts):
    settings.REGISTER_PUBLIC_URL = "https://facts.example.com"
    for url in two_hosts:
        bodies = [client.get(url, HTTP_HOST=host).content for host in settings.ALLOWED_HOSTS]
        assert bodies[0] == bodies[1], url
        text = bodies[0].decode()
        assert "https://facts.example.com/" in text, url
        assert "register.example.org" not in text and "mirror.example.net" not in text, url
