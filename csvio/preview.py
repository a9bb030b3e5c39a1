"""What an uploaded file would do, row by row: the admin's import preview.

`build` turns the dry run's report (csvio.importer) into counts for the whole file and one entry a row:
a new row with the cells it fills, a changed row with only the cells it changes (the stored value and the
file's), a refused row with its problems, an unchanged row with nothing. The preview is plain data, kept
beside the waiting file (csvio.uploads) so that each page is read from it, not checked again; `page`
picks one page of it: new, changed and refused rows by default, every row on request.
"""

import datetime
from decimal import Decimal
from typing import Any, cast

from django.core.paginator import Page, Paginator
from django.db import models

from csvio.importer import ImportReport
from csvio.tables import TABLES

#: rows on one page of the preview
PAGE_ROWS = 100
#: the kinds of row shown unless every row is asked for
NOTEWORTHY = ("new", "update", "invalid")
#: characters of a new row's cell kept for the page (the page cuts them shorter still)
SHOWN_CHARACTERS = 300
#: columns that are not a record's cells: the version it was exported at, the reason for a change
NOT_CELLS = frozenset({"version", "change_note"})


def build(report: ImportReport, rows: list[tuple[int, dict[str, str]]]) -> dict[str, Any]:
    """The preview of a dry run: `report` of the file whose rows are `rows` (number, cells)."""
    table = TABLES[report.table]
    header = list(rows[0][1]) if rows else []
    problems: dict[int, list[list[str]]] = {}
    values = dict(rows)
    for error in report.errors:
        cell = values.get(error.row, {}).get(error.column, "") if error.column else ""
        problems.setdefault(error.row, []).append([error.column, cell, error.message])
    if report.conflict:
        problems.setdefault(1, []).append(["", "", report.conflict[0].upper() + report.conflict[1:]])
    if report.file_error:
        problems.setdefault(1, []).append(["", "", report.file_error])

    outcomes = {outcome.row: outcome for outcome in report.outcomes if outcome.row not in problems}
    old = _stored_references(table, outcomes.values())
    entries = []
    for number in sorted(outcomes.keys() | problems.keys()):
        cells = values.get(number, {})
        key = " / ".join(cells.get(column, "").strip() for column in table.key if cells.get(column, "").strip())
        if number in problems:
            entries.append([number, "invalid", key, [], problems[number], ""])
            continue
        outcome = outcomes[number]
        changed: list
        if outcome.kind == "new":
            # Only the values, in the file's order, cut to what the page shows: the preview stays smaller than the file.
            changed = [cells.get(column, "")[:SHOWN_CHARACTERS] for column in header]
        elif outcome.kind == "update":
            changed = [
                [name, _stored_value(table, outcome, name, old), cells.get(name, "")] for name in outcome.changed
            ]
        else:
            changed = []
        entries.append([number, outcome.kind, key, changed, [], cells.get("change_note", "").strip()])

    counted = [entry[1] for entry in entries]
    return {
        "table": report.table,
        "header": header,
        "counts": {
            "rows": len(rows),
            "new": counted.count("new"),
            "changed": counted.count("update"),
            "unchanged": counted.count("skip"),
            "refused": counted.count("invalid"),
        },
        "entries": entries,
    }


def page(preview: dict[str, Any], *, number: int | str | None = 1, show_all: bool = False) -> Page:
    """One page of the preview's rows: new, changed and refused ones, or every row when `show_all`."""
    entries = preview["entries"] if show_all else [entry for entry in preview["entries"] if entry[1] in NOTEWORTHY]
    shown = Paginator(entries, PAGE_ROWS).get_page(number)
    shown.object_list = [
        {
            "row": row,
            "kind": kind,
            "key": key,
            "cells": _filled(preview["header"], cells) if kind == "new" else cells,
            "problems": found,
            "note": note,
        }
        for row, kind, key, cells, found, note in shown.object_list
    ]
    return shown


def _filled(header: list[str], values: list[str]) -> list[list[str]]:
    """A new row's cells that hold something, as [column, "", value]."""
    return [
        [column, "", value]
        for column, value in zip(header, values, strict=False)
        if value.strip() and column not in NOT_CELLS
    ]


def _stored_references(table, outcomes) -> dict[str, dict[Any, str]]:
    """The names (refs) of the records the changed rows' stored references point to: one query per column."""
    wanted: dict[str, set] = {}
    for outcome in outcomes:
        if outcome.kind != "update":
            continue
        for name in outcome.changed:
            if name in table.references:
                value = getattr(outcome.stored, table.model._meta.get_field(name).attname)
                if value is not None:
                    wanted.setdefault(name, set()).add(value)
    names = {}
    for column, ids in wanted.items():
        target_model, lookup = table.references[column]
        target = table.model._meta.get_field(column).target_field.name
        names[column] = dict(target_model._default_manager.filter(**{f"{target}__in": ids}).values_list(target, lookup))
    return names


def _stored_value(table, outcome, name: str, references: dict[str, dict[Any, str]]) -> str:
    """The stored cell a changed row replaces: a column of the table's own (claims.csv's mentions), else a field."""
    own = table.stored_cell(outcome.stored, name)
    return own if own is not None else _old_value(outcome.stored, name, references)


def _old_value(stored: models.Model | None, name: str, references: dict[str, dict[Any, str]]) -> str:
    """A stored field's value written as the file would write it."""
    if stored is None:
        return ""
    value = getattr(stored, cast(models.Field, stored._meta.get_field(name)).attname)
    if name in references:
        return references[name].get(value, "")
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)
