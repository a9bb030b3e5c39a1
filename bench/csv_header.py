"""How long a CSV import takes to refuse a header of 100,000 and 1,000,000 distinct column names.

    .venv/bin/python bench/csv_header.py

The header check reads the header once, whatever its width, so a file that is
all header (a 1,000,000-column one is well under IMPORT_MAX_BYTES) is refused in
about the time it takes to read it. This times the import_register path
(csvio.importer.import_file: decode, parse, check) and the admin's path
(import-export reads the file into a tablib Dataset, then the resource checks the
header) for the claims table, and prints the length of the message the editor sees.
No database is needed: the file is refused before any row is looked at.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factregister.settings")
os.environ.setdefault("DEBUG", "true")

import django  # noqa: E402

django.setup()

from import_export.formats.base_formats import CSV  # noqa: E402

from csvio import importer  # noqa: E402
from csvio.resources import ClaimResource  # noqa: E402

WIDTHS = [100_000, 1_000_000]


def wide_file(columns: int) -> bytes:
    header = ",".join(f"column_{n}" for n in range(columns))
    row = ",".join("x" for _ in range(columns))
    return f"{header}\n{row}\n".encode()


def main() -> None:
    print(f"{'columns':>10}  {'file':>9}  {'import_register':>15}  {'admin (tablib + check)':>22}  message")
    for width in WIDTHS:
        data = wide_file(width)
        began = time.perf_counter()
        report = importer.import_file("claims", data, user=None)
        command = time.perf_counter() - began
        assert report.file_error.startswith("The header row is wrong"), report.file_error[:200]

        began = time.perf_counter()
        dataset = CSV().create_dataset(data.decode())
        result = ClaimResource().import_data(dataset, dry_run=True)
        admin = time.perf_counter() - began
        assert result.has_validation_errors()

        size = f"{len(data) / 1024 / 1024:.1f} MB"
        print(f"{width:>10,}  {size:>9}  {command:>13.2f} s  {admin:>20.2f} s  {len(report.file_error):,} characters")


if __name__ == "__main__":
    main()
