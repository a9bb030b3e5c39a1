"""Schemathesis drives every operation of the feed's own OpenAPI schema over HTTP, with every check:
answers conform, valid-by-schema requests are accepted, invalid ones refused, never a 5xx."""

import json
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import schemathesis
from django.core.cache import cache
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, settings

from claims import services
from tests.factories import ClaimFactory, EvidenceFactory, VisitFactory, published_claim


@pytest.fixture
def register(transactional_db, editor, settings):
    # Enough throttle headroom for the generated calls; throttling has its own tests.
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "100000/minute"}}
    cache.clear()
    visits = [VisitFactory(ref="pezeshkian-astana-2025"), VisitFactory(ref="tokayev-tehran-2025")]
    shown = [published_claim(editor=editor, visit=visit) for visit in visits for _ in range(2)]
    EvidenceFactory(claim=shown[0], stance="context")
    withdrawn = published_claim(editor=editor, visit=visits[0])
    services.claim_unpublish(claim=withdrawn, user=editor, reason="Misquoted.")
    ClaimFactory(visit=visits[0])


# Generating the schema reads no data, so it is loaded when the tests are collected.
schema = schemathesis.openapi.from_dict(json.loads(OpenApiJsonRenderer().render(SchemaGenerator().get_schema())))


def cursor_the_feed_gives(base_url: str, case) -> str | None:
    """The cursor is opaque: a client sends only one the feed gave out. This asks the same list, in the
    case's ordering, for its first page of one item and takes the cursor of the next page, if any."""
    query = {"page_size": 1, **({"ordering": case.query["ordering"]} if "ordering" in case.query else {})}
    response = requests.get(base_url + case.path, params=query, timeout=30)
    link = response.links.get("next", {}).get("url") if "Link" in response.headers else response.json()["next"]
    return parse_qs(urlsplit(link).query)["cursor"][0] if link else None


@schema.parametrize()
@settings(
    max_examples=5,
    database=None,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_every_operation_conforms_and_never_errors(case, register, live_server):
    # Over HTTP, as a client reads it: compressed answers are decoded as any client decodes them.
    if case.meta and case.meta.generation.mode.is_positive and case.query and "cursor" in case.query:
        cursor = cursor_the_feed_gives(live_server.url, case)
        if cursor is None:
            del case.query["cursor"]
        else:
            case.query["cursor"] = cursor
    case.call_and_validate(base_url=live_server.url)
