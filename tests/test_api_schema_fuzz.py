"""Schemathesis drives every operation of the feed's own OpenAPI schema over HTTP, with every check and in
every generation mode (positive and negative, as `schemathesis --checks all --mode all`): answers conform,
valid-by-schema requests are accepted, invalid ones refused, never a 5xx."""

import json

import pytest
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


@schema.parametrize()
@settings(
    max_examples=5,
    database=None,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_every_operation_conforms_and_never_errors(case, register, live_server):
    # Over HTTP, as a client reads it: compressed answers are decoded as any client decodes them. Every
    # parameter as generated, the cursor included: the schema states the form of a cursor, and any cursor
    # of that form is a position the feed pages from.
    case.call_and_validate(base_url=live_server.url)
