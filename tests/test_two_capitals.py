"""A reader compares what the guest's and the host's outlets reported about one visit, topic by topic."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.capitals.compare import AGREE, AGREE_IN_PART, DIFFER, ONLY_GUEST, ONLY_HOST, two_accounts
from claims.models import Entity, Stance, Status, Topic
from tests.factories import (
    ClaimFactory,
    EvidenceFactory,
    OriginFactory,
    OutletFactory,
    SourceFactory,
    VisitFactory,
    publish,
)


@pytest.fixture(autouse=True)
def empty_page_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world(editor):
    visit = VisitFactory(ref="astana", title="Pezeshkian in Astana", host_country="KZ", guest_country="IR")
    iranian = SourceFactory(title="Tasnim report", outlet=OutletFactory(name="Tasnim", country="IR"))
    kazakh = SourceFactory(title="Astana Times report", outlet=OutletFactory(name="The Astana Times", country="KZ"))
    unnamed = SourceFactory(title="Report without a publisher", outlet=None)
    turkmen = SourceFactory(title="Neutral report", outlet=OutletFactory(name="Turkmen outlet", country="TM"))

    def claim(ref, article, topic=Topic.TRADE, evidence=(), status=Status.VERIFIED):
        made = ClaimFactory(ref=ref, text=f"Statement {ref}", visit=visit, article=article, topic=topic)
        for source, stance in evidence:
            EvidenceFactory(claim=made, source=source, stance=stance)
        return publish(made, editor=editor, status=status)

    return {
        "visit": visit,
        "agree": claim("agree", iranian, evidence=[(kazakh, Stance.CORROBORATES)]),
        "differ": claim("differ", kazakh, evidence=[(iranian, Stance.CONTRADICTS)], status=Status.DISPUTED),
        "only-guest": claim("only-guest", iranian, topic=Topic.CULTURE, evidence=[(unnamed, Stance.CORROBORATES)]),
        "only-host": claim("only-host", kazakh, topic=Topic.CULTURE, evidence=[(turkmen, Stance.CORROBORATES)]),
        "unplaced": claim("unplaced", unnamed, evidence=[(turkmen, Stance.CORROBORATES)]),
        "draft": ClaimFactory(ref="draft", text="Statement draft", visit=visit, article=iranian),
    }


def readings(visit):
    data = two_accounts(visit)
    return {item.claim.ref: item.reading for row in data["topics"] for item in row["items"]}, data


def test_agreement_is_derived_from_the_sides_stances(world):
    found, data = readings(world["visit"])
    assert found == {"agree": AGREE, "differ": DIFFER, "only-guest": ONLY_GUEST, "only-host": ONLY_HOST}
    assert data["unplaced"] == 1
    assert [row["topic"] for row in data["topics"]] == ["Culture", "Trade"]


def test_context_on_both_sides_is_mentioned_not_agreement(world, editor):
    iranian, kazakh = world["agree"].article, world["differ"].article
    made = ClaimFactory(ref="context", visit=world["visit"], article=world["unplaced"].article)
    EvidenceFactory(claim=made, source=iranian, stance=Stance.CONTEXT)
    EvidenceFactory(claim=made, source=kazakh, stance=Stance.CONTEXT)
    EvidenceFactory(claim=made, source=SourceFactory(outlet=None), stance=Stance.CORROBORATES)
    publish(made, editor=editor)
    found, _ = readings(world["visit"])
    assert found["context"] == "both_mention"


def test_the_page_shows_both_sides_and_says_how_it_reads_them(client, world):
    response = client.get("/visits/astana/accounts/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Iran (guest)" in html and "Kazakhstan (host)" in html
    assert "How we read it" in html
    assert "The two accounts agree" in html and "The two accounts differ" in html
    assert "Only the guest&#x27;s side speaks" in html and "Only the host&#x27;s side speaks" in html
    row = re.search(r'accounts__row--differ">(.*?)</tr>', html, re.S).group(1)
    assert "<bdi>Tasnim</bdi>: Contradicts" in row and "<bdi>The Astana Times</bdi>: Reported it" in row
    assert "Statement draft" not in html
    assert "1 other published claim about this visit rests only on sources" in html


def test_the_visit_page_links_to_the_two_accounts(client, world):
    html = client.get("/visits/astana/").content.decode()
    assert 'href="/visits/astana/accounts/"' in html


def test_an_unknown_visit_is_a_404(client, db):
    assert client.get("/visits/nowhere/accounts/").status_code == 404


def _count(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_two_accounts_view_runs_a_fixed_number_of_queries(client, world, editor):
    few = _count(client, "/visits/astana/accounts/")
    kazakh = world["differ"].article
    for _ in range(6):
        made = ClaimFactory(visit=world["visit"], article=world["agree"].article, topic=Topic.ENERGY)
        EvidenceFactory(claim=made, source=kazakh, stance=Stance.CORROBORATES)
        publish(made, editor=editor)
    many = _count(client, "/visits/astana/accounts/")
    assert few == many
    assert many <= 4


def test_both_sides_agree_only_on_part_of_a_partly_verified_claim(client, world, editor):
    iranian, kazakh = world["agree"].article, world["differ"].article
    partly = ClaimFactory(ref="partly", text="Statement partly", visit=world["visit"], article=kazakh)
    EvidenceFactory(claim=partly, source=iranian, stance=Stance.CORROBORATES)
    publish(partly, editor=editor, status=Status.PARTLY_VERIFIED)
    found, _ = readings(world["visit"])
    assert found["partly"] == AGREE_IN_PART and found["agree"] == AGREE
    html = client.get("/visits/astana/accounts/").content.decode()
    assert "The two accounts agree on part of it" in html


def test_a_governments_statement_speaks_for_its_side_whoever_relays_it(world, editor):
    """Akorda's readout relayed by an agency in a third country is Kazakhstan's account, not nobody's."""
    readout = OriginFactory(key="host-readout", label="the host presidency's readout", country="KZ")
    agency = OutletFactory(name="Agency abroad", country="AZ")
    relayed = SourceFactory(title="Readout relayed abroad", outlet=agency, origin=readout)
    claim = ClaimFactory(ref="relayed", text="Statement relayed", visit=world["visit"], article=world["agree"].article)
    EvidenceFactory(claim=claim, source=relayed, stance=Stance.CORROBORATES)
    publish(claim, editor=editor)
    found, _ = readings(world["visit"])
    assert found["relayed"] == AGREE  # without the origin's country it would read "only the guest's side"


def test_a_speaker_of_known_country_speaks_for_that_side_when_the_outlet_has_none(client, world, editor):
    """A Kazakh minister's statement reported by a source with no outlet: Kazakhstan's account is not silent."""
    minister = Entity.objects.create(
        ref="arman-shakkaliyev", kind=Entity.Kind.PERSON, name="Arman Shakkaliyev", country="KZ"
    )
    unnamed = SourceFactory(title="Unattributed report", outlet=None)
    made = ClaimFactory(ref="minister", text="Statement minister", visit=world["visit"], article=unnamed)
    made.speaker_entity = minister
    made.save()
    publish(made, editor=editor)
    found, _ = readings(world["visit"])
    assert found["minister"] == ONLY_HOST
    html = client.get("/visits/astana/accounts/").content.decode()
    row = re.search(
        r'<tr class="accounts__row[^"]*">\s*<th scope="row"><a href="/claims/minister/".*?</tr>', html, re.S
    )
    assert row is not None
    assert 'href="/entities/arman-shakkaliyev/"' in row.group(0) and "Said it" in row.group(0)
