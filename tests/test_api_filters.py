"""A partner narrows the feed with filters and ordering; wrong input is refused by name."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from claims import services
from claims.models import Claim, Stance, Status, Topic
from tests.factories import ClaimFactory, EvidenceFactory, OutletFactory, SourceFactory, VisitFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def register(editor):
    """Four published claims that differ in every filtered field, and one draft that matches them all."""
    astana = VisitFactory(ref="pezeshkian-astana-2025")
    tehran = VisitFactory(ref="tokayev-tehran-2025")
    kazinform, irna = OutletFactory(name="Kazinform"), OutletFactory(name="IRNA")
    claims = {
        "trade": publish(
            ClaimFactory(
                visit=astana,
                article=SourceFactory(outlet=kazinform),
                topic=Topic.TRADE,
                speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
                text="Bilateral trade reached 3.5 billion dollars",
            ),
            editor=editor,
            status=Status.VERIFIED,
        ),
        "rail": publish(
            ClaimFactory(
                visit=astana,
                article=SourceFactory(outlet=irna),
                topic=Topic.TRANSPORT,
                speaker="Masoud Pezeshkian, President of Iran",
                text="The railway corridor carries a million tonnes of freight",
            ),
            editor=editor,
            status=Status.FALSE,
        ),
        "grain": publish(
            ClaimFactory(
                visit=tehran,
                article=SourceFactory(outlet=kazinform),
                topic=Topic.AGRICULTURE,
                speaker="Ministry of Agriculture of Kazakhstan",
                text="Grain exports to Iran doubled",
            ),
            editor=editor,
            status=Status.DISPUTED,
        ),
        "culture": publish(
            ClaimFactory(
                visit=tehran,
                article=SourceFactory(outlet=irna),
                topic=Topic.CULTURE,
                speaker="IRNA",
                text="A year of culture was declared",
            ),
            editor=editor,
            status=Status.UNVERIFIABLE,
            summary="No record either way.",
        ),
    }
    EvidenceFactory(claim=claims["rail"], stance=Stance.CONTRADICTS)
    EvidenceFactory(claim=claims["grain"], stance=Stance.CONTEXT)
    draft = ClaimFactory(
        visit=astana, article=SourceFactory(outlet=kazinform), topic=Topic.TRADE, text="Bilateral trade draft"
    )
    services.claim_set_verdict(claim=draft, user=editor, status=Status.VERIFIED, verdict_summary="Draft.")
    claims["draft"] = draft
    return claims


def refs(client, **params):
    response = client.get("/api/v1/claims/", params)
    assert response.status_code == 200, response.content
    return {item["ref"] for item in response.json()["results"]}


def test_each_filter_selects_what_it_names(client, register):
    r = {name: claim.ref for name, claim in register.items()}
    assert refs(client, status="verified") == {r["trade"]}
    assert refs(client, status=["false", "disputed"]) == {r["rail"], r["grain"]}
    assert refs(client, visit="pezeshkian-astana-2025") == {r["trade"], r["rail"]}
    assert refs(client, topic="agriculture") == {r["grain"]}
    assert refs(client, speaker="tokayev") == {r["trade"]}
    outlet = register["rail"].article.outlet
    assert refs(client, outlet=outlet.id) == {r["rail"], r["culture"]}
    assert refs(client, stance="contradicts") == {r["rail"]}
    # publish() gives every claim but the unverifiable one corroborating evidence.
    assert refs(client, stance="corroborates") == {r["trade"], r["rail"], r["grain"]}
    assert refs(client, search="railway freight") == {r["rail"]}
    assert refs(client, search="bilateral") == {r["trade"]}


def test_filters_combine(client, register):
    r = {name: claim.ref for name, claim in register.items()}
    assert refs(client, visit="pezeshkian-astana-2025", status=["false", "verified"], topic="transport") == {r["rail"]}
    assert refs(client, visit="tokayev-tehran-2025", outlet=register["grain"].article.outlet_id) == {r["grain"]}
    assert refs(client, visit="tokayev-tehran-2025", stance="contradicts") == set()
    assert refs(client, status="verified", search="trade") == {r["trade"]}


def test_a_claim_with_two_evidence_rows_of_a_stance_is_listed_once(client, register):
    EvidenceFactory(claim=register["rail"], stance=Stance.CONTRADICTS)
    results = client.get("/api/v1/claims/", {"stance": "contradicts"}).json()["results"]
    assert [item["ref"] for item in results] == [register["rail"].ref]


def test_updated_since_lists_claims_changed_strictly_after(client, register, editor):
    before = timezone.now()
    services.claim_set_verdict(
        claim=register["grain"],
        user=editor,
        status=Status.FALSE,
        verdict_summary="Customs data disagree.",
        note="New data.",
    )
    grain = Claim.objects.get(pk=register["grain"].pk)
    assert refs(client, updated_since=before.isoformat()) == {grain.ref}
    assert refs(client, updated_since=grain.updated_at.isoformat()) == set()
    assert refs(client, updated_since=(grain.updated_at - datetime.timedelta(microseconds=1)).isoformat()) == {
        grain.ref
    }
    # A time without a zone is read as UTC.
    naive = (before.astimezone(datetime.UTC)).replace(tzinfo=None).isoformat()
    assert refs(client, updated_since=naive) == {grain.ref}
    assert refs(client, updated_since="2000-01-01T00:00:00Z") == {c.ref for n, c in register.items() if n != "draft"}


@pytest.mark.parametrize(
    "ordering, key",
    [
        ("updated_at", lambda c: (c.updated_at, c.id)),
        ("-updated_at", lambda c: (c.updated_at, c.id)),
        ("published_at", lambda c: (c.published_at, c.id)),
        ("-published_at", lambda c: (c.published_at, c.id)),
        ("ref", lambda c: (c.ref, c.id)),
        ("-ref", lambda c: (c.ref, c.id)),
    ],
)
def test_ordering_options(client, register, ordering, key):
    published = sorted(Claim.objects.published(), key=key, reverse=ordering.startswith("-"))
    results = client.get("/api/v1/claims/", {"ordering": ordering, "page_size": 3}).json()
    page2 = client.get(results["next"]).json()
    assert [c["ref"] for c in results["results"] + page2["results"]] == [c.ref for c in published]


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"status": "maybe"}, "status"),
        ({"status": ["verified", "maybe"]}, "status"),
        ({"topic": "weather"}, "topic"),
        ({"outlet": "kazinform"}, "outlet"),
        ({"outlet": "0"}, "outlet"),
        ({"outlet": "-1"}, "outlet"),
        ({"outlet": "1.5"}, "outlet"),
        ({"outlet": str(2**63)}, "outlet"),
        ({"stance": "agrees"}, "stance"),
        ({"updated_since": "yesterday"}, "updated_since"),
        ({"updated_since": "2025-13-45T00:00:00Z"}, "updated_since"),
        ({"updated_since": "9999-12-31T23:59:59-23:59"}, "updated_since"),
        ({"updated_since": "0001-01-01T00:00:00+23:59"}, "updated_since"),
        ({"ordering": "text"}, "ordering"),
        ({"ordering": "-"}, "ordering"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"cursor": "updated_at~2025-12-11T09:30:00Z~1"}, "cursor"),  # a time is written in microseconds
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "10000"}, "page_size"),
        ({"page_size": "ten"}, "page_size"),
    ],
)
def test_bad_input_answers_400_naming_the_parameter(client, register, params, parameter):
    response = client.get("/api/v1/claims/", params)
    assert response.status_code == 400
    body = response.json()
    assert list(body) == [parameter]
    assert body[parameter] and all(isinstance(message, str) for message in body[parameter])


@pytest.mark.parametrize("params", [{"visit": "no-such-visit"}, {"outlet": "999999"}, {"outlet": str(2**63 - 1)}])
def test_an_id_or_ref_that_names_nothing_filters_to_an_empty_list(client, register, params):
    # As a search with no match: a well-formed value is a filter, not a mistake.
    response = client.get("/api/v1/claims/", params)
    assert response.status_code == 200
    assert response.json() == {"next": None, "results": []}


def test_a_time_with_a_wide_offset_is_read_in_utc(client, register):
    # +20:00 is no zone PostgreSQL reads; it is the same instant as 04:00 the day before in UTC.
    everything = refs(client)
    assert refs(client, updated_since="2000-01-01T00:00:00+20:00") == everything
    assert refs(client, updated_since="9998-12-31T23:59:59-23:59") == set()


def test_withdrawals_since_refuses_a_malformed_date(client):
    response = client.get("/api/v1/withdrawals/", {"since": "last week"})
    assert response.status_code == 400
    assert list(response.json()) == ["since"]


def test_source_and_outlet_filters(client, editor):
    kazinform = OutletFactory(name="Kazinform", country="KZ")
    irna = OutletFactory(name="IRNA", country="IR")
    statement = SourceFactory(outlet=irna, kind="statement")
    article = SourceFactory(outlet=kazinform)
    # Sources are on the feed once a published claim shows them.
    publish(ClaimFactory(article=article), editor=editor)
    EvidenceFactory(claim=publish(ClaimFactory(), editor=editor), source=statement)
    sources = client.get("/api/v1/sources/", {"outlet": irna.id}).json()["results"]
    assert [s["ref"] for s in sources] == [statement.ref]
    assert [s["ref"] for s in client.get("/api/v1/sources/", {"kind": "statement"}).json()["results"]] == [
        statement.ref
    ]
    assert [o["name"] for o in client.get("/api/v1/outlets/", {"country": "IR"}).json()["results"]] == ["IRNA"]
    assert client.get("/api/v1/sources/", {"kind": "tweet"}).json().keys() == {"kind"}
