"""Every listing page and API list runs the same number of queries with 4 published claims and with 40.

Counted with the page cache empty (the costly path); each page's warm path is
one query, the register stamp (tests/test_register_pages.py, tests/test_api_caching.py).
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import public_register_sample

pytestmark = pytest.mark.django_db

LISTINGS = [
    "/",
    "/claims/",
    "/claims/?visit=pezeshkian-astana-2025&status=verified&outlet={outlet}&sort=oldest",
    "/claims/?q=trade",
    "/claims/?page=2",
    "/visits/pezeshkian-astana-2025/",
    "/sources/",
    "/corrections/",
    "/figures/",
    "/commitments/",
    "/feed/",
    "/commitments/feed/",
    "/sitemap.xml",
    "/claims.csv",
    "/claims.csv?visit=pezeshkian-astana-2025",
    "/claims.xlsx",
    "/claims.xlsx?visit=pezeshkian-astana-2025&q=trade",
    "/api/v1/claims/",
    "/api/v1/claims/?page_size=50&ordering=-published_at",
    "/api/v1/visits/",
    "/api/v1/sources/",
    "/api/v1/outlets/",
    "/api/v1/metrics/",
    "/api/v1/withdrawals/",
    "/api/v1/claimreview.json",
    # The same pages in the other languages cost what the English ones do.
    "/fa/",
    "/fa/claims/",
    "/fa/claims/?q=trade",
    "/fa/visits/pezeshkian-astana-2025/",
    "/ru/corrections/",
    "/kk/sources/",
    "/fa/feed/",
]


def _queries(client, url) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.status_code == 200, url
        if response.streaming:
            b"".join(response.streaming_content)
    return len(queries)


@pytest.mark.parametrize("path", LISTINGS)
def test_a_listing_costs_the_same_at_4_and_at_40_published_claims(client, editor, path):
    small = public_register_sample(editor=editor, claims_per_visit=2)
    url = path.format(outlet=small["tasnim"].pk)
    few = _queries(client, url)
    public_register_sample(editor=editor, claims_per_visit=18)
    many = _queries(client, url)
    assert few == many, f"{url}: {few} queries with 4 claims, {many} with 40"


TRANSLATED_LISTINGS = [
    "/fa/",
    "/fa/claims/",
    "/fa/claims/?q=trade",
    "/fa/visits/pezeshkian-astana-2025/",
    "/fa/corrections/",
    "/fa/sources/",
    "/fa/feed/",
    "/sitemap.xml",
]


def _translate_every_claim(editor) -> None:
    """A Persian translation of every published claim without one, and of each visit; the first claim is then
    corrected and updated, so its translation is out of date."""
    from claims import services
    from claims.models import Claim, Status, Visit, VisitTranslation
    from tests.factories import translate

    fresh = Claim.objects.published().exclude(translations__language="fa").order_by("id")
    for claim in fresh:
        translate(claim, "fa", editor=editor)
    for visit in Visit.objects.exclude(translations__language="fa"):
        found = VisitTranslation(visit=visit, language="fa", title="سفر", translator="Desk", status="published")
        services.translation_save(found, user=editor)
    first = fresh.first()
    if first is not None:
        services.claim_set_verdict(claim=first, user=editor, status=Status.FALSE, verdict_summary="No.", note="Why.")
        services.claim_update(claim=first, user=editor, values={"text": f"{first.text}!"}, change_note="Wording.")


@pytest.mark.parametrize("path", TRANSLATED_LISTINGS)
def test_a_persian_listing_with_translations_costs_the_same_at_4_and_at_40_claims(client, editor, path):
    public_register_sample(editor=editor, claims_per_visit=2)
    _translate_every_claim(editor)
    few = _queries(client, path)
    public_register_sample(editor=editor, claims_per_visit=18)
    _translate_every_claim(editor)
    many = _queries(client, path)
    assert few == many, f"{path}: {few} queries with 4 translated claims, {many} with 40"


ENTITY_LISTINGS = [
    "/entities/",
    "/fa/entities/",
    "/entities/sample-speaker/",
    "/ru/entities/sample-place/",
    "/claims/",
    "/api/v1/entities/",
    "/api/v1/claims/",
    "/api/v1/claims/?entity=sample-place",
]


def _link_entities() -> None:
    """Every published claim said by one speaker, naming one place and a person of its own (the tests' own set-up)."""
    from claims.models import Claim, ClaimMention, Entity

    speaker, _ = Entity.objects.get_or_create(ref="sample-speaker", kind="person", name="Sample Speaker")
    place, _ = Entity.objects.get_or_create(ref="sample-place", kind="place", name="Sample Place", name_ru="Место")
    for claim in Claim.objects.published().filter(speaker_entity=None):
        Claim.objects.filter(pk=claim.pk).update(speaker_entity=speaker)
        named = Entity.objects.create(ref=f"named-{claim.pk}", kind="person", name=f"Named {claim.pk}")
        ClaimMention.objects.bulk_create(
            [ClaimMention(claim=claim, entity=place), ClaimMention(claim=claim, entity=named)]
        )


@pytest.mark.parametrize("path", ENTITY_LISTINGS)
def test_the_entity_pages_cost_the_same_at_4_and_at_40_claims(client, editor, path):
    public_register_sample(editor=editor, claims_per_visit=2)
    _link_entities()
    few = _queries(client, path)
    public_register_sample(editor=editor, claims_per_visit=18)
    _link_entities()
    many = _queries(client, path)
    assert few == many, f"{path}: {few} queries with 4 linked claims, {many} with 40"
