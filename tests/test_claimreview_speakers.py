"""The ClaimReview names a claim's speaker as machines follow it: a Person or Organization with its page, its office
and, only when the register knows it, its Wikidata item; and gives the Claim an `@id` of its own.

Read from the claim pages' JSON-LD and from the DataFeed, which must agree (tests/test_claimreview_markup.py).
"""

import jsonschema
import pytest
from django.core.cache import cache

from claims.models import Entity, EntityRole
from tests.factories import ClaimFactory, OutletFactory, SourceFactory, publish, translate
from tests.test_api_partners import as_json_schema, openapi
from tests.test_claimreview_markup import JsonLdBlocks, page_review, review_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def speakers(db):
    ministry = Entity.objects.create(
        ref="ministry-of-trade", kind=Entity.Kind.ORGANISATION, name="Ministry of Trade", country="KZ", wikidata_id="Q2"
    )
    minister = Entity.objects.create(
        ref="the-minister", kind=Entity.Kind.PERSON, name="The Minister", country="KZ", wikidata_id="Q1"
    )
    president = Entity.objects.create(
        ref="the-president", kind=Entity.Kind.PERSON, name="The President", name_fa="رئیس‌جمهور", country="IR"
    )
    return {
        "ministry": ministry,
        "minister": minister,
        "president": president,
        "in_ministry": EntityRole.objects.create(
            entity=minister, title="Minister of Trade", title_fa="وزیر تجارت", organisation=ministry
        ),
        "presidency": EntityRole.objects.create(entity=president, title="President of Iran"),
    }


def said(editor, entity, role=None, **kwargs):
    claim = ClaimFactory(speaker_entity=entity, speaker_role=role, **kwargs)
    return publish(claim, editor=editor)


def test_a_speaker_with_a_wikidata_id_is_the_same_as_its_item(client, editor, speakers):
    claim = said(editor, speakers["minister"], speakers["in_ministry"])
    review, _ = review_of(client, claim)
    author = review["itemReviewed"]["author"]
    assert author["@type"] == "Person"
    assert author["name"] == "The Minister"
    assert author["sameAs"] == "https://www.wikidata.org/wiki/Q1"
    assert author["url"].endswith("/entities/the-minister/")
    assert author["jobTitle"] == "Minister of Trade"
    assert author["affiliation"] == {
        "@type": "Organization",
        "name": "Ministry of Trade",
        "url": author["url"].replace("the-minister", "ministry-of-trade"),
        "sameAs": "https://www.wikidata.org/wiki/Q2",
    }


def test_a_speaker_without_an_id_has_no_same_as_never_an_invented_one(client, editor, speakers):
    claim = said(editor, speakers["president"], speakers["presidency"])
    review, html = review_of(client, claim)
    author = review["itemReviewed"]["author"]
    assert "sameAs" not in author
    assert "wikidata" not in html.split("application/ld+json", 1)[1].split("</script>", 1)[0]
    # The office belongs to no organisation of the register: the affiliation is the country's government.
    assert author["jobTitle"] == "President of Iran"
    assert author["affiliation"] == {"@type": "GovernmentOrganization", "name": "Government of Iran"}


def test_a_speaker_without_an_office_has_no_job_title_nor_affiliation(client, editor, speakers):
    claim = said(editor, speakers["president"])
    author = review_of(client, claim)[0]["itemReviewed"]["author"]
    assert author == {"@type": "Person", "name": "The President", "url": author["url"]}


def test_an_organisation_speaks_as_an_organization(client, editor, speakers):
    claim = said(editor, speakers["ministry"])
    author = review_of(client, claim)[0]["itemReviewed"]["author"]
    assert author["@type"] == "Organization" and author["sameAs"] == "https://www.wikidata.org/wiki/Q2"


def test_a_claim_without_a_speaker_entity_keeps_the_attribution_as_written(client, editor):
    outlet = OutletFactory(name="Tehran daily")
    claim = publish(ClaimFactory(speaker="Tehran daily", article=SourceFactory(outlet=outlet)), editor=editor)
    assert review_of(client, claim)[0]["itemReviewed"]["author"] == {"@type": "Organization", "name": "Tehran daily"}


def test_the_claims_id_is_its_english_address_in_every_language(client, editor, speakers):
    claim = said(editor, speakers["president"], speakers["presidency"])
    translate(claim, "fa", editor=editor)
    english, _ = page_review(client, claim)
    assert english["itemReviewed"]["@id"].endswith(f"/claims/{claim.ref}/#claim")
    cache.clear()
    parser = JsonLdBlocks()
    parser.feed(client.get(f"/fa/claims/{claim.ref}/").content.decode())
    (persian,) = [block for block in parser.blocks if block.get("@type") == "ClaimReview"]
    assert persian["itemReviewed"]["@id"] == english["itemReviewed"]["@id"]
    # The Persian review names the speaker in Persian, with the Persian page's address.
    assert persian["itemReviewed"]["author"]["name"] == "رئیس‌جمهور"
    assert "/fa/entities/the-president/" in persian["itemReviewed"]["author"]["url"]
    # The same again, page after page, and in the DataFeed's item for each language page.
    assert page_review(client, claim)[0]["itemReviewed"]["@id"] == english["itemReviewed"]["@id"]
    cache.clear()
    feed = client.get("/api/v1/claimreview.json").json()["dataFeedElement"]
    ids = [element["item"][0]["itemReviewed"]["@id"] for element in feed if f"/claims/{claim.ref}/" in element["url"]]
    assert ids == [english["itemReviewed"]["@id"]] * 2


def test_the_datafeed_with_speaker_entities_conforms_to_its_schema(client, editor, speakers):
    said(editor, speakers["minister"], speakers["in_ministry"])
    said(editor, speakers["president"], speakers["presidency"])
    said(editor, speakers["ministry"])
    components = as_json_schema(openapi(client)["components"])
    validator = jsonschema.Draft7Validator(
        {"$ref": "#/components/schemas/DataFeed", "components": components},
        format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER,
    )
    cache.clear()
    body = client.get("/api/v1/claimreview.json").json()
    assert [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(body)] == []
    authors = [element["item"][0]["itemReviewed"]["author"] for element in body["dataFeedElement"]]
    assert {author.get("affiliation", {}).get("@type") for author in authors} == {
        "Organization",
        "GovernmentOrganization",
        None,
    }
