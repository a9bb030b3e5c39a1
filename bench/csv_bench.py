"""CSV import and export speed, measured side by side in one run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h3 .venv/bin/python bench/csv_bench.py

It migrates the database named by DATABASE_URL (PostgreSQL), adds a visit and
some sources, and builds a claims.csv of --rows claims (default 100,000). Then:

1. the register's import (csvio.importer: whole-file validation, bulk writes,
   history rows and ClaimEvent rows);
2. django-import-export's import of the same file (its own resource: natural
   key, clean_model_instances=True), in its default per-row mode and in its
   fastest mode (use_bulk, skip_diff, a cached instance loader and foreign keys
   looked up once), both printed;
3. a raw PostgreSQL COPY of the same rows (refs resolved to ids, nothing checked);
4. the streamed export (the code behind /claims.csv and export_register) of
   --rows claims and of 1,000, comparing peak Python memory (tracemalloc);
5. the workbook export (the code behind /claims.xlsx and `export_register --format
   xlsx`: openpyxl's write-only mode, into a temporary file) at the same two sizes:
   time, file size, peak Python memory, and the growth of the process's peak
   resident memory (which counts lxml's and zlib's C allocations too).

Each import runs in a transaction that is rolled back, so the runs start from
the same database. The per-row import is slow: --per-row-rows N runs it on the
first N rows only (--bulk-rows N for the fast mode, by default the same N) and
the output then says plainly that its time is extrapolated. --skip-export
measures the imports only.
"""

import argparse
import io
import os
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factregister.settings")
os.environ.setdefault("DEBUG", "true")

import django  # noqa: E402

django.setup()

import tablib  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from import_export import fields, instance_loaders, resources, widgets  # noqa: E402

from claims.models import Claim, Status, Topic, Visit  # noqa: E402
from claims.services import system_user  # noqa: E402
from csvio import importer  # noqa: E402
from sources.models import Outlet, Source  # noqa: E402

HEADER = "ref,article,visit,speaker,text,quote,topic,status,verdict_summary,is_published"
SPEAKERS = ["Kassym-Jomart Tokayev, President of Kazakhstan", "Masoud Pezeshkian, President of Iran", "Kazinform"]
STATUSES = [Status.UNVERIFIED, Status.IN_REVIEW, Status.VERIFIED, Status.DISPUTED]


class Rollback(Exception):
    pass


def setup_register():
    call_command("migrate", verbosity=0)
    visit, _ = Visit.objects.get_or_create(
        ref="bench-visit",
        defaults={
            "title": "Bench visit",
            "host_country": "KZ",
            "guest": "Masoud Pezeshkian",
            "guest_country": "IR",
            "start_date": "2025-12-11",
            "end_date": "2025-12-12",
            "location": "Astana",
        },
    )
    outlet, _ = Outlet.objects.get_or_create(name="Bench outlet")
    for n in range(20):
        Source.objects.get_or_create(ref=f"bench-source-{n}", defaults={"title": f"Bench source {n}", "outlet": outlet})
    return visit


def build_csv(rows: int) -> bytes:
    topics = Topic.values
    lines = [HEADER]
    for n in range(rows):
        status = STATUSES[n % len(STATUSES)]
        summary = "Customs figures for 2024 agree with the statement." if status in Status.verdicts() else ""
        lines.append(
            f'bench-claim-{n},bench-source-{n % 20},bench-visit,"{SPEAKERS[n % 3]}",'
            f'"Trade between Iran and Kazakhstan — “claim {n}” — will reach {n} million dollars",'
            f'"Товарооборот достигнет {n} млн; تجارت {n}",{topics[n % len(topics)]},{status},{summary},false'
        )
    return ("\r\n".join(lines) + "\r\n").encode()


def timed_in_rollback(work):
    start = time.perf_counter()
    result = None
    try:
        with transaction.atomic():
            result = work()
            elapsed = time.perf_counter() - start
            raise Rollback
    except Rollback:
        pass
    return elapsed, result


