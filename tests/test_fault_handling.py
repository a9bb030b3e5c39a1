"""Readers get a friendly 503 while the database is down, and the register recovers by itself."""

import json

import pytest
from django.core.cache import cache
from django.core.handlers.exception import convert_exception_to_response
from django.db import OperationalError, connection, connections
from django.test import RequestFactory
from django.urls import reverse

from factregister.middleware import DatabaseUnavailableMiddleware
from tests.factories import published_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down(monkeypatch):
    """Every connection refuses to connect, as it would with PostgreSQL stopped; undone by calling it."""

    def refuse(*args, **kwargs):
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')

    for conn in connections.all():
        monkeypatch.setattr(conn, "ensure_connection", refuse)
    return monkeypatch.undo


@pytest.fixture
def claim(editor):
    return published_claim(editor=editor, text="Trade between Iran and Kazakhstan will reach three billion dollars")


PUBLIC_PAGES = ["/", "/claims/", "/sources/", "/feed/", "/sitemap.xml", "/claims.csv"]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_a_public_page_answers_a_friendly_503_while_the_database_is_down(client, claim, database_down, path):
    response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "15"
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode()
    assert "The register is back in a moment" in body
    assert "try again in 15 seconds" in body
    assert "Traceback" not in body and "OperationalError" not in body and "5432" not in body


def test_a_claim_page_answers_503_too(client, claim, database_down):
    response = client.get(reverse("claims:claim_detail", args=[claim.ref]))
    assert response.status_code == 503
    assert b"The register is back in a moment" in response.content


def test_the_api_answers_503_as_json(client, claim, database_down):
    response = client.get("/api/v1/claims/")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response["Retry-After"] == "15"
    body = response.json()
    assert body == {
        "detail": "The register's database cannot be reached just now. Try again shortly.",
        "retry_after": 15,
    }


def test_the_admin_answers_503_rather_than_a_server_error(editor_client, database_down):
    response = editor_client.get("/admin/claims/claim/")
    assert response.status_code == 503
    assert b"Traceback" not in response.content


def test_healthz_reports_the_database_and_cache_when_all_is_well(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_reports_the_database_down_with_503(client, database_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response["Retry-After"] == "15"
    assert json.loads(response.content) == {"status": "unavailable", "database": "unavailable", "cache": "ok"}


def test_pages_healthz_and_api_recover_by_themselves_when_the_database_is_back(client, claim, database_down):
    assert client.get("/claims/").status_code == 503
    assert client.get("/healthz").status_code == 503
    database_down()  # the database comes back; nothing is restarted or reset
    assert client.get("/healthz").json()["database"] == "ok"
    page = client.get("/claims/")
    assert page.status_code == 200
    assert claim.text.encode() in page.content
    assert client.get("/api/v1/claims/").json()["results"][0]["ref"] == claim.ref


def test_an_error_that_is_not_the_database_still_answers_500(rf):
    def broken(request):
        raise ValueError("a bug, not an outage")

    middleware = DatabaseUnavailableMiddleware(convert_exception_to_response(broken))
    assert middleware.process_exception(rf.get("/"), ValueError("a bug")) is None
    assert middleware(rf.get("/")).status_code == 500


def test_a_database_failure_inside_another_middleware_also_becomes_the_503(settings):
    """Errors raised outside the view reach this middleware as a 500 response, not an exception."""
    settings.DEBUG_PROPAGATE_EXCEPTIONS = False

    def session_save_fails(request):
        raise OperationalError("server closed the connection unexpectedly")

    middleware = DatabaseUnavailableMiddleware(convert_exception_to_response(session_save_fails))
    response = middleware(RequestFactory().get("/claims/"))
    assert response.status_code == 503
    assert response["Retry-After"] == "15"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="kills a real PostgreSQL backend")
def test_a_connection_killed_under_the_app_is_dropped_and_replaced(client, editor):
    """The server ends the app's connection (as a PostgreSQL restart does): the next requests reconnect."""
    published_claim(editor=editor)
    assert client.get("/claims/").status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (killed,) = cursor.fetchone()
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [killed])
    finally:
        other.close()
    cache.clear()  # so the next requests need the database, not the kept page and stamp
    first = client.get("/claims/")
    assert first.status_code in (200, 503)
    assert client.get("/claims/").status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        assert cursor.fetchone()[0] != killed
