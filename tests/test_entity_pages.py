"""A reader opens the page of a person, organisation or place and finds every published claim said by or naming them.

Entities, roles and mentions are made directly (the tests' own set-up); claims are published through the
workflow. Only what a published claim shows is public: an entity known only from a draft is a 404.
"""

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import ClaimMention, Entity, EntityRole, Status
from tests.factories import ClaimFactory, OutletFactory, SourceFactory, VisitFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_page_cache():
    cache.clear()
    yield
    cache.clear()


def person(ref, name, **names):
    return Entity.objects.create(ref=ref, kind=Entity.Kind.PERSON, name=name, **names)


@pytest.fixture
def register(editor):
    """A president who spoke, a minister who spoke for a ministry, a port a claim names, and an entity known only
    from a draft."""
    visit = VisitFactory(ref="astana", host_country="KZ", guest_country="IR")
    president = person(
        "masoud-pezeshkian",
        "Masoud Pezeshkian",
        name_fa="مسعود پزشکیان",
        name_ru="Масуд Пезешкиан",
        name_kk="Масуд Пезешкиан",
        other_names="Pezeshkyan",
        country="IR",
    )
    ministry = Entity.objects.create(
        ref="ministry-of-trade",
        kind=Entity.Kind.ORGANISATION,
        name="Ministry of Trade and Integration",
        name_ru="Министерство торговли и интеграции",
        country="KZ",
    )
    minister = person("arman-shakkaliyev", "Arman Shakkaliyev", name_ru="Арман Шаккалиев", country="KZ")
    office = EntityRole.objects.create(
        entity=minister,
        title="Minister of Trade and Integration",
        title_ru="Министр торговли и интеграции",
        organisation=ministry,
        start_date=datetime.date(2023, 9, 1),
    )
    port = Entity.objects.create(
        ref="bandar-abbas", kind=Entity.Kind.PLACE, name="Bandar Abbas", name_fa="بندرعباس", country="IR"
    )
    hidden = person("only-in-a-draft", "Draft Speaker", country="KZ")
    outlet = OutletFactory(name="IRNA", country="IR")
    said = ClaimFactory(
        ref="port-trade",
        text="Trade through the port doubled",
        visit=visit,
        article=SourceFactory(outlet=outlet),
        speaker="Masoud Pezeshkian, President of Iran",
        speaker_entity=president,
    )
    ClaimMention.objects.create(claim=said, entity=port)
    publish(said, editor=editor)
    in_office = ClaimFactory(
        ref="ministry-target",
        text="Turnover will reach the target",
        visit=visit,
        speaker="Arman Shakkaliyev, Minister of Trade and Integration of Kazakhstan",
        speaker_entity=minister,
        speaker_role=office,
    )
    publish(in_office, editor=editor, status=Status.PARTLY_VERIFIED)
    draft = ClaimFactory(ref="draft-claim", text="A statement still being checked", visit=visit, speaker_entity=hidden)
    ClaimMention.objects.create(claim=draft, entity=president)
    return {
        "visit": visit,
        "president": president,
        "ministry": ministry,
        "minister": minister,
        "port": port,
        "hidden": hidden,
        "said": said,
        "in_office": in_office,
        "draft": draft,
    }


def page(client, url, status=200) -> str:
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def test_the_list_names_each_entity_a_published_claim_is_said_by_or_names(client, register):
    html = page(client, "/entities/")
    for ref in ("masoud-pezeshkian", "ministry-of-trade", "arman-shakkaliyev", "bandar-abbas"):
        assert f'href="/entities/{ref}/"' in html
    assert "only-in-a-draft" not in html
    assert "Draft Speaker" not in html
    row = re.search(r'<a href="/entities/masoud-pezeshkian/">.*?</tr>', html, re.S).group(0)
    # Said one published claim; the draft that names him is not counted.
    assert re.findall(r'class="cell-count"[^>]*>(\d+)<', row) == ["1", "0"]
    for heading in ("People", "Organisations", "Places"):
        assert f">{heading}</h2>" in html


def test_an_entity_known_only_from_a_draft_is_not_found_like_one_that_does_not_exist(client, register):
    page(client, "/entities/only-in-a-draft/", status=404)
    page(client, "/entities/no-such-entity/", status=404)
    page(client, "/fa/entities/only-in-a-draft/", status=404)


