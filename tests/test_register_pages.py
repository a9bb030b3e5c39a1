"""A reader browses the public register: every page, every filter, and their query counts."""

import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from claims.filters import ClaimFilter
from claims.models import Claim, Status, Topic
from tests.factories import (
    ClaimFactory,
    EvidenceFactory,
    SourceFactory,
    VisitFactory,
    public_register_sample,
    publish,
    published_claim,
)


@pytest.fixture(autouse=True)
def empty_page_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def sample(editor):
    return public_register_sample(editor=editor)


def refs_on(response) -> set[str]:
    return set(re.findall(r'href="/claims/([\w-]+)/"', response.content.decode()))


def jsonld(response) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    assert match, "the page carries no JSON-LD block"
    return json.loads(match.group(1))


# --- Home ----------------------------------------------------------------------
def test_home_shows_each_visit_with_a_chart_and_the_latest_verdicts(client, sample):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pezeshkian in Astana" in html and "Tokayev in Tehran" in html
    assert html.count("<svg") == 2
    # Counts are drawn as text, so the chart reads without colour: Astana has 1 partly verified and 1 verified.
    assert re.search(r'chart__row--verified">.*?class="chart__count"[^>]*>1<', html, re.S)
    assert "New customs figures" in html
    assert sample["claims"][-1].text in html


# --- The register and its filters ----------------------------------------------
def test_register_lists_every_published_claim_and_nothing_else(client, sample):
    response = client.get("/claims/")
    assert response.status_code == 200
    assert refs_on(response) == {claim.ref for claim in sample["claims"]}
    assert "Still being checked" not in response.content.decode()


@pytest.mark.parametrize(
    "query, expected",
    [
        ("visit=pezeshkian-astana-2025", {0, 2}),
        ("visit=tokayev-tehran-2025", {1, 3}),
        ("status=false", {1, 3}),
        ("status=partly_verified", {0}),
        ("topic=transport", {1, 3}),
        ("speaker=Masoud Pezeshkian, President of Iran", {0, 2}),
        ("visit=pezeshkian-astana-2025&status=verified", {2}),
        ("visit=tokayev-tehran-2025&topic=trade", set()),
        ("topic=trade&status=partly_verified&speaker=Masoud Pezeshkian, President of Iran", {0}),
        ("q=freight", {1, 3}),
        ("q=forty percent (1)", {2}),
        ("q=corridor&visit=pezeshkian-astana-2025", set()),
    ],
)
def test_filters_combine_and_live_in_the_url(client, sample, query, expected):
    response = client.get("/claims/?" + query)
    assert response.status_code == 200
    assert refs_on(response) == {sample["claims"][i].ref for i in expected}


def test_outlet_filter_takes_the_outlet_from_the_article(client, sample):
    response = client.get(f"/claims/?outlet={sample['astana_times'].pk}")
    assert refs_on(response) == {sample["claims"][1].ref, sample["claims"][3].ref}


def test_search_finds_words_across_text_quote_speaker_and_summary(client, sample):
    assert refs_on(client.get("/claims/?q=Tokayev")) == {sample["claims"][1].ref, sample["claims"][3].ref}
    assert refs_on(client.get("/claims/?q=growth")) == {sample["corrected"].ref}
    assert refs_on(client.get("/claims/?q=Pezeshkian freight")) == set()
    assert refs_on(client.get("/claims/?q=checked")) == set()


@pytest.mark.parametrize(
    "q", ['"unbalanced', "a & b | !c", "trade:*", "'); drop table claims_claim; --", "\\", "<script>"]
)
def test_odd_search_text_is_just_text(client, sample, q):
    response = client.get("/claims/", {"q": q})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_sorting(client, sample):
    html = client.get("/claims/?sort=speaker").content.decode()
    order = re.findall(r'class="claim-card__title"><a href="/claims/([\w-]+)/"', html)
    speakers = list(Claim.objects.filter(ref__in=order).values_list("ref", "speaker"))
    by_ref = dict(speakers)
    assert [by_ref[ref] for ref in order] == sorted(by_ref[ref] for ref in order)
    oldest = re.findall(
        r'class="claim-card__title"><a href="/claims/([\w-]+)/"', client.get("/claims/?sort=oldest").content.decode()
    )
    newest = re.findall(
        r'class="claim-card__title"><a href="/claims/([\w-]+)/"', client.get("/claims/?sort=newest").content.decode()
    )
    assert oldest == list(reversed(newest)) and len(oldest) == 4


