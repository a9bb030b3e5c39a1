"""Exports at the database's speed: one query per table, streamed, every cell as the resource writes it.

The columns and how each is written are the import-export resource's (csvio.resources): its
export fields and their widgets. What changes is who does the work. On PostgreSQL the database
writes the file itself (`COPY (SELECT ...) TO STDOUT`, the cells already turned into the
resource's text and neutralised against spreadsheet formulas in the SELECT); elsewhere one query
streams plain values through a server-side cursor into `csv.writer`, converted by a function per
column. Either way rows go out as they are read, so memory stays flat and the first row leaves
before the last is read. The two paths write the same cells (tests/test_csv_export_fast.py holds
them to the resource's own per-row export).
"""

import codecs
import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db import connections
from django.db.models import QuerySet
from import_export import widgets

from csvio import files
from csvio.resources import IsoDateTimeWidget, MetricRefWidget, RegisterResource, TrueFalseWidget

# Rows per round trip on the plain path; bytes the COPY path gathers before handing them on.
CHUNK = 2_000
BLOCK = 64 * 1024


@dataclass(frozen=True)
class Column:
    name: str
    lookup: str  # what values_list() reads
    kind: str  # text, truefalse, boolean, date, datetime, number


def columns(resource: RegisterResource) -> list[Column]:
    """The resource's export columns, each with the lookup that reads it and how its cell is written."""
    found = []
    for field in resource.get_export_fields():
        widget, attribute = field.widget, field.attribute
        if isinstance(widget, widgets.ForeignKeyWidget):
            column = Column(field.column_name, f"{attribute}__{widget.field}", "text")
        elif isinstance(widget, MetricRefWidget):
            column = Column(field.column_name, "metric__ref", "text")
        elif isinstance(widget, TrueFalseWidget):
            column = Column(field.column_name, attribute, "truefalse")
        elif isinstance(widget, widgets.BooleanWidget):
            column = Column(field.column_name, attribute, "boolean")
        elif isinstance(widget, widgets.DateWidget):
            if widget.formats[0] != "%Y-%m-%d":
                raise ValueError(f"{field.column_name}: only ISO dates are written fast")
            column = Column(field.column_name, attribute, "date")
        elif isinstance(widget, IsoDateTimeWidget):
            column = Column(field.column_name, attribute, "datetime")
        elif isinstance(widget, (widgets.DecimalWidget, widgets.IntegerWidget)):
            column = Column(field.column_name, attribute, "number")
        elif type(widget) in (widgets.Widget, widgets.CharWidget):
            column = Column(field.column_name, attribute, "text")
        else:
            raise ValueError(f"{field.column_name}: no fast export for {type(widget).__name__}")
        found.append(column)
    return found


def export(resource: RegisterResource, queryset: QuerySet | None = None, *, bom: bool = False) -> Iterator[bytes]:
    """The CSV file (UTF-8 bytes, header first) of `queryset` (the resource's own by default), as it is read."""
    queryset = resource.get_queryset() if queryset is None else resource.prepared(queryset)
    cols = columns(resource)
    head = io.StringIO()
    csv.writer(head).writerow(files.neutralise(c.name) for c in cols)
    yield ((files.BOM if bom else "") + head.getvalue()).encode()
    if connections[queryset.db].vendor == "postgresql":
        yield from _copy(queryset, cols)
    else:
        yield from _plain(queryset, cols)


# --- PostgreSQL: the database writes the CSV ----------------------------------------------------

# Each cell as the resource writes it. Only text and numbers can begin with a formula character, so only they
# are neutralised; an empty text is written as NULL so that COPY leaves it unquoted, as csv.writer does.
# ascii() is the code of the first character (0 for an empty text): = + - @ tab CR and the apostrophe.
NEUTRALISE_SQL = "CASE WHEN ascii({0}) IN (61, 43, 45, 64, 9, 13, 39) THEN '''' || {0} ELSE {0} END"
CELL_SQL = {
    "text": "NULLIF(" + NEUTRALISE_SQL + ", '')",
    "number": "CASE WHEN {0} < 0 THEN '''' || {0}::text ELSE {0}::text END",
    "truefalse": "CASE WHEN {0} THEN 'true' ELSE 'false' END",
    "boolean": "CASE WHEN {0} THEN '1' WHEN NOT {0} THEN '0' END",
    "date": "to_char({0}, 'YYYY-MM-DD')",
    # datetime.isoformat() of a UTC time: microseconds only when there are some.
    "datetime": "replace(to_char({0} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), '.000000', '') || '+00:00'",
}


