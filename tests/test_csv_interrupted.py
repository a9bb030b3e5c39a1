"""An import killed halfway through (SIGKILL, a crash, a power cut) leaves the register as it was.

`manage.py import_register claims FILE` runs as a real process against a real
database file (SQLite) and, when DATABASE_URL is set, a PostgreSQL database of
its own. Once the rows are checked and the write has begun (the importer holds
the write lock, or PostgreSQL has given its transaction an id), the process is
killed. Nothing of the file may be in the database afterwards, and importing the
same file again then writes all of it.
"""

import os
import pty
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import dj_database_url
import psycopg
import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
ROWS = 3000
TABLES = [
    "claims_claim",
    "claims_historicalclaim",
    "claims_claimevent",
    "claims_evidence",
    "claims_visit",
    "sources_source",
    "sources_outlet",
]
WAIT = 240  # seconds: the most any step may take before the test gives up

VISITS = [
    "ref,title,host_country,guest,guest_country,start_date,end_date,location,summary",
    "astana-2025,Pezeshkian in Astana,KZ,Masoud Pezeshkian,IR,2025-12-11,2025-12-12,Astana,State visit",
]
OUTLETS = ["name,country,kind,website", "Tasnim News,IR,news,https://www.tasnimnews.com"]
SOURCES = [
    "ref,title,outlet,kind,url,published_on,language",
    "irna-astana,IRNA on the Astana talks,Tasnim News,article,https://example.org/irna,2025-12-11,en",
]


def claims_file(rows: int) -> str:
    lines = ["ref,article,visit,speaker,text,quote,topic,status,verdict_summary,is_published"]
    lines += [
        f'killed-{n},irna-astana,astana-2025,"Masoud Pezeshkian, President of Iran",'
        f'"Trade with Kazakhstan will reach {n} million dollars","«Товарооборот {n}»",trade,unverified,,false'
        for n in range(rows)
    ]
    return "\n".join(lines) + "\n"


class SqliteRegister:
    def __init__(self, tmp_path):
        self.path = tmp_path / "register.sqlite3"
        self.env = {"SQLITE_PATH": str(self.path)}

    def query(self, sql):
        with sqlite3.connect(self.path) as db:
            return db.execute(sql).fetchone()[0]

    def writing(self) -> bool:
        """True while another process holds the write lock (the import's transaction is open)."""
        db = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        try:
            db.execute("BEGIN IMMEDIATE")
            db.execute("ROLLBACK")
            return False
        except sqlite3.OperationalError:
            return True
        finally:
            db.close()

    def drop(self):
        pass


class PostgresRegister:
    def __init__(self, tmp_path):
        server = dj_database_url.parse(os.environ["DATABASE_URL"])
        self.name = f"{server['NAME']}_interrupted"
        self.conninfo = {
            "host": server["HOST"] or "127.0.0.1",
            "port": server["PORT"] or 5432,
            "user": server["USER"],
            "password": server["PASSWORD"] or None,
        }
        self.admin("DROP DATABASE IF EXISTS {} WITH (FORCE)")
        self.admin("CREATE DATABASE {}")
        url = os.environ["DATABASE_URL"].rsplit("/", 1)[0] + f"/{self.name}"
        self.env = {"DATABASE_URL": url}

    def admin(self, sql):
        with psycopg.connect(dbname="postgres", autocommit=True, **self.conninfo) as db:
            db.execute(sql.format(self.name))

    def query(self, sql):
        with psycopg.connect(dbname=self.name, **self.conninfo) as db:
            return db.execute(sql).fetchone()[0]

    def writing(self) -> bool:
        """True once a session on the register has written something in a transaction not yet committed."""
        return bool(
            self.query(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL"
            )
        )

    def drop(self):
        self.admin("DROP DATABASE IF EXISTS {} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def register(request, tmp_path):
    if request.param == "postgresql" and not os.environ.get("DATABASE_URL"):
        pytest.skip("set DATABASE_URL to run against PostgreSQL too")
    database = SqliteRegister(tmp_path) if request.param == "sqlite" else PostgresRegister(tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SQLITE_PATH", "DJANGO_SETTINGS_MODULE")}
    database.env = {**env, **database.env, "DEBUG": "true", "LOG_LEVEL": "WARNING"}
    manage(database, "migrate", "--no-input")
    # One restore loads the visit, outlet and source the claims refer to (claims and evidence empty).
    backup = tmp_path / "backup"
    backup.mkdir()
    files = {
        "visits": VISITS,
        "outlets": OUTLETS,
        "sources": SOURCES,
        "claims": claims_file(0).splitlines(),
        "evidence": ["claim,source,stance,quote,note"],
    }
    for name, lines in files.items():
        (backup / f"{name}.csv").write_text("\n".join(lines) + "\n")
    manage(database, "import_register", "--all", str(backup))
    yield database
    database.drop()


def manage(database, *args):
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=database.env,
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert done.returncode == 0, f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr[-3000:]}"


def counts(database) -> dict:
    return {table: database.query(f"SELECT count(*) FROM {table}") for table in TABLES}


def import_and_kill_while_writing(database, path) -> tuple[int, str]:
    """Run the import with its progress bar on a terminal; SIGKILL it once its write has begun."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "manage.py", "import_register", "claims", str(path)],
        cwd=BASE_DIR,
        env=database.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=terminal,
    )
    os.close(terminal)
    output, checked = "", False
    deadline = time.monotonic() + WAIT
    try:
        while process.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 0.01)
            if ready:
                try:
                    output += os.read(controller, 4096).decode(errors="replace")
                except OSError:
                    break
            checked = checked or f"{ROWS}/{ROWS}" in output
            if checked and database.writing():
                process.send_signal(signal.SIGKILL)
                break
        process.wait(timeout=WAIT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(controller)
    return process.returncode, output + process.stdout.read().decode(errors="replace")


def test_an_import_killed_while_writing_leaves_the_database_as_it_was(register, tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text(claims_file(ROWS))
    before = counts(register)
    assert before["claims_claim"] == 0 and before["sources_source"] == 1

    returncode, output = import_and_kill_while_writing(register, path)

    assert returncode == -signal.SIGKILL, f"the import ended by itself before it could be killed:\n{output[-2000:]}"
    assert "claims:" not in output.replace("claims: checking", "")  # it never reported a finished import
    assert counts(register) == before
    assert register.query("SELECT count(*) FROM claims_claim WHERE ref LIKE 'killed-%'") == 0

    # The register is not left locked or half-migrated: the same file imports whole.
    manage(register, "import_register", "claims", str(path))
    after = counts(register)
    assert after["claims_claim"] == ROWS
    assert after["claims_historicalclaim"] == before["claims_historicalclaim"] + ROWS
