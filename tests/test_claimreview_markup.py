"""A claim's ClaimReview says where the claim first appeared, when, and every correction of its verdict.

The markup is read as structured-data extractors read it (every `application/ld+json` block of the page,
parsed as JSON), and from the DataFeed; the two come from one builder and must agree.
"""

import datetime
import json
from html.parser import HTMLParser

import pytest
from django.core.cache import cache

from claims import services
from claims.models import Stance, Status
from claims.repeats.services import repeat_link
from tests.factories import ClaimFactory, EvidenceFactory, OutletFactory, SourceFactory, publish

pytestmark = pytest.mark.django_db

DEC = datetime.date(2025, 12, 1)


class JsonLdBlocks(HTMLParser):
    """Every JSON-LD block of a page, as structured-data extractors (extruct, Google's) collect them."""

    def __init__(self):
        super().__init__()
        self.blocks, self._open = [], False

    def handle_starttag(self, tag, attrs):
        self._open = tag == "script" and dict(attrs).get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._open:
            self.blocks.append(json.loads(data))

    def handle_endtag(self, tag):
        self._open = False


def page_review(client, claim) -> tuple[dict, str]:
    cache.clear()
    response = client.get(claim.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    parser = JsonLdBlocks()
    parser.feed(html)
    (review,) = [block for block in parser.blocks if block.get("@type") == "ClaimReview"]
    return review, html


def feed_review(client, claim) -> dict:
    cache.clear()
    body = client.get("/api/v1/claimreview.json").json()
    (element,) = [e for e in body["dataFeedElement"] if e["url"].endswith(f"/claims/{claim.ref}/")]
    (review,) = element["item"]
    return review


def review_of(client, claim) -> tuple[dict, str]:
    """The page's review and its HTML, after checking that the DataFeed carries the same review."""
    review, html = page_review(client, claim)
    # The DataFeed carries the English page's review as the page does, its @id and translation links included
    # (the feed carries the @context once, for all).
    assert feed_review(client, claim) == {key: value for key, value in review.items() if key != "@context"}
    return review, html


@pytest.fixture
def wire(db):
    """Sources that carry one readout: the earliest on 1 December, the claim's article on 3 December."""
    return {
        "readout": SourceFactory(
            title="Presidential readout", outlet=OutletFactory(name="Akorda"), published_on=DEC, origin="readout-1"
        ),
        "article": SourceFactory(
            title="Daily report of the talks", published_on=DEC + datetime.timedelta(days=2), origin="readout-1"
        ),
        "later": SourceFactory(
            title="Weekly digest", published_on=DEC + datetime.timedelta(days=5), origin="readout-1"
        ),
        "elsewhere": SourceFactory(title="Customs statistics", published_on=DEC - datetime.timedelta(days=30)),
    }


def test_the_first_appearance_is_the_article_when_nothing_carries_the_claim_earlier(client, editor, wire):
    claim = publish(ClaimFactory(article=wire["article"]), editor=editor)
    # An earlier source of another origin corroborates the claim: it confirms the claim without carrying it.
    EvidenceFactory(claim=claim, source=wire["elsewhere"])
    # An earlier source of the same readout, cited for context: it may carry another of the readout's statements.
    context = SourceFactory(title="Preview of the talks", published_on=DEC, origin="readout-1")
    EvidenceFactory(claim=claim, source=context, stance=Stance.CONTEXT)
    EvidenceFactory(claim=claim, source=wire["later"])
    review, html = review_of(client, claim)
    item = review["itemReviewed"]
    assert (
        item["firstAppearance"]
        == item["appearance"]
        == {
            "@type": "CreativeWork",
            "headline": "Daily report of the talks",
            "url": wire["article"].url,
            "publisher": {"@type": "Organization", "name": wire["article"].outlet.name},
            "datePublished": "2025-12-03",
        }
    )
    assert item["datePublished"] == "2025-12-03"
    assert "First reported" not in html


def test_an_earlier_source_of_the_same_origin_is_the_first_appearance(client, editor, wire):
    claim = publish(ClaimFactory(article=wire["article"]), editor=editor)
    EvidenceFactory(claim=claim, source=wire["readout"])
    EvidenceFactory(claim=claim, source=wire["later"])
    review, html = review_of(client, claim)
    item = review["itemReviewed"]
    assert item["firstAppearance"] == {
        "@type": "CreativeWork",
        "headline": "Presidential readout",
        "url": wire["readout"].url,
        "publisher": {"@type": "Organization", "name": "Akorda"},
        "datePublished": "2025-12-01",
    }
    assert item["appearance"]["headline"] == "Daily report of the talks"
    assert item["datePublished"] == "2025-12-01"  # when the claim was first reported
    first_reported = html.split("<dt>First reported</dt>")[1].split("</div>")[0]
    assert f'href="/sources/{wire["readout"].ref}/"' in first_reported
    assert '<time datetime="2025-12-01">1 December 2025</time>' in first_reported


def test_an_earlier_published_appearance_of_the_statement_is_the_first(client, editor, wire):
    claim = publish(ClaimFactory(article=wire["article"]), editor=editor)
    earlier_article = SourceFactory(title="Earlier interview", published_on=DEC - datetime.timedelta(days=3))
    earlier = publish(ClaimFactory(article=earlier_article), editor=editor)
    repeat_link(claim=claim, other=earlier, user=editor)
    # A draft's article, earlier still, is no appearance the public may see.
    draft_article = SourceFactory(title="Unpublished lead", published_on=DEC - datetime.timedelta(days=20))
    repeat_link(claim=ClaimFactory(article=draft_article), other=earlier, user=editor)
    claim.refresh_from_db()
    review, html = review_of(client, claim)
    assert review["itemReviewed"]["firstAppearance"]["headline"] == "Earlier interview"
    assert review["itemReviewed"]["datePublished"] == "2025-11-28"
    assert "Unpublished lead" not in html and "Unpublished lead" not in json.dumps(feed_review(client, claim))


def test_an_article_with_no_date_has_no_claim_date_and_the_page_says_so(client, editor, wire):
    undated = SourceFactory(title="Undated report", published_on=None, origin="readout-1")
    claim = publish(ClaimFactory(article=undated), editor=editor)
    EvidenceFactory(claim=claim, source=wire["readout"])  # dated, but not shown to come before the article
    review, html = review_of(client, claim)
    item = review["itemReviewed"]
    assert "datePublished" not in item
    assert item["firstAppearance"] == item["appearance"]
    assert "datePublished" not in item["firstAppearance"]
    assert "Date not known" in html.split("<dt>Published</dt>")[1].split("</div>")[0]
    source_page = client.get(undated.get_absolute_url()).content.decode()
    assert "Date not known" in source_page.split("<dt>Published</dt>")[1].split("</div>")[0]


def test_each_correction_is_a_correction_comment(client, editor, wire):
    claim = publish(ClaimFactory(article=wire["article"]), editor=editor)
    review, _ = review_of(client, claim)
    assert "correction" not in review
    services.claim_set_verdict(
        claim=claim, user=editor, status=Status.PARTLY_VERIFIED, verdict_summary="Close.", note="New customs data."
    )
    services.claim_set_verdict(
        claim=claim, user=editor, status=Status.DISPUTED, verdict_summary="Disputed.", note="The ministry denies it."
    )
    claim.refresh_from_db()
    review, html = review_of(client, claim)
    first, second = review["correction"]
    assert first["@type"] == second["@type"] == "CorrectionComment"
    assert first["text"] == "Verdict corrected from Verified to Partly verified. New customs data."
    assert second["text"] == "Verdict corrected from Partly verified to Disputed. The ministry denies it."
    assert datetime.datetime.fromisoformat(first["datePublished"]) <= datetime.datetime.fromisoformat(
        second["datePublished"]
    )
    # Each points at its step on the claim's public record.
    anchor = first["url"].rsplit("#", 1)[1]
    assert first["url"].startswith("http://127.0.0.1:8000/claims/") and f'id="{anchor}"' in html


def test_every_review_carries_the_fields_aggregators_read(client, editor, wire):
    claim = publish(ClaimFactory(article=wire["article"]), editor=editor)
    review, _ = page_review(client, claim)
    # Google's ClaimReview: required, then recommended.
    assert {"@context", "@type", "claimReviewed", "reviewRating", "url"} <= review.keys()
    assert {"author", "datePublished", "itemReviewed"} <= review.keys()
    assert review["reviewRating"]["alternateName"]
    assert {"author", "appearance", "firstAppearance", "datePublished"} <= review["itemReviewed"].keys()
