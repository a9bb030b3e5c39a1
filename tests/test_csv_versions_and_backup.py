"""CSV edits never overwrite newer work, and a backup carries metrics, follow-ups and repeat links."""

import csv
import datetime
import io

import pytest
from django.core.management import call_command

from claims import services
from claims.models import Claim, Evidence, FollowUp
from csvio import importer as importing
from tests.csv_helpers import empty_register, snapshot
from tests.factories import ClaimFactory, EvidenceFactory, MetricFactory, SourceFactory, VisitFactory, publish

pytestmark = pytest.mark.django_db


def exported(model: str) -> list[dict]:
    out = io.StringIO()
    call_command("export_register", model, stdout=out)
    return list(csv.DictReader(io.StringIO(out.getvalue().lstrip("\ufeff"))))


def as_csv(rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode()


def test_exports_carry_the_version(editor):
    claim = ClaimFactory(ref="carried")
    services.claim_set_verdict(claim=claim, user=editor, status="in_review")
    (row,) = exported("claims")
    assert row["version"] == "2"


def test_an_edit_made_on_an_old_export_is_refused(editor):
    ClaimFactory(ref="shared", text="First wording")
    rows = exported("claims")
    # Someone changes the claim after the file was exported...
    claim = Claim.objects.get(ref="shared")
    services.claim_set_verdict(claim=claim, user=editor, status="in_review", note="checking")
    # ...and the data desk imports its edit of the old export.
    rows[0]["text"] = "Desk's wording"
    before = snapshot()
    report = importing.import_file("claims", as_csv(rows), user=editor)
    assert not report.ok
    (error,) = report.errors
    assert (error.row, error.column) == (2, "version")
    assert "changed in the register after the file was exported" in error.message
    assert snapshot() == before


def test_an_edit_on_a_current_export_applies_and_bumps_the_version(editor):
    ClaimFactory(ref="current", text="First wording")
    rows = exported("claims")
    rows[0]["text"] = "Desk's wording"
    report = importing.import_file("claims", as_csv(rows), user=editor)
    assert report.ok and report.updated == 1
    claim = Claim.objects.get(ref="current")
    assert (claim.text, claim.version) == ("Desk's wording", 2)
    # Importing the same file again is now an edit of an old version: refused, nothing changes.
    assert not importing.import_file("claims", as_csv(rows), user=editor).ok


def test_evidence_rows_are_version_checked_too(editor):
    evidence = EvidenceFactory(note="First note")
    rows = exported("evidence")
    Evidence.objects.filter(pk=evidence.pk).update(note="Changed meanwhile", version=2)
    rows[0]["note"] = "Desk's note"
    report = importing.import_file("evidence", as_csv(rows), user=editor)
    assert [e.column for e in report.errors] == ["version"]
    assert Evidence.objects.get(pk=evidence.pk).note == "Changed meanwhile"


def test_files_without_a_version_column_still_import(editor):
    ClaimFactory(ref="plain")
    rows = [{k: v for k, v in row.items() if k != "version"} for row in exported("claims")]
    rows[0]["text"] = "New wording"
    assert importing.import_file("claims", as_csv(rows), user=editor).ok


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_carry_metrics_follow_ups_and_repeats(tmp_path, editor):
    visit = VisitFactory(ref="astana")
    metric = MetricFactory(ref="trade-turnover", unit="USD")
    first = publish(
        ClaimFactory(
            ref="roadmap",
            visit=visit,
            is_commitment=True,
            commitment_horizon="no date given",
            metric=metric,
            figure_value=3_000_000_000,
            figure_unit="USD",
        ),
        editor=editor,
    )
    second = ClaimFactory(ref="roadmap-again", visit=visit, article=SourceFactory(ref="second-article"))
    services.claim_set_verdict(claim=second, user=editor, status="in_review")
    Claim.objects.filter(pk=second.pk).update(repeat_of=first)
    FollowUp.objects.create(
        claim=first,
        checked_on=datetime.date(2026, 6, 1),
        status="in_progress",
        note="Officials said talks continue.",
        source=second.article,
        quote="Talks continue.",
    )

    call_command("export_register", "--all", str(tmp_path))
    assert {p.name for p in tmp_path.iterdir()} >= {"metrics.csv", "follow_ups.csv", "claims.csv"}
    empty_register()

    call_command("import_register", "--all", str(tmp_path))
    restored = Claim.objects.get(ref="roadmap")
    assert restored.is_published and restored.metric.ref == "trade-turnover" and restored.is_commitment
    assert Claim.objects.get(ref="roadmap-again").repeat_of == restored
    follow_up = FollowUp.objects.get()
    assert (follow_up.claim, follow_up.status, follow_up.source.ref) == (restored, "in_progress", "second-article")


def test_a_restore_from_a_backup_without_the_newer_tables(tmp_path, editor):
    publish(ClaimFactory(ref="older"), editor=editor)
    call_command("export_register", "--all", str(tmp_path))
    (tmp_path / "metrics.csv").unlink()
    (tmp_path / "follow_ups.csv").unlink()
    empty_register()
    call_command("import_register", "--all", str(tmp_path))
    assert Claim.objects.get(ref="older").is_published
