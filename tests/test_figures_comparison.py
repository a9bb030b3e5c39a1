"""Comparing figures: units, periods, tolerance and the discrepancy list (claims.figures), without pages."""

import datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest

from claims.figures.compare import (
    Figure,
    claim_comparison,
    claims_with_discrepancies,
    compare,
    compare_all,
    discrepancies,
)
from claims.figures.units import normalise, parse_unit, periods_overlap, within_tolerance
from claims.models import Claim
from tests.factories import ClaimFactory, EvidenceFactory, MetricFactory

D = Decimal


# --- Units ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, unit, metric_unit, expected",
    [
        ("310.8", "million USD", "USD", D("310800000")),
        ("310.8", "$ million", "USD", D("310800000")),
        ("3", "billion dollars", "USD", D("3000000000")),
        ("3", "US$ bn", "USD", D("3000000000")),
        ("340000000", "USD", "million USD", D("340")),
        ("500", "thousand tons", "tonnes", D("500000")),
        ("500000", "tonnes", "tonnes", D("500000")),
        ("44.9", "%", "percent", D("44.9")),
        ("40", "per cent", "percent", D("40")),
        ("14", "documents", "documents", D("14")),
        ("1", "document", "documents", D("1")),
        ("700", "companies", "company", D("700")),
        ("3", "times (nearly)", "times", D("3")),
    ],
)
def test_units_that_convert_are_normalised_into_the_metric_unit(value, unit, metric_unit, expected):
    assert normalise(D(value), unit, metric_unit).value == expected


@pytest.mark.parametrize(
    "unit, metric_unit",
    [
        ("percentage points", "percent"),  # a change of a share is not a growth rate
        ("pp", "percent"),
        ("KZT", "USD"),  # no exchange rate is recorded
        ("tonnes", "USD"),
        ("agreements", "documents"),  # counts of different things
        ("", "USD"),
    ],
)
def test_units_that_do_not_convert_are_not_compared_and_say_so(unit, metric_unit):
    result = normalise(D("5"), unit, metric_unit)
    assert result.value is None
    assert not result.comparable
    assert "not compared" in result.problem


def test_percent_and_percentage_points_are_different_units():
    assert parse_unit("percentage points").base != parse_unit("percent").base
    assert parse_unit("percent points").base == parse_unit("pp").base


# --- Periods --------------------------------------------------------------------
def period(start=None, end=None, name=""):
    return SimpleNamespace(figure_period_start=start, figure_period_end=end, figure_period=name)


JAN, SEP, OCT, DEC = (datetime.date(2025, m, d) for m, d in ((1, 1), (9, 30), (10, 1), (12, 31)))


def test_dated_periods_overlap_when_they_share_a_day():
    assert periods_overlap(period(JAN, SEP), period(SEP, DEC))  # the edge day counts
    assert not periods_overlap(period(JAN, SEP), period(OCT, DEC))


def test_a_missing_end_leaves_the_period_open_on_that_side():
    assert periods_overlap(period(JAN, None), period(OCT, DEC))
    assert not periods_overlap(period(None, SEP), period(OCT, DEC))


def test_undated_figures_overlap_only_on_the_same_named_period():
    assert periods_overlap(period(name="January–September 2025"), period(name="january-september  2025"))
    assert not periods_overlap(period(name="2025"), period(name="January–September 2025"))
    # One dated, one only named: the names decide.
    assert periods_overlap(period(JAN, SEP, name="2025"), period(name="2025"))
    assert not periods_overlap(period(JAN, SEP, name="2025"), period(name="2024"))
    # No period at all is compared with nothing.
    assert not periods_overlap(period(), period())


# --- Tolerance ------------------------------------------------------------------
def test_relative_tolerance_edges():
    metric = SimpleNamespace(tolerance=D("0.05"), tolerance_is_relative=True)
    assert within_tolerance(D("95"), D("100"), metric)  # exactly 5% of the larger: agreement
    assert not within_tolerance(D("94.99"), D("100"), metric)
    assert within_tolerance(D("0"), D("0"), metric)


