"""Mirrors and data desks get commitments and appearances through the API and the CSV files."""

import csv
import datetime
import io

import pytest
from django.core.cache import cache

from claims.commitments.services import commitment_follow_up
from claims.models import Claim, FollowUpStatus
from claims.repeats.services import repeat_link
from csvio import importer as importing
from csvio.export import export
from csvio.resources import ClaimResource
from tests.csv_helpers import CLAIM_HEADER, csv_bytes
from tests.factories import ClaimFactory, SourceFactory, VisitFactory, commitment, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_page_cache():
    cache.clear()


def test_a_claim_in_the_api_carries_its_commitment_and_latest_follow_up(client, editor):
    claim = publish(commitment(ref="memo", due=datetime.date(2026, 1, 31), horizon="by January 2026"), editor=editor)
    commitment_follow_up(
        claim=claim,
        user=editor,
        status=FollowUpStatus.PENDING,
        checked_on=datetime.date(2026, 2, 1),
        note="Nothing yet.",
    )
    commitment_follow_up(
        claim=claim,
        user=editor,
        status=FollowUpStatus.IN_PROGRESS,
        checked_on=datetime.date(2026, 3, 1),
        note="Talks began.",
    )
    plain = publish(ClaimFactory(ref="plain"), editor=editor)
    for url in ("/api/v1/claims/memo/", "/api/v1/claims/"):
        body = client.get(url).json()
        item = body if "ref" in body else next(c for c in body["results"] if c["ref"] == "memo")
        assert item["is_commitment"] is True
        assert item["commitment"] == {
            "due": "2026-01-31",
            "due_is_reading": False,
            "first_made": "",
            "horizon": "by January 2026",
            "status": "in_progress",
            "status_label": "In progress",
            "is_overdue": True,
            "latest_follow_up": {"status": "in_progress", "checked_on": "2026-03-01", "note": "Talks began."},
        }
    assert client.get(f"/api/v1/claims/{plain.ref}/").json()["commitment"] is None


def test_appearances_in_the_api_list_only_published_claims(client, editor):
    first = publish(ClaimFactory(ref="first"), editor=editor)
    second = publish(ClaimFactory(ref="second"), editor=editor)
    draft = ClaimFactory(ref="draft")
    repeat_link(claim=second, other=first, user=editor)
    repeat_link(claim=draft, other=first, user=editor)
    body = client.get("/api/v1/claims/first/").json()
    assert [a["ref"] for a in body["appearances"]] == ["second"]
    assert body["appearances"][0]["url"].endswith("/claims/second/")
    listed = {c["ref"]: c["appearances"] for c in client.get("/api/v1/claims/").json()["results"]}
    assert [a["ref"] for a in listed["second"]] == ["first"]
    assert b"draft" not in client.get("/api/v1/claims/").content


def test_the_api_query_count_does_not_grow_with_commitments(client, editor, django_assert_num_queries):
    def add(n):
        for _ in range(n):
            claim = publish(commitment(due=datetime.date(2026, 1, 1)), editor=editor)
            commitment_follow_up(
                claim=claim, user=editor, status="pending", checked_on=datetime.date(2026, 2, 1), note="x"
            )
            repeat_link(claim=publish(ClaimFactory(), editor=editor), other=claim, user=editor)

    add(1)
    with django_assert_num_queries(5) as few:  # with the claims' translations and the entities they name
        client.get("/api/v1/claims/")
    add(4)
    cache.clear()
    with django_assert_num_queries(len(few.captured_queries)):
        client.get("/api/v1/claims/")


# --- CSV ---------------------------------------------------------------------------
HEADER = CLAIM_HEADER + ",is_commitment,commitment_due,commitment_horizon"


def row(ref, *, commitment="true", due="2028-12-31", horizon="2026–2028"):
    return (
        f'{ref},irna-astana,pezeshkian-astana-2025,"Kassym-Jomart Tokayev",A programme will run,"It will run",'
        f"culture,unverified,,false,{commitment},{due},{horizon}"
    )


@pytest.fixture
def register():
    VisitFactory(ref="pezeshkian-astana-2025")
    SourceFactory(ref="irna-astana")


def test_a_csv_import_sets_the_commitment_fields(register, editor):
    report = importing.import_file("claims", csv_bytes(HEADER, row("programme")), user=editor)
    assert report.ok, report.errors
    claim = Claim.objects.get(ref="programme")
    assert (claim.is_commitment, claim.commitment_due, claim.commitment_horizon) == (
        True,
        datetime.date(2028, 12, 31),
        "2026–2028",
    )


def test_a_file_without_the_commitment_columns_still_imports(register, editor):
    line = '"old",irna-astana,pezeshkian-astana-2025,Tokayev,Text,"Quote",trade,unverified,,false'
    report = importing.import_file("claims", csv_bytes(CLAIM_HEADER, line), user=editor)
    assert report.ok, report.errors
    assert Claim.objects.get(ref="old").is_commitment is False


@pytest.mark.parametrize(
    "bad, column, message",
    [
        (row("x", commitment="maybe"), "is_commitment", "'maybe' is not true or false"),
        (row("x", due="31/12/2028"), "commitment_due", ""),
        (row("x", commitment="false"), "commitment_due", "Only a commitment has a due date"),
    ],
)
def test_bad_commitment_cells_are_named_by_row_and_column_and_nothing_is_written(
    register, editor, bad, column, message
):
    report = importing.import_file("claims", csv_bytes(HEADER, row("good"), bad), user=editor)
    assert not report.ok
    assert [(e.row, e.column) for e in report.errors] == [(3, column)]
    assert message in report.errors[0].message
    assert not Claim.objects.exists()


def test_the_export_carries_the_commitment_columns(editor):
    publish(commitment(ref="memo", due=datetime.date(2026, 1, 31), horizon="January"), editor=editor)
    text = b"".join(export(ClaimResource(), Claim.objects.order_by("pk"))).decode()
    header, line = list(csv.reader(io.StringIO(text)))
    values = dict(zip(header, line, strict=True))
    assert values["is_commitment"] == "true"
    assert values["commitment_due"] == "2026-01-31"
    assert values["commitment_horizon"] == "January"