def run_register_import(data: bytes, user):
    """The import as `import_register` runs it: no transaction around it (a large file is then written
    while it is checked), so its rows are committed, and removed again afterwards."""
    history_before = Claim.history.count()
    start = time.perf_counter()
    report = importer.import_file("claims", data, user=user)
    elapsed = time.perf_counter() - start
    try:
        assert report.ok, report.errors[:5]
        assert Claim.history.count() - history_before == report.created
    finally:
        remove_bench_claims()
    return elapsed, report


class LibraryClaimResource(resources.ModelResource):
    """django-import-export's own import of claims.csv, for comparison: matched on `ref`, model rules run."""

    article = fields.Field(attribute="article", column_name="article", widget=widgets.ForeignKeyWidget(Source, "ref"))
    visit = fields.Field(attribute="visit", column_name="visit", widget=widgets.ForeignKeyWidget(Visit, "ref"))

    class Meta:
        model = Claim
        import_id_fields = ["ref"]
        clean_model_instances = True
        skip_unchanged = True


class CachedForeignKeyWidget(widgets.ForeignKeyWidget):
    """A ForeignKeyWidget that reads its model's rows once, then answers every cell from memory."""

    def __init__(self, model, field):
        super().__init__(model, field)
        self.cache = None

    def clean(self, value, row=None, **kwargs):
        if not value:
            return None
        if self.cache is None:
            self.cache = {str(getattr(obj, self.field)): obj for obj in self.get_queryset(value, row, **kwargs)}
        try:
            return self.cache[str(value)]
        except KeyError:
            raise self.model.DoesNotExist(f"{self.model._meta.verbose_name} {self.field}={value!r}") from None


class BulkLibraryClaimResource(LibraryClaimResource):
    """The same resource in django-import-export's own fastest mode: bulk writes, no diff, cached lookups.

    Its bulk writes go round the model's save(), so it writes no history rows and no workflow steps
    (the register's import writes both); model rules still run on every row (clean_model_instances).
    """

    article = fields.Field(attribute="article", column_name="article", widget=CachedForeignKeyWidget(Source, "ref"))
    visit = fields.Field(attribute="visit", column_name="visit", widget=CachedForeignKeyWidget(Visit, "ref"))

    class Meta:
        model = Claim
        import_id_fields = ["ref"]
        clean_model_instances = True
        use_bulk = True
        skip_diff = True
        batch_size = 2000
        instance_loader_class = instance_loaders.CachedInstanceLoader


def run_per_row_import(data: bytes, rows: int, user, resource_class=LibraryClaimResource):
    text = data.decode()
    lines = text.split("\r\n")
    dataset = tablib.Dataset().load("\r\n".join(lines[: rows + 1]), format="csv")

    def work():
        result = resource_class().import_data(dataset, use_transactions=True, user=user)
        assert not result.has_errors() and not result.has_validation_errors(), result.invalid_rows[:3]
        return result

    return timed_in_rollback(work)


def run_copy(data: bytes):
    def work():
        import csv

        sources = dict(Source.objects.values_list("ref", "pk"))
        visits = dict(Visit.objects.values_list("ref", "pk"))
        reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
        next(reader)
        # Every column, with the model's defaults for those the file does not carry.
        fields = [f for f in Claim._meta.concrete_fields if not f.primary_key]
        defaults = Claim()
        from django.utils import timezone

        now = timezone.now()
        columns = ", ".join(f.column for f in fields)
        with connection.cursor() as cursor, cursor.cursor.copy(f"COPY claims_claim ({columns}) FROM STDIN") as copy:
            for ref, article, visit, speaker, text, quote, topic, status, summary, published in reader:
                row = {
                    "ref": ref,
                    "article_id": sources[article],
                    "visit_id": visits[visit],
                    "speaker": speaker,
                    "text": text,
                    "quote": quote,
                    "topic": topic,
                    "status": status,
                    "verdict_summary": summary,
                    "is_published": published == "true",
                    "created_at": now,
                    "updated_at": now,
                }
                copy.write_row([row[f.attname] if f.attname in row else getattr(defaults, f.attname) for f in fields])

    # Committed, as the register's import is: the deferred foreign-key checks run at the commit.
    start = time.perf_counter()
    try:
        with transaction.atomic():
            work()
        return time.perf_counter() - start, None
    finally:
        remove_bench_claims()


