"""Public reads go to a read replica; the admin, signed-in editors and every write go to the primary.

The replica alias is a test mirror of the primary (same test database, its own
connection), so these tests commit their rows (transaction=True) for the replica
connection to see them, and count which connection ran each query.
"""

import pytest
from django.core.cache import cache
from django.db import connections
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, Visit
from factregister.middleware import ReplicaReadsMiddleware
from factregister.routers import ReplicaRouter, replica_reads_allowed
from tests.factories import published_claim

# No serialized_rollback: restoring a serialized copy after another transactional test has re-created the
# content types collides with them on PostgreSQL. The roles these tests need are made by the factories.
pytestmark = pytest.mark.django_db(transaction=True, databases=["default", "replica_0"])


@pytest.fixture
def replicas(settings):
    settings.DATABASE_READ_REPLICAS = ["replica_0"]
    cache.clear()
    yield
    cache.clear()


def queries_by_database(fetch):
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica_0"]) as replica,
    ):
        response = fetch()
    return response, len(primary.captured_queries), replica.captured_queries


def test_an_anonymous_reader_is_served_from_the_replica(replicas, client, editor):
    claim = published_claim(editor=editor)
    for url in [claim.get_absolute_url(), "/claims/", "/api/v1/claims/"]:
        cache.clear()
        response, on_primary, on_replica = queries_by_database(lambda url=url: client.get(url))
        assert response.status_code == 200, url
        assert on_primary == 0, url
        # The freshness stamp is read where the page is read, so a lagging replica
        # cannot have its old rows cached under the primary's newer stamp.
        assert any("factregister_publicchange" in q["sql"] for q in on_replica), url
        assert len(on_replica) > 1, url


def test_the_kept_stamp_is_kept_per_database(replicas, client, editor):
    # An editor's request reads (and keeps) the primary's stamp; an anonymous reader
    # must still read the replica's own, or a lagging replica's rows could be cached
    # under the primary's newer stamp.
    claim = published_claim(editor=editor)
    editor_client = type(client)()
    editor_client.force_login(editor)
    assert editor_client.get(claim.get_absolute_url()).status_code == 200
    response, on_primary, on_replica = queries_by_database(lambda: client.get("/claims/"))
    assert response.status_code == 200 and on_primary == 0
    assert any("factregister_publicchange" in q["sql"] for q in on_replica)


def test_the_admin_reads_the_primary(replicas, client, editor):
    published_claim(editor=editor)
    client.force_login(editor)
    response, on_primary, on_replica = queries_by_database(lambda: client.get("/admin/claims/claim/"))
    assert response.status_code == 200
    assert on_primary > 0
    assert not on_replica


def test_a_signed_in_editor_reads_public_pages_from_the_primary(replicas, client, editor):
    # Right after publishing, an editor must see the claim even if the replica lags.
    claim = published_claim(editor=editor)
    client.force_login(editor)
    response, on_primary, on_replica = queries_by_database(lambda: client.get(claim.get_absolute_url()))
    assert response.status_code == 200
    assert on_primary > 0
    assert not on_replica


def test_after_a_write_the_rest_of_the_request_reads_the_primary(replicas, editor):
    claim = published_claim(editor=editor)
    seen = []

    def view(request):
        seen.append(ReplicaRouter().db_for_read(Claim))
        Visit.objects.filter(pk=claim.visit_id).update(location="Aktau")
        seen.append(ReplicaRouter().db_for_read(Claim))
        return HttpResponse(Claim.objects.get(pk=claim.pk).visit.location)

    middleware = ReplicaReadsMiddleware(view)
    response, on_primary, on_replica = queries_by_database(lambda: middleware(RequestFactory().get("/claims/")))
    assert seen == ["replica_0", "default"]
    assert response.content == b"Aktau"
    assert not on_replica  # the only reads came after the write
    assert on_primary == 3  # the update, then the claim and its visit


def test_a_post_never_reads_the_replica(replicas, editor):
    def view(request):
        return HttpResponse(ReplicaRouter().db_for_read(Claim))

    assert ReplicaReadsMiddleware(view)(RequestFactory().post("/claims/")).content == b"default"
    assert ReplicaReadsMiddleware(view)(RequestFactory().get("/claims/")).content == b"replica_0"


def test_commands_and_imports_outside_a_request_use_the_primary(replicas, editor):
    published_claim(editor=editor)
    assert replica_reads_allowed.get() is False
    _, on_primary, on_replica = queries_by_database(lambda: Claim.objects.published().count())
    assert (on_primary, on_replica) == (1, [])


def test_without_replicas_everything_uses_the_primary(settings, client, editor):
    settings.DATABASE_READ_REPLICAS = []
    cache.clear()
    claim = published_claim(editor=editor)
    response, on_primary, on_replica = queries_by_database(lambda: client.get(claim.get_absolute_url()))
    assert response.status_code == 200
    assert on_primary > 0 and not on_replica


def test_migrations_run_on_the_primary_only():
    router = ReplicaRouter()
    assert router.allow_migrate("default", "claims") is True
    assert router.allow_migrate("replica_0", "claims") is False
