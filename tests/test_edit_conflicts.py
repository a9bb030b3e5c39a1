"""Two editors on the same claim or evidence: the second save is refused, nothing is overwritten."""

import pytest
from django.test import Client
from django.urls import reverse

from claims import services
from claims.models import Claim, Evidence
from tests.admin_helpers import claim_form_data
from tests.factories import ClaimFactory, EvidenceFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_editor_client(db):
    other = Client()
    other.force_login(UserFactory(username="second-editor", role="Editor"))
    return other


def opened_version(client, claim):
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    return page.context["adminform"].form["seen_version"].value()


def test_second_save_on_a_stale_copy_is_refused_and_says_what_changed(editor_client, second_editor_client, editor):
    claim = ClaimFactory(text="Trade grew by 40 percent")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    seen_a = opened_version(editor_client, claim)
    seen_b = opened_version(second_editor_client, claim)
    assert seen_a == seen_b == 1

    first = editor_client.post(
        url, claim_form_data(claim, text="Trade grew by 40 percent in ten months", seen_version=seen_a)
    )
    assert first.status_code == 302

    second = second_editor_client.post(
        url, claim_form_data(claim, text="Trade grew by 44.9 percent", seen_version=seen_b)
    )
    assert second.status_code == 200
    message = " ".join(second.context["adminform"].form.non_field_errors())
    assert "Someone else saved this" in message
    assert "text: 'Trade grew by 40 percent' → 'Trade grew by 40 percent in ten months'" in message
    assert "editor" in message
    # The second editor's entry is still in the form, and the first editor's save stands.
    assert second.context["adminform"].form["text"].value() == "Trade grew by 44.9 percent"
    claim.refresh_from_db()
    assert claim.text == "Trade grew by 40 percent in ten months" and claim.version == 2


def test_a_verdict_set_meanwhile_is_not_reverted_by_a_stale_form(editor_client, editor):
    claim = ClaimFactory()
    seen = opened_version(editor_client, claim)
    services.claim_set_verdict(claim=claim, user=editor, status="false", verdict_summary="The figure is wrong.")
    response = editor_client.post(
        reverse("admin:claims_claim_change", args=[claim.pk]),
        claim_form_data(claim, text="Edited text", status="unverified", verdict_summary="", seen_version=seen),
    )
    assert response.status_code == 200
    assert "status: 'unverified' → 'false'" in " ".join(response.context["adminform"].form.non_field_errors())
    claim.refresh_from_db()
    assert claim.status == "false" and claim.text != "Edited text"


def test_saving_an_up_to_date_copy_bumps_the_version(editor_client):
    claim = ClaimFactory()
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    for expected in (2, 3):
        seen = opened_version(editor_client, claim)
        claim.refresh_from_db()
        assert (
            editor_client.post(url, claim_form_data(claim, text=f"Wording {expected}", seen_version=seen)).status_code
            == 302
        )
        claim.refresh_from_db()
        assert claim.version == expected


def test_workflow_steps_bump_the_version(editor):
    from tests.factories import publish

    claim = publish(ClaimFactory(), editor=editor)
    assert claim.version == 3  # verdict set, then published
    services.claim_unpublish(claim=claim, user=editor, reason="Check again")
    claim.refresh_from_db()
    assert claim.version == 4


def test_evidence_edited_meanwhile_is_not_overwritten_from_the_claim_page(editor_client, editor):
    evidence = EvidenceFactory(note="First note")
    claim = evidence.claim
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    page = editor_client.get(url)
    seen = page.context["inline_admin_formsets"][0].formset.forms[0]["seen_version"].value()
    # Someone else edits the evidence on its own page.
    other = UserFactory(username="other-editor", role="Editor")
    other_client = Client()
    other_client.force_login(other)
    evidence_url = reverse("admin:claims_evidence_change", args=[evidence.pk])
    other_client.post(
        evidence_url,
        {
            "claim": claim.pk,
            "source": evidence.source_id,
            "stance": "contradicts",
            "quote": evidence.quote,
            "note": "Second note",
            "seen_version": 1,
            "metric": "",
            "figure_value": "",
            "figure_unit": "",
            "figure_period": "",
            "figure_period_start": "",
            "figure_period_end": "",
        },
    )
    assert Evidence.objects.get(pk=evidence.pk).note == "Second note"

    data = claim_form_data(claim)
    data.update(
        {
            "evidence-TOTAL_FORMS": "1",
            "evidence-INITIAL_FORMS": "1",
            "evidence-0-id": evidence.pk,
            "evidence-0-claim": claim.pk,
            "evidence-0-stance": "corroborates",
            "evidence-0-source": evidence.source_id,
            "evidence-0-quote": evidence.quote,
            "evidence-0-note": "My note",
            "evidence-0-seen_version": seen,
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "Someone else saved this evidence" in response.content.decode()
    evidence.refresh_from_db()
    assert (evidence.note, evidence.stance) == ("Second note", "contradicts")


def test_a_claim_deleted_meanwhile_is_reported(editor_client, editor):
    claim = ClaimFactory()
    seen = opened_version(editor_client, claim)
    data = claim_form_data(claim, text="Too late", seen_version=seen)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    services.claim_delete(claim=Claim.objects.get(pk=claim.pk), user=editor)
    response = editor_client.post(url, data, follow=True)
    assert response.status_code == 200
    assert not Claim.objects.filter(pk=claim.pk).exists()