def raw_copy_out(rows: int) -> float:
    """PostgreSQL's own COPY ... TO STDOUT of the exported claim rows, every column: the floor for the export."""
    start = time.perf_counter()
    rows_sql = "SELECT * FROM claims_claim WHERE ref LIKE 'bench-claim-%%' ORDER BY id LIMIT %s"
    sql = f"COPY ({rows_sql}) TO STDOUT (FORMAT csv)"
    with connection.cursor() as cursor, cursor.cursor.copy(sql, [rows]) as copy:
        for _ in copy:
            pass
    return time.perf_counter() - start


def export_peak(rows: int, user, *, traced: bool = True) -> tuple[int, float]:
    """Peak traced memory and time of streaming `rows` claims out as CSV (the rows are in the database).

    Tracing memory slows Python down; `traced=False` gives the time alone (peak 0).
    """
    queryset = (
        Claim.objects.filter(ref__startswith="bench-claim-").select_related("article", "visit").order_by("pk")[:rows]
    )
    from csvio.export import export
    from csvio.views import PublicClaimResource

    if traced:
        tracemalloc.start()
    start = time.perf_counter()
    written = 0
    with transaction.atomic():  # PostgreSQL keeps a server-side cursor open only inside a transaction
        for chunk in export(PublicClaimResource(), PublicClaimResource.public(queryset)):
            written += len(chunk)
    elapsed = time.perf_counter() - start
    if not traced:
        return 0, elapsed
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, elapsed


def xlsx_peak(rows: int, *, traced: bool = True) -> tuple[int, float, int, int]:
    """Peak traced memory, time and file size of writing `rows` claims as a workbook to a temporary file,
    and how much the process's peak resident memory grew meanwhile (bytes). Tracing slows Python down:
    `traced=False` gives the time alone (peak 0)."""
    import resource
    import tempfile

    from csvio.spreadsheet import export_xlsx
    from csvio.views import PublicClaimResource

    queryset = (
        Claim.objects.filter(ref__startswith="bench-claim-").select_related("article", "visit").order_by("pk")[:rows]
    )
    resident_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    if traced:
        tracemalloc.start()
    start = time.perf_counter()
    with tempfile.TemporaryFile() as handle, transaction.atomic():
        export_xlsx(PublicClaimResource(), handle, PublicClaimResource.public(queryset), title="claims")
        size = handle.tell()
    elapsed = time.perf_counter() - start
    peak = 0
    if traced:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    resident_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - resident_before
    return peak, elapsed, size, resident_growth


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--per-row-rows", type=int, default=None, help="run the per-row import on this many rows only")
    parser.add_argument("--skip-per-row", action="store_true")
    parser.add_argument(
        "--bulk-rows",
        type=int,
        default=None,
        help="run the fast library import on this many rows only (default: --per-row-rows)",
    )
    parser.add_argument("--skip-export", action="store_true", help="measure only the imports")
    parser.add_argument("--export-only", action="store_true", help="measure only the export")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL database: the comparison is with PostgreSQL's COPY.")

    setup_register()
    remove_bench_claims()
    user = system_user()
    data = build_csv(args.rows)
    print(f"claims.csv: {args.rows:,} rows, {len(data) / 1e6:.1f} MB, PostgreSQL {connection.pg_version}")

    if args.export_only:
        return measure_export(data, args.rows, user)
    copy_s, _ = run_copy(data)
    print(f"raw COPY:                  {copy_s:8.2f} s  ({args.rows / copy_s:,.0f} rows/s)")

    ours_s, report = run_register_import(data, user)
    print(f"register import:           {ours_s:8.2f} s  ({args.rows / ours_s:,.0f} rows/s; {report.summary()})")

    if not args.skip_per_row:
        n = min(args.per_row_rows or args.rows, args.rows)
        slice_s, _ = run_per_row_import(data, n, user)
        per_row_s = slice_s * args.rows / n
        label = "measured" if n == args.rows else f"EXTRAPOLATED from {n:,} rows measured in {slice_s:.2f} s"
        print(f"django-import-export default per-row import: {per_row_s:8.2f} s  ({n / slice_s:,.0f} rows/s; {label})")
        n = min(args.bulk_rows or args.per_row_rows or args.rows, args.rows)
        slice_s, _ = run_per_row_import(data, n, user, BulkLibraryClaimResource)
        bulk_s = slice_s * args.rows / n
        label = "measured" if n == args.rows else f"EXTRAPOLATED from {n:,} rows measured in {slice_s:.2f} s"
        print(
            f"django-import-export bulk mode (use_bulk, skip_diff, cached keys; no history or workflow rows): "
            f"{bulk_s:8.2f} s  ({n / slice_s:,.0f} rows/s; {label})"
        )
        print(f"  register import is {per_row_s / ours_s:.1f}x faster than the default import (target: at least 30x)")
        print(f"  register import is {bulk_s / ours_s:.1f}x faster than the bulk mode")
    print(f"  register import takes {ours_s / copy_s:.2f}x the time of raw COPY (target: at most 2x)")

    if not args.skip_export:
        measure_export(data, args.rows, user)


