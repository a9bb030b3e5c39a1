"""Files built to hurt the import: a header of 100,000 columns, a NUL byte deep in the file, two imports at once.

Each is refused with a message that names what is wrong (and where), writes nothing,
and never reaches the desk as a traceback or a server error.
"""

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest
import tablib
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from claims.models import Claim
from csvio import importer
from csvio.resources import ClaimResource
from tests.csv_helpers import CLAIM_HEADER, csv_bytes, snapshot
from tests.factories import SourceFactory, VisitFactory

BASE_DIR = Path(__file__).resolve().parent.parent
WAIT = 120  # seconds: the most any step of the concurrent import may take


@pytest.fixture
def refs(db):
    VisitFactory(ref="astana")
    SourceFactory(ref="irna")


def claim_line(n: int, text: str = "") -> str:
    return f"c{n},irna,astana,Tokayev,{text or f'Trade reaches {n} million'},“Quote {n}”,trade,unverified,,false"


def upload(client, data: bytes):
    return client.post(
        reverse("admin:claims_claim_import"),
        {"format": "0", "resource": "0", "import_file": SimpleUploadedFile("claims.csv", data, "text/csv")},
    )


# --- A very wide header (item 13) ------------------------------------------------------------
def wide(columns: int) -> bytes:
    """A header of `columns` distinct names and one row under it."""
    return (",".join(f"column_{n}" for n in range(columns)) + "\n" + "x," * (columns - 1) + "x\n").encode()


def test_a_header_of_100000_distinct_columns_is_refused_with_a_message_a_person_can_read(refs, editor):
    before = snapshot()
    report = importer.import_file("claims", wide(100_000), user=editor)
    assert report.file_error.startswith("The header row is wrong: missing columns 'ref', 'article', 'visit'")
    assert "unknown columns 'column_0', 'column_1'" in report.file_error
    assert "'column_9' and 99,990 more" in report.file_error
    assert "column_10'" not in report.file_error
    assert len(report.file_error) < 1000
    assert snapshot() == before


def test_repeated_columns_are_each_named_once(refs, editor):
    header = CLAIM_HEADER + ",text,text,quote"
    report = importer.import_file("claims", csv_bytes(header), user=editor)
    assert "repeated columns 'quote', 'text'." in report.file_error


def test_the_admin_refuses_a_100000_column_header_on_its_preview(editor_client, refs):
    page = upload(editor_client, wide(100_000))
    assert page.status_code == 200
    (row,) = page.context["result"].invalid_rows
    (message,) = row.non_field_specific_errors
    assert "and 99,990 more" in message and len(message) < 1000
    assert len(page.content) < 100_000  # the preview does not lay out the file's 100,000 columns
    assert not Claim.objects.exists()


# --- A NUL byte anywhere (item 15) -----------------------------------------------------------
def with_nul_deep_in_it() -> tuple[bytes, int]:
    """A claims file of more than 64 KB whose last row holds a NUL in its text; and that row's number."""
    lines = [CLAIM_HEADER] + [claim_line(n) for n in range(1, 1500)]
    lines.append(claim_line(1500, text="Trade reaches\x00 a record"))
    data = csv_bytes(*lines)
    assert data.index(b"\x00") > 65536
    return data, len(lines)


@pytest.mark.parametrize("dry_run", [True, False], ids=["dry-run", "import"])
def test_a_nul_byte_after_the_first_64_kb_is_found_naming_row_and_column(refs, editor, dry_run):
    data, last_row = with_nul_deep_in_it()
    before = snapshot()
    report = importer.import_file("claims", data, user=editor, dry_run=dry_run)
    assert not report.ok
    assert report.file_error == (
        f"This is not a CSV text file: it contains binary data (a NUL byte in row {last_row}, column 'text'). "
        "Export the sheet as 'CSV UTF-8' and import it again."
    )
    assert snapshot() == before


def test_the_import_command_refuses_a_nul_byte_deep_in_the_file_without_a_traceback(refs, tmp_path, capsys):
    from django.core.management import CommandError, call_command

    data, last_row = with_nul_deep_in_it()
    path = tmp_path / "claims.csv"
    path.write_bytes(data)
    with pytest.raises(CommandError):
        call_command("import_register", "claims", str(path))
    assert f"a NUL byte in row {last_row}, column 'text'" in capsys.readouterr().err
    assert not Claim.objects.exists()


def test_a_nul_byte_in_a_quoted_cell_spanning_lines_names_the_row_not_the_line(refs, editor):
    data = csv_bytes(CLAIM_HEADER, claim_line(1, text='"Trade\nreaches\nthree"'), claim_line(2, text="x\x00"))
    report = importer.import_file("claims", data, user=editor)
    assert "a NUL byte in row 3, column 'text'" in report.file_error


def test_a_utf16_file_is_called_binary_at_its_first_cell(refs, editor):
    report = importer.import_file("claims", csv_bytes(CLAIM_HEADER).decode().encode("utf-16-le"), user=editor)
    assert "it contains binary data (a NUL byte in row 1, column 1)" in report.file_error


def test_the_admin_preview_refuses_a_nul_byte_deep_in_the_file(editor_client, refs):
    data, last_row = with_nul_deep_in_it()
    page = upload(editor_client, data)
    assert page.status_code == 200
    assert f"a NUL byte in row {last_row}, column &#x27;text&#x27;".encode() in page.content
    assert not Claim.objects.exists()


