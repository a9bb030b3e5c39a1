import os
import re
import sys
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; Django refuses
# ORM calls from such a thread unless told this is intended.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from tests.factories import UserFactory  # noqa: E402


@pytest.fixture
def contributor(db):
    return UserFactory(username="contributor", role="Contributor")


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", role="Editor")


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_superuser=True)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def contributor_client(client, contributor):
    client.force_login(contributor)
    return client


@pytest.fixture(autouse=True, scope="session")
def import_uploads_dir(tmp_path_factory):
    """Admin imports waiting for Confirm (csvio/uploads.py) go to this test run's own folder, not the machine's."""
    from django.conf import settings

    settings.IMPORT_UPLOADS_DIR = str(tmp_path_factory.mktemp("waiting-imports"))


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache: no page, stamp or throttle count carried over."""
    from django.core.cache import cache

    cache.clear()
    yield


# --- Every write of the register's tables goes through the write core ------------------------------
PROJECT = str(Path(__file__).resolve().parent.parent) + os.sep
# Where the register's rows may be written from: the write core, the tests' own set-up, the benchmark's
# generator (which fills an empty database for measurement), and migrations.
CORE = (
    "claims/services/",
    "claims/commitments/services.py",
    "claims/repeats/services.py",
    "claims/figures/services.py",
    "claims/tips/services.py",
    "claims/transparency/services.py",
)
WRITERS = (*CORE, "tests/", "bench/")
# Code the core writes through: the first frame above these is the writer.
MACHINERY = ("factregister/history.py", "claims/models/", "sources/models.py")
WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|COPY)\s+"?(\w+)"?', re.IGNORECASE)
WATCHED_APPS = ("claims", "sources")


def first_project_caller() -> str | None:
    """The innermost frame of the project's own code that is not the core's machinery, as 'path:line'."""
    frame = sys._getframe(1)
    while frame is not None:
        path = frame.f_code.co_filename
        if path.startswith(PROJECT) and ".venv" not in path and "site-packages" not in path:
            relative = path.removeprefix(PROJECT)
            if not relative.startswith(MACHINERY) and relative != "tests/conftest.py":
                return f"{relative}:{frame.f_lineno}"
        frame = frame.f_back
    return None


class WriteWatch:
    """Sees every statement sent to the database (every connection, every thread) and notes each write of a
    register table made from outside the write core. `stray` is the current test's list."""

    stray: list[str] | None = None
    _tables: frozenset[str] | None = None

    @classmethod
    def tables(cls) -> frozenset[str]:
        if cls._tables is None:
            from django.apps import apps

            cls._tables = frozenset(
                model._meta.db_table for app in WATCHED_APPS for model in apps.get_app_config(app).get_models()
            )
        return cls._tables

    @classmethod
    def note(cls, sql: str) -> None:
        if cls.stray is None:
            return
        found = WRITE.match(sql)
        if not found or found.group(1) not in cls.tables():
            return
        caller = first_project_caller()
        if caller and not caller.startswith(WRITERS) and "/migrations/" not in caller:
            cls.stray.append(f"{found.group(1)} written from {caller}")

    @classmethod
    def wrapper(cls, execute, sql, params, many, context):
        cls.note(sql if isinstance(sql, str) else str(sql))
        return execute(sql, params, many, context)

    @classmethod
    def install(cls, connection, **kwargs) -> None:
        if cls.wrapper not in connection.execute_wrappers:
            connection.execute_wrappers.append(cls.wrapper)


@pytest.fixture(autouse=True, scope="session")
def watch_every_connection():
    """Install the write watch on every database connection, now and as threads open new ones; COPY (psycopg's
    own cursor, which Django's wrappers do not see) is watched where it starts."""
    from django.db import connections
    from django.db.backends.signals import connection_created

    connection_created.connect(WriteWatch.install, weak=False, dispatch_uid="write-watch")
    for connection in connections.all():
        WriteWatch.install(connection)
    try:
        import psycopg
    except ImportError:
        yield
        return
    original = psycopg.Cursor.copy

    def copy(self, statement, *args, **kwargs):
        WriteWatch.note(str(statement))
        return original(self, statement, *args, **kwargs)

    psycopg.Cursor.copy = copy
    yield
    psycopg.Cursor.copy = original


@pytest.fixture(autouse=True)
def writes_go_through_the_core():
    """Fail any test during which an admin page, view, command, import or anything else wrote a register table
    (claims, sources and their history) itself instead of through the write core: by save(), QuerySet.update(),
    bulk_create, bulk_update, raw SQL or COPY."""
    stray: list[str] = []
    WriteWatch.stray = stray
    yield stray
    WriteWatch.stray = None
    assert not stray, "Written around the write core:\n" + "\n".join(dict.fromkeys(stray))