def test_invalid_filter_values_are_named_and_ignored(client, sample):
    response = client.get("/claims/?visit=atlantis&status=unverified&topic=gossip&outlet=abc&sort=random&page=zzz")
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("visit", "status", "topic", "outlet", "sort"):
        assert f"The {name} filter was ignored" in html
    assert refs_on(response) == {claim.ref for claim in sample["claims"]}


def test_the_csv_download_can_reuse_the_filter(sample):
    filterset = ClaimFilter({"status": "nonsense", "topic": "transport"}, queryset=Claim.objects.published())
    assert set(filterset.qs.values_list("ref", flat=True)) == {sample["claims"][1].ref, sample["claims"][3].ref}
    assert "status" in filterset.errors


def test_speaker_choices_come_from_published_claims_only(sample):
    ClaimFactory(speaker="A speaker nobody has seen yet")
    choices = [value for value, _ in ClaimFilter({}, queryset=Claim.objects.published()).form.fields["speaker"].choices]
    assert "A speaker nobody has seen yet" not in choices
    assert "Masoud Pezeshkian, President of Iran" in choices


def test_pagination_keeps_the_filters(client, editor):
    for n in range(27):
        publish(ClaimFactory(text=f"Numbered claim {n}"), editor=editor)
    first = client.get("/claims/?topic=trade")
    assert len(refs_on(first)) == 25
    assert 'href="?topic=trade&amp;page=2"' in first.content.decode()
    second = client.get("/claims/?topic=trade&page=2")
    assert len(refs_on(second)) == 2
    assert client.get("/claims/?page=999").status_code == 200


