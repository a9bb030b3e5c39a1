"""An editor follows up a commitment; overdue is computed from the due date, never typed."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims.commitments.services import commitment_follow_up
from claims.commitments.state import is_overdue, with_commitment_state
from claims.models import Claim, FollowUp, FollowUpStatus
from tests.factories import ClaimFactory, FollowUpFactory, SourceFactory, UserFactory, commitment

TODAY = datetime.date(2026, 6, 1)


def state(claim):
    return with_commitment_state(Claim.objects.filter(pk=claim.pk), today=TODAY).get()


@pytest.mark.django_db
class TestOverdue:
    def test_due_before_today_without_follow_up_is_overdue(self):
        claim = state(commitment(due=datetime.date(2026, 5, 31)))
        assert claim.is_overdue is True
        assert claim.latest_status is None

    def test_due_today_or_later_is_not_overdue(self):
        assert state(commitment(due=TODAY)).is_overdue is False
        assert state(commitment(due=datetime.date(2027, 1, 1))).is_overdue is False

    def test_no_due_date_is_never_overdue(self):
        assert state(commitment(horizon="no date given")).is_overdue is False

    def test_in_progress_past_due_is_overdue(self):
        claim = commitment(due=datetime.date(2026, 1, 1))
        FollowUpFactory(claim=claim, status=FollowUpStatus.IN_PROGRESS, checked_on=datetime.date(2026, 2, 1))
        assert state(claim).is_overdue is True

    @pytest.mark.parametrize("settled", FollowUpStatus.settled())
    def test_a_settled_outcome_ends_overdue(self, settled):
        claim = commitment(due=datetime.date(2026, 1, 1))
        FollowUpFactory(claim=claim, status=FollowUpStatus.IN_PROGRESS, checked_on=datetime.date(2025, 12, 20))
        FollowUpFactory(claim=claim, status=settled, checked_on=datetime.date(2026, 2, 1))
        annotated = state(claim)
        assert annotated.is_overdue is False
        assert annotated.latest_status == settled

    def test_latest_follow_up_is_by_check_date_not_by_entry_order(self):
        claim = commitment(due=datetime.date(2026, 1, 1))
        FollowUpFactory(claim=claim, status=FollowUpStatus.FULFILLED, checked_on=datetime.date(2026, 3, 1))
        FollowUpFactory(claim=claim, status=FollowUpStatus.IN_PROGRESS, checked_on=datetime.date(2026, 2, 1))
        annotated = state(claim)
        assert annotated.latest_status == FollowUpStatus.FULFILLED
        assert annotated.is_overdue is False

    def test_python_rule_matches_the_query(self):
        assert is_overdue(datetime.date(2026, 5, 1), None, today=TODAY)
        assert is_overdue(datetime.date(2026, 5, 1), FollowUpStatus.PENDING, today=TODAY)
        assert not is_overdue(datetime.date(2026, 5, 1), FollowUpStatus.NOT_FULFILLED, today=TODAY)
        assert not is_overdue(None, None, today=TODAY)


@pytest.mark.django_db
class TestFollowUpWorkflow:
    def test_contributor_records_a_follow_up_with_evidence(self, contributor):
        claim = commitment(due=datetime.date(2026, 12, 31))
        source = SourceFactory()
        follow_up = commitment_follow_up(
            claim=claim,
            user=contributor,
            status=FollowUpStatus.IN_PROGRESS,
            checked_on=datetime.date(2026, 3, 2),
            note="  The ministry announced the first exchange.  ",
            source=source,
            quote="The first exchange begins.",
        )
        assert follow_up.added_by == contributor
        assert follow_up.note == "The ministry announced the first exchange."
        assert follow_up.source == source

    def test_follow_ups_are_kept_in_history_not_overwritten(self, editor):
        claim = commitment(due=datetime.date(2026, 12, 31))
        for status, day in [
            (FollowUpStatus.PENDING, 1),
            (FollowUpStatus.IN_PROGRESS, 2),
            (FollowUpStatus.FULFILLED, 3),
        ]:
            commitment_follow_up(
                claim=claim, user=editor, status=status, checked_on=datetime.date(2026, 4, day), note=f"Check {day}."
            )
        assert list(claim.follow_ups.values_list("status", flat=True)) == ["fulfilled", "in_progress", "pending"]
        first = claim.follow_ups.get(status=FollowUpStatus.PENDING)
        assert first.history.count() == 1
        assert first.history.get().history_type == "+"
        assert FollowUp.history.filter(claim_id=claim.pk).count() == 3

    def test_only_a_commitment_can_be_followed_up(self, editor):
        claim = ClaimFactory(is_commitment=False)
        with pytest.raises(ValidationError, match="Only a commitment"):
            commitment_follow_up(
                claim=claim, user=editor, status="pending", checked_on=datetime.date(2026, 1, 1), note="x"
            )
        assert not FollowUp.objects.exists()

    def test_a_note_is_required(self, editor):
        with pytest.raises(ValidationError) as error:
            commitment_follow_up(
                claim=commitment(), user=editor, status="pending", checked_on=datetime.date(2026, 1, 1), note="  "
            )
        assert "note" in error.value.message_dict
        assert not FollowUp.objects.exists()

    def test_a_quote_needs_its_source(self, editor):
        with pytest.raises(ValidationError) as error:
            commitment_follow_up(
                claim=commitment(),
                user=editor,
                status="pending",
                checked_on=datetime.date(2026, 1, 1),
                note="Seen.",
                quote="A passage from nowhere.",
            )
        assert "source" in error.value.message_dict

    def test_unknown_status_is_named(self, editor):
        with pytest.raises(ValidationError, match="'overdue' is not a follow-up status"):
            commitment_follow_up(
                claim=commitment(), user=editor, status="overdue", checked_on=datetime.date(2026, 1, 1), note="x"
            )

    def test_a_check_cannot_be_dated_in_the_future(self, editor):
        future = datetime.date.today() + datetime.timedelta(days=2)
        with pytest.raises(ValidationError) as error:
            commitment_follow_up(claim=commitment(), user=editor, status="pending", checked_on=future, note="x")
        assert "checked_on" in error.value.message_dict

    def test_someone_without_the_permission_is_refused(self, db):
        reader = UserFactory(username="reader")
        with pytest.raises(PermissionDenied):
            commitment_follow_up(
                claim=commitment(), user=reader, status="pending", checked_on=datetime.date(2026, 1, 1), note="x"
            )
        assert not FollowUp.objects.exists()
