"""The verification workflow in claims/services/ and claims/rules/: every rule, every refusal."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims import rules, services
from claims.models import Claim, ClaimEvent, Stance, Status
from tests.factories import ClaimFactory, EvidenceFactory, publish

pytestmark = pytest.mark.django_db


def test_setting_a_status_records_who_when_and_a_note(editor):
    claim = ClaimFactory()
    services.claim_set_verdict(claim=claim, user=editor, status=Status.IN_REVIEW, note="Two sources to check")
    event = ClaimEvent.objects.get(claim=claim)
    assert (event.kind, event.from_status, event.to_status) == ("status", "unverified", "in_review")
    assert event.user == editor and event.note == "Two sources to check" and event.at is not None
    claim.refresh_from_db()
    assert claim.status == Status.IN_REVIEW


def test_setting_the_same_verdict_again_records_nothing(editor):
    claim = ClaimFactory()
    services.claim_set_verdict(claim=claim, user=editor, status=Status.VERIFIED, verdict_summary="Agreed.")
    services.claim_set_verdict(claim=claim, user=editor, status=Status.VERIFIED, verdict_summary="Agreed.")
    assert ClaimEvent.objects.filter(claim=claim).count() == 1


def test_publishing_needs_a_verdict(editor):
    claim = ClaimFactory(status=Status.IN_REVIEW)
    EvidenceFactory(claim=claim)
    with pytest.raises(ValidationError, match="not a verdict"):
        services.claim_publish(claim=claim, user=editor)
    assert not Claim.objects.get(pk=claim.pk).is_published


def test_publishing_needs_a_summary(editor):
    claim = ClaimFactory()
    EvidenceFactory(claim=claim)
    services.claim_set_verdict(claim=claim, user=editor, status=Status.VERIFIED)
    with pytest.raises(ValidationError, match="no verdict summary"):
        services.claim_publish(claim=claim, user=editor)


def test_publishing_needs_evidence_from_another_source(editor):
    claim = ClaimFactory()
    # Evidence from the claim's own article does not count.
    EvidenceFactory(claim=claim, source=claim.article, stance=Stance.CONTEXT)
    services.claim_set_verdict(claim=claim, user=editor, status=Status.VERIFIED, verdict_summary="Agreed.")
    with pytest.raises(ValidationError, match="no evidence from a source other than its own article"):
        services.claim_publish(claim=claim, user=editor)
    assert not ClaimEvent.objects.filter(kind="published").exists()


def test_refusal_lists_every_problem_at_once(editor):
    claim = ClaimFactory()
    with pytest.raises(ValidationError) as error:
        services.claim_publish(claim=claim, user=editor)
    message = error.value.messages[0]
    assert "not a verdict" in message and "no verdict summary" in message and "no evidence" in message


def test_unverifiable_may_be_published_without_evidence(editor):
    claim = ClaimFactory()
    services.claim_set_verdict(
        claim=claim, user=editor, status=Status.UNVERIFIABLE, verdict_summary="Only one article reports it."
    )
    services.claim_publish(claim=claim, user=editor)
    claim.refresh_from_db()
    assert claim.is_published and claim.published_at is not None


def test_publish_records_the_event_and_first_publication_time(editor):
    claim = publish(ClaimFactory(), editor=editor)
    first = claim.published_at
    assert ClaimEvent.objects.filter(claim=claim, kind="published").count() == 1
    services.claim_unpublish(claim=claim, user=editor, reason="Source retracted the figure")
    services.claim_publish(claim=claim, user=editor)
    claim.refresh_from_db()
    assert claim.published_at == first  # datePublished stays the first publication


def test_publishing_twice_is_refused(editor):
    claim = publish(ClaimFactory(), editor=editor)
    with pytest.raises(ValidationError, match="already published"):
        services.claim_publish(claim=claim, user=editor)


def test_a_bulk_publish_goes_ahead_claim_by_claim_and_reports_each_refusal(editor):
    ready = [ClaimFactory() for _ in range(2)]
    for claim in ready:
        EvidenceFactory(claim=claim)
        services.claim_set_verdict(claim=claim, user=editor, status=Status.VERIFIED, verdict_summary="Agreed.")
    not_ready = ClaimFactory(status=Status.IN_REVIEW)
    batch = [ready[0], not_ready, ready[1]]
    outcome = services.claims_publish(batch, user=editor)
    done = [change.current.ref for change in outcome.done]
    assert done == [ready[0].ref, ready[1].ref]
    ((change, problems),) = outcome.refused.items()
    assert change.target.ref == not_ready.ref and "not a verdict" in problems[0].message
    assert set(Claim.objects.filter(is_published=True).values_list("ref", flat=True)) == set(done)


def test_a_bulk_publish_is_one_transaction_so_a_failure_midway_publishes_nothing(editor, monkeypatch):
    from claims.services import core

    claims = [ClaimFactory() for _ in range(3)]
    for claim in claims:
        EvidenceFactory(claim=claim)
        services.claim_set_verdict(claim=claim, user=editor, status=Status.VERIFIED, verdict_summary="Agreed.")

    def broken(objs, model):  # the claims are written; the steps on the record are not
        raise RuntimeError("the database went away")

    monkeypatch.setattr(core, "create_many", broken)
    with pytest.raises(RuntimeError):
        services.claims_publish(claims, user=editor)
    assert not Claim.objects.filter(is_published=True).exists()
    assert not ClaimEvent.objects.filter(kind="published").exists()


def test_unpublishing_needs_a_reason_and_is_recorded(editor):
    claim = publish(ClaimFactory(), editor=editor)
    with pytest.raises(ValidationError):
        services.claim_unpublish(claim=claim, user=editor, reason="  ")
    services.claim_unpublish(claim=claim, user=editor, reason="Figure withdrawn by the outlet")
    claim.refresh_from_db()
    assert not claim.is_published
    event = ClaimEvent.objects.get(claim=claim, kind="unpublished")
    assert event.note == "Figure withdrawn by the outlet" and event.claim_ref == claim.ref


def test_changing_a_published_verdict_is_a_correction_with_a_reason(editor):
    claim = publish(ClaimFactory(), editor=editor)
    with pytest.raises(ValidationError) as error:
        services.claim_set_verdict(claim=claim, user=editor, status=Status.DISPUTED, verdict_summary="Sources differ.")
    assert "note" in error.value.message_dict
    services.claim_set_verdict(
        claim=claim,
        user=editor,
        status=Status.DISPUTED,
        verdict_summary="Sources differ.",
        note="A second article gives a different figure.",
    )
    correction = ClaimEvent.objects.get(claim=claim, kind="correction")
    assert (correction.from_status, correction.to_status) == ("verified", "disputed")
    assert correction.verdict_summary == "Sources differ."
    # The history keeps both verdicts.
    assert {h.status for h in claim.history.all()} >= {"verified", "disputed"}


def test_a_published_claim_cannot_lose_its_verdict(editor):
    claim = publish(ClaimFactory(), editor=editor)
    with pytest.raises(ValidationError, match="Unpublish it first"):
        services.claim_set_verdict(claim=claim, user=editor, status=Status.IN_REVIEW, note="reopen")
    with pytest.raises(ValidationError, match="Unpublish it first|is published"):
        services.claim_send_to_review(claim=claim, user=editor)


def test_unknown_status_is_refused_clearly(editor):
    claim = ClaimFactory()
    with pytest.raises(ValidationError, match="'probably' is not a status"):
        services.claim_set_verdict(claim=claim, user=editor, status="probably")


# --- Roles -------------------------------------------------------------------
def test_contributor_moves_claims_between_working_statuses(contributor):
    claim = ClaimFactory()
    services.claim_send_to_review(claim=claim, user=contributor)
    services.claim_set_verdict(claim=claim, user=contributor, status=Status.UNVERIFIED)
    assert Claim.objects.get(pk=claim.pk).status == Status.UNVERIFIED


@pytest.mark.parametrize("status", Status.verdicts())
def test_contributor_cannot_set_a_verdict(contributor, status):
    claim = ClaimFactory()
    with pytest.raises(PermissionDenied, match="only editors set verdicts"):
        services.claim_set_verdict(claim=claim, user=contributor, status=status, verdict_summary="x")
    assert Claim.objects.get(pk=claim.pk).status == Status.UNVERIFIED
    assert not ClaimEvent.objects.exists()


def test_contributor_cannot_publish_or_unpublish(contributor, editor):
    ready = ClaimFactory()
    EvidenceFactory(claim=ready)
    services.claim_set_verdict(claim=ready, user=editor, status=Status.VERIFIED, verdict_summary="Agreed.")
    with pytest.raises(PermissionDenied):
        services.claim_publish(claim=ready, user=contributor)
    published = publish(ClaimFactory(), editor=editor)
    with pytest.raises(PermissionDenied):
        services.claim_unpublish(claim=published, user=contributor, reason="no")
    assert not Claim.objects.get(pk=ready.pk).is_published
    assert Claim.objects.get(pk=published.pk).is_published


def test_anonymous_and_userless_calls_are_refused(django_user_model):
    from django.contrib.auth.models import AnonymousUser

    claim = ClaimFactory()
    for user in (None, AnonymousUser()):
        with pytest.raises(PermissionDenied):
            services.claim_set_verdict(claim=claim, user=user, status=Status.VERIFIED, verdict_summary="x")
    inactive = django_user_model.objects.create_user("gone", is_active=False, is_superuser=True)
    with pytest.raises(PermissionDenied):
        services.claim_publish(claim=claim, user=inactive)


def test_system_user_is_an_editor_that_cannot_log_in():
    user = services.system_user()
    assert user.has_perm(rules.PERM_PUBLISH) and not user.has_usable_password()
    assert services.system_user().pk == user.pk


# --- Evidence ------------------------------------------------------------------
def test_removing_the_last_independent_evidence_of_a_published_claim_is_refused(editor):
    claim = publish(ClaimFactory(), editor=editor)
    (only,) = services.independent_evidence(claim)
    with pytest.raises(ValidationError, match="last evidence from another source"):
        services.evidence_delete(evidence=only, user=editor)
    assert claim.evidence.count() == 1
    # A verified claim keeps independent corroboration: other corroborating evidence first, then the removal
    # (both changes to a published claim, so both are updates with a reason).
    second = services.evidence_add(
        claim=claim,
        source=EvidenceFactory().source,
        stance=Stance.CORROBORATES,
        quote="Same figure.",
        user=editor,
        change_note="A second source.",
    )
    services.evidence_delete(evidence=only, user=editor, change_note="The first source was a reprint.")
    assert list(claim.evidence.all()) == [second]


def test_evidence_add_applies_model_rules(editor):
    claim = ClaimFactory()
    with pytest.raises(ValidationError, match="own article"):
        services.evidence_add(claim=claim, source=claim.article, stance=Stance.CORROBORATES, quote="x", user=editor)
    assert not claim.evidence.exists()


def test_deleting_a_published_claim_needs_a_reason_and_leaves_a_withdrawal(editor):
    claim = publish(ClaimFactory(), editor=editor)
    ref = claim.ref
    with pytest.raises(ValidationError):
        services.claim_delete(claim=claim, user=editor)
    services.claim_delete(claim=claim, user=editor, reason="Logged twice")
    assert not Claim.objects.filter(ref=ref).exists()
    kinds = set(ClaimEvent.objects.filter(claim_ref=ref).values_list("kind", flat=True))
    assert {"unpublished", "deleted"} <= kinds
