"""'Verified' means independently corroborated: a copy of the same readout does not count."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape

from claims import rules, services
from claims.models import ClaimEvent, Stance, Status
from csvio import importer
from sources.models import Origin
from tests.factories import ClaimFactory, EvidenceFactory, OriginFactory, SourceFactory

pytestmark = pytest.mark.django_db
READOUT = "presidency-2025-12-11-readout"
READOUT_LABEL = "the presidency's readout of 11 December 2025"


@pytest.fixture
def claim_on_a_readout():
    """A claim logged from one write-up of a readout, corroborated only by another write-up of it."""
    OriginFactory(key=READOUT, label=READOUT_LABEL)
    article = SourceFactory(title="First write-up of the readout", origin=READOUT)
    copy = SourceFactory(title="Second write-up of the readout", origin=READOUT)
    claim = ClaimFactory(article=article, text="The presidents signed fourteen documents")
    EvidenceFactory(claim=claim, source=copy, stance=Stance.CORROBORATES, quote="Fourteen documents were signed.")
    return claim


def verdict(claim, editor, status):
    services.claim_set_verdict(claim=claim, user=editor, status=status, verdict_summary="As the sources say.")


@pytest.mark.parametrize("status", [Status.VERIFIED, Status.PARTLY_VERIFIED])
def test_a_copy_of_the_same_readout_does_not_corroborate(claim_on_a_readout, editor, status):
    verdict(claim_on_a_readout, editor, status)
    with pytest.raises(ValidationError, match="no evidence from a source other than its own article"):
        services.claim_publish(claim=claim_on_a_readout, user=editor)
    assert rules.why_not_publishable(
        status=claim_on_a_readout.status,
        summary=claim_on_a_readout.verdict_summary,
        independence=services.independence(claim_on_a_readout),
    )


def test_an_independent_source_lets_it_be_published(claim_on_a_readout, editor):
    verdict(claim_on_a_readout, editor, Status.VERIFIED)
    EvidenceFactory(claim=claim_on_a_readout, source=SourceFactory(title="The other side's list"))
    services.claim_publish(claim=claim_on_a_readout, user=editor)
    assert claim_on_a_readout.is_published


def test_a_source_of_another_origin_is_independent(claim_on_a_readout, editor):
    verdict(claim_on_a_readout, editor, Status.VERIFIED)
    EvidenceFactory(claim=claim_on_a_readout, source=SourceFactory(origin="host-presidency-readout"))
    services.claim_publish(claim=claim_on_a_readout, user=editor)


def test_contradicting_evidence_of_the_same_origin_does_not_dispute_either(claim_on_a_readout, editor):
    claim_on_a_readout.evidence.update(stance=Stance.CONTRADICTS)
    verdict(claim_on_a_readout, editor, Status.DISPUTED)
    with pytest.raises(ValidationError, match="no evidence from a source other than its own article"):
        services.claim_publish(claim=claim_on_a_readout, user=editor)


def test_context_alone_does_not_verify(editor):
    claim = ClaimFactory()
    EvidenceFactory(claim=claim, stance=Stance.CONTEXT)
    verdict(claim, editor, Status.VERIFIED)
    with pytest.raises(ValidationError, match="needs corroborating evidence from a source independent"):
        services.claim_publish(claim=claim, user=editor)


def test_removing_the_last_independent_corroboration_is_refused(claim_on_a_readout, editor):
    independent = EvidenceFactory(claim=claim_on_a_readout, source=SourceFactory())
    verdict(claim_on_a_readout, editor, Status.VERIFIED)
    services.claim_publish(claim=claim_on_a_readout, user=editor)
    with pytest.raises(ValidationError, match="would lose its last evidence"):
        services.evidence_delete(evidence=independent, user=editor, change_note="Not needed.")
    # Nor can it be turned into a copy of the article's readout.
    with pytest.raises(ValidationError, match="would lose its last evidence"):
        services.evidence_update(
            evidence=independent, user=editor, values={"source": SourceFactory(origin=READOUT)}, change_note="Moved."
        )


def test_the_claim_page_counts_independent_sources_and_names_a_shared_origin(client, claim_on_a_readout, editor):
    EvidenceFactory(claim=claim_on_a_readout, source=SourceFactory(title="The other side's list"))
    EvidenceFactory(claim=claim_on_a_readout, source=SourceFactory(title="An agency report"), stance=Stance.CONTRADICTS)
    verdict(claim_on_a_readout, editor, Status.PARTLY_VERIFIED)
    services.claim_publish(claim=claim_on_a_readout, user=editor)
    html = client.get(claim_on_a_readout.get_absolute_url()).content.decode()
    assert "1 independent source corroborates, 1 contradicts this claim." in html
    assert f'carry the same origin (<span dir="ltr">{escape(READOUT_LABEL)}</span>)' in html
    assert READOUT not in html  # readers see the origin in words, never its key
    assert "First write-up of the readout" in html and "Second write-up of the readout" in html


def test_the_methodology_page_explains_independence(client):
    html = client.get("/methodology/").content.decode()
    assert 'id="independence"' in html and "origin" in html


def test_origin_in_the_api_and_the_sources_csv(client, editor):
    header = "ref,title,outlet,kind,url,published_on,language,origin\n"
    row = "readout-copy,A copy of the readout,,statement,,2025-12-11,en,presidency-2025-12-11-readout\n"
    report = importer.import_file("sources", (header + row).encode(), user=editor)
    assert [(error.row, error.column) for error in report.errors] == [(2, "origin")]
    assert "There is no origin with key 'presidency-2025-12-11-readout'" in report.errors[0].message
    origins = f"key,label,published_on\n{READOUT},{READOUT_LABEL},2025-12-11\n"
    assert importer.import_file("origins", origins.encode(), user=editor).ok
    report = importer.import_file("sources", (header + row).encode(), user=editor)
    assert report.ok, report.errors
    claim = ClaimFactory(article=SourceFactory())
    EvidenceFactory(claim=claim, source=SourceFactory(ref="readout-copy-cited", origin=READOUT))
    verdict(claim, editor, Status.VERIFIED)
    services.claim_publish(claim=claim, user=editor)
    rows = {row["ref"]: row for row in client.get("/api/v1/sources/").json()["results"]}
    assert rows["readout-copy-cited"]["origin"] == READOUT
    assert rows["readout-copy-cited"]["origin_label"] == READOUT_LABEL


def test_editors_pick_an_origin_by_its_label_and_add_one_in_the_admin(editor_client):
    OriginFactory(key=READOUT, label=READOUT_LABEL)
    html = editor_client.get(reverse("admin:sources_source_add")).content.decode()
    assert 'id="id_origin"' in html and "admin-autocomplete" in html
    found = editor_client.get(
        reverse("admin:autocomplete"),
        {"term": "presidency", "app_label": "sources", "model_name": "source", "field_name": "origin"},
    )
    assert [row["text"] for row in found.json()["results"]] == [READOUT_LABEL]
    response = editor_client.post(
        reverse("admin:sources_origin_add"),
        {"key": "agency-wire-2025-12-12", "label": "an agency's wire story of 12 December 2025", "published_on": ""},
    )
    assert response.status_code == 302
    assert Origin.objects.get(key="agency-wire-2025-12-12").label == "an agency's wire story of 12 December 2025"


def test_an_origin_key_stays_while_sources_carry_it(editor):
    source = SourceFactory(origin=READOUT)
    with pytest.raises(ValidationError, match="its key stays"):
        services.origin_update(origin=source.origin, user=editor, values={"key": "another-key"})
    services.origin_update(origin=source.origin, user=editor, values={"label": "the readout, in words"})
    with pytest.raises(ValidationError, match="carried by sources"):
        services.origin_delete(origin=source.origin, user=editor)
    source.refresh_from_db()
    assert source.origin.label == "the readout, in words"


# --- a published claim's new verdict needs what publishing it would need ---------------------------------
@pytest.fixture
def published_dispute(editor):
    """A published 'disputed' claim whose only independent evidence contradicts it."""
    claim = ClaimFactory(ref="fourteen-documents", text="The presidents signed fourteen documents")
    EvidenceFactory(claim=claim, source=SourceFactory(title="The other side's list"), stance=Stance.CONTRADICTS)
    services.claim_set_verdict(claim=claim, user=editor, status=Status.DISPUTED, verdict_summary="The lists differ.")
    services.claim_publish(claim=claim, user=editor)
    claim.refresh_from_db()
    return claim


def test_a_published_claim_cannot_be_re_rated_beyond_its_evidence(published_dispute, editor):
    with pytest.raises(ValidationError, match="is published and cannot take this verdict: a 'Verified' verdict needs"):
        services.claim_set_verdict(
            claim=published_dispute,
            user=editor,
            status=Status.VERIFIED,
            verdict_summary="Both lists agree.",
            note="Re-read.",
        )
    published_dispute.refresh_from_db()
    assert published_dispute.status == Status.DISPUTED
    # With independent corroboration, the same correction goes through and is on the record.
    EvidenceFactory(claim=published_dispute, source=SourceFactory(title="A third report"), stance=Stance.CORROBORATES)
    services.claim_set_verdict(
        claim=published_dispute,
        user=editor,
        status=Status.VERIFIED,
        verdict_summary="Both lists agree.",
        note="Re-read.",
    )
    assert ClaimEvent.objects.filter(claim=published_dispute, kind=ClaimEvent.Kind.CORRECTION, note="Re-read.").exists()


def test_the_admin_form_refuses_a_verdict_the_evidence_does_not_carry(editor_client, published_dispute):
    from tests.admin_helpers import claim_form_data, with_evidence

    claim = published_dispute
    data = with_evidence(
        claim_form_data(
            claim,
            status=Status.VERIFIED,
            verdict_summary="Both lists agree.",
            change_note="Re-read.",
            seen_version=claim.version,
        ),
        claim,
    )
    response = editor_client.post(reverse("admin:claims_claim_change", args=[claim.pk]), data)
    assert response.status_code == 200
    assert "cannot take this verdict" in str(response.context["adminform"].form.errors)
    claim.refresh_from_db()
    assert claim.status == Status.DISPUTED


def test_an_import_refuses_a_verdict_the_evidence_does_not_carry(published_dispute, editor):
    from tests.csv_helpers import CLAIM_HEADER, csv_bytes

    claim = published_dispute
    header = CLAIM_HEADER + ",change_note"
    row = (
        f'{claim.ref},{claim.article.ref},{claim.visit.ref},"{claim.speaker}",{claim.text},"{claim.quote}",'
        f"{claim.topic},verified,Both lists agree.,true,Re-read."
    )
    report = importer.import_file("claims", csv_bytes(header, row), user=editor)
    assert [str(e) for e in report.errors] == [
        f"row 2, column 'status': Claim '{claim.ref}' is published and cannot take this verdict: "
        "a 'Verified' verdict needs corroborating evidence from a source independent of the claim's article, "
        "and none of its independent sources corroborates it."
    ]
    claim.refresh_from_db()
    assert claim.status == Status.DISPUTED