def test_absolute_tolerance_edges():
    metric = SimpleNamespace(tolerance=D("1"), tolerance_is_relative=False)
    assert within_tolerance(D("40"), D("41"), metric)
    assert not within_tolerance(D("40"), D("41.01"), metric)
    zero = SimpleNamespace(tolerance=D("0"), tolerance_is_relative=False)
    assert within_tolerance(D("8"), D("8"), zero)
    assert not within_tolerance(D("8"), D("14"), zero)


# --- The discrepancy list ---------------------------------------------------------
def make_figure(number, metric, value, unit, start=None, end=None, name=""):
    return Figure(
        key=(number,),
        number=number,
        metric=metric,
        value=D(value),
        unit=unit,
        figure_period=name,
        figure_period_start=start,
        figure_period_end=end,
        source=SimpleNamespace(pk=number),
        quote="",
        speaker="",
        normalised=normalise(D(value), unit, metric.unit),
    )


def test_the_discrepancy_list_has_only_overlapping_convertible_figures_beyond_tolerance():
    metric = SimpleNamespace(pk=1, unit="USD", tolerance=D("0.05"), tolerance_is_relative=True)
    nine_months = make_figure(1, metric, "310.8", "million USD", JAN, SEP)
    same_but_rounded = make_figure(2, metric, "311", "million $", JAN, SEP)
    far_off = make_figure(3, metric, "250", "million USD", datetime.date(2025, 6, 1), SEP)
    other_year = make_figure(4, metric, "340", "million USD", datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    in_tenge = make_figure(5, metric, "1", "KZT", JAN, SEP)
    figures = [nine_months, same_but_rounded, far_off, other_year, in_tenge]

    found = discrepancies(figures)

    assert {(c.a.number, c.b.number) for c in found} == {(1, 3), (2, 3)}
    first = next(c for c in found if c.a.number == 1)
    assert first.difference == D("60800000")
    assert not first.same_period
    compare_all(figures)
    assert nine_months.agrees_with == [same_but_rounded] and nine_months.disagrees_with == [far_off]
    assert other_year.agrees_with == [] and other_year.disagrees_with == []  # a different year
    assert not in_tenge.comparable and in_tenge.disagrees_with == []


def test_growth_rates_over_different_periods_are_not_set_against_each_other():
    metric = SimpleNamespace(pk=2, unit="percent", tolerance=D("1"), tolerance_is_relative=False)
    nine_months = make_figure(1, metric, "44.9", "%", JAN, SEP)
    ten_months = make_figure(2, metric, "40", "%", JAN, datetime.date(2025, 10, 31))
    same_months = make_figure(3, metric, "40", "%", JAN, SEP)
    assert compare(nine_months, ten_months) is None
    found = compare(nine_months, same_months)
    assert found is not None and not found.agree and found.difference_shown == "4.9 percentage points"


# --- From the database ----------------------------------------------------------
@pytest.mark.django_db
def test_a_claim_figure_is_compared_with_its_evidence_and_the_disagreeing_claims_are_found():
    metric = MetricFactory(unit="USD", tolerance=D("0.05"))
    claim = ClaimFactory(metric=metric, figure_value=D("3.5"), figure_unit="billion USD", figure_period="2025")
    EvidenceFactory(claim=claim, metric=metric, figure_value=D("3.4"), figure_unit="billion USD", figure_period="2025")
    EvidenceFactory(claim=claim, metric=metric, figure_value=D("2"), figure_unit="billion USD", figure_period="2025")
    EvidenceFactory(claim=claim, metric=metric, figure_value=D("9"), figure_unit="billion USD", figure_period="2019")
    quiet = ClaimFactory(metric=metric, figure_value=D("3.5"), figure_unit="USD bn", figure_period="2024")
    ClaimFactory()  # no figure

    assert claims_with_discrepancies(Claim.objects.all()) == {claim.pk}

    from claims.figures.compare import collect, figure_querysets

    claims, evidence = figure_querysets(Claim.objects.all())
    figures = collect(claims, evidence, metrics={metric.pk: metric})[metric.pk]
    comparison = claim_comparison(claim, figures)
    verdicts = sorted((str(row["figure"].value.normalize()), row["verdict"]) for row in comparison["rows"])
    assert verdicts == [("2", "disagrees"), ("3.4", "agrees"), ("3.5", "not compared"), ("9", "not compared")]
    assert comparison["disagreements"] == 1
    assert quiet.pk not in claims_with_discrepancies(Claim.objects.all())