def measure_export(data, rows, user):
    # Export: load the rows for real this time, measure, then remove them.
    importer.import_file("claims", data, user=user)
    try:
        small_peak, small_s = export_peak(1_000, user)
        big_peak, big_s = export_peak(rows, user)
        print(f"export 1,000 claims:       peak {small_peak / 1e6:6.2f} MB, {small_s:.2f} s")
        print(f"export {rows:,} claims:    peak {big_peak / 1e6:6.2f} MB, {big_s:.2f} s")
        print(f"  peak memory ratio {big_peak / small_peak:.2f} (target: at most 1.2)")
        copy_s = raw_copy_out(rows)
        plain_s = export_peak(rows, user, traced=False)[1]
        print(f"raw COPY TO of the same {rows:,} claim rows: {copy_s:.2f} s; the export untraced: {plain_s:.2f} s")
        print(f"  export takes {plain_s / copy_s:.2f}x the time of raw COPY TO (target: at most 3x)")
        # Untraced first, for the time; then traced, smaller size first (peak resident memory only ever grows),
        # both past the first chunk of rows the query reads (csvio.export.CHUNK).
        _, seconds, written, _ = xlsx_peak(rows, traced=False)
        print(
            f"workbook of {rows:,} claims: {seconds:.2f} s ({rows / seconds:,.0f} rows/s, "
            f"{seconds / plain_s:.1f}x the CSV export), {written / 1e6:.1f} MB"
        )
        for size in (min(rows, 20_000), rows):
            peak, _, _, resident = xlsx_peak(size)
            print(
                f"workbook of {size:,} claims, traced: peak Python memory {peak / 1e6:.2f} MB, "
                f"peak resident memory grew {resident / 1e6:.1f} MB"
            )
    finally:
        remove_bench_claims()


def remove_bench_claims():
    """Remove the measured rows and vacuum their tables, so every run starts from the same tables.

    Rows deleted (or rolled back) stay in the tables and their indexes as dead rows until a
    vacuum; without one, each run here wrote into larger indexes than the run before.
    """
    from claims.models import ClaimEvent, ClaimSearch

    with transaction.atomic():
        ClaimEvent.objects.filter(claim_ref__startswith="bench-claim-").delete()
        Claim.objects.filter(ref__startswith="bench-claim-").delete()
        Claim.history.filter(ref__startswith="bench-claim-").delete()
    if not connection.in_atomic_block:
        tables = [
            Claim._meta.db_table,
            Claim.history.model._meta.db_table,
            ClaimEvent._meta.db_table,
            ClaimSearch._meta.db_table,
        ]
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM {', '.join(tables)}")


if __name__ == "__main__":
    main()
