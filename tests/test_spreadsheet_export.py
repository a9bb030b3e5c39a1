"""Data desks download the register as an Excel workbook: read back exactly by openpyxl and by LibreOffice.

`/claims.xlsx` has the CSV's rows and columns, with the filters of /claims/. Every cell a reader's text
fills is a text cell, whatever it starts with, so no formula is ever computed; Persian and Cyrillic
arrive intact with no import options. LibreOffice (headless, `soffice`) reads the workbook as a
spreadsheet user's LibreOffice would; where it is not installed these checks skip, except in CI.
"""

import csv
import decimal
import io
import os
import shutil
import subprocess

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse

from csvio import files
from csvio.spreadsheet import CELL_LIMIT, CUT_NOTE
from tests.factories import ClaimFactory, MetricFactory, SourceFactory, publish

pytestmark = pytest.mark.django_db

PERSIAN = "پزشکیان گفت تجارت «۴۰ درصد» رشد کرد"
CYRILLIC = "Тоқаев: товарооборот вырос на 40% — «рекорд»"
# What a reader's text may start with: each must stay text, never become a formula or an error.
HOSTILE = [
    '=HYPERLINK("http://attacker.example","click")',
    "=1+1",
    "+1",
    "-2",
    "@SUM(A1:A2)",
    "#N/A",
    "#DIV/0!",
    "\t=1+1",
    "'quoted",
    "  leading and trailing spaces  ",
    "line one\r\nline two\nline three",
    "0012",
    "1e5",
    "2025-12-11",
    "TRUE",
    "😀 outside the basic plane",
]


def workbook_rows(data: bytes) -> list[tuple]:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    return list(sheet.iter_rows(values_only=True))


def csv_rows(client, query=None) -> list[list[str]]:
    body = b"".join(client.get(reverse("claims_csv"), query or {}).streaming_content).decode()
    return [[files.restore(cell) for cell in row] for row in csv.reader(io.StringIO(body, newline=""))]


def xlsx(client, query=None) -> bytes:
    response = client.get(reverse("claims_xlsx"), query or {})
    assert response.status_code == 200, response.content
    return b"".join(response.streaming_content)


# The columns written as numbers: read back by value (the CSV writes the database's 4 decimal places).
NUMBERS = {"figure_value", "tolerance", "version"}


def same_cell(read, written: str, *, number: bool) -> bool:
    """A cell as a spreadsheet read it against the CSV's (unescaped) cell: text exactly, numbers by value."""
    if read is None or read == "":
        return written == ""
    if number:
        return decimal.Decimal(str(read)) == decimal.Decimal(written)
    return read == written


def assert_same_rows(read: list, written: list[list[str]]) -> None:
    assert len(read) == len(written)
    header = written[0]
    for number, (got, want) in enumerate(zip(read, written, strict=True), start=1):
        assert len(got) == len(want), f"row {number}"
        for column, (cell, expected) in enumerate(zip(got, want, strict=True)):
            numeric = number > 1 and header[column] in NUMBERS
            assert same_cell(cell, expected, number=numeric), (number, header[column], cell, expected)


@pytest.fixture
def register(editor):
    claims = [
        publish(ClaimFactory(ref="persian", text=PERSIAN, speaker="مسعود پزشکیان"), editor=editor),
        publish(ClaimFactory(ref="cyrillic", text=CYRILLIC, topic="energy", quote=CYRILLIC), editor=editor),
        publish(
            ClaimFactory(
                ref="figure",
                figure_value=decimal.Decimal("-3.5"),
                figure_unit="USD bn",
                figure_period="2025",
                metric=MetricFactory(),
            ),
            editor=editor,
        ),
    ]
    for n, text in enumerate(HOSTILE):
        claims.append(publish(ClaimFactory(ref=f"hostile-{n}", text=text, speaker=text), editor=editor))
    ClaimFactory(ref="draft", text="A draft nobody may read")
    return claims


