"""A partner reads the feed: every endpoint, what it shows, and what it never shows."""

import datetime
import decimal

import pytest
from django.core.cache import cache

from claims import services
from claims.claimreview import data_feed
from claims.models import Claim, ClaimTranslation, Stance, Status, VisitTranslation
from claims.services.translations import translation_save
from tests.factories import (
    ClaimFactory,
    EvidenceFactory,
    OutletFactory,
    SourceFactory,
    VisitFactory,
    publish,
    published_claim,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_throttle():
    # The throttle counts in the shared cache; each test starts with a clean count.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def hidden_claim(editor):
    """A claim with a verdict that is not published: it must never reach the feed."""
    claim = ClaimFactory(text="Secret draft about grain tonnage", quote="A draft sentence nobody may read.")
    EvidenceFactory(claim=claim, quote="Passage cited only by the draft.")
    services.claim_set_verdict(claim=claim, user=editor, status=Status.FALSE, verdict_summary="Draft verdict wording.")
    return claim


def test_claim_list_shows_a_published_claim_with_its_article_evidence_and_figure(client, editor):
    outlet = OutletFactory(name="Kazinform")
    article = SourceFactory(title="Presidents meet in Astana", outlet=outlet, url="https://kazinform.example/1")
    claim = ClaimFactory(
        article=article, figure_value=decimal.Decimal("3.5"), figure_unit="USD bn", figure_period="2025"
    )
    EvidenceFactory(claim=claim, stance=Stance.CORROBORATES, quote="Trade reached 3.5 billion.", note="Same figure.")
    publish(claim, editor=editor, status=Status.PARTLY_VERIFIED, summary="Close to the customs figure.")

    response = client.get("/api/v1/claims/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["next"] is None
    [item] = body["results"]
    assert item["ref"] == claim.ref
    assert item["url"] == f"http://127.0.0.1:8000/claims/{claim.ref}/"
    assert item["status"] == "partly_verified"
    assert item["status_label"] == "Partly verified"
    assert item["verdict_summary"] == "Close to the customs figure."
    assert item["visit"] == {"ref": claim.visit.ref, "title": claim.visit.title}
    assert item["article"] == {
        "ref": article.ref,
        "title": "Presidents meet in Astana",
        "outlet": {"id": outlet.id, "name": "Kazinform"},
        "url": "https://kazinform.example/1",
        "archive_url": "",
        "published_on": "2025-12-11",
    }
    [evidence] = item["evidence"]
    assert evidence["stance"] == "corroborates"
    assert evidence["quote"] == "Trade reached 3.5 billion."
    assert evidence["note"] == "Same figure."
    assert set(evidence["source"]) == {"ref", "title", "outlet", "kind", "url", "archive_url", "published_on"}
    assert item["figure"] == {
        "value": "3.5000",
        "qualifier": "",
        "unit": "USD bn",
        "stated": "3.5 USD bn",
        "period": "2025",
        "period_start": None,
        "period_end": None,
        "period_note": "",
        "metric": None,
    }
    assert item["published_at"] and item["updated_at"]


def test_a_claim_without_a_figure_says_so_with_null(client, editor):
    published_claim(editor=editor)
    [item] = client.get("/api/v1/claims/").json()["results"]
    assert item["figure"] is None


def test_claim_detail_by_ref(client, editor):
    claim = published_claim(editor=editor)
    response = client.get(f"/api/v1/claims/{claim.ref}/")
    assert response.status_code == 200
    assert response.json()["ref"] == claim.ref


def test_an_unknown_ref_answers_404_naming_the_ref(client):
    response = client.get("/api/v1/claims/no-such-claim/")
    assert response.status_code == 404
    assert response.json() == {"ref": ["No published claim has the ref 'no-such-claim'."]}


def test_an_unknown_address_under_the_api_answers_json_404(client):
    response = client.get("/api/v1/nothing-here/")
    assert response.status_code == 404
    assert "detail" in response.json()


def test_unpublished_claims_never_leak_through_any_endpoint(client, editor, hidden_claim):
    shown = published_claim(editor=editor, visit=hidden_claim.visit, article=hidden_claim.article)
    urls = [
        "/api/v1/claims/",
        f"/api/v1/claims/?visit={hidden_claim.visit.ref}",
        "/api/v1/claims/?search=grain",
        "/api/v1/claims/?status=false",
        "/api/v1/claimreview.json",
        "/api/v1/withdrawals/",
        "/api/v1/visits/",
        f"/api/v1/visits/{hidden_claim.visit.ref}/",
        "/api/v1/sources/",
        f"/api/v1/sources/{hidden_claim.article.ref}/",
        "/api/v1/outlets/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        assert hidden_claim.ref not in text, url
        assert "Secret draft" not in text and "Draft verdict wording" not in text, url
    assert client.get(f"/api/v1/claims/{hidden_claim.ref}/").status_code == 404
    assert [c["ref"] for c in client.get("/api/v1/claims/").json()["results"]] == [shown.ref]


def test_nested_counts_count_published_claims_only(client, editor, hidden_claim):
    published_claim(editor=editor, visit=hidden_claim.visit, article=hidden_claim.article)
    cited = SourceFactory()
    EvidenceFactory(claim=hidden_claim, source=cited)
    shown = published_claim(editor=editor)
    EvidenceFactory(claim=shown, source=cited)
    EvidenceFactory(claim=shown, source=cited, quote="A second passage from the same source.")

    visit = client.get(f"/api/v1/visits/{hidden_claim.visit.ref}/").json()
    assert visit["claim_count"] == 1
    source = client.get(f"/api/v1/sources/{hidden_claim.article.ref}/").json()
    assert source["claim_count"] == 1
    cited_body = client.get(f"/api/v1/sources/{cited.ref}/").json()
    assert cited_body["claim_count"] == 0
    assert cited_body["citation_count"] == 1


def test_visit_source_and_outlet_endpoints(client, editor):
    outlet = OutletFactory(name="IRNA", country="IR")
    source = SourceFactory(outlet=outlet, title="Readout of the talks")
    visit = VisitFactory(ref="pezeshkian-astana-2025", title="Pezeshkian in Astana")
    publish(ClaimFactory(article=source, visit=visit), editor=editor)

    visits = client.get("/api/v1/visits/").json()["results"]
    assert [v["ref"] for v in visits] == ["pezeshkian-astana-2025"]
    assert visits[0]["url"] == "http://127.0.0.1:8000/visits/pezeshkian-astana-2025/"
    assert client.get(f"/api/v1/visits/{visit.ref}/").json()["title"] == "Pezeshkian in Astana"

    detail = client.get(f"/api/v1/sources/{source.ref}/").json()
    assert detail["title"] == "Readout of the talks"
    assert detail["outlet"] == {"id": outlet.id, "name": "IRNA"}
    assert "notes" not in detail

    outlet_body = client.get(f"/api/v1/outlets/{outlet.id}/").json()
    assert outlet_body == {
        "id": outlet.id,
        "name": "IRNA",
        "country": "IR",
        "kind": "news",
        "website": "",
        "source_count": 1,
    }
    assert client.get("/api/v1/outlets/999999/").json() == {"id": ["No outlet has the id '999999'."]}
    assert client.get("/api/v1/outlets/not-a-number/").status_code == 404
    assert client.get("/api/v1/visits/nowhere/").json() == {"ref": ["No visit has the ref 'nowhere'."]}
    assert client.get("/api/v1/sources/nothing/").status_code == 404


def test_claimreview_feed_is_the_shared_builder_over_published_claims(client, editor, hidden_claim):
    first = published_claim(editor=editor)
    second = publish(ClaimFactory(), editor=editor, status=Status.UNVERIFIABLE, summary="Nothing on record.")

    response = client.get("/api/v1/claimreview.json")

    assert response.status_code == 200
    body = response.json()
    modified = datetime.datetime.fromisoformat(body["dateModified"])
    claims = Claim.objects.published().with_related().order_by("-published_at", "-id")
    expected = data_feed(claims, modified=modified, languages=True)
    assert body == expected
    assert "Link" not in response  # one page: no next
    assert body["@type"] == "DataFeed"
    assert [element["url"].rsplit("/", 2)[-2] for element in body["dataFeedElement"]] == [second.ref, first.ref]
    assert "ratingValue" not in body["dataFeedElement"][0]["item"][0]["reviewRating"]


def test_claimreview_feed_comes_a_page_at_a_time_newest_first(client, editor, settings, django_assert_num_queries):
    settings.REGISTER_STAMP_SECONDS = 0  # read the stamp on every request, so every page counts the same
    claims = [published_claim(editor=editor) for _ in range(5)]
    newest_first = [claim.ref for claim in reversed(claims)]

    seen, url, pages = [], "/api/v1/claimreview.json?page_size=2", 0
    while url:
        # The register stamp, one page of claims, the reviews' first appearances (sources of the same origin,
        # other appearances) and corrections, and the claims' translations (a review per language page), however
        # deep.
        with django_assert_num_queries(6):
            response = client.get(url)
        body = response.json()
        assert (body["@context"], body["@type"]) == ("https://schema.org", "DataFeed")
        assert "next" not in body  # paging is not in the JSON-LD
        assert len(body["dataFeedElement"]) <= 2
        seen += [element["url"].rsplit("/", 2)[-2] for element in body["dataFeedElement"]]
        url = response.headers.get("Link", "").partition(">")[0].removeprefix("<") or None
        pages += 1
    assert seen == newest_first
    assert pages == 3


def test_claimreview_feed_refuses_a_cursor_it_did_not_give(client, editor):
    published_claim(editor=editor)
    response = client.get("/api/v1/claimreview.json?cursor=not-ours")
    assert response.status_code == 400
    assert "cursor" in response.json()


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/claims/",
        "/api/v1/visits/",
        "/api/v1/sources/",
        "/api/v1/outlets/",
        "/api/v1/withdrawals/",
        "/api/v1/claimreview.json",
    ],
)
def test_list_query_counts_stay_fixed_as_the_register_grows(client, editor, django_assert_num_queries, url):
    def grow(n):
        for _ in range(n):
            claim = published_claim(editor=editor)
            EvidenceFactory(claim=claim, stance=Stance.CONTEXT)
            # Translations, published and not, of the claim and of its visit.
            for language, status in (("fa", "published"), ("ru", "draft")):
                translation_save(
                    ClaimTranslation(claim=claim, language=language, status=status, text="t", translator="Desk"),
                    user=editor,
                )
                translation_save(
                    VisitTranslation(visit=claim.visit, language=language, status=status, title="t", translator="D"),
                    user=editor,
                )
            services.claim_unpublish(claim=published_claim(editor=editor), user=editor, reason="Source retracted.")

    # The claims' evidence, translations and named entities; the visits' translations; the reviews' sources of the
    # same origin, statements' other appearances, corrections.
    queries = {"/api/v1/claims/": 5, "/api/v1/visits/": 3, "/api/v1/claimreview.json": 6}.get(url, 2)
    grow(2)
    with django_assert_num_queries(queries):
        small = client.get(url)
    grow(6)
    with django_assert_num_queries(queries):
        large = client.get(url)
    assert small.status_code == large.status_code == 200
    assert len(large.content) > len(small.content)


def test_claim_detail_query_count(client, editor, django_assert_num_queries):
    claim = published_claim(editor=editor)
    EvidenceFactory.create_batch(4, claim=claim)
    for language in ("fa", "ru", "kk"):
        translation_save(
            ClaimTranslation(claim=claim, language=language, status="published", text="t", translator="Desk"),
            user=editor,
        )
    # The freshness stamp, the claim, evidence with sources and outlets, translations, the entities it names.
    with django_assert_num_queries(5):
        assert client.get(f"/api/v1/claims/{claim.ref}/").status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("url", ["/api/v1/claims/", "/api/v1/claims/{ref}/", "/api/v1/claimreview.json"])
def test_the_feed_is_read_only(client, editor, method, url):
    claim = published_claim(editor=editor)
    response = getattr(client, method)(url.format(ref=claim.ref), data={}, content_type="application/json")
    assert response.status_code == 405
    assert Claim.objects.get(pk=claim.pk).is_published


def test_any_origin_may_get_without_credentials(client, editor):
    published_claim(editor=editor)
    response = client.get("/api/v1/claims/", HTTP_ORIGIN="https://partner.example")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_cors_preflight_offers_only_reading_methods(client):
    response = client.options(
        "/api/v1/claims/",
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="DELETE",
    )
    allowed = {m.strip() for m in response["Access-Control-Allow-Methods"].split(",")}
    assert allowed == {"GET", "HEAD", "OPTIONS"}


def test_cors_is_not_opened_outside_the_api(client):
    response = client.get("/admin/login/", HTTP_ORIGIN="https://partner.example")
    assert "Access-Control-Allow-Origin" not in response


def test_schema_documents_every_filter_and_the_docs_page_needs_no_internet(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    params = {p["name"] for p in schema["paths"]["/api/v1/claims/"]["get"]["parameters"]}
    assert params == {
        "status", "visit", "topic", "speaker", "entity", "outlet", "stance", "language", "updated_since", "search",
        "cursor", "ordering", "page_size",
    }  # fmt: skip
    assert {p["name"] for p in schema["paths"]["/api/v1/withdrawals/"]["get"]["parameters"]} >= {"since", "cursor"}
    for path in [
        "/api/v1/claimreview.json",
        "/api/v1/visits/{ref}/",
        "/api/v1/sources/{ref}/",
        "/api/v1/outlets/{id}/",
    ]:
        assert path in schema["paths"]

    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "cdn." not in html and "unpkg" not in html


@pytest.mark.parametrize(
    "accept, expected",
    [
        (None, "application/json"),
        ("*/*", "application/json"),
        ("application/json", "application/json"),
        ("text/html", "text/html; charset=utf-8"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "text/html; charset=utf-8"),
    ],
)
def test_the_format_follows_the_accept_header(client, db, accept, expected):
    headers = {"HTTP_ACCEPT": accept} if accept is not None else {}
    assert client.get("/api/v1/visits/", **headers)["Content-Type"] == expected


def test_a_format_parameter_wins_over_the_accept_header(client, db):
    assert client.get("/api/v1/visits/?format=api", HTTP_ACCEPT="*/*")["Content-Type"] == "text/html; charset=utf-8"
    assert client.get("/api/v1/visits/?format=json", HTTP_ACCEPT="text/html")["Content-Type"] == "application/json"


def read_fact_check_feed(get, url: str) -> list[dict]:
    """What a fact-check aggregator does with a feed in Data Commons' layout (its reader, in short)."""
    reviews = []
    while url:
        response = get(url)
        feed = response.json()
        assert feed["@type"] == "DataFeed" and feed["dateModified"]
        for element in feed["dataFeedElement"]:
            assert element["@type"] == "DataFeedItem"
            for review in element["item"]:  # a KeyError here is what aggregators hit on bare ClaimReviews
                reviews.append(
                    {
                        "url": element["url"],
                        "created": element["dateCreated"],
                        "modified": element["dateModified"],
                        "claim": review["claimReviewed"],
                        "rating": review["reviewRating"]["alternateName"],
                        "by": review["itemReviewed"]["author"]["name"],
                    }
                )
        links = response.headers.get("Link", "")
        url = links.partition(">")[0].removeprefix("<") if 'rel="next"' in links else None
    return reviews


def test_an_aggregator_reads_the_whole_feed(client, editor, hidden_claim):
    long_text = (
        "Pezeshkian said the two countries would raise bilateral trade to three billion dollars a year under "
        "the roadmap agreed in Astana, and would open a new rail route"
    )
    claims = [published_claim(editor=editor, text=long_text)] + [published_claim(editor=editor) for _ in range(4)]
    reviews = read_fact_check_feed(client.get, "/api/v1/claimreview.json?page_size=2")
    assert sorted(r["url"] for r in reviews) == sorted(f"http://127.0.0.1:8000/claims/{c.ref}/" for c in claims)
    assert {r["claim"] for r in reviews} >= {long_text}  # the whole claim, never cut
    assert all(r["created"] and r["modified"] and r["rating"] == "Verified" for r in reviews)


def test_the_feed_answers_json_ld_when_asked(client, editor):
    published_claim(editor=editor)
    response = client.get("/api/v1/claimreview.json", HTTP_ACCEPT="application/ld+json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    assert response.json()["@type"] == "DataFeed"


def test_the_datafeed_has_an_item_per_language_page_linked_to_the_english(client, editor):
    claim = published_claim(editor=editor)
    translate(claim, "fa", editor=editor)
    translate(claim, "ru", editor=editor, status="draft")  # not published: no item
    body = client.get("/api/v1/claimreview.json").json()
    items = [element["item"][0] for element in body["dataFeedElement"]]
    assert [item["inLanguage"] for item in items] == ["en-GB", "fa"]
    english, persian = items
    assert persian["url"].endswith(f"/fa/claims/{claim.ref}/") and persian["claimReviewed"] == "ادعای ترجمه‌شده"
    assert persian["translationOfWork"]["@id"] == english["@id"]
    assert [link["@id"] for link in english["workTranslation"]] == [persian["@id"]]
