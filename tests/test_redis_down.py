"""Redis is an optimisation, never a dependency: with it unreachable, or stopped mid-run, the register serves.

The first tests point REDIS_URL at a closed port (no Redis needed). The last ones start
a redis-server of their own on a free port, serve through it, kill it between two
requests and start it again; they skip with the reason when redis-server is not
installed, except under CI (CI=true), where it must be.
"""

import logging
import os
import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import cache
from django.http import HttpResponse

from factregister import publiccache
from factregister.redis_cache import FailOpenRedisCache
from tests.crawl import api_answers, api_pages_for_people, download, public_pages
from tests.factories import public_register_sample, published_claim

pytestmark = pytest.mark.django_db

BACKEND = "factregister.redis_cache.FailOpenRedisCache"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def use_redis_at(settings, port: int) -> None:
    settings.CACHES = {"default": {"BACKEND": BACKEND, "LOCATION": f"redis://127.0.0.1:{port}/0"}}


@pytest.fixture
def redis_unreachable(settings):
    """REDIS_URL at a port nothing listens on, as with Redis stopped or its host gone."""
    use_redis_at(settings, free_port())
    yield


def test_every_public_page_feed_sitemap_csv_and_api_answer_200_with_redis_unreachable(
    client, editor, redis_unreachable
):
    public_register_sample(editor=editor)
    pages = public_pages(client)
    assert len(pages) > 10
    assert {"/", "/feed/", "/commitments/feed/", "/sitemap.xml"} <= set(pages)
    answers = api_answers(client, details=True)
    assert "/api/v1/claims/" in answers and "/api/v1/claimreview.json" in answers
    api_pages_for_people(client)
    assert download(client, "/claims.csv").startswith("ref,")


def test_the_same_page_twice_is_rendered_from_the_database_each_time(client, editor, redis_unreachable):
    claim = published_claim(editor=editor, text="Trade will reach three billion dollars")
    first = client.get(claim.get_absolute_url())
    second = client.get(claim.get_absolute_url())
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert b"Trade will reach three billion dollars" in second.content
    # Conditional requests still work: the stamp is read from the database.
    again = client.get(claim.get_absolute_url(), headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304


def test_the_admin_and_a_login_work_with_redis_unreachable(client, editor, redis_unreachable):
    editor.set_password("a long passphrase for the desk")
    editor.save()
    login = client.post(
        "/admin/login/?next=/admin/",
        {"username": editor.username, "password": "a long passphrase for the desk"},
    )
    assert login.status_code == 302
    assert client.get("/admin/claims/claim/").status_code == 200
    assert client.post("/admin/logout/").status_code == 200
    assert client.get("/admin/claims/claim/").status_code == 302  # logged out, for good


def test_the_feed_is_not_throttled_while_redis_is_unreachable(client, db, redis_unreachable, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "2/minute"}}
    statuses = [client.get("/api/v1/visits/", REMOTE_ADDR="10.9.9.9").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 200]


def test_healthz_still_reports_the_cache_as_unavailable(client, db, redis_unreachable):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "unavailable"}
    assert response["Retry-After"] == "15"


def test_an_unreachable_redis_answers_as_a_miss_and_warns_once(redis_unreachable, caplog):
    with caplog.at_level(logging.WARNING, logger="factregister.redis_cache"):
        assert cache.get("anything", "default") == "default"
        assert cache.get_or_set("computed", lambda: 42) == 42
        assert cache.add("key", 1) is False
        cache.set("key", 1)
        cache.set_many({"a": 1, "b": 2})
        assert cache.get_many(["a", "b"]) == {}
        cache.delete_many(["a", "b"])
        assert cache.delete("key") is False
        assert cache.has_key("key") is False
        with pytest.raises(ValueError):
            cache.incr("counter")
    warnings = [r for r in caplog.records if r.name == "factregister.redis_cache"]
    assert len(warnings) == 1
    assert "The cache (Redis) cannot be reached; serving from the database meanwhile" in warnings[0].getMessage()


# --- A real Redis, stopped mid-run ---------------------------------------------------------------
class RedisServer:
    """A throwaway redis-server on a free port, with nothing saved to disk."""

    def __init__(self, tmp_path):
        self.port, self.dir, self.process = free_port(), tmp_path, None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            cwd=self.dir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                assert time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.02)

    def kill(self):
        self.process.kill()
        self.process.wait()

    def keys(self, pattern: str) -> list:
        import redis

        return redis.Redis(port=self.port).keys(pattern)


@pytest.fixture
def redis_server(settings, tmp_path, monkeypatch):
    if shutil.which("redis-server") is None:
        message = "redis-server is not installed; install Redis to run this test."
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    server = RedisServer(tmp_path)
    server.start()
    use_redis_at(settings, server.port)
    try:
        yield server
    finally:
        if server.process.poll() is None:
            server.kill()


def test_redis_killed_between_two_requests_and_started_again(client, editor, redis_server, monkeypatch):
    monkeypatch.setattr(FailOpenRedisCache, "retry_after", 0)  # try Redis again on every call
    claim = published_claim(editor=editor, text="Trade will reach three billion dollars")
    url = claim.get_absolute_url()
    first = client.get(url)
    assert first.status_code == 200
    assert len(redis_server.keys("*public-page:*")) == 1  # served, and kept in Redis

    redis_server.kill()
    for path in (url, "/", "/feed/", "/sitemap.xml", "/api/v1/claims/"):
        assert client.get(path).status_code == 200, path
    assert client.get(url).content == first.content
    assert b"three billion" in download(client, "/claims.csv").encode()
    assert client.get("/healthz").status_code == 503

    # Back again: the next call uses it, with nothing to restart on the app's side.
    redis_server.start()
    assert client.get(url).status_code == 200
    assert len(redis_server.keys("*public-page:*")) == 1
    assert client.get("/healthz").status_code == 200


def test_the_throttle_counts_again_once_redis_is_back(client, db, redis_server, settings, monkeypatch):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "2/minute"}}
    monkeypatch.setattr(FailOpenRedisCache, "retry_after", 0)
    redis_server.kill()
    assert [client.get("/api/v1/visits/", REMOTE_ADDR="10.9.9.9").status_code for _ in range(3)] == [200] * 3
    redis_server.start()
    assert [client.get("/api/v1/visits/", REMOTE_ADDR="10.9.9.9").status_code for _ in range(3)] == [200, 200, 429]


def test_redis_killed_while_a_page_renders(rf, db, redis_server, monkeypatch):
    """The stamp and the page look-up reached Redis; the render outlives it; the page is served all the same."""
    monkeypatch.setattr(FailOpenRedisCache, "retry_after", 0)

    def render():
        redis_server.kill()
        return HttpResponse("the claim page")

    response = publiccache.serve(rf.get("/claims/"), render)
    assert response.status_code == 200
    assert response.content == b"the claim page"
    assert response["ETag"]