def test_the_workbook_has_the_csvs_rows_and_columns(client, register):
    response = client.get(reverse("claims_xlsx"))
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"] == 'attachment; filename="claims.xlsx"'
    read = workbook_rows(b"".join(response.streaming_content))
    written = csv_rows(client)
    assert_same_rows(read, written)
    refs = {row[0] for row in read[1:]}
    assert "draft" not in refs and {"persian", "cyrillic", "hostile-0"} <= refs
    by_ref = {row[0]: row for row in read[1:]}
    header = list(read[0])
    assert by_ref["persian"][header.index("text")] == PERSIAN
    assert by_ref["cyrillic"][header.index("quote")] == CYRILLIC
    assert by_ref["figure"][header.index("figure_value")] == -3.5  # a number, with no apostrophe


def test_no_cell_is_a_formula_or_an_error(client, register):
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx(client))).active
    kinds = {cell.data_type for row in sheet.iter_rows() for cell in row if cell.value is not None}
    assert kinds <= {"s", "n"}
    header = [cell.value for cell in sheet[1]]
    text = header.index("text")
    for row in sheet.iter_rows(min_row=2):
        cell = row[text]
        if cell.value and cell.value[0] in files.FORMULA_STARTS:
            assert cell.quotePrefix, cell.value  # Excel keeps it text when the cell is edited
    assert {row[text].value for row in sheet.iter_rows(min_row=2)} >= set(HOSTILE)


@pytest.mark.parametrize(
    "query",
    [{"topic": "energy"}, {"q": "Тоқаев"}, {"visit": "no-such-visit"}, {"status": "verified", "sort": "oldest"}],
)
def test_the_workbook_takes_the_filters_of_the_register_page(client, register, query):
    assert_same_rows(workbook_rows(xlsx(client, query)), csv_rows(client, query))


def test_a_refused_search_is_a_400_naming_it(client, register):
    response = client.get(reverse("claims_xlsx"), {"q": "-" * 40})
    assert response.status_code == 400
    assert response.content.decode().startswith("The search (q) could not be run: ")


def test_what_a_cell_cannot_hold_is_changed_and_said(client, editor):
    long_text = "Trade grew. " * 3000  # 36,000 characters
    publish(ClaimFactory(ref="long", text=long_text, quote="Bell\x07 and vertical\x0btab"), editor=editor)
    (header, row) = workbook_rows(xlsx(client))
    found = dict(zip(header, row, strict=True))
    assert len(found["text"]) == CELL_LIMIT and found["text"].endswith(CUT_NOTE)
    assert long_text.startswith(found["text"].removesuffix(CUT_NOTE))
    assert found["quote"] == "Bell\ufffd and vertical\ufffdtab"


def test_the_claims_page_links_the_workbook_with_its_filters(client, register):
    html = client.get("/claims/", {"topic": "energy", "page": "1"}).content.decode()
    assert 'href="/claims.xlsx?topic=energy" download>Spreadsheet (.xlsx)</a>' in html


def test_the_workbook_is_readable_cross_origin(client, register):
    response = client.get(reverse("claims_xlsx"), HTTP_ORIGIN="https://newsroom.example")
    assert response["Access-Control-Allow-Origin"] == "*"


def test_export_register_writes_workbooks(editor, tmp_path, register):
    SourceFactory(title="Қазақстан мен Иран", published_on=None)
    call_command("export_register", "--all", str(tmp_path / "csv"))
    call_command("export_register", "--all", str(tmp_path / "xlsx"), "--format", "xlsx")
    call_command("export_register", "sources", "--format", "xlsx", "--output", str(tmp_path / "sources.xlsx"))
    for table in ("visits", "outlets", "sources", "metrics", "claims", "evidence", "follow_ups"):
        written = [
            [files.restore(cell) for cell in row]
            for row in csv.reader(io.StringIO((tmp_path / "csv" / f"{table}.csv").read_bytes().decode(), newline=""))
        ]
        read = workbook_rows((tmp_path / "xlsx" / f"{table}.xlsx").read_bytes())
        assert_same_rows(read, written)
        assert openpyxl.load_workbook(tmp_path / "xlsx" / f"{table}.xlsx").active.title == table
    assert workbook_rows((tmp_path / "sources.xlsx").read_bytes()) == workbook_rows(
        (tmp_path / "xlsx" / "sources.xlsx").read_bytes()
    )


