"""An editor logging or editing a claim is told when the register already has it, and links or dismisses."""

import datetime
import re

import pytest
from django.urls import reverse

from claims.models import Claim, FollowUp, FollowUpStatus, RepeatDismissal
from tests.admin_helpers import MENTIONS_NONE
from tests.factories import ClaimFactory, SourceFactory, VisitFactory, commitment, publish

pytestmark = pytest.mark.django_db

ROADMAP = "Pezeshkian said a roadmap to raise bilateral trade to $3 billion has been prepared."
ROADMAP_AGAIN = "Pezeshkian said a roadmap to raise trade to 3 billion dollars is ready."


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


def change_page(client, claim):
    return client.get(reverse("admin:claims_claim_change", args=[claim.pk]))


def test_the_change_page_lists_likely_repeats_with_buttons_that_post(editor_client):
    claim = ClaimFactory(ref="roadmap", text=ROADMAP)
    other = ClaimFactory(ref="roadmap-again", text=ROADMAP_AGAIN)
    port = ClaimFactory(ref="port", text="Tokayev thanked Iran for land at the Shahid Rajaee port.")
    html = change_page(editor_client, claim).content.decode()
    panel = html[html.index("The register may already have this statement") :]
    assert ">roadmap-again</a>" in panel and f"/claims/claim/{port.pk}/change/" not in panel[: panel.index("</ul>")]
    link = reverse("admin:claims_claim_repeat_link", args=[claim.pk, other.pk])
    dismiss = reverse("admin:claims_claim_repeat_dismiss", args=[claim.pk, other.pk])
    assert re.search(rf'formaction="{link}" formmethod="post"', html)
    assert re.search(rf'formaction="{dismiss}" formmethod="post"', html)
    assert "csrfmiddlewaretoken" in html


def test_link_as_appearance(editor_client):
    claim, other = ClaimFactory(text=ROADMAP), ClaimFactory(text=ROADMAP_AGAIN)
    url = reverse("admin:claims_claim_repeat_link", args=[other.pk, claim.pk])
    response = editor_client.post(url, follow=True)
    assert any("as appearances of one statement" in m for m in messages_of(response))
    other.refresh_from_db()
    assert other.repeat_of_id == claim.pk
    html = change_page(editor_client, other).content.decode()
    assert "Linked as appearances of the same statement" in html


def test_dismiss(editor_client, editor):
    claim, other = ClaimFactory(text=ROADMAP), ClaimFactory(ref="other", text=ROADMAP_AGAIN)
    response = editor_client.post(reverse("admin:claims_claim_repeat_dismiss", args=[claim.pk, other.pk]), follow=True)
    assert any("will not be suggested" in m for m in messages_of(response))
    assert RepeatDismissal.objects.filter(claim=claim, other=other, dismissed_by=editor).exists()
    assert "No existing claim says anything similar" in change_page(editor_client, claim).content.decode()


def test_a_get_changes_nothing(editor_client):
    claim, other = ClaimFactory(text=ROADMAP), ClaimFactory(text=ROADMAP_AGAIN)
    response = editor_client.get(reverse("admin:claims_claim_repeat_link", args=[claim.pk, other.pk]))
    assert response.status_code == 302
    assert Claim.objects.filter(repeat_of__isnull=False).count() == 0


