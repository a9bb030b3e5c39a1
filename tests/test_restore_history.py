"""Nothing lost: every change stays in history, and deleted or overwritten work can be brought back."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import Claim, ClaimEvent, Evidence
from tests.admin_helpers import claim_form_data, messages_of, with_evidence
from tests.factories import ClaimFactory, EvidenceFactory, publish

pytestmark = pytest.mark.django_db


def test_a_deleted_claim_is_restored_with_its_evidence(editor_client, editor):
    claim = publish(ClaimFactory(text="Eight documents were signed"), editor=editor)
    EvidenceFactory(claim=claim, stance="contradicts", quote="Fourteen were signed.")
    services.claim_unpublish(claim=claim, user=editor, reason="Logged twice")
    pk, ref = claim.pk, claim.ref
    services.claim_delete(claim=Claim.objects.get(pk=pk), user=editor)
    assert not Claim.objects.filter(pk=pk).exists() and not Evidence.objects.filter(claim_id=pk).exists()

    listing = editor_client.get(reverse("admin:claims_claim_deleted"))
    assert listing.status_code == 200 and ref.encode() in listing.content
    (record,) = listing.context["page"].object_list
    response = editor_client.post(reverse("admin:claims_claim_restore", args=[record.history_id]), follow=True)
    assert f"Restored claim '{ref}'" in " ".join(messages_of(response))

    restored = Claim.objects.get(pk=pk)
    assert restored.text == "Eight documents were signed" and restored.status == "verified"
    assert not restored.is_published  # publishing again is an editor's decision
    assert restored.evidence.count() == 2
    assert ClaimEvent.objects.filter(claim=restored, note__startswith="Restored").exists()
    # It can be published again through the workflow.
    services.claim_publish(claim=restored, user=editor)
    # And the list of deleted claims no longer offers it.
    assert ref.encode() not in editor_client.get(reverse("admin:claims_claim_deleted")).content


def test_restoring_twice_is_refused_clearly(editor_client, editor):
    claim = ClaimFactory()
    services.claim_delete(claim=claim, user=editor)
    record = Claim.history.get(history_type="-")
    editor_client.post(reverse("admin:claims_claim_restore", args=[record.history_id]))
    response = editor_client.post(reverse("admin:claims_claim_restore", args=[record.history_id]), follow=True)
    assert "Not restored — Claim" in " ".join(messages_of(response)) and "exists already" in " ".join(
        messages_of(response)
    )


def test_contributors_cannot_restore_claims(contributor_client, editor):
    claim = ClaimFactory()
    services.claim_delete(claim=claim, user=editor)
    record = Claim.history.get(history_type="-")
    response = contributor_client.post(reverse("admin:claims_claim_restore", args=[record.history_id]), follow=True)
    assert "Only editors may restore deleted claims" in " ".join(messages_of(response))
    assert not Claim.objects.filter(pk=claim.pk).exists()


def test_a_deleted_piece_of_evidence_is_restored(editor_client, editor):
    evidence = EvidenceFactory(note="The key passage")
    pk = evidence.pk
    services.evidence_delete(evidence=evidence, user=editor)
    listing = editor_client.get(reverse("admin:claims_evidence_deleted"))
    (record,) = listing.context["page"].object_list
    editor_client.post(reverse("admin:claims_evidence_restore", args=[record.history_id]))
    assert Evidence.objects.get(pk=pk).note == "The key passage"


def test_restore_urls_take_only_post(editor_client):
    assert editor_client.get(reverse("admin:claims_claim_restore", args=[1])).status_code == 405


def test_revert_restores_wording_but_not_the_verdict_or_publication(editor_client, editor):
    claim = ClaimFactory(text="Original wording")
    first_version = claim.history.earliest()
    publish(claim, editor=editor)
    claim.refresh_from_db()
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    page = editor_client.get(url)
    seen = page.context["adminform"].form["seen_version"].value()
    # A published claim's wording changes only with a reason: it is an update on the public record.
    overwrite = claim_form_data(claim, text="Overwritten wording", seen_version=seen, change_note="Reworded.")
    editor_client.post(url, with_evidence(overwrite, claim))
    claim.refresh_from_db()
    assert claim.text == "Overwritten wording"

    revert_url = reverse("admin:claims_claim_simple_history", args=[claim.pk, first_version.history_id])
    form_page = editor_client.get(revert_url)
    form = form_page.context["adminform"].form
    assert form["text"].value() == "Original wording"
    assert form["status"].value() == "verified"  # the live verdict, not the old 'unverified'
    data = claim_form_data(
        claim, text="Original wording", seen_version=form["seen_version"].value(), change_note="Back to the original."
    )
    data["_save"] = "Save"
    response = editor_client.post(revert_url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    claim.refresh_from_db()
    assert claim.text == "Original wording"
    assert claim.is_published and claim.status == "verified"
    assert claim.history.count() >= 5  # created, verdict, published, overwritten, reverted
