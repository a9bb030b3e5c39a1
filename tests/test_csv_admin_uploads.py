"""The admin import's waiting files: only the session that uploaded one can confirm it, nothing else on
disk is ever named by the browser, previews left behind go, and a long file gives short pages."""

import os
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import NoReverseMatch, reverse

from claims.models import Claim
from csvio import preview, uploads
from tests.csv_helpers import CLAIM_HEADER, csv_bytes, snapshot
from tests.factories import SourceFactory, UserFactory, VisitFactory

pytestmark = pytest.mark.django_db

NOT_WAITING = "This import is not waiting for you"


@pytest.fixture(autouse=True)
def waiting_dir(settings, tmp_path) -> Path:
    settings.IMPORT_UPLOADS_DIR = str(tmp_path / "waiting")
    return tmp_path / "waiting"


@pytest.fixture
def refs():
    VisitFactory(ref="astana")
    SourceFactory(ref="irna")


def claims_file(*refs: str) -> bytes:
    lines = [f"{ref},irna,astana,Tokayev,Trade {ref},“Q”,trade,unverified,,false" for ref in refs]
    return csv_bytes(CLAIM_HEADER, *lines)


def upload(client, data: bytes, url="admin:claims_claim_import"):
    return client.post(
        reverse(url),
        {"format": "0", "resource": "0", "import_file": SimpleUploadedFile("claims.csv", data, "text/csv")},
    )


def confirm(client, data: dict, url="admin:claims_claim_process_import"):
    return client.post(reverse(url), data, follow=True)


def waiting(folder: Path) -> list[str]:
    """The files waiting for Confirm (their previews, kept beside them, are not counted)."""
    return sorted(p.name for p in everything(folder) if p.suffix != uploads.PREVIEW_SUFFIX)


def everything(folder: Path) -> list[Path]:
    return sorted(folder.iterdir()) if folder.exists() else []


def test_the_confirm_form_carries_a_token_not_a_file_name(editor_client, refs, waiting_dir):
    page = upload(editor_client, claims_file("c1"))
    form = page.context["confirm_form"]
    assert list(form.fields) == ["token"]
    assert waiting(waiting_dir) == [form.initial["token"]]
    assert b"import_file_name" not in page.content


@pytest.mark.parametrize("field", ["token", "import_file_name"])
def test_a_forged_name_at_confirm_is_refused_and_no_file_is_read_or_removed(editor_client, refs, waiting_dir, field):
    waiting_dir.mkdir()
    victim = waiting_dir / "0123456789abcdef0123456789abcdef"
    victim.write_text("secret,header\n")
    before = snapshot()
    page = confirm(editor_client, {field: victim.name, "format": "0", "original_file_name": "claims.csv"})
    assert page.status_code == 200
    assert page.redirect_chain[-1][0] == reverse("admin:claims_claim_import")
    assert NOT_WAITING in page.content.decode()
    assert b"secret" not in page.content
    assert victim.read_text() == "secret,header\n"
    assert snapshot() == before


@pytest.mark.parametrize("sent", [{}, {"token": ""}, {"token": "../../etc/passwd"}, {"token": "تهران"}])
def test_a_confirm_without_a_token_or_with_a_strange_one_is_a_message_not_a_500(editor_client, refs, sent):
    upload(editor_client, claims_file("c1"))
    page = confirm(editor_client, sent)
    assert page.status_code == 200
    assert NOT_WAITING in page.content.decode()
    assert not Claim.objects.exists()


def test_another_editors_token_is_refused_and_the_owner_can_still_confirm(editor_client, refs, waiting_dir):
    token = upload(editor_client, claims_file("c1")).context["confirm_form"].initial["token"]
    other = Client()
    other.force_login(UserFactory(username="other-editor", role="Editor"))
    page = confirm(other, {"token": token})
    assert NOT_WAITING in page.content.decode()
    assert waiting(waiting_dir) == [token]
    assert not Claim.objects.exists()

    done = confirm(editor_client, {"token": token})
    assert done.redirect_chain[-1][0] == reverse("admin:claims_claim_changelist")
    assert Claim.objects.get().ref == "c1"
    assert waiting(waiting_dir) == []


def test_the_same_editor_in_another_session_cannot_confirm(editor, editor_client, refs, waiting_dir):
    token = upload(editor_client, claims_file("c1")).context["confirm_form"].initial["token"]
    elsewhere = Client()
    elsewhere.force_login(editor)
    assert NOT_WAITING in confirm(elsewhere, {"token": token}).content.decode()
    assert waiting(waiting_dir) == [token] and not Claim.objects.exists()


def test_a_token_is_for_its_own_table_only(editor_client, refs, waiting_dir):
    token = upload(editor_client, claims_file("c1")).context["confirm_form"].initial["token"]
    page = confirm(editor_client, {"token": token}, url="admin:claims_visit_process_import")
    assert NOT_WAITING in page.content.decode()
    assert waiting(waiting_dir) == [token]


def test_a_token_confirms_once(editor_client, refs):
    token = upload(editor_client, claims_file("c1")).context["confirm_form"].initial["token"]
    confirm(editor_client, {"token": token})
    again = confirm(editor_client, {"token": token})
    assert NOT_WAITING in again.content.decode()
    assert Claim.objects.count() == 1


def test_cancel_removes_the_file_and_writes_nothing(editor_client, refs, waiting_dir):
    token = upload(editor_client, claims_file("c1")).context["confirm_form"].initial["token"]
    page = confirm(editor_client, {"token": token, "cancel": "Cancel"})
    assert page.redirect_chain[-1][0] == reverse("admin:claims_claim_changelist")
    assert "The import was cancelled; nothing was written." in page.content.decode()
    assert everything(waiting_dir) == [] and not Claim.objects.exists()
    assert NOT_WAITING in confirm(editor_client, {"token": token}).content.decode()


