"""How long a source's 404 takes when the source exists but is not public, and when it does not exist.

    .venv/bin/python bench/source_404.py [--database-url postgres://postgres@127.0.0.1:5432/bench_source404]

A 404 whose time depends on whether the ref exists tells an outsider which sources the desk holds
before anything about them is published. This asks `/sources/<ref>/` and `/api/v1/sources/<ref>/`
for a source only a draft cites and for a ref nobody has, ROUNDS times each in turn, in process
(Django's test client, the production middleware, the default cache), and prints the median and the
95th percentile of each, with the queries each answer ran. The register is the generated one
(`generate_register`, 1,000 claims by default); the hidden source and its draft are added, and
removed at the end.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import env_for, manage, prepare  # noqa: E402

ROUNDS = 500
HIDDEN_REF = "bench-source-404-hidden"
MISSING_REF = "bench-source-404-missing"


def hidden_source():
    """A source that exists but is not public: the article of a draft, cited by nothing published."""
    from claims.models import Claim, Visit
    from sources.models import Source

    source = Source.objects.create(ref=HIDDEN_REF, title="A document only a draft cites")
    Claim.objects.create(
        ref=HIDDEN_REF,
        article=source,
        visit=Visit.objects.first(),
        speaker="A speaker",
        text="A claim still being checked.",
        quote="A claim still being checked.",
    )
    return source


def remove_hidden_source() -> None:
    from claims.models import Claim
    from sources.models import Source

    Claim.objects.filter(ref=HIDDEN_REF).delete()
    Source.objects.filter(ref=HIDDEN_REF).delete()


def measure(client, address: str) -> dict[str, tuple[float, float, int]]:
    """Per ref: the median and 95th percentile time (ms) of its 404, and the queries one 404 ran."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times: dict[str, list[float]] = {HIDDEN_REF: [], MISSING_REF: []}
    for _ in range(20):  # warm the stamp, the connection and the code paths
        for ref in times:
            client.get(address.format(ref=ref))
    for _ in range(ROUNDS):
        for ref, runs in times.items():  # in turn, so that drift in the machine's load hits both alike
            began = time.perf_counter()
            response = client.get(address.format(ref=ref))
            runs.append((time.perf_counter() - began) * 1000)
            assert response.status_code == 404, (address, ref, response.status_code)
    result = {}
    for ref, runs in times.items():
        with CaptureQueriesContext(connection) as captured:
            client.get(address.format(ref=ref))
        runs.sort()
        result[ref] = (statistics.median(runs), runs[int(len(runs) * 0.95)], len(captured.captured_queries))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/bench_source404")
    parser.add_argument("--claims", type=int, default=1_000)
    args = parser.parse_args()
    if args.database_url.startswith("postgres"):
        import psycopg

        server, name = args.database_url.rsplit("/", 1)
        with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
    env = env_for(database_url=args.database_url)
    prepare(env, args.database_url, args.claims, regenerate=False)
    manage(env, "collectstatic", "--noinput", "-v0")  # the 404 page names the stylesheet by its hashed name
    os.environ.update(env)
    import django

    django.setup()
    from django.test import Client

    remove_hidden_source()
    hidden_source()
    client = Client()
    try:
        print(f"| address ({args.claims:,} claims, {ROUNDS} rounds) | ref | median (ms) | p95 (ms) | queries |")
        print("| --- | --- | --- | --- | --- |")
        for address in ("/sources/{ref}/", "/api/v1/sources/{ref}/"):
            for ref, (median, p95, queries) in measure(client, address).items():
                label = "exists, not public" if ref == HIDDEN_REF else "does not exist"
                print(f"| `{address}` | {label} | {median:.2f} | {p95:.2f} | {queries} |")
    finally:
        remove_hidden_source()


if __name__ == "__main__":
    main()
