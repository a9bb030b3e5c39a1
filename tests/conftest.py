import os

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
