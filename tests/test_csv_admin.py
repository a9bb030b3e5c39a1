"""Editors import and export CSV in the admin, with a preview before anything is written."""

import csv
import io

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Claim, Visit
from sources.models import Source
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


def admin_export(client, model: str = "claims_claim") -> list[dict[str, str]]:
    """The admin's export of `model`'s list with every column ticked, as the editor's browser sends it."""
    form = client.get(reverse(f"admin:{model}_export")).context["form"]
    ticked = {name: "on" for name, field in form.fields.items() if isinstance(field, forms.BooleanField)}
    page = client.post(reverse(f"admin:{model}_export"), {"format": "0", "resource": "0", **ticked})
    body = b"".join(page.streaming_content) if page.streaming else page.content
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def as_csv(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def test_the_export_form_chooses_csv_and_offers_no_empty_format(editor_client):
    page = editor_client.get(reverse("admin:claims_claim_export"))
    field = page.context["form"].fields["format"]
    assert [label for _, label in field.choices] == ["csv", "csv (for Excel)"]
    assert '<option value="0" selected>csv</option>' in page.content.decode()


def test_admin_exports_carry_an_empty_change_note_column_where_the_import_reads_one(editor_client, editor):
    publish(ClaimFactory(ref="published"), editor=editor)
    ClaimFactory(ref="draft")
    claims = admin_export(editor_client)
    assert list(claims[0])[-1] == "change_note"
    assert {row["ref"]: row["change_note"] for row in claims} == {"published": "", "draft": ""}
    assert "change_note" in admin_export(editor_client, "claims_evidence")[0]
    assert "change_note" in admin_export(editor_client, "sources_source")[0]
    assert "change_note" not in admin_export(editor_client, "claims_visit")[0]


def test_a_one_cell_change_shows_that_cell_alone_with_its_old_and_new_value(editor_client, editor):
    """The desk's case: one verdict summary edited in an export of the claims list."""
    publish(ClaimFactory(ref="edited"), editor=editor, summary="Two sources agree.")
    ClaimFactory(ref="left-alone-1")
    ClaimFactory(ref="left-alone-2")
    rows = admin_export(editor_client)
    edited = next(row for row in rows if row["ref"] == "edited")
    edited["verdict_summary"], edited["change_note"] = "Three sources agree.", "A third source was found."

    page = upload(editor_client, as_csv(rows))
    shown = page.context["preview"]
    assert {key: shown[key] for key in ("rows", "new", "changed", "unchanged", "refused")} == {
        "rows": 3,
        "new": 0,
        "changed": 1,
        "unchanged": 2,
        "refused": 0,
    }
    (entry,) = shown["page"]
    assert entry["key"] == "edited" and entry["kind"] == "update"
    assert entry["cells"] == [["verdict_summary", "Two sources agree.", "Three sources agree."]]
    assert entry["note"] == "A third source was found."
    text = page.content.decode()
    assert "<del>Two sources agree.</del>" in text and "<ins>Three sources agree.</ins>" in text
    assert text.count('<tr class="update"') == 1 and '<tr class="skip"' not in text
    assert "left-alone-1" not in text

    every_row = editor_client.get(reverse("admin:claims_claim_import"), {"show": "all"})
    assert [entry["kind"] for entry in every_row.context["preview"]["page"]].count("skip") == 2
    assert "left-alone-1" in every_row.content.decode()
    assert '<a href="?page=1">Show only new, changed and refused rows</a>' in every_row.content.decode()

    editor_client.post(reverse("admin:claims_claim_process_import"), page.context["confirm_form"].initial)
    assert Claim.objects.get(ref="edited").verdict_summary == "Three sources agree."


def test_the_counts_come_first_and_unchanged_rows_only_on_request(editor_client, refs):
    ClaimFactory(ref="same", article=Source.objects.get(ref="irna"), visit=Visit.objects.get(ref="astana"))
    stored = admin_export(editor_client)
    same = {column: stored[0][column] for column in CLAIM_HEADER.split(",")}
    data = csv_bytes(
        CLAIM_HEADER,
        ",".join(f'"{same[column]}"' for column in CLAIM_HEADER.split(",")),
        "c-new,irna,astana,Tokayev,Trade doubles,Q,trade,unverified,,false",
        "c-wrong,irna,astana,Tokayev,T,Q,tourism,unverified,,false",
    )
    page = upload(editor_client, data)
    text = page.content.decode()
    counts = text.index('<ul class="import-counts"')
    assert counts < text.index('<table class="import-preview')
    assert "<strong>3</strong> rows" in text and "<strong>1</strong> new" in text
    assert "<strong>1</strong> unchanged" in text and "<strong>1</strong> with errors" in text
    assert [(entry["row"], entry["kind"]) for entry in page.context["preview"]["page"]] == [
        (3, "new"),
        (4, "invalid"),
    ]
    assert "<code>topic</code> “tourism”: &#x27;tourism&#x27; is not a topic here" in text
    assert "confirm_form" not in page.context
    assert page.context["form"]["import_file"] is not None  # the form to upload the corrected file
    assert 'type="file"' in text


def test_a_changed_reference_shows_the_refs_it_had_and_gets(editor_client, refs):
    ClaimFactory(ref="moved", article=Source.objects.get(ref="irna"), visit=Visit.objects.get(ref="astana"))
    SourceFactory(ref="tass")
    rows = admin_export(editor_client)
    rows[0]["article"] = "tass"
    (entry,) = upload(editor_client, as_csv(rows)).context["preview"]["page"]
    assert entry["cells"] == [["article", "irna", "tass"]]
