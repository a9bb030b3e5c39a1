"""The demo register knows who said each claim and whom it names: its people, organisations and places."""

import re
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import transaction

from claims.demo import data, linked
from claims.demo import entities as demo_entities
from claims.entities.models import ClaimMention, Entity, EntityKind, EntityRole
from claims.models import Claim, ClaimEvent

PERSON_OR_PLACE = {EntityKind.PERSON, EntityKind.PLACE}


def run(command: str) -> str:
    out = StringIO()
    call_command(command, stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


@pytest.fixture(scope="module")
def demo_register(django_db_setup, django_db_blocker):
    """The demo register, loaded once for this module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield run("load_demo")
        transaction.set_rollback(True)


@pytest.fixture
def loaded(demo_register, db):
    return demo_register


# --- The data ----------------------------------------------------------------
def test_every_demo_claim_has_a_speaker_and_nothing_else_is_linked():
    assert set(demo_entities.CLAIMS) == {row["ref"] for row in data.CLAIMS}


def test_every_wikidata_id_is_listed_with_the_page_it_was_found_in():
    ids = [row["wikidata_id"] for row in demo_entities.ENTITIES if row["wikidata_id"]]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(demo_entities.WIKIDATA_SOURCES)
    for wikidata_id, address in demo_entities.WIKIDATA_SOURCES.items():
        assert re.fullmatch(r"Q[1-9][0-9]*", wikidata_id)
        assert address.startswith("https://") and "wikidata.org" not in address.split("/")[2]


def test_every_entity_has_its_english_name_and_people_and_places_one_in_every_script():
    for row in demo_entities.ENTITIES:
        assert row["name"].strip(), row["ref"]
        assert row["description"].strip(), row["ref"]
        if row["kind"] in PERSON_OR_PLACE:
            missing = [field for field in ("name_fa", "name_ru", "name_kk") if not row[field]]
            assert not missing, f"{row['ref']} has no {', '.join(missing)}"
        assert not re.search(r"[A-Za-z]", row["name_fa"]), row["ref"]
        assert not re.search(r"[A-Za-z]", row["name_ru"] + row["name_kk"]), row["ref"]
        assert not re.search(r"[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", row["name_kk_latn"]), row["ref"]


def test_the_spellings_readers_type_are_there():
    spellings = {
        row["ref"]: {row[f] for f in ("name", "name_fa", "name_ru", "name_kk", "name_kk_latn")}
        for row in demo_entities.ENTITIES
    }
    for row in demo_entities.ENTITIES:
        spellings[row["ref"]] |= set(row["other_names"].splitlines())
    assert {"Pezeshkyan", "Pezeshkiyan", "Пезешкиян", "Масуд Пезешкиан"} <= spellings["masoud-pezeshkian"]
    assert {"Tokaev", "Toqaev", "Касым-Жомарт Токаев", "Қасым-Жомарт Тоқаев"} <= spellings["kassym-jomart-tokayev"]
    assert {"Bandar-Abbas", "Бандар-Аббас", "بندرعباس"} <= spellings["bandar-abbas"]
    assert {"Ashkhabad", "Ashgabad", "Ашхабад"} <= spellings["ashgabat"]
    assert {"Мангистау", "Маңғыстау"} <= spellings["mangystau-region"]


def test_a_role_is_a_persons_and_its_dates_come_with_a_page():
    kinds = {row["ref"]: row["kind"] for row in demo_entities.ENTITIES}
    for row in demo_entities.ROLES:
        assert kinds[row["entity"]] == EntityKind.PERSON
        if row["start_date"] or row["end_date"]:
            assert row["entity"] in demo_entities.ROLE_DATE_SOURCES
    for link in demo_entities.CLAIMS.values():
        if kinds[link["speaker"]] == EntityKind.PERSON:
            assert link["role"], link
        else:
            assert not link["role"], link


# --- The register, loaded --------------------------------------------------------
def test_every_published_demo_claim_has_a_speaker_entity_with_a_role_when_a_person(loaded):
    published = Claim.objects.published().filter(ref__in=[row["ref"] for row in data.CLAIMS])
    assert published.count() > 50
    for claim in published.select_related("speaker_entity", "speaker_role"):
        speaker = claim.speaker_entity
        assert speaker is not None, claim.ref
        assert speaker.kind in {EntityKind.PERSON, EntityKind.ORGANISATION}
        if speaker.kind == EntityKind.PERSON:
            assert claim.speaker_role is not None and claim.speaker_role.entity_id == speaker.pk, claim.ref
        assert speaker.country, claim.ref


def test_the_speakers_are_the_ones_the_attributions_name(loaded):
    assert Claim.objects.get(ref="iaea-confirmed-transparency-of-iran-nuclear-activities").speaker_entity.ref == (
        "masoud-pezeshkian"
    )
    claim = Claim.objects.get(ref="cultural-exchange-programme-2026-2028-approved")
    assert claim.speaker_entity.ref == "government-of-kazakhstan"
    assert "government-of-iran" in set(claim.mentions.values_list("entity__ref", flat=True))
    tokayev = Claim.objects.get(ref="700-iranian-companies-operate-in-kazakhstan")
    assert (tokayev.speaker_entity.ref, tokayev.speaker_role.title) == (
        "kassym-jomart-tokayev",
        "President of Kazakhstan",
    )


def test_every_entity_role_and_mention_of_the_data_is_loaded(loaded):
    assert set(Entity.objects.values_list("ref", flat=True)) >= {row["ref"] for row in demo_entities.ENTITIES}
    assert EntityRole.objects.count() >= len(demo_entities.ROLES)
    for ref, link in demo_entities.CLAIMS.items():
        mentioned = set(ClaimMention.objects.filter(claim__ref=ref).values_list("entity__ref", flat=True))
        assert mentioned == set(link["mentions"]), ref
    assert Entity.objects.get(ref="iran").wikidata_id == "Q794"
    assert not Entity.objects.filter(ref="masoud-pezeshkian").exclude(wikidata_id="").exists()


def test_loading_twice_writes_no_entity_role_or_mention(loaded):
    before = row_counts()
    output = run("load_demo")
    assert row_counts() == before
    assert "created 0, updated 0," in output


def test_a_register_loaded_before_the_links_gains_them_with_a_reason_of_its_own(loaded):
    ref = "iran-has-never-pursued-nuclear-weapons"
    Claim.objects.filter(ref=ref).update(speaker_entity=None, speaker_role=None)
    events = ClaimEvent.objects.filter(claim_ref=ref).count()
    run("load_demo")
    claim = Claim.objects.get(ref=ref)
    assert (claim.speaker_entity.ref, claim.speaker_role.title) == ("masoud-pezeshkian", "President of Iran")
    assert ClaimEvent.objects.filter(claim_ref=ref).count() == events + 1
    assert ClaimEvent.objects.filter(claim_ref=ref).latest("at", "pk").note == linked.LINK_NOTE


def test_a_claim_naming_an_unknown_entity_is_refused_by_name_and_writes_nothing(loaded, monkeypatch):
    ref = "iran-has-never-pursued-nuclear-weapons"
    monkeypatch.setitem(
        demo_entities.CLAIMS, ref, demo_entities.said("masoud-pezeshkian", "President of Iran", "atlantis")
    )
    before = row_counts()
    with pytest.raises(CommandError, match=rf"claim '{ref}'.*entity 'atlantis' is not in the demo data"):
        run("load_demo")
    assert row_counts() == before
