"""What the admin's import preview of a 100,000-row claims CSV costs: time, page size and peak memory.

    .venv/bin/python bench/import_preview.py [--rows 100000]

It migrates a fresh SQLite database in a temporary folder, imports one visit and one source
(through the register's importer), signs an editor in with Django's test client and uploads a
claims.csv of --rows new claims to Admin → Claims → Import, as an editor's browser would. It prints
the time and size of the preview page, how many rows of the preview the page shows, the time of
the preview's second page and of its "show all rows" page (read from the kept preview, not checked
again), the process's peak resident memory before and after the upload (ru_maxrss, which counts C
allocations too) and how many files the upload left in the folder of waiting imports. Nothing is
confirmed, so nothing is written.
"""

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
WORK = Path(tempfile.mkdtemp(prefix="import-preview-"))
os.environ["SQLITE_PATH"] = str(WORK / "db.sqlite3")
os.environ["IMPORT_UPLOADS_DIR"] = str(WORK / "waiting")
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factregister.settings")
os.environ.setdefault("DEBUG", "true")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from claims.services.system import system_user  # noqa: E402
from csvio import importer  # noqa: E402

HEADER = "ref,article,visit,speaker,text,quote,topic,status,verdict_summary,is_published"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def claims_csv(rows: int) -> bytes:
    lines = [HEADER]
    lines += [
        f"claim-{n},irna,astana,Speaker {n % 50},Trade between the two countries grew by {n} tonnes,"
        f"We agreed on {n} tonnes,trade,unverified,,false"
        for n in range(rows)
    ]
    return ("\n".join(lines) + "\n").encode()


def uploads_waiting() -> int:
    """Files in the folder of waiting imports (-1 before csvio.uploads existed)."""
    try:
        from csvio import uploads
    except ImportError:
        return -1
    folder = uploads.folder()
    return sum(1 for _ in folder.iterdir()) if folder.exists() else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    rows = parser.parse_args().rows

    call_command("migrate", verbosity=0)
    visits = (
        "ref,title,host_country,start_date,end_date,location,summary,guest,guest_country\n"
        "astana,Visit,KZ,2025-06-01,2025-06-02,Astana,S,Guest,IR\n"
    )
    outlets = "name,country,kind,website\nIRNA,IR,wire,https://www.irna.ir/\n"
    sources = "ref,title,outlet,kind,url,published_on,language\nirna,Article,IRNA,article,https://www.irna.ir/x,2025-06-01,en\n"
    for table, data in (("visits", visits), ("outlets", outlets), ("sources", sources)):
        report = importer.import_file(table, data.encode(), user=system_user())
        assert not report.errors and not report.file_error, (report.errors, report.file_error)
    editor = get_user_model().objects.create_user("bench-editor", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editor"))

    data = claims_csv(rows)
    client = Client(SERVER_NAME="localhost")
    client.force_login(editor)
    before = peak_mb()
    began = time.perf_counter()
    page = client.post(
        reverse("admin:claims_claim_import"),
        {"format": "0", "resource": "0", "import_file": SimpleUploadedFile("claims.csv", data, "text/csv")},
    )
    seconds = time.perf_counter() - began
    after = peak_mb()
    body = page.content
    shown = body.count(b'<tr class="new"')
    print(f"file: {rows:,} rows, {len(data) / 1024 / 1024:.1f} MB")
    print(f"status {page.status_code}; preview page {len(body) / 1024:,.0f} KB, {shown:,} rows shown; {seconds:.1f} s")
    for label, query in (("page 2", {"page": 2}), ("show all, page 3", {"show": "all", "page": 3})):
        began = time.perf_counter()
        other = client.get(reverse("admin:claims_claim_import"), query)
        took = time.perf_counter() - began
        rows_shown = other.content.count(b'<tr class="new"')
        print(
            f"{label}: status {other.status_code}, {len(other.content) / 1024:,.0f} KB, {rows_shown} rows; {took:.2f} s"
        )
    print(f"peak RSS: {before:,.0f} MB before the upload, {after:,.0f} MB after (+{after - before:,.0f} MB)")
    print(f"waiting imports on disk after the preview: {uploads_waiting()}")


if __name__ == "__main__":
    main()
