"""A "misleading" verdict: true in part but leaving a false impression.

It needs what *disputed* needs to be published (evidence from an independent source, of any stance), sits at 2
on the ClaimReview scale, and reaches readers, the API, the CSV download and the filters like any verdict.
"""

import csv
import io
import json

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims import services
from claims.models import RATING_SCALE, Stance, Status
from claims.rules.claims import Independence, independence_needed, why_not_publishable
from tests.factories import ClaimFactory, EvidenceFactory, publish
from tests.test_claimreview_markup import page_review

pytestmark = pytest.mark.django_db


def test_misleading_needs_what_disputed_needs():
    assert independence_needed(Status.MISLEADING) == independence_needed(Status.DISPUTED) == "any"
    for status in (Status.MISLEADING, Status.DISPUTED):
        assert why_not_publishable(status=status, summary="Why.", independence=Independence(0, 0))
        assert why_not_publishable(status=status, summary="Why.", independence=Independence(0, 1)) == []
    assert why_not_publishable(status=Status.VERIFIED, summary="Why.", independence=Independence(0, 1))


def test_a_misleading_claim_with_only_its_own_article_is_not_published(editor):
    claim = ClaimFactory()
    services.claim_set_verdict(claim=claim, user=editor, status=Status.MISLEADING, verdict_summary="Half of it.")
    with pytest.raises(ValidationError, match="no evidence from a source other than its own article"):
        services.claim_publish(claim=claim, user=editor)
    EvidenceFactory(claim=claim, stance=Stance.CONTEXT)
    services.claim_publish(claim=claim, user=editor)
    claim.refresh_from_db()
    assert claim.is_published and claim.status == Status.MISLEADING


def test_misleading_sits_between_false_and_disputed_on_the_scale():
    assert RATING_SCALE[Status.FALSE] < RATING_SCALE[Status.MISLEADING] < RATING_SCALE[Status.DISPUTED]
    assert sorted(RATING_SCALE.values()) == [1, 2, 3, 4, 5]


def test_the_review_names_the_verdict_and_gives_its_number(client, editor):
    claim = publish(ClaimFactory(), editor=editor, status=Status.MISLEADING, summary="True in part.")
    review, html = page_review(client, claim)
    assert review["reviewRating"] == {
        "@type": "Rating",
        "name": "Misleading",
        "alternateName": "Misleading",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert "≠" in html  # the verdict's shape beside its name


def test_unverifiable_is_named_without_a_number(client, editor):
    claim = publish(ClaimFactory(), editor=editor, status=Status.UNVERIFIABLE, summary="Nothing found.")
    review, _ = page_review(client, claim)
    assert review["reviewRating"] == {"@type": "Rating", "name": "Unverifiable", "alternateName": "Unverifiable"}


def test_the_methodology_page_explains_misleading_and_the_markup_of_unverifiable(client):
    cache.clear()
    html = client.get("/methodology/").content.decode()
    assert "leaves a false impression" in html
    assert "Misleading" in html and "2 of 5" in html
    assert "carries the name" in html and "no number" in html


def test_the_api_and_the_csv_filter_by_misleading(client, editor):
    misleading = publish(ClaimFactory(ref="half-true"), editor=editor, status=Status.MISLEADING, summary="Half.")
    publish(ClaimFactory(ref="all-true"), editor=editor)
    cache.clear()
    body = client.get("/api/v1/claims/", {"status": "misleading"}).json()
    assert [row["ref"] for row in body["results"]] == [misleading.ref]
    assert body["results"][0]["status"] == "misleading"
    response = client.get(reverse("claims_csv"), {"status": "misleading"})
    text = b"".join(response.streaming_content).decode("utf-8")
    found = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [(row["ref"], row["status"]) for row in found] == [("half-true", "misleading")]
    cache.clear()
    page = client.get("/claims/", {"status": "misleading"}).content.decode()
    assert misleading.text in page and "all-true" not in page


def test_the_datafeed_schema_requires_the_rating_name():
    from api.datafeed_schema import COMPONENTS  # noqa: PLC0415

    rating = COMPONENTS["SchemaOrgRating"]
    assert "name" in json.dumps(rating["required"])
