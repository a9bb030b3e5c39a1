"""Repeated-claim suggestions: quality on the demo register, latency at 100,000 claims.

    createdb -h 127.0.0.1 -U postgres h7_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h7_bench .venv/bin/python bench/repeats_bench.py
    DATABASE_URL=sqlite:////tmp/repeats_bench.sqlite3 .venv/bin/python bench/repeats_bench.py   # the fallback

It migrates the database named by DATABASE_URL (it is cleared: use a scratch
database), then:

1. quality: loads the demo register and, for each known repeat in
   claims.demo.data.REPEATS, unlinks the appearance (in a transaction that is
   rolled back) and asks for its suggestions: is the first appearance in the
   top three?
2. latency: fills the database with `generate_register --claims N` (default
   100,000) plus the demo register, and times claims.repeats.suggestions.suggestions() for
   the demo's appearances and for synthetic claims picked at random: median,
   95th percentile and worst, in milliseconds.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factregister.settings")
os.environ.setdefault("DEBUG", "true")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Group, Permission  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from claims.demo import data  # noqa: E402
from claims.demo.loader import load_demo  # noqa: E402
from claims.models import Claim  # noqa: E402
from claims.repeats.services import repeat_unlink  # noqa: E402
from claims.repeats.suggestions import suggestions  # noqa: E402
from claims.roles import sync_roles  # noqa: E402
from claims.services import system_user  # noqa: E402


class Rollback(Exception):
    pass


def quality() -> tuple[int, list[str]]:
    lines, found = [], 0
    user = system_user()
    for appearance_ref, first_ref in data.REPEATS:
        try:
            with transaction.atomic():
                appearance = Claim.objects.get(ref=appearance_ref)
                repeat_unlink(claim=appearance, user=user)
                top = suggestions(appearance, limit=3)
                raise Rollback(top)
        except Rollback as done:
            top = done.args[0]
        refs = [s.claim.ref for s in top]
        hit = first_ref in refs
        found += hit
        shown = ", ".join(f"{s.claim.ref} ({s.similarity:.2f})" for s in top) or "nothing"
        lines.append(f"  {'FOUND' if hit else 'MISSED'}  {appearance_ref} -> {first_ref}; top three: {shown}")
    return found, lines


def timed(claims: list[Claim]) -> list[float]:
    times = []
    for claim in claims:
        started = time.perf_counter()
        suggestions(claim)
        times.append((time.perf_counter() - started) * 1000)
    return times


def describe(label: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return (
        f"  {label}: {len(times)} lookups, median {statistics.median(ordered):.1f} ms, "
        f"p95 {p95:.1f} ms, worst {ordered[-1]:.1f} ms"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=30)
    args = parser.parse_args()

    print(f"Database: {connection.vendor} ({connection.settings_dict['NAME']})")
    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    sync_roles(Group, Permission)  # flush empties the roles' groups, which migrations made

    load_demo()
    found, lines = quality()
    print(f"Quality on the demo register: {found} of {len(data.REPEATS)} known repeats in the top three.")
    print("\n".join(lines))

    started = time.perf_counter()
    call_command("generate_register", claims=args.claims, clear=True, seed=1, verbosity=0)
    load_demo()
    print(f"Filled with {Claim.objects.count():,} claims in {time.perf_counter() - started:.0f} s.")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE claims_claim")

    demo = list(Claim.objects.filter(ref__in=[a for a, _ in data.REPEATS]))
    ids = list(Claim.objects.exclude(ref__in=[c["ref"] for c in data.CLAIMS]).values_list("pk", flat=True))
    synthetic = list(Claim.objects.filter(pk__in=random.Random(1).sample(ids, min(args.samples, len(ids)))))
    timed(demo[:1])  # warm the connection and the caches
    print(f"Latency of suggestions() at {Claim.objects.count():,} claims:")
    print(describe("demo appearances", timed(demo * 5)))
    print(describe("synthetic claims", timed(synthetic)))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            text = demo[0].text
            cursor.execute(
                "EXPLAIN SELECT id FROM claims_claim WHERE text %% %s ORDER BY similarity(text, %s) DESC LIMIT 5",
                [text, text],
            )
            plan = "\n".join(row[0] for row in cursor.fetchall())
        print("  plan uses the trigram index:", "claim_text_trgm" in plan)


if __name__ == "__main__":
    main()
