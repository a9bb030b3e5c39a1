"""Nothing a reader once saw disappears without a public note: withdrawals, corrections, updates stay on record."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from claims import services
from claims.models import Claim, ClaimEvent, Stance, Status
from tests.admin_helpers import claim_form_data, with_evidence
from tests.factories import ClaimFactory, EvidenceFactory, SourceFactory, published_claim

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def withdraw(claim, editor, reason="The readout it rested on was retracted by its publisher."):
    return services.claim_unpublish(claim=claim, user=editor, reason=reason)


def feed_entries(client):
    root = ET.fromstring(client.get("/feed/").content)
    return [
        (entry.findtext(f"{ATOM}title"), entry.findtext(f"{ATOM}summary") or "") for entry in root.iter(f"{ATOM}entry")
    ]


# --- Withdrawals -------------------------------------------------------------------------------
def test_a_withdrawn_claims_address_says_what_was_withdrawn_when_and_why(client, editor):
    claim = published_claim(editor=editor, text="Trade grew by forty percent in ten months")
    services.claim_set_verdict(
        claim=claim,
        user=editor,
        status=Status.PARTLY_VERIFIED,
        verdict_summary="Ten months, not twelve.",
        note="The period was ten months.",
    )
    withdraw(claim, editor)
    response = client.get(claim.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 410
    assert "Trade grew by forty percent in ten months" in html
    assert "The readout it rested on was retracted by its publisher." in html
    assert '<meta name="robots" content="noindex">' in html
    assert "application/ld+json" not in html and "ClaimReview" not in html
    # The earlier correction is kept on the record.
    assert "The period was ten months." in html and "Verdict corrected" in html


def test_a_claim_never_published_is_not_found(client):
    draft = ClaimFactory(text="Still being checked")
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get("/claims/no-such-claim/").status_code == 404


def test_a_deleted_published_claim_leaves_its_withdrawal_at_its_address(client, editor):
    claim = published_claim(editor=editor, text="A claim that was deleted after publication")
    url = claim.get_absolute_url()
    services.claim_delete(claim=claim, user=editor, reason="Logged twice by mistake.")
    response = client.get(url)
    assert response.status_code == 410
    assert b"A claim that was deleted after publication" in response.content
    assert b"Logged twice by mistake." in response.content


def test_corrections_of_a_withdrawn_claim_stay_in_the_log_and_on_the_home_page_marked_withdrawn(client, editor):
    claim = published_claim(editor=editor, text="The corrected then withdrawn claim")
    services.claim_set_verdict(
        claim=claim,
        user=editor,
        status=Status.FALSE,
        verdict_summary="Customs data contradict it.",
        note="Customs data arrived.",
    )
    withdraw(claim, editor)
    for url in ("/corrections/", "/"):
        html = client.get(url).content.decode()
        assert "The corrected then withdrawn claim" in html, url
        assert "Customs data arrived." in html, url
        assert "badge--withdrawn" in html, url
    withdrawals = client.get("/corrections/?kind=withdrawal").content.decode()
    assert "The readout it rested on was retracted" in withdrawals and "Customs data arrived." not in withdrawals


def test_the_feed_carries_a_withdrawn_entry_with_the_reason(client, editor):
    claim = published_claim(editor=editor, text="A claim the feed reports withdrawn")
    withdraw(claim, editor)
    entries = feed_entries(client)
    withdrawn = [summary for title, summary in entries if title == "Withdrawn: A claim the feed reports withdrawn"]
    assert withdrawn and "retracted by its publisher" in withdrawn[0]
    # Its publication entry stays too.
    assert any(title.startswith("Verdict: ") and "A claim the feed reports withdrawn" in title for title, _ in entries)


def test_the_withdrawals_api_gives_the_reason_and_the_title(client, editor, settings):
    claim = published_claim(editor=editor, text="Withdrawn for the API")
    withdraw(claim, editor, reason="Its only source was a copy of the article.")
    rows = client.get("/api/v1/withdrawals/").json()["results"]
    assert rows == [
        {
            "ref": claim.ref,
            "title": "Withdrawn for the API",
            "withdrawn_at": rows[0]["withdrawn_at"],
            "reason": "Its only source was a copy of the article.",
            "url": f"{settings.REGISTER_PUBLIC_URL}{claim.get_absolute_url()}",
        }
    ]


def test_a_republished_claim_comes_back_with_the_withdrawal_in_its_history(client, editor):
    claim = published_claim(editor=editor, text="Back on the register")
    withdraw(claim, editor)
    services.claim_publish(claim=claim, user=editor)
    response = client.get(claim.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Withdrawn" in html and "retracted by its publisher" in html and "Published again" in html
    assert "application/ld+json" in html
    assert client.get("/api/v1/withdrawals/").json()["results"] == []


def test_the_methodology_page_says_how_withdrawals_work(client):
    html = client.get("/methodology/").content.decode()
    assert 'id="withdrawals"' in html and "withdrawn" in html.lower()
    assert not re.search(r"\b410\b", html)  # readers are told what happens, not the status code


# --- Updates ----------------------------------------------------------------------------------
def test_changing_a_published_claims_wording_needs_a_reason_and_is_an_update_on_the_record(client, editor):
    claim = published_claim(editor=editor, text="Trade grew by fourty percent")
    with pytest.raises(Exception, match="update on the public record"):
        services.claim_update(claim=claim, user=editor, values={"text": "Trade grew by forty percent"})
    services.claim_update(
        claim=claim, user=editor, values={"text": "Trade grew by forty percent"}, change_note="Spelling."
    )
    update = ClaimEvent.objects.get(claim=claim, kind=ClaimEvent.Kind.UPDATE)
    assert update.note == "Spelling."
    assert update.changes == [
        {
            "field": "text",
            "label": "text",
            "before": "Trade grew by fourty percent",
            "after": "Trade grew by forty percent",
        }
    ]
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Updated" in page and "Trade grew by fourty percent" in page and "Spelling." in page
    log = client.get("/corrections/?kind=update").content.decode()
    assert "Spelling." in log
    assert any(title == "Updated: Trade grew by forty percent" for title, _ in feed_entries(client))


def test_an_unpublished_claim_changes_without_a_note_or_a_public_trace(editor):
    claim = ClaimFactory(text="A draft")
    services.claim_update(claim=claim, user=editor, values={"text": "A better draft"})
    assert not ClaimEvent.objects.filter(claim=claim, kind=ClaimEvent.Kind.UPDATE).exists()


def test_every_change_to_a_published_claims_evidence_is_an_update(editor):
    claim = published_claim(editor=editor)
    (first,) = claim.evidence.all()
    first.source.title = "The first report"
    first.source.save()
    other = SourceFactory(title="Customs statistics")
    with pytest.raises(Exception, match="update on the public record"):
        services.evidence_add(claim=claim, user=editor, source=other, stance=Stance.CORROBORATES, quote="Up 40%.")
    services.evidence_add(
        claim=claim, user=editor, source=other, stance=Stance.CORROBORATES, quote="Up 40%.", change_note="New data."
    )
    services.evidence_update(evidence=first, user=editor, values={"stance": Stance.CONTEXT}, change_note="Reread.")
    services.evidence_delete(evidence=first, user=editor, change_note="Superseded by the customs figures.")
    labels = [
        change["label"]
        for event in ClaimEvent.objects.filter(claim=claim, kind=ClaimEvent.Kind.UPDATE).order_by("at", "id")
        for change in event.changes
    ]
    assert labels == ["Evidence added", "Evidence from The first report: stance", "Evidence removed"]


def test_the_admin_form_asks_for_the_reason_before_changing_a_published_claim(editor_client, editor):
    claim = published_claim(editor=editor, text="The claim as published")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = with_evidence(claim_form_data(claim, text="The claim as corrected", seen_version=claim.version), claim)
    refused = editor_client.post(url, data)
    assert refused.status_code == 200
    assert "update on the public record" in str(refused.context["adminform"].form.errors["change_note"])
    assert Claim.objects.get(pk=claim.pk).text == "The claim as published"
    accepted = editor_client.post(url, {**data, "change_note": "The statement named the wrong period."})
    assert accepted.status_code == 302
    update = ClaimEvent.objects.get(claim=claim, kind=ClaimEvent.Kind.UPDATE)
    assert (
        update.note == "The statement named the wrong period."
        and update.changes[0]["after"] == "The claim as corrected"
    )


def test_the_evidence_inline_asks_for_the_claim_forms_reason(editor_client, editor):
    claim = published_claim(editor=editor)
    EvidenceFactory(claim=claim)
    first, second = claim.evidence.order_by("id")
    data = claim_form_data(claim, seen_version=claim.version)
    data.update({"evidence-TOTAL_FORMS": "2", "evidence-INITIAL_FORMS": "2"})
    for n, item in enumerate((first, second)):
        data.update(
            {
                f"evidence-{n}-id": item.pk,
                f"evidence-{n}-claim": claim.pk,
                f"evidence-{n}-stance": item.stance,
                f"evidence-{n}-source": item.source_id,
                f"evidence-{n}-quote": item.quote,
                f"evidence-{n}-note": "",
                f"evidence-{n}-seen_version": item.version,
            }
        )
    data["evidence-1-stance"] = Stance.CONTEXT
    refused = editor_client.post(reverse("admin:claims_claim_change", args=[claim.pk]), data)
    assert refused.status_code == 200 and "Note on this change" in refused.content.decode()
    data["change_note"] = "The second report only gives background."
    assert editor_client.post(reverse("admin:claims_claim_change", args=[claim.pk]), data).status_code == 302
    update = ClaimEvent.objects.get(claim=claim, kind=ClaimEvent.Kind.UPDATE)
    assert update.changes[0]["label"].endswith(": stance") and update.changes[0]["after"] == "Context"


def test_the_evidence_page_asks_for_the_reason_on_a_published_claim(editor_client, editor):
    claim = published_claim(editor=editor)
    (evidence,) = claim.evidence.all()
    url = reverse("admin:claims_evidence_change", args=[evidence.pk])
    data = {
        "claim": claim.pk,
        "source": evidence.source_id,
        "stance": Stance.CONTEXT,
        "quote": evidence.quote,
        "note": "",
        "seen_version": evidence.version,
        "metric": "",
        "figure_value": "",
        "figure_unit": "",
        "figure_period": "",
        "figure_period_start": "",
        "figure_period_end": "",
    }
    refused = editor_client.post(url, data)
    assert refused.status_code == 200 and "update on the public record" in refused.content.decode()
    # Corroboration is what keeps the verdict published: add other evidence, then reclassify this one.
    EvidenceFactory(claim=claim)
    data["seen_version"] = evidence.version
    assert editor_client.post(url, {**data, "change_note": "It gives background only."}).status_code == 302
    assert ClaimEvent.objects.filter(
        claim=claim, kind=ClaimEvent.Kind.UPDATE, note="It gives background only."
    ).exists()


def test_the_evidence_delete_page_sends_a_published_claims_evidence_to_its_claim_page(editor_client, editor):
    claim = published_claim(editor=editor)
    EvidenceFactory(claim=claim)
    evidence = claim.evidence.first()
    response = editor_client.post(
        reverse("admin:claims_evidence_delete", args=[evidence.pk]), {"post": "yes"}, follow=True
    )
    assert "needs a reason" in response.content.decode()
    assert claim.evidence.filter(pk=evidence.pk).exists()
