"""A partner reads the people, organisations and places of the register, and each claim's speaker and the entities
it names, by ref; and filters claims by an entity. Only what a published claim shows is in the feed."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import ClaimMention, Entity, EntityRole, Status
from tests.factories import ClaimFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def register(editor):
    ministry = Entity.objects.create(
        ref="ministry-of-trade", kind=Entity.Kind.ORGANISATION, name="Ministry of Trade", country="KZ"
    )
    minister = Entity.objects.create(
        ref="the-minister",
        kind=Entity.Kind.PERSON,
        name="The Minister",
        name_ru="Министр",
        other_names="Ministr\nMinistre",
        country="KZ",
        wikidata_id="Q1",
    )
    office = EntityRole.objects.create(
        entity=minister,
        title="Minister of Trade",
        title_ru="Министр торговли",
        organisation=ministry,
        start_date=datetime.date(2023, 9, 1),
    )
    port = Entity.objects.create(ref="the-port", kind=Entity.Kind.PLACE, name="The Port", country="IR")
    hidden = Entity.objects.create(ref="hidden", kind=Entity.Kind.PERSON, name="Only In A Draft")
    said = ClaimFactory(ref="said", speaker_entity=minister, speaker_role=office)
    ClaimMention.objects.create(claim=said, entity=port)
    publish(said, editor=editor)
    other = publish(ClaimFactory(ref="other"), editor=editor, status=Status.FALSE)
    draft = ClaimFactory(ref="draft", speaker_entity=hidden)
    ClaimMention.objects.create(claim=draft, entity=port)
    return {"minister": minister, "ministry": ministry, "port": port, "said": said, "other": other}


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:300])
    return response.json()


def test_the_entity_list_holds_only_entities_of_published_claims(client, register):
    body = get(client, "/api/v1/entities/")
    assert [item["ref"] for item in body["results"]] == ["ministry-of-trade", "the-minister", "the-port"]
    get(client, "/api/v1/entities/hidden/", status=404)


def test_an_entity_reads_its_names_roles_identifier_and_counts(client, register):
    body = get(client, "/api/v1/entities/the-minister/")
    assert body["kind"] == "person"
    assert body["names"] == {"en": "The Minister", "fa": "", "ru": "Министр", "kk": "", "kk_latn": ""}
    assert body["other_names"] == ["Ministr", "Ministre"]
    assert body["country"] == "KZ" and body["wikidata_id"] == "Q1"
    assert body["url"].endswith("/entities/the-minister/")
    assert body["roles"] == [
        {
            "title": "Minister of Trade",
            "titles": {"en": "Minister of Trade", "fa": "", "ru": "Министр торговли", "kk": ""},
            "organisation": "Ministry of Trade",
            "start_date": "2023-09-01",
            "end_date": None,
        }
    ]
    assert (body["claims_said"], body["claims_naming"]) == (1, 0)
    port = get(client, "/api/v1/entities/the-port/")
    # The draft that names the port is not counted; no Wikidata id is null, never a guess.
    assert (port["claims_said"], port["claims_naming"], port["wikidata_id"]) == (0, 1, None)
    assert get(client, "/api/v1/entities/ministry-of-trade/")["claims_said"] == 1


def test_a_claim_carries_its_speaker_office_and_mentions_as_refs(client, register):
    body = get(client, "/api/v1/claims/said/")
    assert body["speaker_entity"] == "the-minister"
    assert body["speaker_role"] == "Minister of Trade"
    assert body["mentions"] == ["the-port"]
    other = get(client, "/api/v1/claims/other/")
    assert (other["speaker_entity"], other["speaker_role"], other["mentions"]) == (None, None, [])


@pytest.mark.parametrize(
    "ref, expected",
    [("the-minister", ["said"]), ("ministry-of-trade", ["said"]), ("the-port", ["said"]), ("nobody", [])],
)
def test_claims_filter_by_an_entity_said_by_in_office_or_named(client, register, ref, expected):
    body = get(client, f"/api/v1/claims/?entity={ref}")
    assert [item["ref"] for item in body["results"]] == expected


def test_the_entities_filter_by_kind_and_country(client, register):
    assert [e["ref"] for e in get(client, "/api/v1/entities/?kind=place")["results"]] == ["the-port"]
    assert [e["ref"] for e in get(client, "/api/v1/entities/?country=KZ")["results"]] == [
        "ministry-of-trade",
        "the-minister",
    ]


def test_the_entity_list_pages_by_ref(client, register):
    first = get(client, "/api/v1/entities/?page_size=2")
    assert [e["ref"] for e in first["results"]] == ["ministry-of-trade", "the-minister"]
    following = get(client, first["next"].split("testserver", 1)[-1])
    assert [e["ref"] for e in following["results"]] == ["the-port"]


def test_the_entity_list_and_claims_run_fixed_queries_as_the_register_grows(client, register, editor):
    def grow(n):
        for _ in range(n):
            made = ClaimFactory(speaker_entity=register["minister"])
            ClaimMention.objects.create(claim=made, entity=register["port"])
            ClaimMention.objects.create(
                claim=made,
                entity=Entity.objects.create(ref=f"e-{made.pk}", kind=Entity.Kind.PLACE, name=f"Place {made.pk}"),
            )
            EntityRole.objects.create(entity=register["minister"], title=f"Office {made.pk}")
            publish(made, editor=editor)

    counts = {}
    for n in (2, 20):
        grow(n)
        for url in ("/api/v1/entities/", "/api/v1/claims/", "/api/v1/claims/?entity=the-port"):
            cache.clear()
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            counts.setdefault(url, []).append(len(queries))
    assert all(small == large for small, large in counts.values()), counts
    assert counts["/api/v1/entities/"][0] <= 3


def test_the_schema_describes_the_entities_and_the_claims_new_fields(client, db):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    assert "/api/v1/entities/" in schema["paths"] and "/api/v1/entities/{ref}/" in schema["paths"]
    claim = schema["components"]["schemas"]["Claim"]["properties"]
    assert {"speaker_entity", "speaker_role", "mentions"} <= set(claim)
    entity = schema["components"]["schemas"]["Entity"]["properties"]
    assert {"ref", "kind", "names", "other_names", "country", "wikidata_id", "roles", "url"} <= set(entity)
