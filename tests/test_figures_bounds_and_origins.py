"""Two readings the figures pages state (issue 28): a bound ("more than X") reaches only half as much again, and two
renderings of one origin that give different values are marked as such, not compared."""

import datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest

from claims.demo import data, load_demo
from claims.figures.compare import Figure, compare, compare_all, origin_differences, public_figures
from claims.figures.units import normalise

D = Decimal
JAN, DEC = datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)
COMPANIES = SimpleNamespace(pk=1, unit="companies", tolerance=D("0.05"), tolerance_is_relative=True)
RATES = SimpleNamespace(pk=2, unit="percent", tolerance=D("1"), tolerance_is_relative=False)


def figure(number, metric, value, unit, qualifier="", origin=None):
    return Figure(
        key=(number,),
        number=number,
        metric=metric,
        value=D(value),
        unit=unit,
        figure_period="2025",
        figure_period_start=JAN,
        figure_period_end=DEC,
        source=SimpleNamespace(pk=number, origin_id=origin),
        quote="",
        speaker="",
        qualifier=qualifier,
        normalised=normalise(D(value), unit, metric.unit),
    )


# --- "More than X" reaches up to 1.5 × X ------------------------------------------------------
@pytest.mark.parametrize(
    "other, agree",
    [
        ("351", True),  # just above the bound
        ("525", True),  # half as much again: the end of the reach
        ("550", True),  # 525 and 550 are within the metric's 5%
        ("560", False),  # 525 and 560 are not
        ("700", False),  # Press TV's "about 700" against Tokayev's "more than 350"
        ("340", True),  # below the bound, but within 5% of it
        ("300", False),
    ],
)
def test_more_than_agrees_only_with_values_up_to_half_as_much_again(other, agree):
    result = compare(figure(1, COMPANIES, "350", "companies", "more_than"), figure(2, COMPANIES, other, "companies"))
    assert result is not None and result.agree is agree


def test_the_difference_from_a_bound_is_measured_from_the_end_of_its_reach():
    result = compare(figure(1, COMPANIES, "350", "companies", "more_than"), figure(2, COMPANIES, "700", "companies"))
    assert result is not None and result.difference == D("175")  # 700 - 525


def test_up_to_reaches_down_to_two_thirds_and_a_bound_of_zero_stays_open():
    up_to = figure(1, RATES, "30", "percent", "up_to")
    assert compare(up_to, figure(2, RATES, "20", "percent")).agree
    assert compare(up_to, figure(3, RATES, "19", "percent")).agree  # within 1 point of 20
    assert not compare(up_to, figure(4, RATES, "18.9", "percent")).agree
    assert figure(5, RATES, "0", "percent", "more_than").bounds == (D("0"), None)
    # A negative lower bound reaches towards zero: "more than -10" allows -10 up to two thirds of it.
    assert figure(6, RATES, "-9", "percent", "at_least").bounds == (D("-9"), D("-6"))


# --- One origin ---------------------------------------------------------------------------
def test_two_accounts_of_one_origin_that_differ_are_marked_and_not_compared():
    twelve = figure(1, RATES, "12.3", "percent", origin=7)
    fifty = figure(2, RATES, "50", "percent", origin=7)
    also_fifty = figure(3, RATES, "50", "percent", origin=7)
    independent = figure(4, RATES, "13", "percent")
    compare_all([twelve, fifty, also_fifty, independent])

    assert compare(twelve, fifty) is None  # one account neither confirms nor contradicts itself
    assert twelve.differs_within_origin == [fifty, also_fifty]
    assert fifty.differs_within_origin == [twelve]  # not also_fifty: renderings that give one value are not marked
    assert twelve not in fifty.disagrees_with and fifty not in twelve.agrees_with
    # A figure of another origin is compared with each of them as before.
    assert twelve.agrees_with == [independent] and fifty.disagrees_with == [independent]
    assert independent.disagrees_with == [fifty, also_fifty] and independent.differs_within_origin == []
    assert {(c.a.number, c.b.number) for c in origin_differences([twelve, fifty, also_fifty, independent])} == {
        (1, 2),
        (1, 3),
    }


# --- The demo register ----------------------------------------------------------------------
@pytest.mark.django_db
def test_the_demo_pages_show_the_bound_and_the_one_origin_pair(client):
    load_demo()
    metrics, figures = public_figures()
    by_ref = {metrics[pk].ref: found for pk, found in figures.items()}
    companies = {f.qualifier: f for f in by_ref[data.COMPANIES]}
    assert companies["about"] in companies["more_than"].disagrees_with  # about 700 against more than 350
    growth_2024 = [f for f in by_ref[data.GROWTH] if f.figure_period == "calendar year 2024"]
    assert {f"{f.value.normalize():f}" for f in growth_2024} == {"12.3", "50"}
    assert all(f.differs_within_origin and not f.disagrees for f in growth_2024)

    page = client.get(f"/figures/{data.GROWTH}/").content.decode()
    assert page.count("Two accounts of one origin differ</span>") == 2
    assert "half as much again" in page
    companies_page = client.get(f"/figures/{data.COMPANIES}/").content.decode()
    assert "Where the sources disagree" in companies_page and "175 companies" in companies_page
    methodology = client.get("/methodology/").content.decode()
    assert "half as much again" in methodology and "Two accounts of one origin differ" in methodology
