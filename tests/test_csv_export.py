"""Partners download the published register as CSV; exports are safe to open in a spreadsheet."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from csvio import files as csvio
from csvio.export import export
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
    body = b"".join(export(ClaimResource())).decode()
    (row,) = list(csv.DictReader(io.StringIO(body, newline="")))
    assert row["speaker"] == "'" + dangerous
    assert csvio.restore(row["speaker"]) == dangerous


def test_plain_text_is_left_alone():
    assert csvio.neutralise("Tokayev said — “yes”") == "Tokayev said — “yes”"
    assert csvio.restore("'not a formula") == "'not a formula"


PERSIAN = "پزشکیان در آستانه"
RUSSIAN = "Токаев и Пезешкиан"


@pytest.fixture
def non_latin(editor):
    return publish(ClaimFactory(text=PERSIAN, speaker=RUSSIAN), editor=editor)


def test_claims_csv_for_excel_starts_with_a_byte_order_mark(client, non_latin):
    plain = b"".join(client.get("/claims.csv").streaming_content)
    excel = b"".join(client.get("/claims.csv?bom=1").streaming_content)
    assert not plain.startswith(b"\xef\xbb\xbf") and excel.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(excel.decode("utf-8-sig"))))
    assert (rows[0]["text"], rows[0]["speaker"]) == (PERSIAN, RUSSIAN)
    assert excel.decode("utf-8-sig") == plain.decode("utf-8")
    refused = client.get("/claims.csv?bom=yes")
    assert refused.status_code == 400 and "bom" in refused.content.decode()


def test_the_claims_page_links_both_downloads_with_its_filters(client, non_latin):
    html = client.get("/claims/", {"topic": non_latin.topic}).content.decode()
    assert f'href="/claims.csv?topic={non_latin.topic}" download>CSV</a>' in html
    assert f'href="/claims.csv?topic={non_latin.topic}&amp;bom=1" download>CSV for Excel</a>' in html


def test_the_admin_exports_csv_for_excel(editor_client, non_latin):
    url = reverse("admin:claims_claim_export")
    form = editor_client.get(url).content.decode()
    assert "csv (for Excel)" in form
    fields = {f"claimresource_{name}": "on" for name in ["ref", "text", "speaker", "status"]}
    response = editor_client.post(url, {"format": "1", "resource": "0", **fields})
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert any(row["text"] == PERSIAN for row in rows)


def test_export_register_writes_a_byte_order_mark_when_asked(non_latin, tmp_path):
    from django.core.management import call_command

    call_command("export_register", "claims", "--bom", "--output", str(tmp_path / "claims.csv"))
    data = (tmp_path / "claims.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert any(row["text"] == PERSIAN for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    call_command("export_register", "--all", str(tmp_path / "all"), "--bom")
    assert (tmp_path / "all" / "claims.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    # A backup written for Excel still restores: the importer reads the mark.
    call_command("import_register", "claims", str(tmp_path / "claims.csv"), "--dry-run")


def test_the_apostrophe_escape_is_documented_with_working_code(client):
    import re

    html = client.get("/methodology/").content.decode()
    assert 'id="data"' in html
    pattern = r"^'(?=[=+\-@\t\r'])"  # the pandas pattern the page gives
    assert pattern.replace("\\t", "\\t") in html.replace("&#x27;", "'")
    for value in ["-3%", "=SUM(A1)", "'quoted", "plain", "@handle"]:
        assert re.sub(pattern, "", csvio.neutralise(value)) == value


def test_claims_csv_names_only_published_claims_and_no_internal_counter(client, editor):
    from claims.repeats import services as repeats

    draft = ClaimFactory(ref="draft-slug-of-unpublished-text")
    first = publish(ClaimFactory(ref="first-appearance"), editor=editor)
    of_draft = publish(ClaimFactory(ref="repeats-a-draft"), editor=editor)
    of_published = publish(ClaimFactory(ref="repeats-a-published-claim"), editor=editor)
    repeats.repeat_link(claim=of_draft, other=draft, user=editor)
    repeats.repeat_link(claim=of_published, other=first, user=editor)
    of_draft.refresh_from_db()
    assert of_draft.repeat_of_id == draft.pk

    response = client.get(reverse("claims_csv"))
    found = {row["ref"]: row for row in rows(response)}
    assert found["repeats-a-draft"]["repeat_of"] == ""
    assert found["repeats-a-published-claim"]["repeat_of"] == "first-appearance"
    assert "version" not in found["first-appearance"]
    assert "draft-slug-of-unpublished-text" not in str(found)
    # The editors' export keeps both: the import's edit lock needs the version.
    editors = {row["ref"]: row for row in csv.DictReader(io.StringIO(b"".join(export(ClaimResource())).decode()))}
    assert editors["repeats-a-draft"]["repeat_of"] == "draft-slug-of-unpublished-text"
    assert editors["first-appearance"]["version"]


def test_claims_csv_reads_the_claims_repeated_in_the_same_query(client, editor):
    from claims.repeats import services as repeats

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            b"".join(client.get(reverse("claims_csv")).streaming_content)
        return len(captured)

    root = publish(ClaimFactory(), editor=editor)
    repeats.repeat_link(claim=publish(ClaimFactory(), editor=editor), other=root, user=editor)
    few = queries()
    for _ in range(6):
        repeats.repeat_link(claim=publish(ClaimFactory(), editor=editor), other=root, user=editor)
    assert queries() == few
