"""A data desk moves translations in CSV files: claim_translations.csv and visit_translations.csv.

Rows are matched on the original's ref and the language and written through the translation writers, so the
rules of the admin hold: a contributor's file drafts but cannot publish, the review is never a file's, and a
wrong row is named by row and column with nothing written.
"""

import csv
import io

import pytest
from django.core.management import call_command

from claims import services
from claims.models import ClaimTranslation, Status, TranslationStatus, VisitTranslation
from claims.services import system_user
from claims.services.translations import translation_save
from csvio import backup
from csvio import importer as importing
from tests.csv_helpers import csv_bytes, empty_register, snapshot
from tests.factories import ClaimFactory, VisitFactory, published_claim

pytestmark = pytest.mark.django_db

CLAIM_HEADER = "claim,language,status,translator,machine_assisted,text,verdict_summary,quote"
VISIT_HEADER = "visit,language,status,translator,machine_assisted,title,summary"
# The columns a file sets; the rest of an export is the writer's (version, made_from_version, outdated_at...).
SET_BY_FILE = {
    "claim_translations": CLAIM_HEADER.split(","),
    "visit_translations": VISIT_HEADER.split(","),
}


def exported(table: str) -> list[dict]:
    handle = io.BytesIO()
    backup.write_table(table, handle)
    return list(csv.DictReader(io.StringIO(handle.getvalue().decode())))


def file_rows(table: str) -> list[dict]:
    return sorted(
        ({name: row[name] for name in SET_BY_FILE[table]} for row in exported(table)),
        key=lambda row: tuple(row.values()),
    )


@pytest.fixture
def translated(editor):
    """A published claim with a reviewed Persian translation, a Russian draft and a Kazakh one in review, a
    claim still being checked with a draft, and a visit with a published Russian translation."""
    visit = VisitFactory(ref="astana-2025", title="Pezeshkian in Astana", summary="Two days of talks.")
    claim = published_claim(editor=editor, ref="trade-doubling", visit=visit, quote="Trade will double.")
    draft_claim = ClaimFactory(ref="in-review", visit=visit)
    fa = ClaimTranslation(
        claim=claim,
        language="fa",
        text="تجارت دو برابر می‌شود",
        verdict_summary="=دو منبع تأیید می‌کنند.",  # a formula character: neutralised on export, restored on import
        quote="تجارت دو برابر خواهد شد.",
        translator="The register's desk",
        machine_assisted=True,
        status=TranslationStatus.PUBLISHED,
    )
    translation_save(fa, user=editor, review=True)
    translation_save(
        ClaimTranslation(claim=claim, language="ru", text="Торговля удвоится,\nговорят", translator="Desk"),
        user=editor,
    )
    translation_save(
        ClaimTranslation(claim=claim, language="kk", text="Сауда", translator="Desk", status="review"), user=editor
    )
    translation_save(ClaimTranslation(claim=draft_claim, language="fa", text="پیش‌نویس", translator="Desk"), user=editor)
    translation_save(
        VisitTranslation(visit=visit, language="ru", title="Визит в Астану", translator="Desk", status="published"),
        user=editor,
    )
    return claim, visit


def test_an_export_names_the_original_by_ref_and_shows_what_the_writer_derived(translated, editor):
    claim, _ = translated
    rows = {row["language"]: row for row in exported("claim_translations") if row["claim"] == "trade-doubling"}
    assert set(rows) == {"fa", "ru", "kk"}
    fa = rows["fa"]
    assert fa["status"] == "published" and fa["machine_assisted"] == "true"
    assert fa["verdict_summary"].startswith("'=")  # a spreadsheet does not run it
    assert fa["made_from_version"] == str(claim.version) and fa["outdated_at"] == "" and fa["reviewed_at"]
    assert rows["ru"]["reviewed_at"] == "" and rows["ru"]["text"] == "Торговля удвоится,\nговорят"
    # No account of the desk leaves in the file.
    assert "reviewed_by" not in fa and "created_by" not in fa
    (visit_row,) = exported("visit_translations")
    assert visit_row["visit"] == "astana-2025" and visit_row["title"] == "Визит в Астану"