def test_rows_handed_to_the_resource_with_a_nul_are_refused_by_row_and_column(refs, editor):
    """The resource's own check, for rows that reach it without the upload form (the confirm step)."""
    dataset = tablib.Dataset(headers=CLAIM_HEADER.split(","))
    dataset.append(claim_line(1).split(","))
    dataset.append(claim_line(2, text="bin\x00ary").split(","))
    before = snapshot()
    result = ClaimResource().import_data(dataset, dry_run=False, user=editor)
    (row,) = result.invalid_rows
    assert row.number == 3
    assert list(row.field_specific_errors) == ["text"]
    assert "NUL byte" in row.field_specific_errors["text"][0]
    assert snapshot() == before


# --- Two imports of the same new claims at once (item 15) ---------------------------------------
ROWS = 40


def database_url() -> str:
    settings = connection.settings_dict
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    where = f"{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"
    return f"postgres://{settings['USER']}{password}@{where}/{settings['NAME']}"


def raw_connection() -> psycopg.Connection:
    settings = connection.settings_dict
    return psycopg.connect(
        dbname=settings["NAME"],
        host=settings["HOST"] or "127.0.0.1",
        port=settings["PORT"] or 5432,
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
    )


def waiting_on_locks(watcher: psycopg.Connection) -> int:
    return watcher.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
    ).fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_two_imports_of_the_same_new_claims_at_once_one_writes_the_other_says_so(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL): the test holds both imports at the write with a table lock")
    VisitFactory(ref="astana")
    SourceFactory(ref="irna")
    path = tmp_path / "claims.csv"
    path.write_bytes(csv_bytes(CLAIM_HEADER, *(claim_line(n) for n in range(ROWS))))
    env = {k: v for k, v in os.environ.items() if k not in ("SQLITE_PATH", "DJANGO_SETTINGS_MODULE")}
    env.update(DATABASE_URL=database_url(), DEBUG="true", LOG_LEVEL="WARNING")

    # Hold new claims back (reads go on) until both imports have checked the file and wait to write.
    gate, watcher = raw_connection(), raw_connection()
    watcher.autocommit = True
    gate.execute("LOCK TABLE claims_claim IN SHARE MODE")
    imports = [
        subprocess.Popen(
            [sys.executable, "manage.py", "import_register", "claims", str(path)],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        deadline = time.monotonic() + WAIT
        while waiting_on_locks(watcher) < 2:
            ended = [p for p in imports if p.poll() is not None]
            assert not ended, "an import ended before it reached the write:\n" + "".join(
                p.communicate()[1][-2000:] for p in ended
            )
            assert time.monotonic() < deadline, "the imports never reached the write"
            time.sleep(0.05)
        gate.rollback()
        done = [(p.wait(timeout=WAIT), *p.communicate()) for p in imports]
    finally:
        for process in imports:
            if process.poll() is None:
                process.kill()
        gate.close()
        watcher.close()

    (winner,) = [d for d in done if d[0] == 0]
    (loser,) = [d for d in done if d[0] != 0]
    assert f"claims: {ROWS} created, 0 updated" in winner[1]
    returncode, out, err = loser
    assert "Traceback" not in out + err, err[-3000:]
    assert returncode == 1
    assert (
        "claims: nothing was written: another import created these rows at the same time "
        f"(rows 2, 3, 4, 5, 6 and {ROWS - 5} more); import again to update them." in out
    )
    assert "CommandError: The import failed; nothing was written. Import the file again." in err
    assert "Traceback" not in out + err
    assert Claim.objects.count() == ROWS
    assert Claim.history.count() == ROWS  # one creation each: the loser left nothing behind


@pytest.mark.django_db(transaction=True)
def test_two_editors_confirming_the_same_new_claims_at_once_the_loser_gets_a_message_not_a_500(editor):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL): the test holds both imports at the write with a table lock")
    VisitFactory(ref="astana")
    SourceFactory(ref="irna")
    data = csv_bytes(CLAIM_HEADER, *(claim_line(n) for n in range(ROWS)))
    desks = [Client(), Client()]
    confirms = []
    for desk in desks:
        desk.force_login(editor)
        preview = upload(desk, data)
        assert not preview.context["result"].has_validation_errors()
        confirms.append(preview.context["confirm_form"].initial)

    answers: dict[int, object] = {}

    def confirm(n: int) -> None:
        try:
            answers[n] = desks[n].post(reverse("admin:claims_claim_process_import"), confirms[n])
        finally:
            connections.close_all()

    gate, watcher = raw_connection(), raw_connection()
    watcher.autocommit = True
    gate.execute("LOCK TABLE claims_claim IN SHARE MODE")
    threads = [threading.Thread(target=confirm, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    try:
        deadline = time.monotonic() + WAIT
        while waiting_on_locks(watcher) < 2:
            assert time.monotonic() < deadline, "the imports never reached the write"
            time.sleep(0.05)
    finally:
        gate.rollback()
        gate.close()
        watcher.close()
        for thread in threads:
            thread.join(WAIT)

    said = sorted(
        (message.level_tag, message.message)
        for answer in answers.values()
        for message in get_messages(answer.wsgi_request)
    )
    assert [answer.status_code for answer in answers.values()] == [302, 302]
    assert said == [
        (
            "error",
            "Nothing was written: another import created these rows at the same time "
            f"(rows 2, 3, 4, 5, 6 and {ROWS - 5} more); import again to update them.",
        ),
        ("success", f"Import finished: {ROWS} new, 0 updated, 0 deleted and 0 skipped claims."),
    ]
    assert Claim.objects.count() == ROWS
    assert Claim.history.count() == ROWS