def test_export_register_refuses_a_bom_for_a_workbook(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--bom is for CSV"):
        call_command("export_register", "claims", "--format", "xlsx", "--bom", "--output", str(tmp_path / "c.xlsx"))


# --- LibreOffice ---------------------------------------------------------------------------------


@pytest.fixture
def libreoffice(tmp_path):
    """Convert files with LibreOffice headless, as it opens them by default (no import options), into CSV
    written as UTF-8 with the cells' own values (not as shown), to read what it read."""
    soffice = shutil.which("soffice")
    if soffice is None:
        message = "LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    profile = tmp_path / "libreoffice-profile"  # its own profile: runs in parallel never share one

    def convert(path) -> list[list[str]]:
        out = tmp_path / "converted"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false,false,false",
                "--outdir",
                str(out),
                str(path),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        text = (out / f"{path.stem}.csv").read_text(encoding="utf-8")
        return list(csv.reader(io.StringIO(text, newline="")))

    return convert


def test_libreoffice_reads_the_workbook_exactly(client, register, tmp_path, libreoffice):
    path = tmp_path / "claims.xlsx"
    path.write_bytes(xlsx(client))
    read = libreoffice(path)
    written = csv_rows(client)
    # LibreOffice ends a cell's lines with LF when it writes CSV: compare line ends as LF.
    assert_same_rows(read, [[cell.replace("\r\n", "\n") for cell in row] for row in written])
    by_ref = {row[0]: row for row in read[1:]}
    text = read[0].index("text")
    assert by_ref["persian"][text] == PERSIAN and by_ref["cyrillic"][text] == CYRILLIC
    assert by_ref["hostile-1"][text] == "=1+1"  # not 2: never computed


def test_libreoffice_misreads_the_csv_for_excel_and_so_the_page_offers_the_workbook(
    client, register, tmp_path, libreoffice
):
    # LibreOffice (7.4, Debian 12) opens a CSV as Windows-1252 unless told otherwise, byte-order mark or
    # not: the methodology page says so and points spreadsheet users to the workbook. When this fails,
    # LibreOffice has learnt to read the mark: the page's advice can change.
    path = tmp_path / "claims.csv"
    path.write_bytes(b"".join(client.get(reverse("claims_csv"), {"bom": "1"}).streaming_content))
    read = libreoffice(path)
    by_ref = {row[0].removeprefix("\ufeff"): row for row in read[1:]}
    assert by_ref["persian"][read[0].index("text")] != PERSIAN
    methodology = client.get("/methodology/").content.decode()
    assert "LibreOffice does not read that mark" in methodology and ".xlsx" in methodology


def test_an_import_export_dataset_becomes_the_same_workbook(register):
    # What the admin's export would hand a workbook format (csvio/admin.py): import-export's dataset, its
    # cells escaped for a CSV. dataset_rows undoes the escape, so the workbook is export_register's.
    from csvio.resources import ClaimResource
    from csvio.spreadsheet import dataset_rows, export_xlsx, write_rows

    dataset = ClaimResource().export()
    from_dataset, from_query = io.BytesIO(), io.BytesIO()
    write_rows(from_dataset, title="claims", header=dataset.headers, rows=dataset_rows(dataset, ClaimResource()))
    export_xlsx(ClaimResource(), from_query, title="claims")
    read, expected = workbook_rows(from_dataset.getvalue()), workbook_rows(from_query.getvalue())
    assert read[0] == expected[0]
    assert sorted(read[1:], key=lambda row: row[0]) == sorted(expected[1:], key=lambda row: row[0])


def test_a_dataset_of_some_columns_keeps_its_figures_numbers(register):
    # The admin's export lets an editor choose the columns: the cells follow the dataset's own header.
    from csvio.resources import ClaimResource
    from csvio.spreadsheet import dataset_rows, write_rows

    dataset = ClaimResource().export().subset(cols=["figure_value", "ref", "speaker"])
    handle = io.BytesIO()
    write_rows(handle, title="claims", header=dataset.headers, rows=dataset_rows(dataset, ClaimResource()))
    header, *rows = workbook_rows(handle.getvalue())
    assert header == ("figure_value", "ref", "speaker")
    by_ref = {row[1]: row for row in rows}
    assert by_ref["figure"][0] == -3.5
    assert by_ref["hostile-1"][2] == "=1+1"
