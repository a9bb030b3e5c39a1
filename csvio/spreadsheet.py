"""The register as an Excel workbook (.xlsx), the spreadsheet format: Persian and Cyrillic read right in
Excel and LibreOffice alike, with no import options (a CSV's encoding is a guess to LibreOffice).

The columns and their order are the CSV's (csvio.export.columns, from the import-export resource). Each
cell is typed, so nothing a reader typed is ever taken for a formula: text is a text cell, written as
it is (a formula character at its start is kept, and marked with the "quote prefix" that keeps Excel
from reading it as a formula when the cell is edited); figures are numbers when a spreadsheet's number
holds them exactly, else text; dates, times and true/false are text, as in the CSV, so they read back
exactly. openpyxl's write-only mode streams the rows to a temporary file, so memory stays flat whatever
the register's size; the workbook is zipped when the last row is in.

Two things a workbook cannot hold are changed, and said so here: a control character other than tab and
line ends (XML has no place for it) becomes U+FFFD, and a text longer than a cell holds (32,767
characters) is cut, ending with CUT_NOTE. The CSV holds both as they are.
"""

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, BinaryIO

from django.db.models import QuerySet
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from csvio import export, files
from csvio.resources import RegisterResource

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The longest text a cell holds (Excel's limit; openpyxl cuts silently past it).
CELL_LIMIT = 32_767
CUT_NOTE = " […cut: a spreadsheet cell holds 32,767 characters; the CSV has the whole text]"
# The characters XML 1.0 cannot carry (tab, line feed and carriage return it can).
UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Figures a spreadsheet number (a double) holds exactly, digit for digit: at most 15 significant digits.
EXACT_DIGITS = 15
WIDTHS = {"text": 60, "quote": 60, "verdict_summary": 60, "title": 50, "note": 50, "summary": 50}


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    text = UNWRITABLE.sub("\ufffd", str(value))
    if len(text) > CELL_LIMIT:
        text = text[: CELL_LIMIT - len(CUT_NOTE)] + CUT_NOTE
    return text


def _number(value: Any) -> int | float | str | None:
    """A number cell when a double holds the figure exactly; else its text, as the CSV writes it."""
    if value is None:
        return None
    if isinstance(value, int):
        return value if abs(value) < 2**53 else str(value)
    if isinstance(value, Decimal):
        digits = value.normalize().as_tuple()
        if len(digits.digits) > EXACT_DIGITS:
            return str(value)
        return int(value) if value == value.to_integral_value() else float(value)
    return value


CONVERT = {
    "text": _text,
    "number": _number,
    "truefalse": lambda value: "true" if value else "false",
    "boolean": lambda value: None if value is None else ("1" if value else "0"),
    "date": lambda value: value.isoformat() if value else None,
    "datetime": lambda value: value.isoformat() if value else None,
}


def _cell(sheet: WriteOnlyWorksheet, value):
    """`value` as a cell a spreadsheet shows and never computes. Plain values go as they are (openpyxl types
    them); a text openpyxl would take for a formula or an error is written as a text cell all the same."""
    if not isinstance(value, str) or not (value[0] in files.FORMULA_STARTS or value in ERROR_CODES):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def write_rows(handle: BinaryIO, *, title: str, header: list[str], rows: Iterable[list]) -> int:
    """Write one sheet named `title` (its header, then `rows` of values as CONVERT makes them) to `handle`;
    the number of data rows written."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"  # the header stays in view
    for index, name in enumerate(header, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS.get(name, 16)
    bold = Font(bold=True)
    heading = []
    for name in header:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        heading.append(cell)
    sheet.append(heading)
    count = 0
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
        count += 1
    workbook.save(handle)
    return count


def export_xlsx(resource: RegisterResource, handle: BinaryIO, queryset: QuerySet | None = None, *, title: str) -> int:
    """Write `queryset` (the resource's own by default) as a workbook to `handle`; the number of rows written.

    One query, read through a server-side cursor a chunk at a time (csvio.export.CHUNK rows).
    """
    queryset = resource.get_queryset() if queryset is None else resource.prepared(queryset)
    columns = export.columns(resource)
    converters = [CONVERT[column.kind] for column in columns]
    values = queryset.values_list(*(column.lookup for column in columns)).iterator(chunk_size=export.CHUNK)
    rows = ([convert(value) for convert, value in zip(converters, row, strict=True)] for row in values)
    return write_rows(handle, title=title, header=[column.name for column in columns], rows=rows)


def dataset_rows(dataset, resource: RegisterResource) -> Iterable[list]:
    """The rows of the import-export Dataset `resource` exported (its cells written for a CSV), as the cells
    `export_xlsx` writes: the CSV's escape undone (csvio.files.restore), figures as numbers. For a workbook
    format of the admin's export, which hands its format a Dataset."""
    number_columns = {column.name for column in export.columns(resource) if column.kind == "number"}
    numbers = [name in number_columns for name in dataset.headers]  # the editor may have chosen some columns
    for row in dataset:
        cells = []
        for is_number, value in zip(numbers, row, strict=True):
            value = files.restore(value) if isinstance(value, str) else value
            if is_number and isinstance(value, str) and value:
                cells.append(_number(Decimal(value)))
            else:
                cells.append(_text(value) if isinstance(value, str) or value is None else value)
        yield cells
