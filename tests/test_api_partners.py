"""A partner's tools just work: a browser on another origin, a client generated from the schema.

CORS lets a page on another origin read the feed, the DataFeed's next page (`Link`), the validators and
the throttle's wait, and make the documented conditional GET; the downloads are readable cross-origin
too. The OpenAPI document declares those response headers, and the DataFeed's body is typed: the feed's
real answers validate against the declared types. (The browser itself: tests/test_browser_partners.py.)
"""

import copy
import datetime

import jsonschema
import pytest
from django.core.cache import cache

from claims import services
from claims.models import Status
from tests.factories import (
    ClaimFactory,
    EvidenceFactory,
    OutletFactory,
    SourceFactory,
    publish,
    published_claim,
)

pytestmark = pytest.mark.django_db

ORIGIN = "https://partner.example"
EXPOSED = {"link", "etag", "last-modified", "retry-after"}


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def register(editor):
    readout = SourceFactory(outlet=OutletFactory(name="Akorda"), published_on=datetime.date(2025, 12, 10), origin="r")
    article = SourceFactory(published_on=datetime.date(2025, 12, 12), origin="r")
    person = publish(ClaimFactory(article=article), editor=editor)
    EvidenceFactory(claim=person, source=readout)
    services.claim_set_verdict(
        claim=person, user=editor, status=Status.DISPUTED, verdict_summary="Disputed.", note="New figures."
    )
    organisation = publish(
        ClaimFactory(speaker="Ministry of Foreign Affairs of Kazakhstan", article=SourceFactory(published_on=None)),
        editor=editor,
        status=Status.UNVERIFIABLE,
        summary="Nothing on record.",
    )
    return [person, organisation, *(published_claim(editor=editor) for _ in range(3))]


def exposed(response) -> set[str]:
    return {name.strip().lower() for name in response["Access-Control-Expose-Headers"].split(",")}


@pytest.mark.parametrize(
    "address", ["/api/v1/claimreview.json", "/api/v1/claims/", "/api/v1/withdrawals/", "/claims.csv"]
)
def test_a_preflight_allows_the_conditional_get(client, register, address):
    response = client.options(
        address,
        HTTP_ORIGIN=ORIGIN,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match, if-modified-since",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    allowed = {name.strip().lower() for name in response["Access-Control-Allow-Headers"].split(",")}
    assert {"if-none-match", "if-modified-since"} <= allowed
    assert "GET" in response["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Credentials" not in response


def test_a_cross_origin_read_of_the_datafeed_can_see_its_next_page_and_validators(client, register):
    response = client.get("/api/v1/claimreview.json", {"page_size": 2}, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert exposed(response) >= EXPOSED
    assert 'rel="next"' in response["Link"]
    # The conditional re-fetch a browser client makes with what it was allowed to read.
    again = client.get(
        "/api/v1/claimreview.json", {"page_size": 2}, HTTP_ORIGIN=ORIGIN, HTTP_IF_NONE_MATCH=response["ETag"]
    )
    assert again.status_code == 304
    assert again["Access-Control-Allow-Origin"] == "*"
    since = client.get(
        "/api/v1/claimreview.json",
        {"page_size": 2},
        HTTP_ORIGIN=ORIGIN,
        HTTP_IF_MODIFIED_SINCE=response["Last-Modified"],
    )
    assert since.status_code == 304


def test_the_csv_download_is_readable_cross_origin(client, register):
    response = client.get("/claims.csv", HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "content-disposition" in exposed(response)


def test_a_throttled_browser_client_can_read_how_long_to_wait(client, register, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "1/minute"}}
    client.get("/api/v1/claims/", HTTP_ORIGIN=ORIGIN)
    response = client.get("/api/v1/claims/", HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 429
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "retry-after" in exposed(response) and int(response["Retry-After"]) >= 1


@pytest.mark.parametrize("address", ["/claims/", "/admin/login/", "/sources/"])
def test_pages_and_the_admin_stay_closed_to_other_origins(client, register, address):
    response = client.get(address, HTTP_ORIGIN=ORIGIN)
    assert "Access-Control-Allow-Origin" not in response


def openapi(client) -> dict:
    return client.get("/api/schema/", HTTP_ACCEPT="application/json").json()


def test_the_schema_declares_the_headers_partners_read(client):
    paths = openapi(client)["paths"]
    for address, path in paths.items():
        responses = path["get"]["responses"]
        assert {"ETag", "Last-Modified"} <= responses["200"]["headers"].keys(), address
        assert {"ETag", "Last-Modified"} <= responses["304"]["headers"].keys(), address
        assert responses["429"]["headers"]["Retry-After"]["required"] is True, address
    link = paths["/api/v1/claimreview.json"]["get"]["responses"]["200"]["headers"]["Link"]
    assert link["required"] is False


def as_json_schema(node):
    """An OpenAPI 3.0 schema as JSON Schema: `nullable` becomes a null type."""
    if isinstance(node, dict):
        node = {key: as_json_schema(value) for key, value in node.items()}
        if node.pop("nullable", False):
            if "type" not in node:
                return {"anyOf": [node, {"type": "null"}]}
            node["type"] = [node["type"], "null"]
        return node
    if isinstance(node, list):
        return [as_json_schema(value) for value in node]
    return node


def test_the_datafeed_body_is_typed_and_every_page_conforms(client, register):
    document = openapi(client)
    response_schema = document["paths"]["/api/v1/claimreview.json"]["get"]["responses"]["200"]["content"]
    assert response_schema["application/json"]["schema"] == {"$ref": "#/components/schemas/DataFeed"}
    components = copy.deepcopy(document["components"])
    assert {"DataFeed", "DataFeedItem", "ClaimReview", "SchemaOrgClaim", "SchemaOrgCorrectionComment"} <= (
        components["schemas"].keys()
    )
    validator = jsonschema.Draft7Validator(
        {"$ref": "#/components/schemas/DataFeed", "components": as_json_schema(components)},
        format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER,
    )
    url, seen = "/api/v1/claimreview.json?page_size=2", []
    while url:
        response = client.get(url)
        body = response.json()
        errors = [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(body)]
        assert errors == []
        seen += body["dataFeedElement"]
        url = response.get("Link", "").partition(">")[0].removeprefix("<")
    assert len(seen) == len(register)
    # The cases the types must cover: a person and an organisation, a rating with and without a number,
    # a correction, a claim with no date.
    reviews = [element["item"][0] for element in seen]
    assert {review["itemReviewed"]["author"]["@type"] for review in reviews} == {"Person", "Organization"}
    assert any("correction" in review for review in reviews)
    assert any("ratingValue" not in review["reviewRating"] for review in reviews)
    assert any("datePublished" not in review["itemReviewed"] for review in reviews)


def test_the_schema_refuses_a_body_the_builder_does_not_make(client, register):
    # additionalProperties is false: a property the types do not name fails, so builder and schema cannot part.
    components = as_json_schema(openapi(client)["components"])
    validator = jsonschema.Draft7Validator({"$ref": "#/components/schemas/DataFeed", "components": components})
    body = client.get("/api/v1/claimreview.json").json()
    body["dataFeedElement"][0]["item"][0]["verdict"] = "true"
    assert not validator.is_valid(body)