def test_the_buttons_need_the_csrf_token(editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    claim, other = ClaimFactory(text=ROADMAP), ClaimFactory(text=ROADMAP_AGAIN)
    response = client.post(reverse("admin:claims_claim_repeat_link", args=[claim.pk, other.pk]))
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.repeat_of_id is None


def test_a_contributor_cannot_link_a_published_claim_and_is_told_why(contributor_client, editor):
    published = publish(ClaimFactory(text=ROADMAP), editor=editor)
    draft = ClaimFactory(text=ROADMAP_AGAIN)
    response = contributor_client.post(
        reverse("admin:claims_claim_repeat_link", args=[draft.pk, published.pk]), follow=True
    )
    assert any(m.startswith("Refused — ") and "published" in m for m in messages_of(response))
    draft.refresh_from_db()
    assert draft.repeat_of_id is None


def test_unlink(editor_client, editor):
    from claims.repeats.services import repeat_link

    first, second, third = (ClaimFactory(text=ROADMAP) for _ in range(3))
    repeat_link(claim=second, other=first, user=editor)
    repeat_link(claim=third, other=first, user=editor)
    editor_client.post(reverse("admin:claims_claim_repeat_unlink", args=[first.pk]))
    for claim in (first, second, third):
        claim.refresh_from_db()
    assert first.repeat_of_id is None
    assert second.repeat_of_id is None and third.repeat_of_id == second.pk


def test_logging_a_claim_that_exists_warns_after_the_first_save(editor_client):
    ClaimFactory(ref="roadmap", text=ROADMAP)
    article, visit = SourceFactory(), VisitFactory()
    data = {
        "ref": "",
        "article": article.pk,
        "visit": visit.pk,
        "speaker": "Masoud Pezeshkian",
        "topic": "trade",
        "text": ROADMAP_AGAIN,
        "quote": "A roadmap is ready.",
        "figure_value": "",
        "figure_unit": "",
        "figure_period": "",
        "status": "unverified",
        "verdict_summary": "",
        "change_note": "",
        "is_commitment": "on",
        "commitment_due": "",
        "commitment_horizon": "no date given",
        "evidence-TOTAL_FORMS": "0",
        "evidence-INITIAL_FORMS": "0",
        "evidence-MIN_NUM_FORMS": "0",
        "evidence-MAX_NUM_FORMS": "1000",
        "events-TOTAL_FORMS": "0",
        "events-INITIAL_FORMS": "0",
        "notes-TOTAL_FORMS": "0",
        "notes-INITIAL_FORMS": "0",
        **MENTIONS_NONE,
        "events-MIN_NUM_FORMS": "0",
        "events-MAX_NUM_FORMS": "1000",
    }
    assert editor_client.post(reverse("admin:claims_claim_add"), data).status_code == 302
    new = Claim.objects.get(text=ROADMAP_AGAIN)
    response = change_page(editor_client, new)
    assert new.is_commitment and new.commitment_horizon == "no date given"
    warning = [m for m in messages_of(response) if "may already have this statement" in m]
    assert warning and "'roadmap'" in warning[0]


def test_the_add_page_says_when_suggestions_appear(editor_client):
    html = editor_client.get(reverse("admin:claims_claim_add")).content.decode()
    assert "Suggestions appear here once the claim is saved." in html
    assert 'name="is_commitment"' in html and 'name="commitment_due"' in html


# --- Follow-ups in the admin --------------------------------------------------------
def follow_up_data(claim, **row):
    data = {
        "ref": claim.ref,
        "article": claim.article_id,
        "visit": claim.visit_id,
        "speaker": claim.speaker,
        "topic": claim.topic,
        "text": claim.text,
        "quote": claim.quote,
        "figure_value": "",
        "figure_unit": "",
        "figure_period": "",
        "status": claim.status,
        "verdict_summary": claim.verdict_summary,
        "change_note": "",
        "seen_version": claim.version,
        "is_commitment": "on",
        "commitment_due": "2026-12-31",
        "commitment_horizon": "",
        "evidence-TOTAL_FORMS": "0",
        "evidence-INITIAL_FORMS": "0",
        "evidence-MIN_NUM_FORMS": "0",
        "evidence-MAX_NUM_FORMS": "1000",
        "events-TOTAL_FORMS": "0",
        "events-INITIAL_FORMS": "0",
        "notes-TOTAL_FORMS": "0",
        "notes-INITIAL_FORMS": "0",
        **MENTIONS_NONE,
        "events-MIN_NUM_FORMS": "0",
        "events-MAX_NUM_FORMS": "1000",
        "follow_ups-TOTAL_FORMS": "1",
        "follow_ups-INITIAL_FORMS": "0",
        "follow_ups-MIN_NUM_FORMS": "0",
        "follow_ups-MAX_NUM_FORMS": "1000",
    }
    data.update({f"follow_ups-0-{key}": value for key, value in row.items()})
    return data


def test_an_editor_adds_a_follow_up_inline_and_it_goes_through_the_service(editor_client, editor):
    claim = commitment(due=datetime.date(2026, 12, 31))
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    response = editor_client.post(
        url,
        follow_up_data(
            claim,
            checked_on="2026-03-01",
            status="in_progress",
            note="The ministry named a working group.",
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    follow_up = FollowUp.objects.get()
    assert follow_up.added_by == editor and follow_up.status == FollowUpStatus.IN_PROGRESS
    assert follow_up.history.count() == 1


def test_a_follow_up_dated_in_the_future_is_refused_with_the_field_named(editor_client):
    claim = commitment(due=datetime.date(2026, 12, 31))
    future = (datetime.date.today() + datetime.timedelta(days=3)).isoformat()
    response = editor_client.post(
        reverse("admin:claims_claim_change", args=[claim.pk]),
        follow_up_data(claim, checked_on=future, status="pending", note="Later."),
    )
    assert response.status_code == 200
    assert "cannot be in the future" in response.content.decode()
    assert not FollowUp.objects.exists()


def test_the_follow_up_inline_appears_only_on_commitments(editor_client):
    plain, promise = ClaimFactory(), commitment()
    assert "follow_ups-TOTAL_FORMS" not in change_page(editor_client, plain).content.decode()
    assert "follow_ups-TOTAL_FORMS" in change_page(editor_client, promise).content.decode()


def test_a_due_date_on_a_claim_that_is_not_a_commitment_is_refused(editor_client):
    claim = ClaimFactory()
    data = follow_up_data(claim)
    data.pop("is_commitment")
    for key in [k for k in data if k.startswith("follow_ups-")]:
        data.pop(key)
    response = editor_client.post(reverse("admin:claims_claim_change", args=[claim.pk]), data)
    assert response.status_code == 200
    assert "Only a commitment has a due date" in response.content.decode()
