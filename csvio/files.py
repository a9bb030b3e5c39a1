"""Reading and writing the register's CSV files.

The file checks here (size, binary content, encoding, header) run before any
row is looked at, so a wrong file is refused with one clear message. Writing
is csvio.export's.
"""

import csv
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.template.defaultfilters import filesizeformat

# A cell beginning with one of these is read as a formula by spreadsheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The byte-order mark that tells Excel a CSV file is UTF-8 (without it, Persian and Cyrillic come out garbled).
# The importer reads files with or without it.
BOM = "\ufeff"
ESCAPE = "'"
NUL = b"\x00"
# A wrong header names at most this many columns of each kind, then counts the rest.
HEADER_NAMES_SHOWN = 10


def neutralise(value: str) -> str:
    """Make a cell safe to open in a spreadsheet, reversibly (see `restore`).

    The apostrophe is the spreadsheets' own "this is text" marker. A value that
    already begins with one gets a second, so that `restore` is exact.
    """
    if value and (value[0] in FORMULA_STARTS or value[0] == ESCAPE):
        return ESCAPE + value
    return value


def restore(value: str) -> str:
    """Undo `neutralise`: an apostrophe that escapes a formula start or an apostrophe goes."""
    if len(value) > 1 and value[0] == ESCAPE and (value[1] in FORMULA_STARTS or value[1] == ESCAPE):
        return value[1:]
    return value


class CsvFileError(Exception):
    """The file as a whole cannot be imported; the message says why and what to do."""


@dataclass
class CsvTable:
    header: list[str]
    # (spreadsheet row number, {column: cell}); the header is row 1.
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    # Rows whose shape is wrong: (row number, message).
    bad_rows: list[tuple[int, str]] = field(default_factory=list)


def check_size(size: int) -> None:
    limit = settings.IMPORT_MAX_BYTES
    if size > limit:
        raise CsvFileError(
            f"The file is {filesizeformat(size)}; the largest file an import accepts is "
            f"{filesizeformat(limit)} (setting IMPORT_MAX_BYTES). Split it into smaller files."
        )


def decode(data: bytes) -> str:
    """The file's text: UTF-8, with or without a byte order mark."""
    check_size(len(data))
    if not data.strip():
        raise CsvFileError("The file is empty: a CSV file needs a header row.")
    if NUL in data:
        # Looked for in the whole file: PostgreSQL stores no NUL, so one left in a cell would pass the
        # dry run and fail the write.
        raise CsvFileError(
            f"This is not a CSV text file: it contains binary data (a NUL byte in {nul_cell(data)}). "
            "Export the sheet as 'CSV UTF-8' and import it again."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CsvFileError(
            f"The file is not UTF-8 text (byte 0x{data[error.start]:02x} on line {line} cannot be read). "
            "Save it as 'CSV UTF-8' and import it again."
        ) from None
    if not text.strip():
        raise CsvFileError("The file is empty: a CSV file needs a header row.")
    return text


def nul_cell(data: bytes) -> str:
    """Where the file's first NUL byte is, as the import names rows and columns: "row 7, column 'text'"."""
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig", errors="replace"), newline=""))
    header: list[str] = []
    try:
        for number, cells in enumerate(reader, start=1):
            if number == 1:
                header = [name.strip() for name in cells]
            for column, cell in enumerate(cells):
                if "\x00" in cell:
                    name = header[column] if number > 1 and column < len(header) else ""
                    return f"row {number}, column " + (f"'{name}'" if name.isprintable() and name else str(column + 1))
    except csv.Error:  # the text around it does not read as CSV either: say the line
        pass
    line = data[: data.find(NUL)].count(b"\n") + 1
    return f"line {line}"


def parse(text: str, *, columns: list[str], optional: Iterable[str] = ()) -> CsvTable:
    """Split `text` into rows keyed by column, checking the header against the contract."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [name.strip() for name in next(reader)]
        check_header(header, columns=columns, optional=optional)
        table = CsvTable(header=header)
        width = len(header)
        for number, cells in enumerate(reader, start=2):
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue  # a blank line
            if len(cells) != width:
                table.bad_rows.append((number, f"has {len(cells)} cells; the header has {width} columns."))
                continue
            table.rows.append((number, dict(zip(header, map(restore, cells), strict=True))))
    except csv.Error as error:
        raise CsvFileError(f"The CSV cannot be read near line {reader.line_num}: {error}.") from None
    return table


def _listed(kind: str, names: list[str]) -> str:
    """'unknown columns 'a', 'b' and 3 more': a header of any width gives a message a person can read."""
    shown = ", ".join(f"'{name}'" for name in names[:HEADER_NAMES_SHOWN])
    more = len(names) - HEADER_NAMES_SHOWN
    return f"{kind}{'s' if len(names) > 1 else ''} {shown}" + (f" and {more:,} more" if more > 0 else "")


def check_header(header: list[str], *, columns: list[str], optional: Iterable[str] = ()) -> None:
    """Refuse a header that misses, repeats or adds columns. One pass over the header, whatever its width."""
    optional = list(optional)
    known = set(columns) | set(optional)
    seen = Counter(header)
    problems = []
    missing = [name for name in columns if name not in seen]
    if missing:
        problems.append(_listed("missing column", missing))
    unknown = [name for name in seen if name not in known]
    if unknown:
        problems.append(_listed("unknown column", unknown))
    repeated = sorted(name for name, times in seen.items() if times > 1)
    if repeated:
        problems.append(_listed("repeated column", repeated))
    if problems:
        raise CsvFileError(
            "The header row is wrong: "
            + "; ".join(problems)
            + f". The columns are: {','.join(columns)}"
            + (f" (optional: {','.join(optional)})" if optional else "")
            + "."
        )


def read(data: bytes, *, columns: list[str], optional: Iterable[str] = ()) -> CsvTable:
    return parse(decode(data), columns=columns, optional=list(optional))
