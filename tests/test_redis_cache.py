"""The shared Redis cache that many app hosts use: pages and throttling counters (sessions stay in the database).

Needs Redis on 127.0.0.1:6379 (database 15, flushed by these tests). Skipped with
the reason when Redis is not there, except under CI (CI=true), where it must be.
"""

import os
import socket

import pytest
from django.core.cache import cache

from tests.factories import published_claim

REDIS_URL = "redis://127.0.0.1:6379/15"

pytestmark = pytest.mark.redis


def redis_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def redis_cache(settings):
    if not redis_reachable():
        message = "Redis is not reachable on 127.0.0.1:6379; start it (e.g. `redis-server`) to run this test."
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    settings.CACHES = {"default": {"BACKEND": "factregister.redis_cache.FailOpenRedisCache", "LOCATION": REDIS_URL}}
    cache.clear()
    yield cache
    cache.clear()


def test_the_cache_is_redis_and_shared_between_clients(redis_cache):
    import redis

    redis_cache.set("register:probe", {"claims": 3}, 60)
    # A second, independent client (another app host) sees the same value.
    other = redis.Redis.from_url(REDIS_URL)
    assert any(b"register:probe" in key for key in other.keys("*"))
    assert redis_cache.get("register:probe") == {"claims": 3}


def test_a_public_page_is_served_from_redis_until_the_register_changes(redis_cache, client, editor):
    import redis

    claim = published_claim(editor=editor)
    first = client.get(claim.get_absolute_url())
    assert first.status_code == 200
    pages = redis.Redis.from_url(REDIS_URL).keys("*public-page:*")
    assert len(pages) == 1
    second = client.get(claim.get_absolute_url())
    assert second.content == first.content
    assert len(redis.Redis.from_url(REDIS_URL).keys("*public-page:*")) == 1


def test_sessions_live_in_the_database_not_in_redis(redis_cache, client, editor):
    import redis
    from django.contrib.sessions.models import Session

    client.force_login(editor)
    session_key = client.cookies["sessionid"].value
    assert not redis.Redis.from_url(REDIS_URL).keys(f"*{session_key}*")
    assert Session.objects.filter(session_key=session_key).exists()
    redis_cache.clear()
    assert client.get("/admin/").status_code == 200


def test_api_throttling_counts_in_redis(redis_cache, client, db):
    import redis

    assert client.get("/api/v1/claims/").status_code == 200
    assert redis.Redis.from_url(REDIS_URL).keys("*throttle*")


def test_junk_query_parameters_keep_one_page_in_redis(redis_cache, client, editor):
    import redis

    published_claim(editor=editor)
    for n in range(400):
        assert client.get(f"/claims/?utm_source=x{n}").status_code == 200
    assert len(redis.Redis.from_url(REDIS_URL).keys("*public-page:*")) == 1