def test_a_persons_page_lists_their_claims_with_verdicts_and_names_in_every_script(client, register):
    html = page(client, "/entities/masoud-pezeshkian/")
    assert "<h1>Masoud Pezeshkian</h1>" in html
    assert '<span lang="fa" dir="rtl">مسعود پزشکیان</span>' in html
    assert '<span lang="ru" dir="ltr">Масуд Пезешкиан</span>' in html
    assert "Pezeshkyan" in html
    assert "Iran" in html
    assert 'href="/claims/port-trade/"' in html and "Verified" in html
    # The draft that names him is not on his page.
    assert "draft-claim" not in html and "still being checked" not in html
    # No Wikidata id is known: no link to Wikidata.
    assert "wikidata.org" not in html


def test_a_page_in_persian_shows_the_persian_name_and_marks_the_others(client, register):
    html = page(client, "/fa/entities/masoud-pezeshkian/")
    assert "<h1>مسعود پزشکیان</h1>" in html
    assert '<span lang="en" dir="ltr">Masoud Pezeshkian</span>' in html
    assert 'href="/fa/claims/port-trade/"' in html


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_interface_language_has_the_page(client, register, language):
    html = page(client, f"/{language}/entities/arman-shakkaliyev/")
    assert f'href="/{language}/claims/ministry-target/"' in html
    # The office, in Russian where it has a Russian title; in English, marked as English, where it has none.
    if language == "ru":
        assert "Министр торговли и интеграции" in html
    else:
        assert '<span lang="en" dir="ltr">Minister of Trade and Integration</span>' in html
    page(client, f"/{language}/entities/", status=200)


def test_a_roles_dates_are_written_in_the_readers_calendar(client, register):
    assert "1 September 2023" in page(client, "/entities/arman-shakkaliyev/")
    persian = page(client, "/fa/entities/arman-shakkaliyev/")
    assert "۱۴۰۲" in persian and 'datetime="2023-09-01"' in persian


def test_an_organisation_is_public_through_the_office_a_speaker_held_in_it(client, register):
    html = page(client, "/entities/ministry-of-trade/")
    assert 'href="/claims/ministry-target/"' in html
    minister = page(client, "/entities/arman-shakkaliyev/")
    assert 'href="/entities/ministry-of-trade/"' in minister


def test_a_place_is_public_through_the_claim_that_names_it(client, register):
    html = page(client, "/entities/bandar-abbas/")
    assert 'href="/claims/port-trade/"' in html
    assert "the claim names them" in html


def test_the_wikidata_link_appears_only_when_an_id_is_set(client, register):
    Entity.objects.filter(pk=register["port"].pk).update(wikidata_id="Q1")
    html = page(client, "/entities/bandar-abbas/")
    assert 'href="https://www.wikidata.org/wiki/Q1"' in html


def test_the_claim_page_links_its_speaker_and_the_entities_it_names(client, register):
    html = page(client, "/claims/port-trade/")
    assert '<a href="/entities/masoud-pezeshkian/">' in html
    assert '<a href="/entities/bandar-abbas/">Bandar Abbas</a>' in html
    persian = page(client, "/fa/claims/port-trade/")
    assert '<a href="/fa/entities/bandar-abbas/">بندرعباس</a>' in persian


def test_the_claim_list_links_speakers_to_their_pages(client, register):
    html = page(client, "/claims/")
    assert '<a href="/entities/masoud-pezeshkian/">' in html


def test_the_sitemap_lists_public_entities_in_every_language_with_alternates(client, register):
    xml = page(client, "/sitemap.xml")
    for prefix in ("", "/fa", "/ru", "/kk"):
        assert f"{prefix}/entities/masoud-pezeshkian/</loc>" in xml
    assert 'hreflang="fa" href="http://testserver/fa/entities/bandar-abbas/"' in xml or re.search(
        r'hreflang="fa" href="[^"]*/fa/entities/bandar-abbas/"', xml
    )
    assert "/entities/</loc>" in xml
    assert "only-in-a-draft" not in xml


def _queries(client, url) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200, url
    return len(queries)


ENTITY_PAGES = [
    "/entities/",
    "/entities/masoud-pezeshkian/",
    "/fa/entities/masoud-pezeshkian/",
    "/entities/ministry-of-trade/",
    "/entities/bandar-abbas/",
    "/claims/",
    "/claims/port-trade/",
]


def test_entity_pages_run_the_same_number_of_queries_with_5_claims_and_50(client, register, editor):
    def add(n):
        for _ in range(n):
            made = ClaimFactory(visit=register["visit"], speaker_entity=register["president"])
            ClaimMention.objects.create(claim=made, entity=register["port"])
            other = person(f"person-{made.pk}", f"Person {made.pk}", country="IR")
            ClaimMention.objects.create(claim=made, entity=other)
            publish(made, editor=editor)

    add(3)
    few = {url: _queries(client, url) for url in ENTITY_PAGES}
    add(45)
    many = {url: _queries(client, url) for url in ENTITY_PAGES}
    assert few == many
