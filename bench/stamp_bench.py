"""What reading the freshness stamp costs once it counts only public changes, on a 100,000-claim register.

    .venv/bin/python bench/stamp_bench.py [--database-url postgres://postgres@127.0.0.1:5432/bench_stamp]

The stamp (factregister.publiccache) is read once per REGISTER_STAMP_SECONDS, or on every
public request when that is 0. It used to be the newest history row of every tracked table;
it is now narrowed to public rows by EXISTS tests (claims.public.watch_public_changes). This
times both readings, median of 50, on the generated register as it is, and again after the
desk has written 20,000 draft edits and 2,000 edits of sources nothing public cites since the
last public change: the narrowed reading has to step over those rows to find a public one.
The added rows are removed at the end.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import env_for, prepare  # noqa: E402

ROUNDS = 50
DRAFT_EDITS, SOURCE_EDITS = 20_000, 2_000


def timed(sql: str, params: list) -> float:
    """The median time, in ms, of one reading of the stamp with this SQL."""
    from django.db import connection

    runs = []
    with connection.cursor() as cursor:
        for n in range(ROUNDS + 1):
            began = time.perf_counter()
            cursor.execute(sql, params)
            cursor.fetchone()
            if n:  # the first one warms the caches
                runs.append(time.perf_counter() - began)
    return statistics.median(runs) * 1000


def stamp_queries() -> tuple[tuple[str, list], tuple[str, list]]:
    """The stamp's SQL counting every history row (as before), and counting public rows only (as now)."""
    from factregister import publiccache

    narrowed = publiccache._stamp_query("default")
    filters, dated = dict(publiccache._history_filters), list(publiccache._dated_rows)
    publiccache._history_filters.clear()
    publiccache._dated_rows.clear()
    publiccache._stamp_sql.clear()
    try:
        every_row = publiccache._stamp_query("default")
    finally:
        publiccache._history_filters.update(filters)
        publiccache._dated_rows.extend(dated)
        publiccache._stamp_sql.clear()
    return every_row, narrowed


def draft_edits(cursor) -> int:
    """Write history rows of one draft and one hidden source, newer than every public change; the
    largest history ids before, to remove them after."""
    from claims.models import Claim
    from claims.public import public_sources
    from sources.models import Source

    marks = {}
    for table in ("claims_historicalclaim", "sources_historicalsource"):
        cursor.execute(f"SELECT COALESCE(MAX(history_id), 0) FROM {table}")
        marks[table] = cursor.fetchone()[0]
    draft = Claim.objects.filter(is_published=False).values_list("pk", flat=True).first()
    assert draft, "the generated register has no draft"
    hidden = Source.objects.exclude(pk__in=public_sources().values("pk")).values_list("pk", flat=True).first()
    if hidden is None:  # every generated source is cited by a published claim: add one nothing cites
        hidden = Source.objects.create(ref="bench-stamp-hidden-source", title="Synthetic source nothing cites").pk
    for table, pk, count in (
        ("claims_historicalclaim", draft, DRAFT_EDITS),
        ("sources_historicalsource", hidden, SOURCE_EDITS),
    ):
        columns = [c.name for c in cursor.db.introspection.get_table_description(cursor, table)]
        names = ", ".join(c for c in columns if c not in ("history_id", "history_date"))
        cursor.execute(
            f"INSERT INTO {table} ({names}, history_date) SELECT {names}, now() + g * interval '1 ms' "
            f"FROM (SELECT * FROM {table} WHERE id = %s ORDER BY history_id LIMIT 1) AS one, "
            "generate_series(1, %s) AS g",
            [pk, count],
        )
        cursor.execute(f"ANALYZE {table}")
    return marks


def measure() -> list[tuple[str, float, float]]:
    from django.db import connection

    (old_sql, old_params), (new_sql, new_params) = stamp_queries()
    rows = [("as generated", timed(old_sql, old_params), timed(new_sql, new_params))]
    with connection.cursor() as cursor:
        marks = draft_edits(cursor)
        try:
            label = f"after {DRAFT_EDITS:,} draft and {SOURCE_EDITS:,} hidden-source edits"
            rows.append((label, timed(old_sql, old_params), timed(new_sql, new_params)))
        finally:
            for table, mark in marks.items():
                cursor.execute(f"DELETE FROM {table} WHERE history_id > %s", [mark])
            cursor.execute("DELETE FROM sources_source WHERE ref = 'bench-stamp-hidden-source'")
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/bench_stamp")
    parser.add_argument("--claims", type=int, default=100_000)
    args = parser.parse_args()
    env = env_for(database_url=args.database_url)
    prepare(env, args.database_url, args.claims, regenerate=False)
    os.environ.update(env)
    import django

    django.setup()
    rows = measure()
    print(f"| register ({args.claims:,} claims) | every history row (ms) | public rows only (ms) |")
    print("| --- | --- | --- |")
    for label, before, after in rows:
        print(f"| {label} | {before:.2f} | {after:.2f} |")


if __name__ == "__main__":
    main()
