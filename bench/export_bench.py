"""The export against the database's own COPY: time, the ratio to raw COPY, and memory at two sizes.

    .venv/bin/python bench/export_bench.py                       # 100,000 claims, PostgreSQL on 127.0.0.1
    .venv/bin/python bench/export_bench.py --claims 1000000

It fills a database of its own (`bench_export`, kept between runs) with the synthetic register
(`generate_register`), then, in this process:

1. raw `COPY claims_claim TO STDOUT (FORMAT csv)` and the same for claims_evidence: the floor;
2. `export_register claims` (csvio.export: the contract's columns, refs for ids, every cell
   neutralised) to /dev/null, timed, and its ratio to (1);
3. the public /claims.csv export of the published claims;
4. `export_register --all` into a temporary folder: every table, with the rows it wrote;
5. peak Python memory (tracemalloc) of the claims export at 1,000 claims and at the full size:
   flat means the same peak whatever the size.
"""

import argparse
import io
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import env_for, log, prepare_postgres  # noqa: E402


def timed(function, *args):
    began = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - began, result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432", help="PostgreSQL server URL")
    parser.add_argument("--regenerate", action="store_true", help="generate the register again")
    args = parser.parse_args()
    url = prepare_postgres(args.server, "bench_export", args.claims, args.regenerate)
    os.environ.update({k: v for k, v in env_for(database_url=url).items() if k in ("DATABASE_URL", "SECRET_KEY")})
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"

    import django

    django.setup()
    from django.db import connection

    from claims.models import Claim
    from csvio import export
    from csvio.resources import ClaimResource, EvidenceResource
    from csvio.views import PublicClaimResource

    def raw_copy(table: str) -> int:
        size = 0
        with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} TO STDOUT (FORMAT csv)") as copy:
            for block in copy:
                size += len(block)
        return size

    def to_null(chunks) -> int:
        with open(os.devnull, "wb") as null:
            return export.write(chunks, null)

    def peak(queryset) -> tuple[float, int]:
        tracemalloc.start()
        rows = to_null(export.export(ClaimResource(), queryset))
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top / 1e6, rows

    claims = Claim.objects.count()
    evidence_rows = connection.cursor().execute("SELECT count(*) FROM claims_evidence").fetchone()[0]
    log(f"{claims:,} claims, {evidence_rows:,} evidence rows")
    for _ in range(2):  # warm the buffers: the first pass reads from disk
        raw_copy("claims_claim")
        raw_copy("claims_evidence")
    raw_claims_s, raw_bytes = timed(raw_copy, "claims_claim")
    raw_evidence_s, _ = timed(raw_copy, "claims_evidence")
    export_s, rows = timed(lambda: to_null(export.export(ClaimResource())))
    evidence_s, evidence_written = timed(lambda: to_null(export.export(EvidenceResource())))
    published = PublicClaimResource.public(Claim.objects.published())
    public_s, public_rows = timed(lambda: to_null(export.export(PublicClaimResource(), published)))
    with tempfile.TemporaryDirectory() as folder:
        from django.core.management import call_command

        all_s, _ = timed(lambda: call_command("export_register", "--all", folder, stdout=io.StringIO()))
    small_peak, small_rows = peak(Claim.objects.order_by("pk")[:1000])
    big_peak, big_rows = peak(None)

    print(f"claims: {claims:,}; evidence rows: {evidence_rows:,}")
    print(f"raw COPY claims_claim TO STDOUT:   {raw_claims_s:6.2f} s ({raw_bytes / 1e6:.0f} MB)")
    print(f"raw COPY claims_evidence:          {raw_evidence_s:6.2f} s")
    print(
        f"export_register claims:            {export_s:6.2f} s for {rows:,} rows "
        f"({rows / export_s:,.0f} rows/s) = {export_s / raw_claims_s:.2f}x raw COPY (target <= 3x)"
    )
    print(
        f"export_register evidence:          {evidence_s:6.2f} s for {evidence_written:,} rows "
        f"= {evidence_s / raw_evidence_s:.2f}x raw COPY"
    )
    print(f"/claims.csv (published claims):    {public_s:6.2f} s for {public_rows:,} rows")
    print(f"export_register --all:             {all_s:6.2f} s (every table)")
    print(
        f"peak Python memory of the claims export: {small_peak:.2f} MB at {small_rows:,} rows, "
        f"{big_peak:.2f} MB at {big_rows:,} rows (ratio {big_peak / small_peak:.2f})"
    )


if __name__ == "__main__":
    main()