def test_export_then_import_into_an_empty_register_gives_the_same_rows(translated, tmp_path):
    before = {table: file_rows(table) for table in SET_BY_FILE}
    assert len(before["claim_translations"]) == 4 and len(before["visit_translations"]) == 1
    call_command("export_register", "--all", str(tmp_path))
    assert (tmp_path / "claim_translations.csv").is_file() and (tmp_path / "visit_translations.csv").is_file()
    (tmp_path / "manifest.json").unlink()  # the contract's tables, through the importer's rules
    empty_register()
    assert not ClaimTranslation.objects.exists()
    call_command("import_register", "--all", str(tmp_path))
    assert {table: file_rows(table) for table in SET_BY_FILE} == before
    # The rows were written by the writer: made from the claim as restored, current, and reviewed by nobody.
    fa = ClaimTranslation.objects.get(claim__ref="trade-doubling", language="fa")
    assert fa.made_from_version == fa.claim.version and fa.outdated_at is None and fa.reviewed_by is None
    assert fa.history.count() == 1


def test_importing_the_same_file_twice_changes_nothing(translated, editor):
    data = b"".join(exported_bytes("claim_translations"))
    before = snapshot()
    report = importing.import_file("claim_translations", data, user=editor)
    assert report.ok and report.unchanged == 4 and report.created == report.updated == 0
    assert snapshot() == before


def exported_bytes(table: str):
    handle = io.BytesIO()
    backup.write_table(table, handle)
    yield handle.getvalue()


def test_a_file_adds_and_changes_translations_through_the_writer(translated, editor):
    claim, _ = translated
    data = csv_bytes(
        CLAIM_HEADER + ",version,change_note",
        f'trade-doubling,ru,review,Desk,false,"Торговля удвоится",,,{claim.translations.get(language="ru").version},'
        "Sent for review",
        "in-review,kk,draft,Desk,true,Сауда,,,,",
    )
    report = importing.import_file("claim_translations", data, user=editor)
    assert report.ok, report.errors
    assert (report.created, report.updated) == (1, 1)
    ru = ClaimTranslation.objects.get(claim=claim, language="ru")
    assert ru.status == "review" and ru.text == "Торговля удвоится" and ru.version == 2
    kk = ClaimTranslation.objects.get(claim__ref="in-review", language="kk")
    assert kk.machine_assisted and kk.created_by == editor


def test_the_derived_columns_are_never_read_back(translated, editor):
    rows = exported("claim_translations")
    for row in rows:
        row.update(made_from_version="99", outdated_at="2020-01-01T00:00:00+00:00", reviewed_at="")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    before = snapshot()
    report = importing.import_file("claim_translations", out.getvalue().encode(), user=editor)
    assert report.ok and report.unchanged == len(rows)
    assert snapshot() == before


def refused(table, data, user) -> list[tuple[int, str, str]]:
    before = snapshot()
    report = importing.import_file(table, data, user=user)
    assert not report.ok
    assert snapshot() == before, "a refused file wrote"
    return [(e.row, e.column, e.message) for e in report.errors]


def test_bad_rows_are_named_and_nothing_is_written(translated, editor):
    errors = refused(
        "claim_translations",
        csv_bytes(
            CLAIM_HEADER,
            "in-review,ru,draft,Desk,false,Fine row,,",
            "no-such-claim,fa,draft,Desk,false,Text,,",
            "in-review,de,draft,Desk,false,Text,,",
            "in-review,kk,final,Desk,maybe,Text,,",
            "in-review,ru,draft,Desk,false,Same key again,,",
            "in-review,fa,draft,,false,,,",
        ),
        editor,
    )
    by_row = {}
    for row, column, message in errors:
        by_row.setdefault(row, []).append((column, message))
    assert by_row[3] == [("claim", "There is no claim with ref 'no-such-claim'.")]
    assert by_row[4][0][0] == "language" and "'de' is not a language here" in by_row[4][0][1]
    assert {column for column, _ in by_row[5]} == {"status", "machine_assisted"}
    assert by_row[6] == [("claim", "Row 2 has the same claim + language; each record may appear once.")]
    assert {column for column, _ in by_row[7]} == {"translator", "text"}
    assert 2 not in by_row


