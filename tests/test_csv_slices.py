"""A large claims file is written slice by slice while the rest is checked (csvio.importer.SliceWriter).

PostgreSQL only (the writer holds its own connection), with no transaction around the import, as
`import_register` and the admin run it; the slices are made small here so a short file takes
several. Whatever the slicing, the file is written whole or not at all.
"""

import pytest
from django.db import connection, transaction

from claims.models import Claim, ClaimEvent
from csvio import importer
from tests.csv_helpers import CLAIM_HEADER, csv_bytes, snapshot
from tests.factories import SourceFactory, VisitFactory

pytestmark = pytest.mark.django_db(transaction=True)

ROWS = 23


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL): the writer runs on a connection of its own")


@pytest.fixture
def slices(monkeypatch):
    """Files of 10 rows or more go in slices of 4; returns the slices sent to the writer."""
    sent = []
    monkeypatch.setattr(importer.SliceWriter, "STREAM_ROWS", 10)
    monkeypatch.setattr(importer.SliceWriter, "slice_rows", 4)
    original = importer.SliceWriter.send
    monkeypatch.setattr(
        importer.SliceWriter, "send", lambda self, outcomes: sent.append(outcomes) or original(self, outcomes)
    )
    return sent


def line(n: int, *, status: str = "verified", published: bool = False, text: str = "") -> str:
    summary = "The customs figures agree." if status != "unverified" else ""
    text = text or f"Trade reaches {n} million dollars"
    return f"c{n},irna,astana,Tokayev,{text},“Quote {n}”,trade,{status},{summary},{'true' if published else 'false'}"


def claims_file(*lines: str) -> bytes:
    return csv_bytes(CLAIM_HEADER, *lines)


@pytest.fixture
def register():
    VisitFactory(ref="astana")
    SourceFactory(ref="irna")


def test_a_large_file_is_written_in_slices_with_every_history_row_and_step(register, editor, slices):
    statuses = ["unverified", "in_review", "verified", "disputed"]
    data = claims_file(*(line(n, status=statuses[n % 4]) for n in range(ROWS)))
    report = importer.import_file("claims", data, user=editor)
    assert report.ok, report.errors
    assert len(slices) == 6 and sum(len(s) for s in slices) == ROWS
    assert report.created == ROWS and Claim.objects.count() == ROWS
    assert Claim.history.filter(history_type="+").count() == ROWS
    # One workflow step per claim that left "unverified", as the whole-file write records it.
    assert ClaimEvent.objects.count() == sum(1 for n in range(ROWS) if statuses[n % 4] != "unverified")
    stamps = set(Claim.objects.values_list("created_at", flat=True))
    assert len(stamps) == 1, "every row of one import carries the one time it was written"


def test_the_same_file_imported_again_changes_nothing(register, editor, slices):
    data = claims_file(*(line(n) for n in range(ROWS)))
    assert importer.import_file("claims", data, user=editor).ok
    before = snapshot()
    again = importer.import_file("claims", data, user=editor)
    assert again.ok and again.unchanged == ROWS and again.created == 0
    assert snapshot() == before


def test_a_wrong_row_in_the_last_slice_leaves_nothing_written(register, editor, slices):
    before = snapshot()
    lines = [line(n) for n in range(ROWS)]
    lines[-1] = line(ROWS - 1, status="no-such-status")
    report = importer.import_file("claims", claims_file(*lines), user=editor)
    assert len(slices) == 5, "the slices before the wrong row went to the writer"
    assert [(e.row, e.column) for e in report.errors] == [(ROWS + 1, "status")]
    assert report.created == 0
    assert snapshot() == before


def test_a_claim_another_import_wrote_meanwhile_is_a_conflict_and_nothing_is_written(
    register, editor, slices, monkeypatch
):
    from csvio.tables import ClaimTable

    original = ClaimTable.check_rows
    taken = []

    def check_rows(self, outcomes, errors):
        original(self, outcomes, errors)
        if not taken:  # while the first slice is being checked, someone else creates the file's last claim
            taken.append(
                Claim.objects.create(
                    ref=f"c{ROWS - 1}",
                    article=outcomes[0].instance.article,
                    visit=outcomes[0].instance.visit,
                    text="Written meanwhile",
                )
            )

    monkeypatch.setattr(ClaimTable, "check_rows", check_rows)
    report = importer.import_file("claims", claims_file(*(line(n) for n in range(ROWS))), user=editor)
    assert report.conflict and "another import created these rows" in report.conflict
    assert f"row {ROWS + 1}" in report.conflict
    assert list(Claim.objects.values_list("ref", flat=True)) == [f"c{ROWS - 1}"]


def test_inside_a_transaction_the_file_is_checked_whole_then_written(register, editor, slices):
    with transaction.atomic():
        report = importer.import_file("claims", claims_file(*(line(n) for n in range(ROWS))), user=editor)
    assert report.ok and report.created == ROWS
    assert slices == [], "no writer thread: it could not join the caller's transaction"


def test_a_dry_run_writes_nothing_and_starts_no_writer(register, editor, slices):
    before = snapshot()
    report = importer.import_file("claims", claims_file(*(line(n) for n in range(ROWS))), user=editor, dry_run=True)
    assert report.ok and report.created == ROWS
    assert slices == [] and snapshot() == before