def _copy(queryset: QuerySet, cols: list[Column]) -> Iterator[bytes]:
    select, params = queryset.values_list(*(c.lookup for c in cols)).query.sql_with_params()
    # The inner SELECT's columns in order, renamed, so the cells can be written over them.
    inner = ", ".join(f"c{i}" for i in range(len(cols)))
    cells = ", ".join(CELL_SQL[c.kind].format(f"c{i}") for i, c in enumerate(cols))
    sql = f"COPY (SELECT {cells} FROM ({select}) AS register ({inner})) TO STDOUT WITH (FORMAT csv)"
    connection = connections[queryset.db]
    connection.ensure_connection()
    inside = False  # whether the text so far ends inside a quoted cell
    with connection.cursor() as cursor, cursor.cursor.copy(sql, params) as copy:
        pending: list[bytes] = []
        size = 0
        for block in copy:
            pending.append(bytes(block))
            size += len(block)
            if size >= BLOCK:
                chunk, inside = _crlf(b"".join(pending), inside)
                yield chunk
                pending, size = [], 0
        if pending:
            yield _crlf(b"".join(pending), inside)[0]


def _outside_quotes(chunk: bytes, inside: bool) -> tuple[list[bytes], slice, bool]:
    """`chunk` split at its quote marks, the slice of the parts that lie outside quoted cells (a line
    end there is a row's end; one within a cell is the cell's own), and whether the chunk ends inside one."""
    parts = chunk.split(b'"')
    return parts, slice(1 if inside else 0, None, 2), inside != (len(parts) % 2 == 0)


def _crlf(chunk: bytes, inside: bool) -> tuple[bytes, bool]:
    """COPY ends rows with LF; the register's files end them with CRLF, as RFC 4180 and csv.writer do.

    Returns the chunk and whether it ends inside a quoted cell.
    """
    parts, outside, inside = _outside_quotes(chunk, inside)
    parts[outside] = [part.replace(b"\n", b"\r\n") for part in parts[outside]]
    return b'"'.join(parts), inside


# --- Elsewhere: one query, a server-side cursor and csv.writer ----------------------------------


def _text(value: Any) -> str:
    return "" if value is None else files.neutralise(str(value))


def _date(value: Any) -> str:
    return value.isoformat() if value else ""


CONVERT: dict[str, Callable[[Any], str]] = {
    "text": _text,
    "truefalse": lambda value: "true" if value else "false",
    "boolean": lambda value: "" if value is None else ("1" if value else "0"),
    "date": _date,
    "datetime": _date,
    "number": _text,
}


def _plain(queryset: QuerySet, cols: list[Column]) -> Iterator[bytes]:
    converters = [CONVERT[c.kind] for c in cols]
    rows = queryset.values_list(*(c.lookup for c in cols)).iterator(chunk_size=CHUNK)
    out = io.StringIO()
    writer = csv.writer(out)
    for count, row in enumerate(rows, start=1):
        writer.writerow([convert(value) for convert, value in zip(converters, row, strict=True)])
        if count % CHUNK == 0:
            yield out.getvalue().encode()
            out.seek(0)
            out.truncate()
    if out.tell():
        yield out.getvalue().encode()


def write(chunks: Iterable[bytes], handle) -> int:
    """Write the export `chunks` to `handle` (a binary or a text file); the number of data rows written.

    The count is the number of row ends (CRLF outside quoted cells), less the header's.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    binary = "b" in getattr(handle, "mode", "") or isinstance(handle, io.BufferedIOBase | io.RawIOBase)
    rows = -1
    inside = False  # whether the text so far ends inside a quoted cell
    for chunk in chunks:
        parts, outside, inside = _outside_quotes(chunk, inside)
        rows += sum(part.count(b"\r\n") for part in parts[outside])
        handle.write(chunk if binary else decoder.decode(chunk))
    return rows
