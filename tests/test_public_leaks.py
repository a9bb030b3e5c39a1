"""Nothing the desk has not published reaches the public: walk every public URL and look.

A claim never published appears nowhere. A withdrawn claim leaves every live list (the claims,
visits, sources, search, sitemap, API) and stays only on its public record: the page at its
address (410 Gone), the corrections log, the home page's latest changes and the feed.
"""

import re

import pytest
from django.core.cache import cache

from claims import services
from claims.models import Status
from tests.factories import ClaimFactory, EvidenceFactory, SourceFactory, public_register_sample, publish

SECRETS = [
    "zanzibar-draft-text",
    "zanzibar-draft-quote",
    "Zanzibar Speaker",
    "zanzibar-draft-summary",
    "zanzibar-draft-evidence",
    "zanzibar-source-title",
]
WITHDRAWN = ["zanzibar-withdrawn-text", "zanzibar-withdrawn-summary"]
# Where a withdrawn claim's record is kept (its statement, its corrections, the reason).
RECORD_PAGES = ("/", "/corrections/", "/feed/")


@pytest.fixture(autouse=True)
def empty_page_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def register_with_secrets(editor):
    sample = public_register_sample(editor=editor)
    hidden_source = SourceFactory(title="zanzibar-source-title", outlet=sample["tasnim"])
    draft = ClaimFactory(
        visit=sample["astana"],
        article=hidden_source,
        text="zanzibar-draft-text",
        quote="zanzibar-draft-quote",
        speaker="Zanzibar Speaker",
    )
    EvidenceFactory(claim=draft, source=sample["readout"], quote="zanzibar-draft-evidence")
    services.claim_set_verdict(claim=draft, user=editor, status=Status.FALSE, verdict_summary="zanzibar-draft-summary")
    withdrawn = publish(
        ClaimFactory(visit=sample["tehran"], text="zanzibar-withdrawn-text"),
        editor=editor,
        status=Status.FALSE,
        summary="zanzibar-withdrawn-summary",
    )
    services.claim_set_verdict(
        claim=withdrawn,
        user=editor,
        status=Status.DISPUTED,
        verdict_summary="zanzibar-withdrawn-summary two",
        note="zanzibar correction",
    )
    services.claim_unpublish(claim=withdrawn, user=editor, reason="zanzibar reason")
    return sample, draft, withdrawn


def public_urls(client) -> list[str]:
    """Every public page reachable from the home page, plus search, filters, feed, sitemap and robots."""
    seen, queue = (
        set(),
        [
            "/",
            "/feed/",
            "/sitemap.xml",
            "/robots.txt",
            "/claims/?q=zanzibar",
            "/claims/?q=Zanzibar Speaker",
            "/claims/?speaker=Zanzibar Speaker",
            "/claims/?status=false",
        ],
    )
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code in (200, 410), url
        for link in re.findall(r'href="(/[^"]*)"', response.content.decode()):
            link = link.replace("&amp;", "&")
            if not link.startswith(("/static/", "/admin/", "/api/", "/claims.csv")):
                queue.append(link)
    return sorted(seen)


def test_unpublished_claims_appear_nowhere_and_withdrawn_ones_only_on_their_record(client, register_with_secrets):
    _, draft, withdrawn = register_with_secrets
    urls = public_urls(client)
    assert "/claims/" in urls and "/sources/" in urls and any(u.startswith("/visits/") for u in urls)
    assert len(urls) > 20
    withdrawn_page = f"/claims/{withdrawn.ref}/"
    for url in urls:
        body = client.get(url).content.decode()
        if url.startswith("/claims/?"):
            # The search box and the notice echo the reader's own words back; the results must not.
            body = body.split('id="results-heading"', 1)[1]
        for secret in SECRETS:
            assert secret.lower() not in body.lower(), f"{secret!r} leaked on {url}"
        on_record = url.split("?")[0] in RECORD_PAGES or url.startswith(withdrawn_page)
        for secret in WITHDRAWN:
            if not on_record:
                assert secret.lower() not in body.lower(), f"{secret!r} is on a live list: {url}"
    assert client.get(f"/claims/{draft.ref}/").status_code == 404
    gone = client.get(withdrawn_page)
    assert gone.status_code == 410 and "zanzibar reason" in gone.content.decode()
    assert "zanzibar correction" in client.get("/corrections/").content.decode()


def test_a_withdrawn_claim_vanishes_from_every_list_the_moment_it_is_unpublished(client, editor):
    sample = public_register_sample(editor=editor)
    victim = sample["claims"][1]
    pages = [
        "/claims/",
        f"/visits/{victim.visit.ref}/",
        f"/sources/{sample['readout'].ref}/",
        "/sitemap.xml",
        "/api/v1/claims/",
        "/api/v1/claimreview.json",
    ]
    for url in pages:
        assert victim.ref in client.get(url).content.decode(), url
    services.claim_unpublish(claim=victim, user=editor, reason="Published by mistake")
    for url in pages:
        assert victim.ref not in client.get(url).content.decode(), url
    # Its record stays: the feed and the home page now say it was withdrawn, and why.
    for url in ("/feed/", "/"):
        page = client.get(url).content.decode()
        assert f"Withdrawn: {victim.text}" in page or "badge--withdrawn" in page, url
        assert "Published by mistake" in page, url
