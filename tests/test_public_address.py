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
