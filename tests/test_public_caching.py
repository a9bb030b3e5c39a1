"""Public pages can be cached by anyone, and a change shows at once."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client

from claims import services
from claims.models import Status
from tests.factories import ClaimFactory, public_register_sample, publish

PUBLIC_PAGES = [
    "/",
    "/claims/",
    "/claims/?status=false",
    "/corrections/",
    "/methodology/",
    "/sources/",
    "/feed/",
    "/sitemap.xml",
]


@pytest.fixture(autouse=True)
def empty_page_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def sample(editor):
    return public_register_sample(editor=editor)


def detail_pages(sample):
    return [
        f"/claims/{sample['corrected'].ref}/",
        f"/visits/{sample['astana'].ref}/",
        f"/sources/{sample['readout'].ref}/",
    ]


def test_anonymous_pages_set_no_cookie_and_do_not_vary_on_it(client, sample):
    for url in PUBLIC_PAGES + detail_pages(sample):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, f"{url} set {list(response.cookies)}"
        assert "cookie" not in response.get("Vary", "").lower(), url
        assert "csrfmiddlewaretoken" not in response.content.decode(), url
        assert "public" in response["Cache-Control"], url
        assert response.has_header("ETag") and response.has_header("Last-Modified"), url


def test_pages_are_the_same_for_a_logged_in_editor(editor_client, sample):
    url = f"/claims/{sample['corrected'].ref}/"
    anonymous = Client().get(url)
    signed_in = editor_client.get(url)
    assert editor_client.cookies.get(settings.SESSION_COOKIE_NAME), "the editor's client should be logged in"
    assert signed_in["ETag"] == anonymous["ETag"]
    assert signed_in.content == anonymous.content
    assert "cookie" not in signed_in.get("Vary", "").lower()


def test_an_unchanged_page_answers_304(client, sample):
    for url in PUBLIC_PAGES + detail_pages(sample):
        first = client.get(url)
        again = client.get(url, headers={"If-None-Match": first["ETag"]})
        assert again.status_code == 304, url
        assert again.content == b""
        since = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})
        assert since.status_code == 304, url


def test_publishing_changes_the_etag_and_the_page_at_once(client, editor, sample):
    before = client.get("/claims/")
    claim = publish(ClaimFactory(text="A claim published just now"), editor=editor)
    after = client.get("/claims/", headers={"If-None-Match": before["ETag"]})
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert claim.text in after.content.decode()


def test_a_correction_reaches_the_cached_page_at_once(client, editor, sample):
    claim = sample["claims"][1]
    url = f"/claims/{claim.ref}/"
    assert "Freight volumes did not change." in client.get(url).content.decode()
    services.claim_set_verdict(
        claim=claim,
        user=editor,
        status=Status.DISPUTED,
        verdict_summary="Two ministries give different freight figures.",
        note="Second source",
    )
    html = client.get(url).content.decode()
    assert "Two ministries give different freight figures." in html and "Second source" in html
    assert "Second source" in client.get("/corrections/").content.decode()


def test_a_cached_page_is_served_without_rebuilding_it(client, sample, django_assert_num_queries):
    client.get("/claims/")
    with django_assert_num_queries(0):  # the page and the freshness stamp both come from the cache
        response = client.get("/claims/")
    assert response.status_code == 200 and sample["claims"][0].ref in response.content.decode()


def test_public_pages_refuse_writes(client, db):
    assert client.post("/claims/").status_code == 405


# --- The kept freshness stamp (factregister/publiccache.py) ---------------------------------------
VISITS_HEADER = "ref,title,host_country,guest,guest_country,start_date,end_date,location,summary"


def test_an_import_reaches_the_cached_pages_at_once_though_its_rows_send_no_signal(client, editor, sample):
    from csvio import importer as importing
    from tests.csv_helpers import csv_bytes

    before = client.get("/")
    assert "Nurtleu in Tehran again" not in before.content.decode()
    line = "nurtleu-tehran-again,Nurtleu in Tehran again,IR,Murat Nurtleu,KZ,2025-06-10,2025-06-11,Tehran,Again"
    report = importing.import_file("visits", csv_bytes(VISITS_HEADER, line), user=editor)
    assert report.ok, report.errors
    after = client.get("/", headers={"If-None-Match": before["ETag"]})
    assert after.status_code == 200 and "Nurtleu in Tehran again" in after.content.decode()


def test_a_commit_forgets_a_stamp_read_by_another_reader_before_it(client, editor, django_capture_on_commit_callbacks):
    # No sample register: its writes would have queued the forgetting already, outside the capture.
    from factregister.publiccache import STAMP_KEY

    stale = client.get("/claims/")
    with django_capture_on_commit_callbacks() as callbacks:
        claim = publish(ClaimFactory(text="Published while a reader looked"), editor=editor)
        # A reader on another connection, before the commit, re-read the old stamp and kept it.
        cache.set(STAMP_KEY.format(alias="default"), stale.wsgi_request._register_stamp, 60)
    assert callbacks, "the write queued nothing for its commit"
    for callback in callbacks:
        callback()
    assert claim.text in client.get("/claims/").content.decode()


def test_a_write_outside_the_orm_is_seen_when_the_kept_stamp_expires(client, editor, sample, settings):
    import time

    from django.db import connection
    from django.utils import timezone

    settings.REGISTER_STAMP_SECONDS = 1
    claim = sample["claims"][0]
    first = client.get(f"/claims/{claim.ref}/")
    with connection.cursor() as cursor:  # as a database console would, saying so with a stamp row, and no more
        cursor.execute("UPDATE claims_claim SET verdict_summary = %s WHERE id = %s", ["Rewritten by hand.", claim.pk])
        cursor.execute("INSERT INTO factregister_publicchange (at) VALUES (%s)", [timezone.now()])
    assert client.get(f"/claims/{claim.ref}/")["ETag"] == first["ETag"]  # the kept stamp, for now
    time.sleep(1.2)
    again = client.get(f"/claims/{claim.ref}/")
    assert again["ETag"] != first["ETag"] and "Rewritten by hand." in again.content.decode()


def test_with_the_stamp_not_kept_every_request_reads_it(client, sample, settings, django_assert_num_queries):
    settings.REGISTER_STAMP_SECONDS = 0
    client.get("/claims/")
    with django_assert_num_queries(1):  # the stamp, read from the database
        client.get("/claims/")


def test_a_transaction_moves_the_stamp_once_more_when_it_commits(editor, django_capture_on_commit_callbacks):
    """However many public changes a transaction writes, one stamp row follows its commit."""
    from django.db import transaction

    from claims import services
    from factregister.publiccache import _committed
    from tests.factories import VisitFactory

    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        for n in range(5):
            services.visit_create(visit=VisitFactory.build(ref=f"visit-of-a-batch-{n}"), user=editor)
    assert [c for c in callbacks if c is _committed] == [_committed]