def test_a_contributors_file_drafts_but_cannot_publish(translated, contributor, editor):
    errors = refused(
        "claim_translations",
        csv_bytes(
            CLAIM_HEADER,
            "in-review,ru,review,Desk,false,Sent for review,,",
            "in-review,kk,published,Desk,false,Published by a contributor,,",
        ),
        contributor,
    )
    assert errors == [(3, "status", "Only an editor can publish a translation: send it for review instead.")]
    # A published translation is not a contributor's to change, from a file either.
    errors = refused(
        "claim_translations",
        csv_bytes(CLAIM_HEADER, "trade-doubling,fa,published,Desk,true,متن دیگر,=دو منبع تأیید می‌کنند.,"),
        contributor,
    )
    assert errors and all(row == 2 for row, _, _ in errors)
    assert any("Only an editor can change a published translation" in message for _, _, message in errors), errors
    # The same draft row alone goes in.
    report = importing.import_file(
        "claim_translations",
        csv_bytes(CLAIM_HEADER, "in-review,ru,review,Desk,false,Sent for review,,"),
        user=contributor,
    )
    assert report.ok and ClaimTranslation.objects.get(claim__ref="in-review", language="ru").status == "review"


def test_an_out_of_date_translation_is_not_published_again_from_a_file(translated, editor):
    claim, _ = translated
    ru = ClaimTranslation.objects.get(claim=claim, language="ru")
    services.claim_set_verdict(
        claim=claim, user=editor, status=Status.FALSE, verdict_summary="No.", note="New figures."
    )
    ru.refresh_from_db()
    assert ru.outdated_at is not None
    errors = refused(
        "claim_translations",
        csv_bytes(CLAIM_HEADER, f'trade-doubling,ru,published,Desk,false,"{ru.text}",,'),
        editor,
    )
    assert [(row, column) for row, column, _ in errors] == [(2, "status")]
    # Brought up to date in the same row, it is current again and may be published.
    report = importing.import_file(
        "claim_translations",
        csv_bytes(CLAIM_HEADER, "trade-doubling,ru,published,Desk,false,Торговля,Нет.,"),
        user=editor,
    )
    assert report.ok, report.errors
    ru.refresh_from_db()
    assert ru.outdated_at is None and ru.status == "published"


def test_a_version_exported_before_someone_changed_the_translation_is_refused(translated, editor):
    claim, _ = translated
    ru = ClaimTranslation.objects.get(claim=claim, language="ru")
    seen = ru.version
    translation_save(ru, user=editor, values={"text": "Changed meanwhile"})
    errors = refused(
        "claim_translations",
        csv_bytes(CLAIM_HEADER + ",version", f"trade-doubling,ru,draft,Desk,false,Mine,,,{seen}"),
        editor,
    )
    assert [(row, column) for row, column, _ in errors] == [(2, "version")]


def test_visit_translations_are_rows_too(translated, editor, contributor):
    report = importing.import_file(
        "visit_translations",
        csv_bytes(VISIT_HEADER, "astana-2025,fa,draft,Desk,false,سفر به آستانه,دو روز گفتگو"),
        user=contributor,
    )
    assert report.ok, report.errors
    assert VisitTranslation.objects.get(visit__ref="astana-2025", language="fa").title == "سفر به آستانه"
    errors = refused(
        "visit_translations",
        csv_bytes(VISIT_HEADER, "nowhere,fa,draft,Desk,false,Title,", "astana-2025,kk,published,Desk,false,Title,"),
        contributor,
    )
    assert [(row, column) for row, column, _ in errors] == [(2, "visit"), (3, "status")]


def test_the_commands_know_the_translation_tables(translated, tmp_path, capsys):
    path = tmp_path / "claim_translations.csv"
    call_command("export_register", "claim_translations", "--output", str(path))
    assert path.read_text(encoding="utf-8").startswith(CLAIM_HEADER + ",version,made_from_version")
    call_command("import_register", "claim_translations", str(path), "--user", system_user().username)
    assert "claim_translations: 0 created, 0 updated, 4 unchanged" in capsys.readouterr().out
