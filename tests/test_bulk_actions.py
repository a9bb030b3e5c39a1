"""The admin's bulk actions at bulk speed: the same few queries for five claims or fifty, every rule still checked
per claim, refused claims named, and one history row and one record step per claim written.

(Seconds are measured in bench/bulk_actions.py, not here.)
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import services
from claims.models import Claim, ClaimEvent, Status
from tests.factories import ClaimFactory, EvidenceFactory

pytestmark = pytest.mark.django_db


def claims_ready(count: int) -> list[Claim]:
    claims = ClaimFactory.create_batch(count)
    for claim in claims:
        EvidenceFactory(claim=claim)
    return claims


ACTIONS = {
    "verdict": lambda claims, user: services.claims_set_verdict(
        claims, user=user, status=Status.VERIFIED, verdict_summary="Agrees."
    ),
    "publish": lambda claims, user: services.claims_publish(claims, user=user),
    "assign": lambda claims, user: services.claims_assign(claims, user=user, assignee=user),
    "unpublish": lambda claims, user: services.claims_unpublish(claims, user=user, reason="Withdrawn."),
}


def queries(action) -> int:
    with CaptureQueriesContext(connection) as captured:
        outcome = action()
    assert not outcome.refused, outcome.refused
    return len(captured)


@pytest.mark.parametrize("step", ["verdict", "publish", "assign", "unpublish"])
def test_each_bulk_action_costs_the_same_queries_for_five_claims_or_fifty(step, editor):
    counts = []
    for size in (2, 5, 50):  # the first run asks for the editor's permissions, kept on the user afterwards
        claims = claims_ready(size)
        if step in ("publish", "unpublish"):
            services.claims_set_verdict(claims, user=editor, status=Status.VERIFIED, verdict_summary="Agrees.")
        if step == "unpublish":
            services.claims_publish(Claim.objects.filter(pk__in=[c.pk for c in claims]), user=editor)
        fresh = list(Claim.objects.filter(pk__in=[c.pk for c in claims]).order_by("pk"))
        counts.append(queries(lambda fresh=fresh: ACTIONS[step](fresh, editor)))
    assert counts[1] == counts[2], counts


def test_a_bulk_verdict_writes_one_history_row_and_one_step_per_claim_and_bumps_each_version(editor):
    claims = claims_ready(3)
    services.claim_set_verdict(claim=claims[0], user=editor, status=Status.FALSE, verdict_summary="No.")
    before = {c.pk: c.version for c in Claim.objects.filter(pk__in=[c.pk for c in claims])}
    history_before = Claim.history.count()
    fresh = list(Claim.objects.filter(pk__in=before).order_by("pk"))
    outcome = services.claims_set_verdict(fresh, user=editor, status=Status.VERIFIED, verdict_summary="Agrees.")
    assert len(outcome.done) == 3
    after = {c.pk: c for c in Claim.objects.filter(pk__in=before)}
    assert all(after[pk].version == version + 1 for pk, version in before.items())
    assert {(c.status, c.verdict_summary) for c in after.values()} == {(Status.VERIFIED, "Agrees.")}
    assert Claim.history.count() == history_before + 3
    rows = Claim.history.filter(id__in=before).order_by("-history_id")[:3]
    assert {(row.history_type, row.history_user_id, row.status) for row in rows} == {("~", editor.pk, "verified")}
    assert ClaimEvent.objects.filter(claim__in=before, kind=ClaimEvent.Kind.STATUS, to_status="verified").count() == 3


def test_a_bulk_publish_names_each_claim_it_refuses_and_publishes_the_rest(editor):
    ready, bare = claims_ready(2), ClaimFactory()
    services.claims_set_verdict([*ready, bare], user=editor, status=Status.VERIFIED, verdict_summary="Agrees.")
    outcome = services.claims_publish(Claim.objects.filter(pk__in=[*(c.pk for c in ready), bare.pk]), user=editor)
    assert sorted(c.target.pk for c in outcome.done) == sorted(c.pk for c in ready)
    assert [c.target.pk for c in outcome.refused] == [bare.pk]
    assert not Claim.objects.get(pk=bare.pk).is_published