# --- One claim -----------------------------------------------------------------
def test_claim_page_shows_the_verdict_the_evidence_and_the_corrections(client, sample):
    claim = sample["corrected"]
    EvidenceFactory(claim=claim, stance="context", quote="Context passage about the customs year.")
    response = client.get(f"/claims/{claim.ref}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert claim.text in html and claim.quote in html and claim.speaker in html
    assert "Partly verified" in html and "The growth was 30 percent, not 40." in html
    corroborates = html.split('id="corroborates-heading"')[1].split('id="contradicts-heading"')[0]
    assert "Trade turnover rose by 40 per cent (0)." in corroborates
    assert "Context passage about the customs year." in html.split('id="context-heading"')[1]
    corrections = html.split('id="corrections-heading"')[1]
    assert "New customs figures" in corrections and "Verified" in corrections
    assert f'href="/sources/{sample["readout"].ref}/"' in html
    assert "Last updated" in html
    assert '<meta property="og:title" content="Partly verified: ' in html


def test_claim_page_carries_claimreview_markup(client, sample, settings):
    settings.REGISTER_PUBLIC_URL = "https://register.example.org"
    claim = sample["claims"][1]
    review = jsonld(client.get(f"/claims/{claim.ref}/"))
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"https://register.example.org/claims/{claim.ref}/"
    assert review["claimReviewed"] == claim.text
    assert review["reviewRating"] == {
        "@type": "Rating",
        "name": "False",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert review["author"]["name"] == "Fact Register Desk"
    assert review["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "Kassym-Jomart Tokayev",
        "jobTitle": "President of Kazakhstan",
    }
    assert review["itemReviewed"]["appearance"]["url"] == sample["rail_article"].url
    assert review["datePublished"] == claim.published_at.date().isoformat()


def test_unverifiable_verdict_has_no_rating_number(client, editor):
    claim = publish(ClaimFactory(), editor=editor, status=Status.UNVERIFIABLE, summary="No record exists.")
    rating = jsonld(client.get(f"/claims/{claim.ref}/"))["reviewRating"]
    assert rating == {"@type": "Rating", "name": "Unverifiable", "alternateName": "Unverifiable"}


def test_claim_text_cannot_break_out_of_the_jsonld_block(client, editor):
    claim = publish(ClaimFactory(text="Breaking </script><script>alert(1)</script> news"), editor=editor)
    response = client.get(f"/claims/{claim.ref}/")
    assert "<script>alert(1)" not in response.content.decode()
    assert jsonld(response)["claimReviewed"].startswith("Breaking </script><script>")


@pytest.mark.parametrize(
    "path", ["/claims/no-such-claim/", "/visits/no-such-visit/", "/sources/no-such-source/", "/nowhere/"]
)
def test_unknown_refs_are_friendly_404s(client, sample, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


def test_unpublished_claims_are_404_and_withdrawn_ones_410_never_403(client, sample, editor):
    from claims import services

    withdrawn = sample["claims"][3]
    services.claim_unpublish(claim=withdrawn, user=editor, reason="Published by mistake")
    assert client.get(f"/claims/{sample['draft'].ref}/").status_code == 404
    # A withdrawn claim's address says it is gone, and why (tests/test_public_record.py).
    assert client.get(f"/claims/{withdrawn.ref}/").status_code == 410


# --- Visits, sources, corrections, methodology ------------------------------------
def test_visit_page_groups_its_published_claims_by_topic(client, sample):
    response = client.get("/visits/pezeshkian-astana-2025/")
    assert response.status_code == 200
    html = response.content.decode()
    assert refs_on(response) == {sample["claims"][0].ref, sample["claims"][2].ref}
    assert '<h3 id="topic-1" class="topic-heading">Trade</h3>' in html
    assert "<svg" in html and "Still being checked" not in html


def test_a_busy_visit_shows_each_topics_count_and_newest_claims_and_links_to_the_rest(client, editor):
    visit = VisitFactory(ref="busy-visit")
    trade = [published_claim(editor=editor, visit=visit, topic=Topic.TRADE) for _ in range(7)]
    energy = published_claim(editor=editor, visit=visit, topic=Topic.ENERGY)
    ClaimFactory(visit=visit, topic=Topic.ENERGY, text="Still being checked")

    response = client.get("/visits/busy-visit/")

    html = response.content.decode()
    assert refs_on(response) == {claim.ref for claim in trade[-5:]} | {energy.ref}
    assert "7 published claims; the newest 5 below." in html
    assert "1 published claim." in html
    assert "/claims/?visit=busy-visit&amp;topic=trade" in html
    assert "topic=energy" not in html  # nothing more to see there
    assert "Still being checked" not in html
    listing = client.get("/claims/?visit=busy-visit&topic=trade")
    assert refs_on(listing) == {claim.ref for claim in trade}


def test_source_pages_show_what_each_source_is_logged_from_corroborates_and_contradicts(client, sample):
    listing = client.get("/sources/").content.decode()
    for key in ("trade_article", "rail_article", "readout"):
        assert sample[key].title in listing
    readout = client.get(f"/sources/{sample['readout'].ref}/").content.decode()
    corroborates = readout.split('id="corroborates-heading"')[1].split('id="contradicts-heading"')[0]
    contradicts = readout.split('id="contradicts-heading"')[1]
    assert sample["claims"][2].text in corroborates and sample["claims"][1].text in contradicts
    article = client.get(f"/sources/{sample['rail_article'].ref}/").content.decode()
    assert sample["claims"][1].text in article.split('id="logged-heading"')[1]


def test_a_source_known_only_from_unpublished_claims_is_not_public(client, sample):
    hidden = SourceFactory(title="Leaked draft memo")
    ClaimFactory(article=hidden)
    assert client.get(f"/sources/{hidden.ref}/").status_code == 404
    assert "Leaked draft memo" not in client.get("/sources/").content.decode()


def test_corrections_log_lists_changes_newest_first_with_reasons(client, sample, editor):
    from claims import services

    services.claim_set_verdict(
        claim=sample["claims"][1],
        user=editor,
        status=Status.DISPUTED,
        verdict_summary="Sources disagree.",
        note="A second ministry figure",
    )
    html = client.get("/corrections/").content.decode()
    assert html.index("A second ministry figure") < html.index("New customs figures")


def test_methodology_explains_statuses_and_rating_numbers(client, db):
    html = client.get("/methodology/").content.decode()
    for label in ("Verified", "Partly verified", "Disputed", "False", "Unverifiable"):
        assert label in html
    assert '<th scope="row">False</th><td>1 of 5</td>' in html
    assert '<th scope="row">Verified</th><td>5 of 5</td>' in html
    assert "Corrections policy" in html


# --- Fixed query counts ----------------------------------------------------------
LISTING_PAGES = [
    # Each page that lists claims also reads, in three queries whatever its language, the claims' published
    # translations, their visits' and the updates made since a translation went out of date
    # (claims.translations.claim_prefetches): every language's page costs the same.
    ("/", 10),
    # Cold cache: the speaker and outlet choices are computed, then kept under the stamp.
    ("/claims/", 9),
    # (PostgreSQL's search reads one query more than SQLite's; the known names, one, kept under the stamp.)
    ("/claims/?visit=pezeshkian-astana-2025&status=verified&outlet={outlet}&q=trade&sort=oldest", 12),
    # Cold cache: stamp, visit, counts by topic and verdict (then kept under the stamp), the newest
    # ids per topic, those claims.
    ("/visits/pezeshkian-astana-2025/", 9),
    ("/sources/", 3),
    ("/sources/{readout}/", 9),  # stamp, source, claims logged from it, citations, follow-ups
    ("/corrections/", 4),
    ("/feed/", 4),
    # One more since metric pages are listed, one for the transparency pages' dates, the translations of
    # claims and visits that decide which language pages are listed, and the entities' pages (their count and,
    # when there are any, a page of them).
    ("/sitemap.xml", 15),
]


def _count_queries(client, url) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_claim_filters_choices_are_computed_once_per_register_change(client, editor):
    sample = public_register_sample(editor=editor, claims_per_visit=2)
    cache.clear()
    client.get("/claims/")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/claims/?status=verified").content.decode()
    scans = [q["sql"] for q in queries if "WITH RECURSIVE" in q["sql"].upper() or "EXISTS" in q["sql"].upper()]
    assert scans == []
    # The cold page's count (with its three translation reads), less the kept stamp and the two kept choice lists
    # (the outlets' names with them).
    assert len(queries) == 10 - 1 - 2 - 1
    assert "Masoud Pezeshkian, President of Iran" in html and "Tasnim News" in html
    assert 'value="Kassym-Jomart Tokayev, President of Kazakhstan"' in html and "The Astana Times" in html

    from claims import services

    services.claim_unpublish(claim=sample["claims"][1], user=editor, reason="Withdrawn")
    services.claim_unpublish(claim=sample["claims"][3], user=editor, reason="Withdrawn")
    html = client.get("/claims/?status=verified").content.decode()
    assert 'value="Kassym-Jomart Tokayev, President of Kazakhstan"' not in html
    assert "The Astana Times" not in html


@pytest.mark.parametrize("path, ceiling", LISTING_PAGES)
def test_listing_pages_run_a_fixed_number_of_queries(client, editor, path, ceiling):
    small = public_register_sample(editor=editor, claims_per_visit=2)
    url = path.format(outlet=small["tasnim"].pk, readout=small["readout"].ref)
    few = _count_queries(client, url)
    public_register_sample(editor=editor, claims_per_visit=10)
    many = _count_queries(client, url)
    assert few == many
    assert many <= ceiling
    cache.clear()
    # A cached page costs no query: the page and the freshness stamp both come from the cache.
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    assert len(queries) == 0


def test_the_filter_selects_are_written_as_django_would_write_them_escaped(client, editor):
    """claims.filters.PlainSelect writes the same markup as Django's Select, without a template per option."""
    from django import forms

    from claims.filters import PlainSelect

    published_claim(editor=editor, speaker='<b>"Ministry" & co</b>')
    request = RequestFactory().get("/claims/", {"status": "verified", "speaker": '<b>"Ministry" & co</b>'})
    filterset = ClaimFilter(request.GET, queryset=Claim.objects.published(), request=request)
    selects = [name for name, field in filterset.form.fields.items() if isinstance(field.widget, PlainSelect)]
    assert selects == ["visit", "status", "topic", "speaker", "outlet", "sort"]
    for name in selects:
        bound = filterset.form[name]
        widget = bound.field.widget
        fast = widget.render(bound.html_name, bound.value(), {"id": bound.auto_id})
        django = forms.Select.render(widget, bound.html_name, bound.value(), {"id": bound.auto_id})
        assert fast == re.sub(r">\s+<", "><", django.strip()), name
    html = client.get("/claims/", {"speaker": '<b>"Ministry" & co</b>'}).content.decode()
    assert '<option value="&lt;b&gt;&quot;Ministry&quot; &amp; co&lt;/b&gt;" selected>' in html
    assert '<b>"Ministry"' not in html


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the stored search document is PostgreSQL's")
def test_search_reads_the_stored_document_which_follows_every_edit(client, editor):
    from claims import services

    claim = published_claim(editor=editor, text="Freight by rail will double")
    with CaptureQueriesContext(connection) as queries:
        assert list(Claim.objects.search("rail freight").values_list("ref", flat=True)) == [claim.ref]
    searched = next(q["sql"] for q in queries if "@@" in q["sql"])
    assert '"claims_claimsearch"."document" @@' in searched or ".document @@" in searched
    assert "to_tsvector" not in searched
    services.claim_update(
        claim=claim, user=editor, values={"text": "Wheat exports will grow"}, change_note="Corrected the figure."
    )
    assert not Claim.objects.search("rail freight").exists()
    assert list(Claim.objects.search("wheat").values_list("ref", flat=True)) == [claim.ref]
    # As a subquery (the admin's search), the column is named through the subquery's own alias.
    assert list(Claim.objects.filter(pk__in=Claim.objects.search("wheat").order_by().values("pk"))) == [claim]


def test_pages_link_an_icon_and_favicon_ico_finds_it(client, db):
    html = client.get("/methodology/").content.decode()
    assert '<link rel="icon" type="image/svg+xml" href="/static/favicon.svg">' in html
    response = client.get("/favicon.ico")
    assert response.status_code == 302 and response["Location"] == "/static/favicon.svg"


def _json_ld_blocks(html: str) -> list[dict]:
    import json

    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_listing_pages_carry_an_item_list_of_their_claims(client, editor):
    from tests.factories import public_register_sample

    sample = public_register_sample(editor=editor)
    claim = sample["claims"][0]
    for url in ["/", "/claims/", claim.visit.get_absolute_url(), claim.article.get_absolute_url()]:
        html = client.get(url).content.decode()
        lists = [block for block in _json_ld_blocks(html) if block["@type"] == "ItemList"]
        assert len(lists) == 1, url
        urls = [element["url"] for element in lists[0]["itemListElement"]]
        assert f"http://127.0.0.1:8000{claim.get_absolute_url()}" in urls, url
        assert [element["position"] for element in lists[0]["itemListElement"]] == list(range(1, len(urls) + 1))
        shown = re.findall(r'class="claim-card__title"><a href="([^"]+)"', html)
        assert [u.removeprefix("http://127.0.0.1:8000") for u in urls] == shown, url  # the same claims, same order
