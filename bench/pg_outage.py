"""PostgreSQL stops while the register serves; the register says so politely and recovers by itself.

    .venv/bin/python bench/pg_outage.py

Other people's tests use the same PostgreSQL server: run this rarely and on
purpose. The outage lasts --outage seconds (default 4) and PostgreSQL is always
started again (in a finally block, then waited for with pg_isready).

Steps: (re)create a database of its own (--database, default `outage`), migrate
it and fill it with a small synthetic register; start gunicorn (2 workers,
persistent connections with health checks, as in production) and read pages so
every worker holds an open connection; stop PostgreSQL; check that the public
pages and the API answer 503 with Retry-After and the friendly text (no
traceback), and /healthz 503 with the database down; start PostgreSQL; poll
until the same gunicorn (same master, same workers) answers 200 again. Prints
the time to recover and exits non-zero if any check failed. Like the soak, it
collects the static files first, and gunicorn takes a free port (or --port,
refused when in use) and must answer with its own token (bench/servers.py).
"""

import argparse
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bench.servers import WSGI_APPLICATION, ServerError, take_port, wait_until_ours, with_token  # noqa: E402

PYTHON = sys.executable
PAGES = ["/", "/claims/", "/feed/", "/api/v1/claims/"]


def cluster() -> list[str]:
    (version,) = os.listdir("/etc/postgresql")
    return ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main"]


def pg_isready(seconds: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"]).returncode == 0:
            return time.monotonic() - start
        time.sleep(0.1)
    raise RuntimeError(f"PostgreSQL not ready after {seconds} s")


def get(url: str) -> tuple[int, dict, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, dict(answer.headers), answer.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode(errors="replace")
    except OSError as error:
        return 0, {}, str(error)


def worker_pids(master: int) -> set[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True).stdout
    return {int(pid) for pid in out.split()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="outage")
    parser.add_argument("--port", type=int, default=0, help="gunicorn's port (default: a free one)")
    parser.add_argument("--outage", type=float, default=4.0, help="Seconds PostgreSQL stays stopped.")
    args = parser.parse_args()
    try:
        port = take_port(args.port)
    except ServerError as error:
        print(f"OUTAGE FAILED: {error}")
        return 2
    import psycopg

    url = f"{args.server}/{args.database}"
    with psycopg.connect(f"{args.server}/postgres", autocommit=True) as db:
        db.execute(f"DROP DATABASE IF EXISTS {args.database} WITH (FORCE)")
        db.execute(f"CREATE DATABASE {args.database}")
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "false",
        "SECRET_KEY": "outage-only-not-secret-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "ERROR",
        "API_THROTTLE_RATE": "100000000/minute",
        "DB_CONN_MAX_AGE": "600",
    }
    env.pop("SQLITE_PATH", None)
    env, token = with_token(env)
    for command in (
        ["migrate", "--no-input"],
        ["generate_register", "--claims", "200", "--seed", "1"],
        ["collectstatic", "--noinput", "-v0"],  # the production settings' hashed static files
    ):
        subprocess.run([PYTHON, "manage.py", *command], env=env, cwd=BASE_DIR, check=True, capture_output=True)

    base = f"http://127.0.0.1:{port}"
    failures = []
    gunicorn = subprocess.Popen(
        [
            str(BASE_DIR / ".venv/bin/gunicorn"),
            WSGI_APPLICATION,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--worker-class",
            "gthread",
            "--threads",
            "2",
            "--log-level",
            "error",
        ],
        env=env,
        cwd=BASE_DIR,
    )
    stopped_at = started_at = None
    try:
        wait_until_ours(f"{base}/healthz", gunicorn, token=token, name="gunicorn")
        for _ in range(20):  # every worker thread opens its persistent connection
            for page in PAGES:
                get(base + page)
        workers = worker_pids(gunicorn.pid)
        print(
            f"gunicorn master {gunicorn.pid}, workers {sorted(workers)}; pages before the outage:",
            {page: get(base + page)[0] for page in PAGES},
        )

        stopped_at = time.monotonic()
        subprocess.run([*cluster(), "stop", "-m", "fast"], check=True)
        print(f"PostgreSQL stopped ({time.monotonic() - stopped_at:.1f} s to stop)")
        # For REGISTER_STAMP_SECONDS (1 s) a page still in the cache is served from it, stamp and all.
        time.sleep(1.2)
        during = {}
        for page in [*PAGES, "/healthz"]:
            status, headers, body = get(base + page)
            during[page] = status
            if status != 503 or "Retry-After" not in headers:
                failures.append(
                    f"{page} answered {status} (Retry-After: {headers.get('Retry-After')}) during the outage"
                )
            if "Traceback" in body or "OperationalError" in body:
                failures.append(f"{page} showed error details during the outage")
            if page == "/healthz":
                print("  /healthz during the outage:", body.strip())
                if json.loads(body).get("database") != "unavailable":
                    failures.append("/healthz did not report the database down")
            elif page.startswith("/api/"):
                print("  API during the outage:", status, headers.get("Content-Type"), body.strip())
            elif "back in a moment" not in body:
                failures.append(f"{page} did not show the friendly 503 page")
        print(f"  during the outage: {during}, Retry-After {headers.get('Retry-After')}")
        time.sleep(max(0.0, args.outage - (time.monotonic() - stopped_at)))
    finally:
        started_at = time.monotonic()
        subprocess.run([*cluster(), "start"], check=False)
        ready = pg_isready(60)
        print(
            f"PostgreSQL started again after {started_at - (stopped_at or started_at):.1f} s down; "
            f"pg_isready after {ready:.1f} s"
        )
    try:
        first_ok = None
        deadline = time.monotonic() + 60
        polls = 0
        while time.monotonic() < deadline:
            polls += 1
            if all(get(base + page)[0] == 200 for page in [*PAGES, "/healthz"]):
                first_ok = time.monotonic()
                break
            time.sleep(0.1)
        if first_ok is None:
            failures.append("the register did not recover within 60 s of PostgreSQL starting")
        else:
            print(
                f"recovered: every page and /healthz 200 again {first_ok - started_at:.2f} s after the start "
                f"command ({polls} polls), with no restart"
            )
        if worker_pids(gunicorn.pid) != workers or gunicorn.poll() is not None:
            failures.append("gunicorn's workers changed: something restarted")
        else:
            print(f"same gunicorn master {gunicorn.pid} and workers {sorted(workers)} throughout")
        after = {page: get(base + page)[0] for page in PAGES}
        print("pages after the outage:", after)
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)
        with psycopg.connect(f"{args.server}/postgres", autocommit=True) as db:
            db.execute(f"DROP DATABASE IF EXISTS {args.database} WITH (FORCE)")
    for failure in failures:
        print("FAILED:", failure)
    print("OUTAGE PASSED" if not failures else "OUTAGE FAILED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