def test_a_new_upload_replaces_the_one_waiting(editor_client, refs, waiting_dir):
    first = upload(editor_client, claims_file("c1")).context["confirm_form"].initial["token"]
    second = upload(editor_client, claims_file("c2")).context["confirm_form"].initial["token"]
    assert waiting(waiting_dir) == [second]
    assert NOT_WAITING in confirm(editor_client, {"token": first}).content.decode()
    confirm(editor_client, {"token": second})
    assert list(Claim.objects.values_list("ref", flat=True)) == ["c2"]


def test_a_preview_with_problems_keeps_no_file_only_its_preview(editor_client, refs, waiting_dir):
    upload(editor_client, claims_file("c1"))
    page = upload(editor_client, csv_bytes(CLAIM_HEADER, "c2,nowhere,astana,T,T,Q,trade,unverified,,false"))
    assert page.context["result"].has_validation_errors()
    assert waiting(waiting_dir) == []
    assert [p.suffix for p in everything(waiting_dir)] == [uploads.PREVIEW_SUFFIX]
    assert NOT_WAITING in confirm(editor_client, {"token": everything(waiting_dir)[0].stem}).content.decode()
    assert not Claim.objects.exists()


def test_previews_nobody_confirmed_go_after_an_hour(editor_client, refs, waiting_dir):
    waiting_dir.mkdir()
    abandoned, recent = waiting_dir / ("a" * 32), waiting_dir / ("b" * 32)
    abandoned.write_bytes(b"ref\n")
    recent.write_bytes(b"ref\n")
    hours_ago = time.time() - uploads.MAX_AGE_SECONDS - 60
    os.utime(abandoned, (hours_ago, hours_ago))
    assert editor_client.get(reverse("admin:claims_claim_import")).status_code == 200
    assert waiting(waiting_dir) == [recent.name]
    os.utime(recent, (hours_ago, hours_ago))
    token = upload(editor_client, claims_file("c1")).context["confirm_form"].initial["token"]
    assert waiting(waiting_dir) == [token]


def test_a_confirm_after_the_file_was_cleared_asks_for_the_file_again(editor_client, refs, waiting_dir):
    token = upload(editor_client, claims_file("c1")).context["confirm_form"].initial["token"]
    (waiting_dir / token).unlink()
    page = confirm(editor_client, {"token": token})
    assert "The preview waited more than 60 minutes and was cleared." in page.content.decode()
    assert not Claim.objects.exists()


def test_a_long_file_gives_pages_of_a_hundred_rows_and_imports_whole(editor_client, refs):
    rows = preview.PAGE_ROWS + 50
    page = upload(editor_client, claims_file(*(f"c{n}" for n in range(rows))))
    assert page.content.count(b'<tr class="new"') == preview.PAGE_ROWS
    assert page.context["preview"]["new"] == rows
    text = page.content.decode()
    assert f"1–{preview.PAGE_ROWS} of {rows}, page 1 of 2." in text
    assert '<a href="?page=2" rel="next">Next page</a>' in text

    second = editor_client.get(reverse("admin:claims_claim_import"), {"page": 2})
    assert second.content.count(b'<tr class="new"') == 50
    assert b"<td>2</td>" not in second.content and f"<td>{rows + 1}</td>".encode() in second.content
    assert f"{preview.PAGE_ROWS + 1}–{rows} of {rows}, page 2 of 2." in second.content.decode()
    confirm(editor_client, second.context["confirm_form"].initial)
    assert Claim.objects.count() == rows


def test_every_wrong_row_is_listed_a_page_at_a_time(editor_client, refs, monkeypatch):
    monkeypatch.setattr(preview, "PAGE_ROWS", 3)
    wrong = [f"c{n},nowhere,astana,T,T,Q,trade,unverified,,false" for n in range(5)]
    page = upload(editor_client, csv_bytes(CLAIM_HEADER, *wrong))
    assert [entry["row"] for entry in page.context["preview"]["page"]] == [2, 3, 4]
    assert "5 of 5 rows have problems; nothing was written." in page.content.decode()
    second = editor_client.get(reverse("admin:claims_claim_import"), {"page": 2})
    assert [entry["row"] for entry in second.context["preview"]["page"]] == [5, 6]
    assert "There is no source with ref &#x27;nowhere&#x27;." in second.content.decode()
    assert "confirm_form" not in second.context


def test_a_page_of_a_preview_nobody_uploaded_asks_for_the_file(editor_client, refs):
    page = editor_client.get(reverse("admin:claims_claim_import"), {"page": 2}, follow=True)
    assert "No import preview is waiting for you here" in page.content.decode()
    assert "preview" not in page.context and "confirm_form" not in page.context


def test_another_tables_import_page_does_not_show_this_preview(editor_client, refs):
    upload(editor_client, claims_file("c1"))
    page = editor_client.get(reverse("admin:claims_visit_import"), {"page": 1})
    assert "preview" not in page.context


def test_a_list_without_a_transfer_has_no_buttons_and_no_import_address(editor_client):
    page = editor_client.get(reverse("admin:claims_claimevent_changelist"))
    assert b"import_link" not in page.content and b"export_link" not in page.content
    with pytest.raises(NoReverseMatch):
        reverse("admin:claims_claimevent_import")


def test_a_contributor_sees_export_but_no_import_on_visits(contributor_client):
    page = contributor_client.get(reverse("admin:claims_visit_changelist"))
    assert reverse("admin:claims_visit_export").encode() in page.content
    assert reverse("admin:claims_visit_import").encode() not in page.content
