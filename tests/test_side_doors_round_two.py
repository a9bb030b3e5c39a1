"""Findings of the second attack on the register (issue #24) that stay closed: one test each, named after the finding.

#4 the evidence race, #10 a withdrawn ref reused, #11 the independence rule on import, #12 the source 404's work,
#13 internal notes moving the public stamp, #14 a NUL byte in an uploaded article.
"""

import csv
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import services
from claims.models import Claim, ClaimEvent, Evidence, Stance, Status
from claims.services import core
from claims.services.evidence import EvidenceWriter
from csvio import importer
from csvio.resources import RESOURCES
from factregister.models import PublicChange
from tests.factories import ClaimFactory, EvidenceFactory, SourceFactory, publish, published_claim
from tests.test_contributor_routes import form_data

pytestmark = pytest.mark.django_db


def test_finding_4_evidence_checked_against_a_claim_published_between_check_and_write(contributor, editor):
    draft = ClaimFactory()
    EvidenceFactory(claim=draft, source=SourceFactory(), stance=Stance.CORROBORATES)
    writer = EvidenceWriter(user=contributor)
    late = core.Change(
        instance=Evidence(claim=draft, source=SourceFactory(), stance=Stance.CONTRADICTS, quote="Not so.")
    )
    assert core.check(writer, [late]) == {}  # a draft: the contributor may add to it
    publish(draft, editor=editor)  # an editor publishes it meanwhile
    evidence_before = Evidence.objects.filter(claim=draft).count()
    with pytest.raises(core.Refused) as refused:
        core.apply(writer, [late])
    assert "only an editor can change it" in str(refused.value.problems[late])
    assert Evidence.objects.filter(claim=draft).count() == evidence_before
    assert not ClaimEvent.objects.filter(claim=draft, kind=ClaimEvent.Kind.UPDATE).exists()


def test_finding_10_a_withdrawn_then_deleted_claims_ref_is_not_given_again(client, editor):
    withdrawn = published_claim(editor=editor, ref="withdrawn-then-deleted")
    services.claim_unpublish(claim=withdrawn, user=editor, reason="Published too early.")
    services.claim_delete(claim=withdrawn, user=editor, reason="A duplicate.")
    newcomer = Claim(article=SourceFactory(), visit=withdrawn.visit, speaker="S", text="T", quote="Q")
    newcomer.ref = "withdrawn-then-deleted"
    with pytest.raises(ValidationError, match="withdrawn-then-deleted"):
        services.claim_create(claim=newcomer, user=editor)
    assert not Claim.objects.filter(ref="withdrawn-then-deleted").exists()
    refs = [row["ref"] for row in client.get("/api/v1/withdrawals/").json()["results"]]
    assert "withdrawn-then-deleted" in refs


def _exported_row(evidence) -> tuple[list[str], dict]:
    text = RESOURCES["evidence"]().export(queryset=Evidence.objects.filter(pk=evidence.pk)).csv
    reader = csv.DictReader(io.StringIO(text))
    (row,) = list(reader)
    return list(reader.fieldnames or []), row


def test_finding_11_an_editors_evidence_import_keeps_a_published_verdict_corroborated(editor):
    article = SourceFactory(origin="presidency-readout")
    claim = ClaimFactory(article=article)
    independent = EvidenceFactory(claim=claim, source=SourceFactory(), stance=Stance.CORROBORATES)
    publish(claim, editor=editor, status=Status.VERIFIED)
    header, row = _exported_row(independent)
    # The one independent source turned into context: the verdict would stand on its own article alone.
    row.update(stance=Stance.CONTEXT, change_note="Only background after all.")
    if "change_note" not in header:
        header.append("change_note")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerow(row)
    before = list(Evidence.objects.order_by("pk").values())
    report = importer.import_file("evidence", out.getvalue().encode(), user=editor)
    assert not report.ok
    assert [error.row for error in report.errors] == [2]
    assert "would lose its last evidence" in report.errors[0].message
    assert list(Evidence.objects.order_by("pk").values()) == before


def _queries(client, address: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(address).status_code == 404
    return len(captured.captured_queries)


@pytest.mark.parametrize("address", ["/sources/{ref}/", "/api/v1/sources/{ref}/"])
def test_finding_12_a_hidden_source_404_does_the_work_of_a_missing_one(client, address):
    hidden = SourceFactory(ref="only-a-draft-cites-it")
    ClaimFactory(article=hidden)
    client.get(address.format(ref="warm-up"))  # the stamp and the connection, once
    assert _queries(client, address.format(ref=hidden.ref)) == _queries(client, address.format(ref="nobody-has-it"))


def test_finding_13_a_contributor_editing_a_public_sources_notes_moves_no_public_header(
    client, editor, contributor_client
):
    claim = published_claim(editor=editor)
    source = claim.article
    page = claim.get_absolute_url()
    before = client.get(page)
    changes = PublicChange.objects.count()
    url = reverse("admin:sources_source_change", args=[source.pk])
    data = form_data(contributor_client.get(url))
    data["notes"] = "Checked the byline with the desk."
    response = contributor_client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    source.refresh_from_db()
    assert source.notes == "Checked the byline with the desk."
    assert PublicChange.objects.count() == changes
    after = client.get(page, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 304
    assert after["Last-Modified"] == before["Last-Modified"]


def test_finding_14_a_txt_article_with_a_nul_byte_is_refused_with_a_message(editor_client):
    source = SourceFactory()
    upload = SimpleUploadedFile("article.txt", b"Tokayev met Pezeshkian.\x00", content_type="text/plain")
    response = editor_client.post(
        "/admin/sources/articlecopy/add/", {"source": source.pk, "paste": "", "fetch": "", "upload": upload}
    )
    assert response.status_code == 200
    assert "NUL character" in response.content.decode()
    assert not source.copies.exists() if hasattr(source, "copies") else True
