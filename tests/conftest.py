import os
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


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache: no page, stamp or throttle count carried over."""
    from django.core.cache import cache

    cache.clear()
    yield


# --- Every write of a claim or a piece of evidence goes through a service ----------------------
PROJECT = str(Path(__file__).resolve().parent.parent) + os.sep
# Where a Claim or Evidence row may be written from: the services, and the tests' own set-up.
WRITERS = ("claims/services/", "claims/commitments/services.py", "claims/repeats/services.py", "tests/")


def first_project_caller() -> str | None:
    """The innermost frame of the project's own code (models.py's save() aside), as 'path:line'."""
    frame = sys._getframe(2)
    while frame is not None:
        path = frame.f_code.co_filename
        if path.startswith(PROJECT) and "site-packages" not in path and not path.endswith("claims/models.py"):
            return f"{path.removeprefix(PROJECT)}:{frame.f_lineno}"
        frame = frame.f_back
    return None


@pytest.fixture(autouse=True)
def writes_go_through_services():
    """Fail any test during which an admin page, view, command or import wrote a Claim or an
    Evidence row itself instead of through claims.services (or a feature's services)."""
    from django.db.models.signals import pre_delete, pre_save

    from claims.models import Claim, Evidence

    stray = []

    def check(sender, **kwargs):
        caller = first_project_caller()
        if caller and not caller.startswith(WRITERS):
            stray.append(f"{sender.__name__} written from {caller}")

    for signal in (pre_save, pre_delete):
        for model in (Claim, Evidence):
            signal.connect(check, sender=model, weak=False, dispatch_uid=f"writes-check-{signal}-{model.__name__}")
    yield stray
    for signal in (pre_save, pre_delete):
        for model in (Claim, Evidence):
            signal.disconnect(sender=model, dispatch_uid=f"writes-check-{signal}-{model.__name__}")
    assert not stray, "Written around the services:\n" + "\n".join(stray)
