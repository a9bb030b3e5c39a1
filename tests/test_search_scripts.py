"""A reader finds a claim by a name typed in any script or common misspelling, and by its translations' words.

The entities are made here, not taken from the demo register: each with its name in every script it has.
Each query of the table must find exactly the claims listed, on SQLite and on PostgreSQL.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.entities.services import claim_mentions_set, entity_save
from claims.models import Claim, ClaimMention, ClaimSearch, Entity
from claims.services import claim_update
from claims.services.search_index import reindex
from claims.text import fold
from tests.factories import ClaimFactory, publish, translate

pytestmark = pytest.mark.django_db

ENTITIES = {
    "pezeshkian": {
        "kind": "person",
        "name": "Masoud Pezeshkian",
        "name_fa": "مسعود پزشکیان",
        "name_ru": "Масуд Пезешкиан",
        "name_kk": "Масуд Пезешкиан",
        "other_names": "Pezeshkiyan\nПезешкиян",
        "country": "IR",
    },
    "tokayev": {
        "kind": "person",
        "name": "Kassym-Jomart Tokayev",
        "name_fa": "قاسم‌جومارت توکایف",
        "name_ru": "Касым-Жомарт Токаев",
        "name_kk": "Қасым-Жомарт Тоқаев",
        "name_kk_latn": "Qasym-Jomart Toqaev",
        "other_names": "Tokaev",
        "country": "KZ",
    },
    "bandar-abbas": {
        "kind": "place",
        "name": "Bandar Abbas",
        "name_fa": "بندرعباس",
        "name_ru": "Бандар-Аббас",
        "name_kk": "Бандар-Аббас",
        "country": "IR",
    },
    "mangystau": {
        "kind": "place",
        "name": "Mangystau Region",
        "name_ru": "Мангистауская область",
        "name_kk": "Маңғыстау облысы",
        "other_names": "Mangystau\nМангистау\nМаңғыстау",
        "country": "KZ",
    },
    "ashgabat": {"kind": "place", "name": "Ashgabat", "name_fa": "عشق‌آباد", "name_ru": "Ашхабад", "country": "TM"},
}

# Each claim's words name none of its entities: only the link (speaker or mention) finds it by a name.
CLAIMS = {
    "pezeshkian": ("The visit opens a new chapter between the two countries", "President of Iran"),
    "tokayev": ("Trade will reach three billion dollars within two years", "President of Kazakhstan"),
    "bandar-abbas": ("The southern port will handle grain from the north", "Port authority"),
    "mangystau": ("A ferry line will link the region with the south", "Regional office"),
    "ashgabat": ("The corridor runs through the capital of the third country", "Transport ministry"),
    "year-en": ("Exports in the Iranian year 1404 will double", "Trade ministry"),
    "year-fa": ("Exports in the coming year will double", "Customs office"),
    "russian": ("Shipments of wheat will grow", "Grain union"),
    "persian": ("Shipments of cotton will grow", "Cotton union"),
    "draft-translation": ("Shipments of barley will grow", "Barley union"),
}
SPEAKERS = {"pezeshkian": "pezeshkian", "tokayev": "tokayev", "hidden": "pezeshkian"}
MENTIONS = {"bandar-abbas": "bandar-abbas", "mangystau": "mangystau", "ashgabat": "ashgabat"}


@pytest.fixture
def register(editor):
    entities = {ref: Entity.objects.create(ref=ref, **values) for ref, values in ENTITIES.items()}
    claims = {
        key: publish(ClaimFactory(text=text, speaker=speaker, quote=""), editor=editor)
        for key, (text, speaker) in CLAIMS.items()
    }
    claims["hidden"] = ClaimFactory(text="A draft not yet checked", speaker="President of Iran", quote="")
    for key, ref in SPEAKERS.items():
        Claim.objects.filter(pk=claims[key].pk).update(speaker_entity=entities[ref])
    for key, ref in MENTIONS.items():
        ClaimMention.objects.create(claim=claims[key], entity=entities[ref])
    reindex(claim.pk for claim in claims.values())  # the links above were made around the write core
    translate(claims["year-fa"], "fa", editor=editor, text="صادرات در سال ۱۴۰۴ دو برابر می‌شود")
    translate(claims["russian"], "ru", editor=editor, text="Поставки пшеницы по железной дороге вырастут")
    translate(claims["persian"], "fa", editor=editor, text="صادرات پنبه با راه‌آهن افزایش می‌یابد")
    translate(claims["draft-translation"], "ru", editor=editor, status="draft", text="Секретные поставки ячменя")
    return {"claims": claims, "entities": entities}


def found(client, query: str, register) -> set[str]:
    refs = {claim.ref: key for key, claim in register["claims"].items()}
    results = client.get("/api/v1/claims/", {"search": query, "page_size": 100}).json()["results"]
    return {refs[claim["ref"]] for claim in results}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Пезешкиян", {"pezeshkian"}),
        ("پزشكيان", {"pezeshkian"}),  # Arabic kaf and yeh
        ("Pezeshkyan", {"pezeshkian"}),  # a misspelling, by trigram similarity
        ("Пезешкианом", {"pezeshkian"}),  # a Russian case ending
        ("Тоқаев", {"tokayev"}),
        ("Токаева", {"tokayev"}),
        ("توکایف", {"tokayev"}),
        ("Toqaev", {"tokayev"}),
        ("Бандар-Аббас", {"bandar-abbas"}),
        ("Бандар Аббас", {"bandar-abbas"}),
        ("بندرعباس", {"bandar-abbas"}),
        ("بندر عباس", {"bandar-abbas"}),
        ("Bandar-Abbas", {"bandar-abbas"}),
        ("Мангистау", {"mangystau"}),
        ("Маңғыстау", {"mangystau"}),
        ("Ашхабад", {"ashgabat"}),
        ("Ashgabad", {"ashgabat"}),
        ("عشق آباد", {"ashgabat"}),
        ("1404", {"year-en", "year-fa"}),
        ("۱۴۰۴", {"year-en", "year-fa"}),
        ("١٤٠٤", {"year-en", "year-fa"}),  # Arabic-Indic digits
        ("пшеницы", {"russian"}),  # only in the published Russian translation
        ("راه‌آهن", {"persian"}),  # only in the published Persian translation, with its zero-width non-joiner
        ("Секретные", set()),  # only in an unpublished translation
        ("draft", set()),  # only in an unpublished claim
        ("Pezeshkian chapter", {"pezeshkian"}),  # a name and a word of the claim
        ("Pezeshkian grain", set()),
    ],
)
def test_a_query_in_any_script_finds_its_claims(client, register, query, expected):
    assert found(client, query, register) == expected


def test_a_word_left_out_is_left_out_under_every_configuration(client, register):
    assert found(client, "shipments -wheat", register) == {"persian", "draft-translation"}
    assert found(client, 'shipments -"of barley"', register) == {"persian", "russian"}
    if connection.vendor == "postgresql":  # English stems "cottons" as "cotton"; the simple configuration does not
        assert found(client, "shipments -cottons", register) == {"russian", "draft-translation"}


def _spellings():
    for ref, values in ENTITIES.items():
        entity = Entity(**values)
        for spelling in entity.spellings():
            yield pytest.param(ref, spelling, id=f"{ref}:{spelling}")


@pytest.mark.parametrize("ref, spelling", list(_spellings()))
def test_every_spelling_of_every_entity_finds_its_claims(client, register, ref, spelling):
    assert found(client, spelling, register) == {ref}


def test_the_page_finds_the_claim_and_says_how_the_register_spells_the_name(client, register):
    html = client.get("/claims/", {"q": "Тоқаев"}).content.decode()
    assert register["claims"]["tokayev"].text in html
    assert register["claims"]["pezeshkian"].text not in html
    assert "Searched as the register spells it" in html and "Kassym-Jomart Tokayev" in html


def test_the_editors_search_finds_unpublished_claims_by_a_name_too(editor_client, register):
    html = editor_client.get("/admin/claims/claim/", {"q": "Пезешкиян"}).content.decode()
    assert register["claims"]["hidden"].ref in html and register["claims"]["pezeshkian"].ref in html
    assert register["claims"]["tokayev"].ref not in html


def test_did_you_mean_answers_in_the_script_typed(client, register):
    html = client.get("/claims/", {"q": "пшенницы"}).content.decode()
    assert "Did you mean <strong><bdi>пшеницы</bdi></strong>?" in html
    assert register["claims"]["russian"].text in html


# --- The index follows every write ---------------------------------------------------------------------------
def search_text(claim) -> str:
    row = ClaimSearch.objects.get(claim=claim)
    return " | ".join([row.en, row.fa, row.ru, row.kk])


def test_the_index_follows_the_claims_words_and_its_translations(editor, register):
    hidden = register["claims"]["hidden"]
    claim_update(claim=hidden, user=editor, values={"text": "Saffron exports will grow"})
    assert list(Claim.objects.search("saffron").values_list("pk", flat=True)) == [hidden.pk]
    assert not Claim.objects.search("checked").filter(pk=hidden.pk).exists()
    russian = register["claims"]["draft-translation"]
    translate(russian, "ru", editor=editor, text="Секретные поставки ячменя")  # now published
    assert "секретные" in search_text(russian)
    translate(russian, "ru", editor=editor, status="draft", text="Поставки ячменя")
    assert "поставки" not in search_text(russian)


def test_the_index_follows_an_entitys_names_and_a_claims_mentions(client, editor, register):
    ashgabat, claim = register["entities"]["ashgabat"], register["claims"]["year-en"]
    ashgabat.other_names = "Aşgabat"
    entity_save(user=editor, entity=ashgabat)
    assert fold("Aşgabat") in search_text(register["claims"]["ashgabat"])
    assert found(client, "Aşgabat", register) == {"ashgabat"}
    claim_mentions_set(user=editor, claim=claim, entities=[ashgabat])
    assert found(client, "Ашхабад", register) == {"ashgabat", "year-en"}
    claim_mentions_set(user=editor, claim=claim, entities=[])
    assert found(client, "Ашхабад", register) == {"ashgabat"}


def test_an_old_claim_is_indexed_by_the_migration_as_the_core_indexes_it(register):
    from claims.searchindex import document

    pezeshkian = register["claims"]["pezeshkian"]
    row = ClaimSearch.objects.get(claim=pezeshkian)
    values = Claim.objects.filter(pk=pezeshkian.pk).values("text", "quote", "speaker", "verdict_summary").get()
    entity = Entity.objects.filter(ref="pezeshkian").values().get()
    assert document(values, [entity], []) == {"en": row.en, "fa": row.fa, "ru": row.ru, "kk": row.kk}


# --- Bounded cost --------------------------------------------------------------------------------------------
def _count(client, url) -> int:
    from django.core.cache import cache

    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("query", ["Пезешкиян", "Pezeshkyan grain", "پزشكيان", "xylophone"])
def test_a_searched_page_costs_the_same_with_ten_times_the_claims_and_entities(client, editor, register, query):
    few = _count(client, f"/claims/?q={query}")
    for n in range(40):
        Entity.objects.create(ref=f"person-{n}", kind="person", name=f"Person Number{n}", name_ru=f"Персона {n}")
    for n in range(30):
        claim = publish(ClaimFactory(text=f"Pezeshkian statement {n}", quote=""), editor=editor)
        ClaimMention.objects.create(claim=claim, entity=register["entities"]["pezeshkian"])
    assert _count(client, f"/claims/?q={query}") == few
