"""The register's performance figures, measured side by side in one run.

    make bench                      # = .venv/bin/python bench/run.py
    make bench SIZES="1000 1000000" # the cost table at a million claims (= --sizes 1000 1000000)
    .venv/bin/python bench/run.py --small 1000 --large 100000 --runs 7 --duration 10

PostgreSQL by default (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432,
no database name): it creates bench_<small> and bench_<large>, migrates them and fills
them with `generate_register` (kept between runs when the claim count already
matches; --regenerate forces a fresh one). Then:

1. cost growth: SQL queries and median latency of each page at both sizes, in process
   (Django test client, CaptureQueriesContext), with the page cache off;
2. throughput: gunicorn, 2 workers, loaded with wrk; each page's requests/second as a
   fraction of a trivial view on the same server in the same run, with a warm cache;
3. a peer: Datasette in immutable mode and this app, both serving the same SQLite
   file, on the JSON list of claims, 50 a page;
4. the CSV figures of bench/csv_bench.py, when that script exists, and the admin's bulk actions on 1,000
   claims (bench/bulk_actions.py).

Every latency is the median of --runs runs; every throughput the median of --rounds wrk
rounds, taken in turn. It prints one table and writes it to docs/performance.md:
the default sizes (1,000 and 100,000) replace the table at the top, other sizes
their own section ("Measured at 1,000,000 claims"); the "Findings" are kept.
Latency ratios must stay within 1.5 up to 100,000 claims and within 2.0 beyond.
Above 100,000 claims the peer keeps to a 100,000-claim file and the CSV part is
left to the default run (neither depends on the register's size).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import PY, ROOT, env_for, log, manage, prepare_postgres  # noqa: E402
from bench.load import peer, throughput  # noqa: E402
from bench.report import build_table, write_doc  # noqa: E402

DEFAULT_LARGE = 100_000
DEFAULT_SIZES = (1_000, DEFAULT_LARGE)


# --- Part 1: cost growth (runs in a child process per database) -----------------------
def measure_costs(runs: int) -> dict:
    """Query count and median latency of each page, against the database in DATABASE_URL."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.models import Claim

    published = Claim.objects.published()
    total = published.count()
    sample = published.order_by("id")[total // 2]
    visit_ref = sample.visit.ref
    deep = deep_cursor(published, total)
    admin = get_user_model().objects.filter(username="bench-admin").first()
    if admin is None:
        admin = get_user_model().objects.create_superuser("bench-admin", "bench@example.org", None)
    pages = cost_pages(sample.get_absolute_url(), visit_ref, deep)
    public, editor = Client(raise_request_exception=False), Client(raise_request_exception=False)
    editor.force_login(admin)
    results = {}
    for name, (url, as_admin) in pages.items():
        client = editor if as_admin else public
        if url is None:
            results[name] = {"error": "not available (no cursor pagination)"}
            continue
        began = time.perf_counter()
        response = client.get(url)
        if response.status_code != 200:
            results[name] = {"error": f"not available (HTTP {response.status_code})"}
            continue
        # Keep the run bounded: a page slower than 5 s gets the fewest runs a median allows.
        page_runs = runs if time.perf_counter() - began < 5 else 3
        timings, counts = [], []
        for _ in range(page_runs):
            with CaptureQueriesContext(connection) as queries:
                began = time.perf_counter()
                response = client.get(url)
                if hasattr(response, "streaming_content"):
                    b"".join(response.streaming_content)
                timings.append((time.perf_counter() - began) * 1000)
            counts.append(len(queries.captured_queries))
        results[name] = {
            "queries": max(counts),
            "ms": statistics.median(timings),
            "url": url,
            "runs": page_runs,
            "timings": timings,
        }
    return {"published": total, "results": results}


# The two searches, measured at every size on the public list and in the admin. The narrow one matches a few
# claims in a small register and the cap (1,000) in a large one; the broad one matches most claims at any size: a
# full page and a full candidate set at both sizes, so that its ratio is the search's cost alone, not a longer page.
NARROW, BROAD = "rail+freight", "cited+record"


def cost_pages(claim_url: str, visit_ref: str, deep: str | None) -> dict[str, tuple[str | None, bool]]:
    """The cost table's pages: name, then the address (None: not available) and whether an editor asks for it."""
    return {
        "home page": ("/", False),
        "/claims/": ("/claims/", False),
        "/claims/ filtered": ("/claims/?status=verified&topic=trade", False),
        "/claims/ searched (q)": (f"/claims/?q={NARROW}", False),
        "/claims/ searched, broad (q)": (f"/claims/?q={BROAD}", False),
        "claim page": (claim_url, False),
        # The same two pages in Persian: the interface's translations, Persian digits and the Solar Hijri dates
        # cost no query of their own, and must not grow with the register either.
        "/fa/claims/ (Persian)": ("/fa/claims/", False),
        "claim page (Persian)": (f"/fa{claim_url}", False),
        "visit page": (f"/visits/{visit_ref}/", False),
        "/api/v1/claims/ first page": ("/api/v1/claims/", False),
        "/api/v1/claims/ deep page": (f"/api/v1/claims/?cursor={deep}" if deep else None, False),
        "ClaimReview feed": ("/api/v1/claimreview.json", False),
        "admin claim list": ("/admin/claims/claim/", True),
        "admin claim search": (f"/admin/claims/claim/?q={NARROW}", True),
        "admin claim search, broad": (f"/admin/claims/claim/?q={BROAD}", True),
    }


def deep_cursor(published, total: int) -> str | None:
    """A cursor 90% of the way through the default (updated_at) ordering, as the feed would give it."""
    try:
        from api.pagination import ClaimPagination
    except ImportError:
        return None
    row = published.order_by("updated_at", "id").values_list("updated_at", "id")[int(total * 0.9)]
    pagination = ClaimPagination()
    return pagination.encode_cursor("updated_at", [row[0], row[1]], pagination._fields(published, "updated_at"))


def cost_growth(urls: dict[str, str], runs: int, rounds: int = 3) -> dict[str, dict]:
    """Each size measured in turn, `rounds` times, so drift on a shared machine hits both alike.

    A round is one fresh process per size running every page `runs` times; a page's
    figure is the median of all its runs over all rounds. The machine's load average
    (1 minute) before and after each size's round is kept beside the figures ("load"):
    other work on the machine shows in every latency, and the table says how much there was.
    """
    out = {}
    for round_ in range(1, rounds + 1):
        for label, url in urls.items():
            log(f"cost growth on {label}, round {round_} of {rounds}")
            env = env_for(database_url=url, BENCH_NO_PAGE_CACHE="1")
            load_before = os.getloadavg()[0]
            result = subprocess.run(
                [PY, str(Path(__file__)), "--child-costs", "--runs", str(runs)],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
            )
            if result.returncode != 0:
                raise RuntimeError(f"cost measurement failed:\n{result.stderr[-3000:]}")
            measured = json.loads(result.stdout.strip().splitlines()[-1])
            load = (load_before, os.getloadavg()[0])
            if label not in out:
                out[label] = {**measured, "load": [load]}
                continue
            out[label]["load"].append(load)
            for name, page in measured["results"].items():
                kept = out[label]["results"][name]
                if "timings" in page and "timings" in kept:
                    kept["timings"] += page["timings"]
                    kept["queries"] = max(kept["queries"], page["queries"])
                    kept["runs"] += page["runs"]
                    kept["ms"] = statistics.median(kept["timings"])
    return out


def csv_figures(server_url: str, rows: int, timeout: int) -> list[str]:
    script = ROOT / "bench" / "csv_bench.py"
    if not script.exists():
        return ["bench/csv_bench.py not available"]
    prepare_postgres_db(server_url, "bench_csv")
    env = env_for(database_url=f"{server_url}/bench_csv", DEBUG="true")
    env["DJANGO_SETTINGS_MODULE"] = "factregister.settings"
    command = [PY, str(script), "--rows", str(rows), "--per-row-rows", str(min(rows, 500))]
    log("CSV: " + " ".join(command[1:]))
    try:
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return [f"bench/csv_bench.py did not finish within {timeout} s"]
    if result.returncode != 0:
        return [
            "bench/csv_bench.py failed: "
            + (result.stderr.strip().splitlines()[-1] if result.stderr.strip() else str(result.returncode))
        ]
    return [line.rstrip() for line in result.stdout.splitlines() if line.strip()]


def bulk_figures(server_url: str, claims: int, timeout: int) -> list[str]:
    """The admin's bulk actions on `claims` claims (bench/bulk_actions.py), in a database of their own."""
    prepare_postgres_db(server_url, "bench_bulk")
    env = env_for(database_url=f"{server_url}/bench_bulk", DEBUG="true")
    env["DJANGO_SETTINGS_MODULE"] = "factregister.settings"
    command = [PY, str(ROOT / "bench" / "bulk_actions.py"), "--claims", str(claims)]
    log("Bulk actions: " + " ".join(command[1:]))
    try:
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return [f"bench/bulk_actions.py did not finish within {timeout} s"]
    if result.returncode != 0:
        return ["bench/bulk_actions.py failed: " + (result.stderr.strip().splitlines() or [str(result.returncode)])[-1]]
    return [f"Bulk actions on {claims:,} claims (bench/bulk_actions.py):"] + [
        line.rstrip() for line in result.stdout.splitlines() if line.strip()
    ]


def prepare_postgres_db(server_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--sizes", type=int, nargs=2, metavar=("SMALL", "LARGE"), help="both sizes at once")
    parser.add_argument("--peer-claims", type=int, default=None, help="claims in the SQLite file (default: --large)")
    parser.add_argument("--runs", type=int, default=7, help="runs per page and round for each latency median")
    parser.add_argument("--cost-rounds", type=int, default=3, help="rounds of the latency runs, the two sizes in turn")
    parser.add_argument("--rounds", type=int, default=3, help="wrk rounds per endpoint for each throughput median")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk round")
    parser.add_argument("--csv-rows", type=int, default=20_000)
    parser.add_argument("--csv-timeout", type=int, default=600)
    parser.add_argument("--skip-csv", action="store_true")
    parser.add_argument("--regenerate", action="store_true", help="regenerate the synthetic registers")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument("--costs-only", action="store_true", help="part 1 only (implies --no-write)")
    parser.add_argument("--child-costs", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.child_costs:
        print(json.dumps(measure_costs(args.runs)))
        return

    if args.sizes:
        args.small, args.large = sorted(args.sizes)
    beyond = args.large > DEFAULT_LARGE
    args.skip_csv = args.skip_csv or beyond or args.costs_only
    began = time.monotonic()
    # Production serves hashed static files (whitenoise's manifest); so does the benchmark.
    manage(env_for(), "collectstatic", "--noinput", "-v0")
    server_url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
    urls = {
        "small": prepare_postgres(server_url, f"bench_{args.small}", args.small, args.regenerate),
        "large": prepare_postgres(server_url, f"bench_{args.large}", args.large, args.regenerate),
    }
    costs = cost_growth(urls, args.runs, args.cost_rounds)
    large = costs["large"]["results"]
    sample_paths = {
        "/claims/": "/claims/",
        "claim page": large.get("claim page", {}).get("url", "/claims/missing/"),
        "/api/v1/claims/": "/api/v1/claims/",
        "/feed/ (Atom)": "/feed/",
        "ClaimReview feed": "/api/v1/claimreview.json",
    }
    through = peer_result = None
    peer_claims = args.peer_claims or min(args.large, DEFAULT_LARGE)
    if not args.costs_only:
        through = throughput(urls["large"], sample_paths, args.rounds, args.duration)
        peer_file = str(ROOT / "bench" / f"peer_{peer_claims}.sqlite3")
        peer_result = peer(peer_file, peer_claims, args.regenerate, args.rounds, args.duration)
    skipped = "measured by the default run (make bench)" if beyond else "skipped (--skip-csv)"
    csv_lines = [skipped] if args.skip_csv else csv_figures(server_url, args.csv_rows, args.csv_timeout)
    if not args.skip_csv:
        csv_lines += bulk_figures(server_url, 1_000, args.csv_timeout)

    if sys.argv[1:] == []:
        command = "make bench"
    elif sys.argv[1:] == ["--sizes", *map(str, args.sizes or [])]:
        command = f'make bench SIZES="{args.small} {args.large}"'
    else:
        command = "python bench/run.py " + " ".join(sys.argv[1:])
    load = os.getloadavg()
    context = [
        f"Machine: {os.cpu_count()} CPUs, load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} "
        "(1 / 5 / 15 min; other work on the machine shows up in every figure).",
        f"Published claims: {costs['small']['published']:,} and {costs['large']['published']:,}. "
        f"Latency: median of {args.runs} runs x {args.cost_rounds} rounds (the two sizes in turn), Django test client "
        "in process, page cache off. "
        f"Throughput: wrk -t2 -c8, median of {args.rounds} rounds of {args.duration} s, taken in turn, "
        "gunicorn 2 sync workers, per-process memory cache, warm. "
        f"Peer: {peer_claims:,} claims in one SQLite file; Datasette 1 process (its default) vs gunicorn 2 workers.",
        f"Total run time: {(time.monotonic() - began) / 60:.1f} min.",
    ]
    table = build_table(args, costs, through, peer_result, csv_lines)
    print("\n".join([f"Command: {command}", *context, "", *table]))
    if not (args.no_write or args.costs_only):
        write_doc(command, table, context, section=None if (args.small, args.large) == DEFAULT_SIZES else args.large)


if __name__ == "__main__":
    main()
