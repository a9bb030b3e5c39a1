"""Search forgives: names in Cyrillic and Persian script, other spellings, and typing slips."""

import pytest
from django.db import connection

from claims.entities.names import in_register_spelling, register_spelling
from claims.search import did_you_mean
from claims.text import fold, language_of
from tests.factories import ClaimFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(editor):
    return {
        "tokayev": publish(
            ClaimFactory(text="Tokayev said trade with Iran grew by 40 percent", speaker="Kassym-Jomart Tokayev"),
            editor=editor,
        ),
        "pezeshkian": publish(
            ClaimFactory(text="Pezeshkian called the visit a turning point", speaker="Masoud Pezeshkian"),
            editor=editor,
        ),
        "hidden": ClaimFactory(text="Pezeshkian draft not yet checked", speaker="Masoud Pezeshkian"),
    }


@pytest.mark.parametrize(
    "typed, spelled",
    [
        ("Токаев", "Tokayev"),
        ("Тоқаев", "Tokayev"),  # Kazakh Cyrillic
        ("توکایف", "Tokayev"),
        ("Токаева", "Tokayev"),  # a Russian case ending
        ("Tokaev", "Tokayev"),
        ("Пезешкиан", "Pezeshkian"),
        ("پزشکیان", "Pezeshkian"),
        ("پزشكيان", "Pezeshkian"),  # Arabic kaf and yeh
        ("Pezeşkiyan", "Pezeshkian"),
        ("Бердымухамедов", "Berdimuhamedov"),
        ("بردی‌محمداف", "Berdimuhamedov"),  # with the zero-width non-joiner
        ("Қазақстан", "Kazakhstan"),
        ("تهران", "Tehran"),
    ],
)
def test_other_forms_of_a_name_are_the_registers(typed, spelled):
    assert register_spelling(typed) == spelled


def test_words_that_are_not_names_are_left_alone():
    assert in_register_spelling("trade grew by 40 percent") == ("trade grew by 40 percent", [])
    assert register_spelling("Токарев") is None  # a longer name is not a case ending
    assert fold("ИРАН") == fold("иран")


@pytest.mark.parametrize("typed", ["Токаев", "توکایف", "Тоқаев"])
def test_a_reader_finds_a_claim_by_a_name_in_another_script(client, register, typed):
    html = client.get("/claims/", {"q": typed}).content.decode()
    assert register["tokayev"].text in html
    assert register["pezeshkian"].text not in html
    assert "Searched as the register spells it" in html and "→ <bdi>Tokayev</bdi>" in html
    lang, direction = language_of(typed)
    assert f'<span lang="{lang}" dir="{direction}">{typed}</span>' in html


def test_the_api_search_knows_the_names_too(client, register):
    found = client.get("/api/v1/claims/", {"search": "Пезешкиан"}).json()["results"]
    assert [claim["ref"] for claim in found] == [register["pezeshkian"].ref]


def test_a_typing_slip_finds_the_claim_and_says_what_was_searched(client, register):
    html = client.get("/claims/", {"q": "callled"}).content.decode()
    suggestion = "Did you mean <strong><bdi>called</bdi></strong>?"
    assert f"No claim matches <strong><bdi>callled</bdi></strong>. {suggestion}" in html
    assert register["pezeshkian"].text in html
    assert register["hidden"].text not in html  # the unpublished draft is no suggestion's source either
    assert 'value="callled"' in html  # the search box keeps what was typed


def test_a_misspelt_name_is_searched_as_the_register_spells_it(client, register):
    html = client.get("/claims/", {"q": "pezeshkan"}).content.decode()
    assert register["pezeshkian"].text in html and register["tokayev"].text not in html
    assert "Searched as the register spells it" in html and "→ <bdi>Pezeshkian</bdi>" in html


def test_nothing_close_means_no_suggestion(client, register):
    html = client.get("/claims/", {"q": "xylophone"}).content.decode()
    assert "Did you mean" not in html and "No published claim matches" in html


def test_did_you_mean_needs_a_close_word():
    known = ["pezeshkian", "tokayev", "trade"]
    assert did_you_mean("pezeshkan trade", known) == "pezeshkian trade"
    assert did_you_mean("tokaev", known) is None  # a known spelling: searched as Tokayev, not corrected
    assert did_you_mean("zzzz", known) is None


def test_the_vocabulary_holds_only_published_words(client, register):
    html = client.get("/claims/", {"q": "drafft"}).content.decode()
    assert "Did you mean" not in html  # "draft" is only in the unpublished claim


def test_a_suggested_search_costs_a_fixed_number_of_queries(client, editor, register, django_assert_max_num_queries):
    client.get("/claims/", {"q": "callled"})
    for n in range(30):
        publish(ClaimFactory(text=f"Pezeshkian called statement number {n}"), editor=editor)
    from django.core.cache import cache

    cache.clear()
    # (With the three reads of the listed claims' translations: claims.translations.claim_prefetches, and the
    # known names' spellings, read once per register change: claims.entities.names.name_index.)
    with django_assert_max_num_queries(15):
        response = client.get("/claims/", {"q": "callled"})
    assert "Did you mean" in response.content.decode()


def test_a_search_ranks_a_bounded_number_of_matches_and_says_so(client, editor, settings, monkeypatch):
    from claims import search

    monkeypatch.setattr(search, "SEARCH_CANDIDATES", 3)
    from claims.views import register as views

    monkeypatch.setattr(views, "SEARCH_CANDIDATES", 3)
    words = ["alpha", "bravo", "charlie", "delta", "echo"]
    claims = [publish(ClaimFactory(text=f"Rail freight claim {word}"), editor=editor) for word in words]
    html = client.get("/claims/", {"q": "freight"}).content.decode()
    assert "At least 3 claims match" in html
    shown = [claim.text for claim in claims if claim.text in html]
    assert len(shown) == 3  # three of the five: the first three the index gives (SQLite: the newest)
    if connection.vendor != "postgresql":
        assert shown == [claim.text for claim in claims[-3:]]
    assert "At least" not in client.get("/claims/", {"q": "freight bravo"}).content.decode()
