"""A cursor is a position, `<ordering>~<value>~<id>`, and the schema says so.

Schema-driven clients (schemathesis, generated clients) send any cursor the schema allows; the feed
answered 400 to every one it had not given out (ST202 on seven operations). Now the schema states
the form, and any cursor of that form is a position the feed pages from.
"""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from api.pagination import EPOCH, MICROSECOND
from claims.models import Claim
from tests.factories import ClaimFactory, OutletFactory, SourceFactory, publish, published_claim

pytestmark = pytest.mark.django_db

LISTS = {
    "/api/v1/claims/": ["updated_at", "-updated_at", "published_at", "-published_at", "ref", "-ref"],
    "/api/v1/visits/": ["ref", "-ref"],
    "/api/v1/sources/": ["ref", "-ref"],
    "/api/v1/outlets/": ["id", "-id", "name", "-name"],
    "/api/v1/metrics/": ["ref", "-ref"],
    "/api/v1/withdrawals/": ["withdrawn_at", "-withdrawn_at"],
    "/api/v1/claimreview.json": ["published_at", "-published_at"],
}


@pytest.fixture
def register(editor):
    claims = [published_claim(editor=editor) for _ in range(4)]
    # Names that hold the separator and other scripts: a text cursor holds the value as it is.
    for name in ["Tilde~Outlet~News", "Қазақ~Ақпарат", "Zed"]:
        publish(ClaimFactory(article=SourceFactory(outlet=OutletFactory(name=name))), editor=editor)
    return claims


def cursor_of(link: str) -> str:
    return parse_qs(urlsplit(link).query)["cursor"][0]


def walk(client, address: str, ordering: str) -> tuple[list, list[str]]:
    """Every item of the list in `ordering`, a page of one at a time, and the cursors followed."""
    items, cursors = [], []
    response = client.get(address, {"ordering": ordering, "page_size": 1})
    while True:
        assert response.status_code == 200, response.content
        if address.endswith(".json"):
            items += response.json()["dataFeedElement"]
            link = response.get("Link")
            following = re.match(r"<(.*)>; rel=\"next\"", link).group(1) if link else None
        else:
            items += response.json()["results"]
            following = response.json()["next"]
        if not following:
            return items, cursors
        cursors.append(cursor_of(following))
        response = client.get(following)


@pytest.mark.parametrize("address", LISTS)
def test_every_cursor_the_feed_gives_is_of_the_form_its_schema_states(client, register, address):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    (parameter,) = [p for p in schema["paths"][address]["get"]["parameters"] if p["name"] == "cursor"]
    pattern = parameter["schema"]["pattern"]
    for ordering in LISTS[address]:
        everything = client.get(address, {"ordering": ordering, "page_size": 200})
        items, cursors = walk(client, address, ordering)
        if address.endswith(".json"):
            assert items == everything.json()["dataFeedElement"]
        else:
            assert items == everything.json()["results"]  # each item once, in order
        for cursor in cursors:
            # fullmatch: in JSON Schema a pattern's `$` is the end of the text.
            assert re.fullmatch(pattern[1:-1], cursor), (ordering, cursor)
            assert cursor.startswith(f"{ordering}~")


def test_a_cursor_the_feed_did_not_give_is_a_position_all_the_same(client, register):
    oldest = Claim.objects.published().order_by("updated_at", "id")
    second = oldest[1]
    micros = (second.updated_at - EPOCH) // MICROSECOND
    stranger = client.get("/api/v1/claims/", {"cursor": f"updated_at~{micros}~{second.pk}"})
    assert stranger.status_code == 200
    assert [c["ref"] for c in stranger.json()["results"]] == [c.ref for c in oldest[2:]]


def test_a_time_or_id_past_its_range_is_read_as_the_ranges_end(client, register):
    everything = [c["ref"] for c in client.get("/api/v1/claims/").json()["results"]]
    after_all = client.get("/api/v1/claims/", {"cursor": "updated_at~999999999999999999~9999999999999999999"})
    assert after_all.json() == {"next": None, "results": []}
    before_all = client.get("/api/v1/claims/", {"cursor": "-updated_at~999999999999999999~1"})
    assert [c["ref"] for c in before_all.json()["results"]] == everything[::-1]
    from_the_start = client.get("/api/v1/claims/", {"cursor": "updated_at~-999999999999999999~0"})
    assert [c["ref"] for c in from_the_start.json()["results"]] == everything


def test_a_cursor_carries_its_ordering(client, register):
    by_ref = client.get("/api/v1/claims/", {"ordering": "ref", "page_size": 1}).json()
    cursor = cursor_of(by_ref["next"])
    # Sent with another ordering, the page continues the cursor's, and its next link says so.
    response = client.get("/api/v1/claims/", {"ordering": "updated_at", "cursor": cursor, "page_size": 1}).json()
    refs = sorted(Claim.objects.published().values_list("ref", flat=True))
    assert [c["ref"] for c in response["results"]] == refs[1:2]
    assert parse_qs(urlsplit(response["next"]).query)["ordering"] == ["ref"]


@pytest.mark.parametrize("ordering", ["name", "-name"])
def test_a_cursor_in_a_text_ordering_holds_any_text(client, register, ordering):
    outlets, cursors = walk(client, "/api/v1/outlets/", ordering)
    assert outlets == client.get("/api/v1/outlets/", {"ordering": ordering}).json()["results"]
    assert {"Tilde~Outlet~News", "Қазақ~Ақпарат"} <= {o["name"] for o in outlets}
    assert any(cursor.count("~") > 2 for cursor in cursors)  # a name with the separator was a position


def test_the_next_link_of_a_stranger_cursor_is_the_feeds_own(client, register):
    first = client.get("/api/v1/claims/", {"page_size": 1}).json()
    micros = (datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC) - EPOCH) // MICROSECOND
    stranger = client.get("/api/v1/claims/", {"page_size": 1, "cursor": f"updated_at~{micros}~0"}).json()
    assert stranger == first | {"next": stranger["next"]}
    assert cursor_of(stranger["next"]) == cursor_of(first["next"])
