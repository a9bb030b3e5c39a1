"""A search the database cannot run is refused with a 400 naming the parameter, on every way in.

PostgreSQL reads each minus sign before a word as "not" and fails past 32 of them in a row ("tsquery
stack too small"): forty hyphens were a 500 on /claims/, /claims.csv, the API and the admin. Both
databases run these tests; hostile searches inside the bounds must still answer 200 on both.
"""

import pytest
from django.db import connection

from claims.models import Claim
from claims.search import SEARCH_MAX_LENGTH, SEARCH_MAX_MINUS_SIGNS, SearchRefused, candidates, search_problem
from tests.factories import ClaimFactory, publish

pytestmark = pytest.mark.django_db

REFUSED = {
    "forty hyphens": "-" * 40,
    "hyphens with spaces": "- " * 40,
    "one past the minus signs": "-" * (SEARCH_MAX_MINUS_SIGNS + 1),
    "minus signs before words": " ".join(f"-w{n}" for n in range(SEARCH_MAX_MINUS_SIGNS + 1)),
    "hyphenated words": "Iran-" * (SEARCH_MAX_MINUS_SIGNS + 1),
    "one past the length": "a" * (SEARCH_MAX_LENGTH + 1),
    "a long paste": "Tokayev said trade grew. " * 400,
}
# Odd, but inside the bounds: each is searched, on both databases.
SEARCHED = {
    "the most minus signs": "-" * SEARCH_MAX_MINUS_SIGNS,
    "the longest search": "Tokayev " * (SEARCH_MAX_LENGTH // 8),
    "websearch operators": 'Tokayev or -"trade grew" or or -- " (',
    "tsquery syntax": "!(a & b) | c:* <-> d <2> e",
    "brackets": "(" * 100,
    "quotes": '"' * 150,
    "the word or": "or " * 66,
    "backslashes and percents": "\\%_\\' 50%",
    "a hyphenated name": "Iran-Kazakhstan-Turkmenistan railway",
    "other scripts": "پزشکیان -Токаев",
}


@pytest.fixture
def register(editor):
    claim = ClaimFactory(text="Tokayev said trade grew by 40 percent", speaker="Kassym-Jomart Tokayev")
    return publish(claim, editor=editor)


@pytest.mark.parametrize("text", REFUSED.values(), ids=REFUSED.keys())
def test_a_search_outside_the_bounds_is_refused_on_every_way_in(client, editor_client, register, text):
    problem = search_problem(text.strip())  # forms strip the spaces around a value
    page = client.get("/claims/", {"q": text})
    assert page.status_code == 400
    html = page.content.decode()
    assert "The search could not be run" in html
    assert '<code dir="ltr">q</code>' in html
    assert problem in html.replace("&#x27;", "'")
    assert register.text not in html  # no list that would answer another question

    csv = client.get("/claims.csv", {"q": text})
    assert csv.status_code == 400
    assert csv.content.decode().startswith("The search (q) could not be run: ")

    api = client.get("/api/v1/claims/", {"search": text})
    assert api.status_code == 400
    assert list(api.json()) == ["search"]
    assert api.json()["search"] == [problem]

    admin = editor_client.get("/admin/claims/claim/", {"q": text})
    assert admin.status_code == 400
    assert "The search could not be run" in admin.content.decode()

    with pytest.raises(SearchRefused):
        list(Claim.objects.search(text))
    with pytest.raises(SearchRefused):
        list(candidates(Claim.objects.all(), text))


@pytest.mark.parametrize("text", SEARCHED.values(), ids=SEARCHED.keys())
def test_an_odd_search_inside_the_bounds_is_run_on_every_way_in(client, editor_client, register, text):
    assert search_problem(text) is None
    assert client.get("/claims/", {"q": text}).status_code == 200
    assert client.get("/claims.csv", {"q": text}).status_code == 200
    assert client.get("/api/v1/claims/", {"search": text}).status_code == 200
    assert editor_client.get("/admin/claims/claim/", {"q": text}).status_code == 200
    # Run against the database itself, not only through the pages' error handling.
    list(Claim.objects.published().search(text))


def test_the_bounds_are_below_where_postgresql_fails(register):
    if connection.vendor != "postgresql":
        pytest.skip("the failure is PostgreSQL's")
    from django.db import DatabaseError, transaction

    with connection.cursor() as cursor:
        cursor.execute("SELECT websearch_to_tsquery('english', %s)", ["-" * SEARCH_MAX_MINUS_SIGNS])
        with pytest.raises(DatabaseError, match="tsquery stack too small"), transaction.atomic():
            cursor.execute("SELECT websearch_to_tsquery('english', %s)", ["-" * 40])


def test_the_schema_states_the_bounds(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    (search,) = [p for p in schema["paths"]["/api/v1/claims/"]["get"]["parameters"] if p["name"] == "search"]
    assert search["schema"]["maxLength"] == SEARCH_MAX_LENGTH
    import re

    pattern = re.compile(search["schema"]["pattern"])
    assert pattern.search("-" * SEARCH_MAX_MINUS_SIGNS) and not pattern.search("-" * (SEARCH_MAX_MINUS_SIGNS + 1))


def test_a_refused_search_page_keeps_what_was_typed(client, register):
    html = client.get("/claims/", {"q": "-" * 40, "topic": "trade"}).content.decode()
    assert f'value="{"-" * 40}"' in html
