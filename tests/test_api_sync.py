"""A partner mirrors the register: pages through it while editors work, then keeps it current."""

import pytest
from django.core.cache import cache
from django.utils.dateparse import parse_datetime

from claims import services
from claims.models import Claim, ClaimTranslation, Status
from claims.services.translations import translation_save
from tests.factories import ClaimFactory, published_claim

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()
    yield
    cache.clear()


def correct(claim, editor, status=Status.DISPUTED):
    return services.claim_set_verdict(
        claim=claim, user=editor, status=status, verdict_summary=f"Corrected to {status}.", note="New evidence."
    )


def fetch(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200, response.content
    return response.json()


def test_paging_while_editors_publish_and_correct_gets_each_change_exactly_once(client, editor):
    a, b, c, d, e = (published_claim(editor=editor) for _ in range(5))

    received = []
    page = fetch(client, "/api/v1/claims/", {"page_size": 2})
    received += page["results"]
    assert [item["ref"] for item in received] == [a.ref, b.ref]

    # While the partner is between pages: B (already received) and D (not yet) are
    # corrected, F is published, C (not yet received) is withdrawn.
    correct(b, editor)
    correct(d, editor, Status.FALSE)
    f = published_claim(editor=editor)
    services.claim_unpublish(claim=c, user=editor, reason="The quote was misattributed.")

    while page["next"]:
        page = fetch(client, page["next"])
        received += page["results"]

    refs = [item["ref"] for item in received]
    # Unchanged, or changed before being reached: exactly once. Changed after being
    # received: once more, in the new state, later in the same pass. Withdrawn before
    # being reached: not at all.
    assert refs == [a.ref, b.ref, e.ref, b.ref, d.ref, f.ref]
    assert set(refs) == set(Claim.objects.published().values_list("ref", flat=True))
    versions = [(item["ref"], item["updated_at"]) for item in received]
    assert len(set(versions)) == len(versions), "no version is received twice"
    last_copy = {item["ref"]: item for item in received}
    assert last_copy[b.ref]["status"] == "disputed"
    assert last_copy[d.ref]["status"] == "false"
    assert [w["ref"] for w in fetch(client, "/api/v1/withdrawals/")["results"]] == [c.ref]

    # Re-sync from the largest updated_at received: nothing has changed since.
    high_water = max((item["updated_at"] for item in received), key=parse_datetime)
    assert fetch(client, "/api/v1/claims/", {"updated_since": high_water})["results"] == []

    # Later changes come back exactly once each, across pages, and nothing else does.
    correct(a, editor, Status.FALSE)
    g = published_claim(editor=editor)
    correct(e, editor)
    resync, page = [], fetch(client, "/api/v1/claims/", {"updated_since": high_water, "page_size": 1})
    resync += page["results"]
    while page["next"]:
        page = fetch(client, page["next"])
        resync += page["results"]
    assert [item["ref"] for item in resync] == [a.ref, g.ref, e.ref]
    assert resync[0]["status"] == "false"


def test_a_mirror_built_from_the_feed_matches_the_register(client, editor):
    """The 20-line mirror from the API description, run against a register that keeps changing."""
    claims = [published_claim(editor=editor) for _ in range(7)]
    mirror, high_water, withdrawn_since = {}, None, None

    def sync():
        nonlocal high_water, withdrawn_since
        params = {"page_size": 3, **({"updated_since": high_water} if high_water else {})}
        page = fetch(client, "/api/v1/claims/", params)
        while True:
            for item in page["results"]:
                mirror[item["ref"]] = item
                if high_water is None or parse_datetime(item["updated_at"]) > parse_datetime(high_water):
                    high_water = item["updated_at"]
            if not page["next"]:
                break
            page = fetch(client, page["next"])
        page = fetch(client, "/api/v1/withdrawals/", {"since": withdrawn_since} if withdrawn_since else {})
        while True:
            for item in page["results"]:
                mirror.pop(item["ref"], None)
                withdrawn_since = item["withdrawn_at"]
            if not page["next"]:
                break
            page = fetch(client, page["next"])

    def register_state():
        return {c.ref: (c.status, c.verdict_summary) for c in Claim.objects.published()}

    def mirror_state():
        return {ref: (item["status"], item["verdict_summary"]) for ref, item in mirror.items()}

    sync()
    assert mirror_state() == register_state()

    correct(claims[0], editor)
    services.claim_unpublish(claim=claims[1], user=editor, reason="Withdrawn by the desk.")
    services.claim_delete(claim=claims[2], user=editor, reason="Logged twice.")
    published_claim(editor=editor)
    sync()
    assert mirror_state() == register_state()
    assert claims[1].ref not in mirror and claims[2].ref not in mirror

    # Withdrawn, then published again: the mirror gets it back and keeps it.
    services.claim_publish(claim=claims[1], user=editor)
    sync()
    assert claims[1].ref in mirror
    assert mirror_state() == register_state()


def test_withdrawals_list_refs_times_titles_and_reasons(client, editor):
    kept = published_claim(editor=editor)
    pulled = published_claim(editor=editor)
    never_published = ClaimFactory()
    services.claim_unpublish(claim=pulled, user=editor, reason="Misquoted.")
    deleted = published_claim(editor=editor)
    deleted_ref = deleted.ref
    services.claim_delete(claim=deleted, user=editor, reason="Duplicate of another claim.")
    services.claim_delete(claim=never_published, user=editor)

    body = fetch(client, "/api/v1/withdrawals/")
    assert [w["ref"] for w in body["results"]] == [pulled.ref, deleted_ref]
    assert all(set(w) == {"ref", "title", "withdrawn_at", "reason", "url"} for w in body["results"])
    assert kept.ref not in str(body)
    # Mirrors tell their readers what was withdrawn and why.
    assert [(w["title"], w["reason"]) for w in body["results"]] == [
        (pulled.text, "Misquoted."),
        (deleted.text, "Duplicate of another claim."),
    ]

    first_time = body["results"][0]["withdrawn_at"]
    assert [w["ref"] for w in fetch(client, "/api/v1/withdrawals/", {"since": first_time})["results"]] == [deleted_ref]


def test_a_claim_published_again_is_no_longer_listed_as_withdrawn(client, editor):
    claim = published_claim(editor=editor)
    services.claim_unpublish(claim=claim, user=editor, reason="Checking the quote again.")
    assert [w["ref"] for w in fetch(client, "/api/v1/withdrawals/")["results"]] == [claim.ref]

    services.claim_publish(claim=claim, user=editor)
    assert fetch(client, "/api/v1/withdrawals/")["results"] == []

    services.claim_unpublish(claim=claim, user=editor, reason="The quote is wrong after all.")
    [withdrawal] = fetch(client, "/api/v1/withdrawals/")["results"]
    assert withdrawal["ref"] == claim.ref
    latest = claim.events.filter(kind="unpublished").order_by("-at").first()
    assert withdrawal["withdrawn_at"] == fetch(client, "/api/v1/withdrawals/")["results"][0]["withdrawn_at"]
    assert withdrawal["withdrawn_at"].startswith(latest.at.strftime("%Y-%m-%dT%H:%M:%S"))


def test_withdrawals_page_with_a_cursor(client, editor):
    claims = [published_claim(editor=editor) for _ in range(5)]
    for claim in claims:
        services.claim_unpublish(claim=claim, user=editor, reason="Withdrawn.")
    refs, page = [], fetch(client, "/api/v1/withdrawals/", {"page_size": 2})
    refs += [w["ref"] for w in page["results"]]
    while page["next"]:
        page = fetch(client, page["next"])
        refs += [w["ref"] for w in page["results"]]
    assert refs == [c.ref for c in claims]


def test_the_last_page_costs_what_the_first_does(client, editor, settings, django_assert_num_queries):
    # The stamp stays cached for the whole walk, however slow the machine: the count is of the pages' own queries.
    settings.REGISTER_STAMP_SECONDS = 600
    for _ in range(9):
        claim = published_claim(editor=editor)
        translation_save(
            ClaimTranslation(claim=claim, language="fa", status="published", text="t", translator="Desk"), user=editor
        )
    page = fetch(client, "/api/v1/claims/", {"page_size": 2})
    pages = 1
    while page["next"]:
        # The claims, their evidence, translations and the entities they name; the stamp is kept in the cache.
        with django_assert_num_queries(4):
            page = fetch(client, page["next"])
        pages += 1
    assert pages == 5
    assert len(page["results"]) == 1
