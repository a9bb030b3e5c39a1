"""Editors import and export CSV in the admin, with a preview before anything is written."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Claim
from tests.csv_helpers import CLAIM_HEADER, csv_bytes, snapshot
from tests.factories import ClaimFactory, SourceFactory, VisitFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def refs():
    VisitFactory(ref="astana")
    SourceFactory(ref="irna")


def upload(client, data: bytes, url="admin:claims_claim_import"):
    return client.post(
        reverse(url),
        {"format": "0", "resource": "0", "import_file": SimpleUploadedFile("claims.csv", data, "text/csv")},
    )


@pytest.mark.parametrize(
    "model", ["claims_visit", "claims_claim", "claims_evidence", "sources_outlet", "sources_source"]
)
def test_every_register_list_has_import_and_export_buttons(editor_client, model):
    page = editor_client.get(reverse(f"admin:{model}_changelist"))
    assert reverse(f"admin:{model}_import").encode() in page.content
    assert reverse(f"admin:{model}_export").encode() in page.content


def test_the_preview_shows_new_rows_and_writes_nothing_until_confirmed(editor_client, refs):
    data = csv_bytes(CLAIM_HEADER, "c1,irna,astana,Tokayev,Trade doubles,“Quote”,trade,unverified,,false")
    page = upload(editor_client, data)
    assert page.status_code == 200
    assert b"confirm_form" in page.content or b"Confirm import" in page.content
    assert b"Trade doubles" in page.content and b"New" in page.content
    assert not Claim.objects.exists()
    confirm = page.context["confirm_form"]
    done = editor_client.post(reverse("admin:claims_claim_process_import"), confirm.initial)
    assert done.status_code == 302
    assert Claim.objects.get().ref == "c1"


def test_the_preview_lists_every_wrong_row_with_its_column(editor_client, refs):
    data = csv_bytes(
        CLAIM_HEADER,
        "c1,irna,astana,Tokayev,T,Q,tourism,unverified,,false",
        "c2,nowhere,astana,Tokayev,T,Q,trade,unverified,,false",
    )
    before = snapshot()
    page = upload(editor_client, data)
    invalid = page.context["result"].invalid_rows
    assert [(row.number, dict(row.field_specific_errors)) for row in invalid] == [
        (2, {"topic": [invalid[0].error_dict["topic"][0]]}),
        (3, {"article": ["There is no source with ref 'nowhere'."]}),
    ]
    assert "'tourism' is not a topic here" in invalid[0].error_dict["topic"][0]
    assert "confirm_form" not in page.context
    assert b"Traceback" not in page.content
    assert snapshot() == before


def test_a_wrong_header_is_shown_as_a_message_not_a_traceback(editor_client, refs):
    page = upload(editor_client, csv_bytes("ref,article,visit,speakr", "c1,irna,astana,Tokayev"))
    (row,) = page.context["result"].invalid_rows
    assert row.number == 1
    assert "missing columns 'speaker'" in row.non_field_specific_errors[0]
    assert b"Traceback" not in page.content


def test_a_file_that_is_not_utf8_is_refused_on_the_form(editor_client):
    page = upload(editor_client, "ref\nCaf\u00e9\n".encode("latin-1"))
    assert "The file is not UTF-8 text" in page.context["form"].errors["import_file"][0]


def test_a_contributor_importing_a_verdict_is_refused_row_by_row(contributor_client, refs):
    data = csv_bytes(CLAIM_HEADER, "c1,irna,astana,Tokayev,T,Q,trade,verified,Agreed,false")
    page = upload(contributor_client, data)
    (row,) = page.context["result"].invalid_rows
    assert row.error_dict == {"status": ["You may not set the status 'Verified': only editors set verdicts."]}
    assert not Claim.objects.exists()


def test_export_takes_the_current_filtered_list(editor_client, editor):
    publish(ClaimFactory(ref="shown", topic="energy"), editor=editor)
    ClaimFactory(ref="hidden", topic="trade")
    admin_export = reverse("admin:claims_claim_export") + "?topic__exact=energy"
    page = editor_client.post(
        admin_export,
        {
            "format": "0",
            "resource": "0",
            **{f"claimresource_{name}": "on" for name in ["ref", "text", "topic", "status", "is_published"]},
        },
    )
    body = b"".join(page.streaming_content) if page.streaming else page.content
    assert b"shown" in body and b"hidden" not in body
