"""Soak: the public register under load while an import and a publish run.

    .venv/bin/python bench/soak.py            # 60 s, 64 connections, 10,000 imported, 1,000 published

It (re)creates a PostgreSQL database of its own (--database, default `soak`) on
the server of DATABASE_URL (default postgres://postgres@127.0.0.1:5432), fills
it with a synthetic register (generate_register), imports the visits, outlets
and sources the soak's files refer to, and 1,000 unpublished claims with
independent evidence. Then, on 127.0.0.1:

* gunicorn serves the register (--workers, gthread, DEBUG off, production settings);
* wrk (bench/soak.lua) spreads GETs over the public pages, the Atom feed, the
  API feed and the sitemap for --duration seconds at --connections connections;
* while wrk runs: `manage.py import_register claims FILE` (--claims rows) and a
  publish of --publish claims through the admin's bulk actions ("Set verdict…", then
  "Publish": claims.services.apply_to_each, each batch one transaction).

Before gunicorn starts, it collects the static files the production settings serve
(`manage.py collectstatic`). gunicorn gets a free port (or --port, refused when another
program holds it) and a token of its own (bench/servers.py); the soak measures only once
the token comes back, and bench/soak.lua counts every answer that lacks it.

It prints requests/second, latencies, answers by class and socket errors, checks
that every imported claim is present and every claim published, stops everything
it started, and exits non-zero, saying why, when a 5xx, an answer from another
server, a connection error or a missing row was seen.
`python bench/soak.py publish N` is the publisher (run by the soak).
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bench.servers import WSGI_APPLICATION, ServerError, still_ours, take_port, wait_until_ours, with_token  # noqa: E402

PYTHON = sys.executable
HEADER = "ref,article,visit,speaker,text,quote,topic,status,verdict_summary,is_published"
TOPICS = ["trade", "transport", "energy", "agreements", "diplomacy"]


def django_setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factregister.settings")
    import django

    django.setup()


# --- run inside the soak database (child processes) ----------------------------------
def prepare(publish: int) -> None:
    """Base register, the import's references, and `publish` claims ready to be published."""
    django_setup()
    from django.core.management import call_command

    from claims.models import Claim, Visit
    from claims.services import system_user
    from csvio import importer as importing

    call_command("migrate", verbosity=0)
    call_command("generate_register", claims=2000, seed=1, verbosity=0)
    user = system_user()
    files = {
        "visits": [
            "ref,title,host_country,guest,guest_country,start_date,end_date,location,summary",
            "soak-visit,Soak visit to Astana,KZ,Masoud Pezeshkian,IR,2025-12-11,2025-12-12,Astana,Soak",
        ],
        "outlets": ["name,country,kind,website", "Soak Wire,KZ,wire,https://wire.example.org"],
        "sources": ["ref,title,outlet,kind,url,published_on,language"]
        + [
            f"soak-source-{n},Soak source {n},Soak Wire,article,https://wire.example.org/{n},2025-12-11,en"
            for n in range(20)
        ],
        "claims": [HEADER]
        + [
            f'soak-publish-{n},soak-source-{n % 20},soak-visit,"Soak speaker",'
            f'"Trade will reach {n} million (to publish)","Quote {n}",{TOPICS[n % 5]},unverified,,false'
            for n in range(publish)
        ],
        "evidence": ["claim,source,stance,quote,note"]
        + [f"soak-publish-{n},soak-source-{(n + 1) % 20},corroborates,Customs data {n},Soak" for n in range(publish)],
    }
    for name, lines in files.items():
        report = importing.import_file(name, ("\n".join(lines) + "\n").encode(), user=user)
        assert report.ok, (name, [str(e) for e in report.errors[:5]], report.file_error)
    published = list(Claim.objects.published().order_by("-published_at").values_list("ref", flat=True)[:40])
    paths = [
        "/",
        "/claims/",
        "/claims/?page=2",
        "/claims/?topic=trade",
        "/claims/?q=trade",
        "/corrections/",
        "/sources/",
        "/figures/",
        "/methodology/",
        "/feed/",
        "/sitemap.xml",
        "/api/v1/claims/",
        "/api/v1/claims/?topic=trade",
        "/api/v1/visits/",
        "/api/v1/sources/",
    ]
    paths += [f"/claims/{ref}/" for ref in published]
    paths += [f"/visits/{ref}/" for ref in Visit.objects.values_list("ref", flat=True)[:5]]
    articles = Claim.objects.published().values_list("article__ref", flat=True).distinct()[:10]
    paths += [f"/sources/{ref}/" for ref in articles]
    print("PATHS " + json.dumps(paths))


