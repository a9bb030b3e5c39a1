"""Figures in the feed (/api/v1/metrics/, figure blocks) and in the CSV files (optional columns, round trip)."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.core.management import call_command

from claims.models import Claim, Evidence
from csvio import importer as importing
from tests.factories import ClaimFactory, EvidenceFactory, MetricFactory, SourceFactory, VisitFactory, publish

pytestmark = pytest.mark.django_db

JAN, SEP = datetime.date(2025, 1, 1), datetime.date(2025, 9, 30)


def test_metrics_endpoint_counts_only_published_figures(client, editor):
    metric = MetricFactory(ref="bilateral-trade-turnover", name="Bilateral trade turnover")
    claim = ClaimFactory(metric=metric, figure_value=Decimal("310.8"), figure_unit="million USD")
    EvidenceFactory(claim=claim, metric=metric, figure_value=Decimal("340"), figure_unit="million USD")
    publish(claim, editor=editor)
    ClaimFactory(metric=metric, figure_value=Decimal("1"), figure_unit="USD")  # unpublished

    body = client.get("/api/v1/metrics/").json()
    (item,) = body["results"]
    assert item["ref"] == "bilateral-trade-turnover"
    assert item["url"].endswith("/figures/bilateral-trade-turnover/")
    assert item["unit"] == "USD" and item["tolerance"] == "0.0500" and item["tolerance_is_relative"] is True
    assert item["figure_count"] == 2
    assert client.get("/api/v1/metrics/bilateral-trade-turnover/").json()["name"] == "Bilateral trade turnover"
    missing = client.get("/api/v1/metrics/nope/")
    assert missing.status_code == 404 and "ref" in missing.json()


def test_claims_and_their_evidence_carry_their_figures(client, editor, django_assert_num_queries):
    metric = MetricFactory(ref="trade-growth", unit="percent")
    claim = ClaimFactory(
        metric=metric,
        figure_value=Decimal("44.9"),
        figure_unit="percent",
        figure_period="January–September 2025",
        figure_period_start=JAN,
        figure_period_end=SEP,
    )
    EvidenceFactory(claim=claim, metric=metric, figure_value=Decimal("40"), figure_unit="%", figure_period="ten months")
    publish(claim, editor=editor)
    for _ in range(3):
        more = ClaimFactory(metric=metric, figure_value=Decimal("1"), figure_unit="percent")
        EvidenceFactory(claim=more, metric=metric, figure_value=Decimal("2"), figure_unit="percent")
        publish(more, editor=editor)

    # Metrics ride along with claims and evidence; their translations; the entities they name.
    with django_assert_num_queries(5):
        body = client.get("/api/v1/claims/").json()
    item = next(i for i in body["results"] if i["ref"] == claim.ref)
    assert item["figure"] == {
        "value": "44.9000",
        "qualifier": "",
        "unit": "percent",
        "stated": "44.9 percent",
        "period": "January–September 2025",
        "period_start": "2025-01-01",
        "period_end": "2025-09-30",
        "period_note": "",
        "metric": "trade-growth",
    }
    figures = [e["figure"] for e in item["evidence"]]
    assert {
        "value": "40.0000",
        "qualifier": "",
        "unit": "%",
        "stated": "40 %",
        "period": "ten months",
        "period_start": None,
        "period_end": None,
        "period_note": "",
        "metric": "trade-growth",
    } in figures


# --- CSV --------------------------------------------------------------------------
def rows_of(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_round_trip_keeps_the_figures_of_claims_and_evidence(tmp_path, editor):
    metric = MetricFactory(ref="barley-exports", unit="tonnes")
    visit, article, other = VisitFactory(ref="astana"), SourceFactory(ref="astana-times"), SourceFactory(ref="customs")
    claim = ClaimFactory(
        ref="barley",
        visit=visit,
        article=article,
        metric=metric,
        figure_value=Decimal("500000"),
        figure_unit="tonnes",
        figure_period="2024",
        figure_period_start=datetime.date(2024, 1, 1),
        figure_period_end=datetime.date(2024, 12, 31),
    )
    EvidenceFactory(
        claim=claim,
        source=other,
        metric=metric,
        figure_value=Decimal("480"),
        figure_unit="thousand tons",
        figure_period_start=datetime.date(2024, 1, 1),
        quote="Barley exports: 480 thousand tons.",
    )
    call_command("export_register", "claims", "--output", str(tmp_path / "claims.csv"))
    call_command("export_register", "evidence", "--output", str(tmp_path / "evidence.csv"))
    claims_csv, evidence_csv = (tmp_path / "claims.csv").read_bytes(), (tmp_path / "evidence.csv").read_bytes()
    (claim_row,) = rows_of(claims_csv)
    assert (claim_row["metric"], claim_row["figure_period_start"], claim_row["figure_period_end"]) == (
        "barley-exports",
        "2024-01-01",
        "2024-12-31",
    )
    (evidence_row,) = rows_of(evidence_csv)
    assert (evidence_row["metric"], evidence_row["figure_value"], evidence_row["figure_period_end"]) == (
        "barley-exports",
        "480.0000",
        "",
    )

    Evidence.objects.all().delete()
    Claim.objects.all().delete()
    assert importing.import_file("claims", claims_csv, user=editor).ok
    report = importing.import_file("evidence", evidence_csv, user=editor)
    assert report.ok, report.errors

    claim = Claim.objects.get(ref="barley")
    assert (claim.metric, claim.figure_value, claim.figure_period_end) == (
        metric,
        Decimal("500000"),
        datetime.date(2024, 12, 31),
    )
    evidence = claim.evidence.get()
    assert (evidence.metric, evidence.figure_unit, evidence.figure_period_start, evidence.figure_period_end) == (
        metric,
        "thousand tons",
        datetime.date(2024, 1, 1),
        None,
    )
    # Importing the same files again changes nothing.
    again = importing.import_file("claims", claims_csv, user=editor)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)


def test_files_without_the_figure_columns_still_import(editor):
    VisitFactory(ref="astana"), SourceFactory(ref="irna"), SourceFactory(ref="kazinform")
    claims = (
        "ref,article,visit,speaker,text,quote,topic,status,verdict_summary,is_published\n"
        "c1,irna,astana,Tokayev,Trade grew,“It grew”,trade,unverified,,false\n"
    ).encode()
    evidence = b"claim,source,stance,quote,note\nc1,kazinform,context,It rose.,\n"
    assert importing.import_file("claims", claims, user=editor).ok
    assert importing.import_file("evidence", evidence, user=editor).ok
    assert Claim.objects.get(ref="c1").metric is None


def test_bad_figure_cells_are_refused_naming_row_and_column(editor):
    VisitFactory(ref="astana"), SourceFactory(ref="irna"), SourceFactory(ref="kazinform")
    MetricFactory(ref="trade")
    header = (
        "ref,article,visit,speaker,text,quote,topic,status,verdict_summary,is_published,"
        "metric,figure_value,figure_unit,figure_period_start,figure_period_end\n"
    )
    base = "irna,astana,Tokayev,Trade grew,It grew,trade,unverified,,false"
    data = (
        header
        + f"c1,{base},no-such-metric,3,USD,,\n"
        + f"c2,{base},trade,3,USD,2025-09-30,2025-01-01\n"
        + f"c3,{base},trade,3,USD,30/09/2025,\n"
        + f"c4,{base},trade,3,,,\n"
    ).encode()
    report = importing.import_file("claims", data, user=editor)
    problems = {(e.row, e.column) for e in report.errors}
    assert {(2, "metric"), (3, "figure_period_end"), (4, "figure_period_start"), (5, "figure_unit")} <= problems
    assert "There is no metric with ref 'no-such-metric'." in [e.message for e in report.errors]
    assert not Claim.objects.exists()
