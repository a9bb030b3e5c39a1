"""Anonymous clients are throttled through the shared cache, with 429 and Retry-After."""

import os
import uuid

import pytest
from django.core.cache import cache, caches

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()
    yield
    cache.clear()


def drain(client, times, **headers):
    return [client.get("/api/v1/visits/", **headers).status_code for _ in range(times)]


def test_over_the_rate_answers_429_with_retry_after(client, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "3/minute"}}
    assert drain(client, 3) == [200, 200, 200]
    response = client.get("/api/v1/visits/")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "detail" in response.json()
    # Every endpoint of the feed shares the one count.
    assert client.get("/api/v1/claims/").status_code == 429


def test_each_client_address_has_its_own_count(client, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "2/minute"}}
    assert drain(client, 3, REMOTE_ADDR="10.0.0.1") == [200, 200, 429]
    assert drain(client, 2, REMOTE_ADDR="10.0.0.2") == [200, 200]


def test_the_count_lives_in_the_default_cache(client, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "2/minute"}}
    drain(client, 2)
    assert client.get("/api/v1/visits/").status_code == 429
    cache.clear()
    assert client.get("/api/v1/visits/").status_code == 200


def test_the_count_is_one_number_per_client_and_window_however_many_requests(client, settings):
    import time

    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "1000/minute"}}
    while time.time() % 60 > 55:  # not across the turn of a minute
        time.sleep(0.5)
    window = int(time.time() // 60)
    drain(client, 25, REMOTE_ADDR="10.0.0.7")
    assert int(time.time() // 60) == window
    assert cache.get(f"throttle_feed_10.0.0.7:{window}") == 25
    assert cache.get("throttle_feed_10.0.0.7") is None  # no list of request times


def _redis_reachable(url: str) -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.mark.redis
def test_throttling_counts_in_redis(client, settings):
    url = "redis://127.0.0.1:6379/0"
    if not _redis_reachable(url):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but Redis is not reachable at 127.0.0.1:6379.")
        pytest.skip("Redis is not reachable at 127.0.0.1:6379; start it to run this test.")
    prefix = f"test-throttle-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {"BACKEND": "factregister.redis_cache.FailOpenRedisCache", "LOCATION": url, "KEY_PREFIX": prefix}
    }
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "2/minute"}}
    import redis

    server = redis.Redis.from_url(url)
    try:
        assert drain(client, 3, REMOTE_ADDR="10.9.9.9") == [200, 200, 429]
        keys = server.keys(f"{prefix}:*")
        assert any(b"throttle_feed_10.9.9.9" in key for key in keys), keys
        # The count survives a reconnect: it lives in Redis, not in this process.
        caches["default"].close()
        assert client.get("/api/v1/visits/", REMOTE_ADDR="10.9.9.9").status_code == 429
    finally:
        for key in server.keys(f"{prefix}:*"):
            server.delete(key)
