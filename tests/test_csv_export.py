"""Partners download the published register as CSV; exports are safe to open in a spreadsheet."""

import csv
import io

import pytest
from django.urls import reverse

from csvio import files as csvio
from csvio.resources import ClaimResource
from tests.factories import ClaimFactory, publish

pytestmark = pytest.mark.django_db


def rows(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(body, newline="")))


def test_claims_csv_streams_only_published_claims(client, editor, django_assert_max_num_queries):
    publish(ClaimFactory(ref="published-one", text="Торговля — “вырастет”; تجارت; Қазақ"), editor=editor)
    ClaimFactory(ref="draft-one")
    with django_assert_max_num_queries(6):
        response = client.get(reverse("claims_csv"))
        found = rows(response)
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert [row["ref"] for row in found] == ["published-one"]
    assert found[0]["text"] == "Торговля — “вырастет”; تجارت; Қазақ"
    assert found[0]["is_published"] == "true"


def test_claims_csv_takes_the_filters_of_the_register_page(client, editor):
    publish(ClaimFactory(ref="energy-claim", topic="energy"), editor=editor)
    publish(ClaimFactory(ref="trade-claim", topic="trade"), editor=editor)
    assert [row["ref"] for row in rows(client.get(reverse("claims_csv"), {"topic": "energy"}))] == ["energy-claim"]


@pytest.mark.parametrize(
    "dangerous", ['=HYPERLINK("http://x")', "+1", "-1", "@SUM(A1)", "\tTab", "\rReturn", "'quoted"]
)
def test_formula_cells_are_neutralised_on_export_and_restored_on_import(editor, dangerous):
    ClaimFactory(ref="risky", speaker=dangerous)
    body = "".join(ClaimResource().export_lines())
    (row,) = list(csv.DictReader(io.StringIO(body, newline="")))
    assert row["speaker"] == "'" + dangerous
    assert csvio.restore(row["speaker"]) == dangerous


def test_plain_text_is_left_alone():
    assert csvio.neutralise("Tokayev said — “yes”") == "Tokayev said — “yes”"
    assert csvio.restore("'not a formula") == "'not a formula"