def publish_claims(count: int) -> None:
    """Publish the prepared claims as an editor does in the admin: "Set verdict…", then "Publish".

    Both are the admin's bulk actions (claims.services.claims_set_verdict, claims_publish): each claim
    checked on its own through the write core, the batch written and committed once.
    """
    django_setup()
    from claims import services
    from claims.models import Claim, Status

    user = services.system_user()
    start = time.perf_counter()
    batch = Claim.objects.filter(ref__startswith="soak-publish-").order_by("id")[:count]
    outcome = services.claims_set_verdict(
        batch, user=user, status=Status.VERIFIED, verdict_summary="Customs figures agree with the statement."
    )
    assert not outcome.refused and len(outcome.done) == count, list(outcome.refused.values())[:3]
    set_seconds = time.perf_counter() - start
    outcome = services.claims_publish(batch, user=user)
    assert not outcome.refused and len(outcome.done) == count, list(outcome.refused.values())[:3]
    print(
        f"set the verdict of {count} claims in {set_seconds:.1f} s, published them in "
        f"{time.perf_counter() - start - set_seconds:.1f} s"
    )


# --- the soak (parent process) ------------------------------------------------------
def admin_sql(server: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as db:
        db.execute(sql)


def query(url: str, sql: str):
    import psycopg

    with psycopg.connect(url) as db:
        return db.execute(sql).fetchone()[0]


def stop(process: subprocess.Popen | None, name: str) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        print(f"{name} did not stop on SIGTERM; killing it")
        process.kill()
        process.wait()


class DatabaseSampler:
    """What the database's sessions wait on, ten times a second, while the load runs (pg_stat_activity)."""

    def __init__(self, url: str):
        import threading

        self.url, self.samples, self.running = url, [], True
        self.thread = threading.Thread(target=self.run, daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.running = False
        self.thread.join(timeout=5)

    def run(self) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as db:
            while self.running:
                rows = db.execute(
                    "SELECT state, coalesce(wait_event_type, ''), coalesce(wait_event, '') FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
                ).fetchall()
                self.samples.append((time.time(), rows))
                time.sleep(0.1)


def tail_report(access_log: Path, writers_began: float, writers_ended: float, sampler: DatabaseSampler) -> None:
    """Where the slow requests are: when (writers running or not), which pages, what the database waited on."""
    import datetime
    import statistics
    from collections import Counter

    rows = []
    for line in access_log.read_text().splitlines():
        try:
            stamp, path, status, micros = line.rsplit(" ", 3)
            when = datetime.datetime.strptime(stamp.strip("[]"), "%d/%b/%Y:%H:%M:%S %z").timestamp()
        except ValueError:
            continue
        rows.append((when, path, status, int(micros) / 1000))
    if not rows:
        print("tail: no access log lines")
        return

    def percentiles(times: list[float]) -> str:
        if len(times) < 20:
            return f"{len(times)} requests"
        cuts = statistics.quantiles(times, n=100)
        return (
            f"{len(times)} requests, p50 {cuts[49]:.0f} ms, p95 {cuts[94]:.0f} ms, p99 {cuts[98]:.0f} ms, "
            f"max {max(times):.0f} ms"
        )

    during = [ms for when, _, _, ms in rows if writers_began <= when <= writers_ended]
    outside = [ms for when, _, _, ms in rows if not writers_began <= when <= writers_ended]
    print("tail: server-side time (gunicorn access log), while the writers ran: " + percentiles(during))
    print("tail: server-side time, before and after them:                   " + percentiles(outside))
    slow = [row for row in rows if row[3] > 250]
    by_path = Counter(path.split("?")[0].rstrip("/").rsplit("/", 1)[0] + "/..." for _, path, _, _ in slow)
    print(
        f"tail: {len(slow)} requests over 250 ms, by kind of page: "
        + ", ".join(f"{p} {n}" for p, n in by_path.most_common(6))
    )
    waits: Counter = Counter()
    active = []
    for _, sessions in sampler.samples:
        active.append(sum(1 for state, _, _ in sessions if state == "active"))
        for state, kind, event in sessions:
            if state == "active" and kind and kind != "Client":
                waits[f"{kind}:{event}"] += 1
    if sampler.samples:
        print(
            f"tail: database sessions active per sample: mean {statistics.mean(active):.1f}, max {max(active)}; "
            "waits seen (samples): " + (", ".join(f"{k} {n}" for k, n in waits.most_common(6)) or "none")
        )


def soak(args) -> int:
    try:
        port = take_port(args.port)
    except ServerError as error:
        print(f"SOAK FAILED: {error}")
        return 2
    base = f"http://127.0.0.1:{port}"
    server = args.server.rstrip("/")
    url = f"{server}/{args.database}"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "false",
        "SECRET_KEY": "soak-only-not-secret-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "API_THROTTLE_RATE": "100000000/minute",
        "LOG_LEVEL": "WARNING",
        "DB_CONN_MAX_AGE": "60",
    }
    env.pop("SQLITE_PATH", None)
    env, token = with_token(env)
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    claims_csv = work / "soak-claims.csv"
    lines = [HEADER] + [
        f'soak-import-{n},soak-source-{n % 20},soak-visit,"Masoud Pezeshkian, President of Iran",'
        f'"Trade between Iran and Kazakhstan will reach {n} million dollars","«Товарооборот {n}»",'
        f"{TOPICS[n % 5]},unverified,,false"
        for n in range(args.claims)
    ]
    claims_csv.write_text("\n".join(lines) + "\n")

    print(f"preparing database {args.database} ...", flush=True)
    admin_sql(server, f"DROP DATABASE IF EXISTS {args.database} WITH (FORCE)")
    admin_sql(server, f"CREATE DATABASE {args.database}")
    prepared = subprocess.run(
        [PYTHON, __file__, "prepare", str(args.publish)],
        env={**env, "DJANGO_SETTINGS_MODULE": "bench.settings"},  # the synthetic register's generator is the bench's
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if prepared.returncode:
        print(prepared.stdout, prepared.stderr[-4000:])
        return 2
    paths = json.loads(next(line for line in prepared.stdout.splitlines() if line.startswith("PATHS "))[6:])
    # The production settings serve hashed static files (whitenoise's manifest): without them every page is a 500.
    collected = subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"],
        env=env,
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
    )
    if collected.returncode:
        print(f"SOAK FAILED: collectstatic failed:\n{collected.stderr[-3000:]}")
        return 2

    access_log = work / "access.log"
    access_log.unlink(missing_ok=True)
    load_before = f"{os.getloadavg()[0]:.2f}"
    gunicorn = wrk = importer = publisher = None
    started = time.monotonic()
    try:
        gunicorn = subprocess.Popen(
            [
                str(BASE_DIR / ".venv/bin/gunicorn"),
                WSGI_APPLICATION,
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(args.workers),
                "--worker-class",
                args.worker_class,
                "--threads",
                str(args.threads),
                "--timeout",
                "60",
                "--backlog",
                "2048",
                "--log-level",
                "warning",
                # Each request's path, status and time taken (microseconds), for the tail's analysis.
                "--access-logfile",
                str(access_log),
                "--access-logformat",
                "%(t)s %(U)s %(s)s %(D)s",
            ],
            env=env,
            cwd=BASE_DIR,
        )
        try:
            wait_until_ours(f"{base}/healthz", gunicorn, token=token, name="gunicorn")
        except ServerError as error:
            print(f"SOAK FAILED: {error}")
            return 2
        print(
            f"gunicorn up ({args.workers} {args.worker_class} workers x {args.threads} threads); "
            f"wrk for {args.duration} s at {args.connections} connections over {len(paths)} paths",
            flush=True,
        )
        wrk = subprocess.Popen(
            [
                "/usr/bin/wrk",
                "-t",
                "2",
                "-c",
                str(args.connections),
                "-d",
                f"{args.duration}s",
                "--timeout",
                "10s",
                "-s",
                str(BASE_DIR / "bench/soak.lua"),
                base,
                "--",
                f"instance={token}",
                *paths,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        sampler = DatabaseSampler(url)
        sampler.start()
        time.sleep(3)  # let the load settle before the writers start
        t_writers = time.monotonic()
        writers_began = time.time()
        # --writers-nice: the batch jobs at a lower CPU priority than the web workers.
        lower = (lambda: os.nice(args.writers_nice)) if args.writers_nice else None
        importer = subprocess.Popen(
            [PYTHON, "manage.py", "import_register", "claims", str(claims_csv)],
            preexec_fn=lower,  # noqa: PLW1509 - only os.nice, before exec
            env=env,
            cwd=BASE_DIR,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        publisher = subprocess.Popen(
            [PYTHON, __file__, "publish", str(args.publish)],
            preexec_fn=lower,  # noqa: PLW1509 - only os.nice, before exec
            env=env,
            cwd=BASE_DIR,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        limit = args.duration + 300
        import_out, import_err = importer.communicate(timeout=limit)
        import_seconds = time.monotonic() - t_writers
        publish_out, publish_err = publisher.communicate(timeout=limit)
        publish_seconds = time.monotonic() - t_writers
        writers_ended = time.time()
        wrk_out, _ = wrk.communicate(timeout=limit)
        sampler.stop()
        try:
            still_ours(f"{base}/healthz", gunicorn, token=token, name="gunicorn")
            gone = None
        except ServerError as error:
            gone = str(error)
    finally:
        for process, name in [(importer, "import"), (publisher, "publish"), (wrk, "wrk"), (gunicorn, "gunicorn")]:
            stop(process, name)

    line = next((line for line in wrk_out.splitlines() if line.startswith("SOAK ")), None)
    figures = json.loads(line[5:]) if line else {}
    if gone or figures.get("foreign"):
        # Not the register's figures: say so, and print none of them.
        foreign = f"{figures.get('foreign', 0):,} answers came without gunicorn's token: another server gave them"
        print(f"SOAK FAILED: {gone or foreign}")
        if not args.keep:
            admin_sql(server, f"DROP DATABASE IF EXISTS {args.database} WITH (FORCE)")
        return 2
    print(wrk_out)
    imported = query(url, "SELECT count(*) FROM claims_claim WHERE ref LIKE 'soak-import-%'")
    imported_history = query(url, "SELECT count(*) FROM claims_historicalclaim WHERE ref LIKE 'soak-import-%'")
    published = query(url, "SELECT count(*) FROM claims_claim WHERE ref LIKE 'soak-publish-%' AND is_published")
    errors = sum(figures.get(k, 0) for k in ("connect_errors", "read_errors", "write_errors", "timeouts"))
    print(
        f"import ({args.claims} claims): exit {importer.returncode} after {import_seconds:.1f} s: "
        f"{import_out.strip() or import_err.strip()[-500:]}"
    )
    print(
        f"publish ({args.publish} claims): exit {publisher.returncode} after {publish_seconds:.1f} s: "
        f"{publish_out.strip() or publish_err.strip()[-500:]}"
    )
    print(
        f"requests: {figures.get('requests')} in {figures.get('seconds')} s = {figures.get('rps')} req/s; "
        f"latency p50 {figures.get('p50_ms')} ms, p95 {figures.get('p95_ms')} ms, p99 {figures.get('p99_ms')} ms, "
        f"max {figures.get('max_ms')} ms"
    )
    print(
        f"answers: 2xx {figures.get('2xx')}, 3xx {figures.get('3xx')}, 4xx {figures.get('4xx')}, "
        f"5xx {figures.get('5xx')}; non-2xx/3xx {figures.get('4xx', 0) + figures.get('5xx', 0)}; "
        f"socket errors {errors} (connect {figures.get('connect_errors')}, read {figures.get('read_errors')}, "
        f"write {figures.get('write_errors')}, timeout {figures.get('timeouts')})"
    )
    tail_report(access_log, writers_began, writers_ended, sampler)
    inside = "inside" if max(import_seconds, publish_seconds) + 3 <= args.duration else "NOT inside"
    print(
        f"the writers finished {inside} the {args.duration} s load window; load average before/after: "
        f"{load_before} / {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
    )
    print(
        f"rows: imported claims present {imported}/{args.claims} (history rows {imported_history}), "
        f"published {published}/{args.publish}; whole soak {time.monotonic() - started:.0f} s"
    )
    if not args.keep:
        admin_sql(server, f"DROP DATABASE IF EXISTS {args.database} WITH (FORCE)")
    failures = answer_failures(figures, errors)
    if importer.returncode or publisher.returncode:
        failures.append(f"the import exited {importer.returncode}, the publish {publisher.returncode}")
    if not imported == imported_history == args.claims or published != args.publish:
        failures.append("rows are missing (above)")
    for failure in failures:
        print(f"SOAK FAILED: {failure}")
    print("SOAK FAILED" if failures else "SOAK PASSED")
    return 1 if failures else 0


def answer_failures(figures: dict, socket_errors: int) -> list[str]:
    """What is wrong with wrk's answers; a share of 5xx over 1% means the register was not serving at all."""
    if not figures:
        return ["wrk printed no figures"]
    failures = []
    if figures["5xx"]:
        share = figures["5xx"] / max(1, figures["requests"])
        failures.append(
            f"{figures['5xx']:,} of {figures['requests']:,} answers were 5xx ({share:.1%})"
            + (": the register was not serving, and the figures above are not its own" if share > 0.01 else "")
        )
    if figures["4xx"]:
        failures.append(f"{figures['4xx']:,} answers were 4xx")
    if socket_errors:
        failures.append(f"{socket_errors:,} socket errors")
    return failures


def main():
    if len(sys.argv) == 3 and sys.argv[1] in ("prepare", "publish"):
        (prepare if sys.argv[1] == "prepare" else publish_claims)(int(sys.argv[2]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", default=os.environ.get("SOAK_SERVER", "postgres://postgres@127.0.0.1:5432"))
    parser.add_argument("--database", default="soak")
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--publish", type=int, default=1_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4, help="threads per worker (gthread)")
    parser.add_argument("--worker-class", default="gthread", choices=["gthread", "sync"])
    parser.add_argument("--writers-nice", type=int, default=0, help="run the import and the publisher at this nice")
    parser.add_argument(
        "--port", type=int, default=0, help="gunicorn's port (default: a free one); refused when already in use"
    )
    parser.add_argument("--workdir", default="/tmp/factregister-soak")
    parser.add_argument("--keep", action="store_true", help="Keep the soak database afterwards.")
    return soak(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
