"""Exports are written by the database (COPY on PostgreSQL) or one streamed query, cell for cell as the
resource's own per-row export writes them, and the first row leaves before the last is read."""

import csv
import datetime
import io
from decimal import Decimal

import dj_database_url
import psycopg
import pytest
from django.db import connection
from django.urls import reverse

from claims.demo import load_demo
from claims.models import Claim, ClaimMention, Entity, EntityRole
from csvio.export import CHUNK, export
from csvio.resources import RESOURCES
from csvio.views import PublicClaimResource
from tests.factories import ClaimFactory, EvidenceFactory, MetricFactory, publish

pytestmark = pytest.mark.django_db


def parsed(chunks) -> list[list[str]]:
    return list(csv.reader(io.StringIO(b"".join(chunks).decode(), newline="")))


def per_row(resource, queryset=None) -> list[list[str]]:
    """import-export's own export of the same rows: the contract the fast export keeps."""
    dataset = resource.export(queryset=queryset)
    return [list(dataset.headers)] + [["" if cell is None else str(cell) for cell in row] for row in dataset]


AWKWARD = [
    '=HYPERLINK("http://x")',
    "-3%",
    "+7",
    "@SUM(A1)",
    "\tTab",
    "'quoted",
    'two\nlines, "quoted" and, commas',
    "Торговля — “вырастет”; تجارت; Қазақ",
    "",
]


@pytest.fixture
def awkward_register(editor):
    metric = MetricFactory(ref="trade-volume", tolerance=Decimal("0.125"))
    people = [
        Entity.objects.create(ref=f"person-{n}", kind="person", name=text or "Someone", other_names=text)
        for n, text in enumerate(AWKWARD)
    ]
    roles = [EntityRole.objects.create(entity=person, title=person.name) for person in people]
    for n, text in enumerate(AWKWARD):
        claim = ClaimFactory(
            speaker_entity=people[n] if n % 3 else None,
            speaker_role=roles[n] if n % 3 == 1 else None,
            ref=f"awkward-{n}",
            speaker=text or "Someone",
            quote=text or "a quote",
            figure_value=Decimal("-1234.5") if n % 2 else None,
            figure_unit="USD" if n % 2 else "",
            metric=metric if n % 2 else None,
            figure_period_start=datetime.date(2025, 1, 1) if n % 3 == 0 else None,
        )
        EvidenceFactory(claim=claim, note=text, quote=text or "a quote")
        for named in people[n : n + n % 3]:
            ClaimMention.objects.create(claim=claim, entity=named)
        publish(claim, editor=editor)
    # A publication time with and without microseconds.
    Claim.objects.filter(ref="awkward-0").update(
        published_at=datetime.datetime(2025, 12, 11, 9, 30, tzinfo=datetime.UTC)
    )
    Claim.objects.filter(ref="awkward-1").update(
        published_at=datetime.datetime(2025, 12, 11, 9, 30, 5, 120, tzinfo=datetime.UTC)
    )


def test_every_table_is_written_as_the_resource_writes_it(awkward_register):
    for table, resource_class in RESOURCES.items():
        resource = resource_class()
        assert parsed(export(resource)) == per_row(resource, resource.get_queryset()), table


def test_the_demo_register_is_written_as_the_resource_writes_it():
    load_demo()
    for table, resource_class in RESOURCES.items():
        resource = resource_class()
        rows = parsed(export(resource))
        assert rows == per_row(resource, resource.get_queryset()), table
        assert len(rows) > 1 or table == "follow_ups", table


def test_the_public_download_is_written_as_the_resource_writes_it(client, awkward_register):
    body = b"".join(client.get(reverse("claims_csv")).streaming_content)
    resource = PublicClaimResource()
    expected = per_row(resource, PublicClaimResource.public(Claim.objects.published()))
    assert sorted(parsed([body])[1:]) == sorted(expected[1:])
    assert parsed([body])[0] == expected[0]


def test_an_export_is_handed_on_in_chunks_not_whole():
    """The generator hands rows on a slice at a time (on SQLite, where there is no COPY to watch)."""
    model = ClaimFactory(ref="chunked")
    fields = {f.attname: getattr(model, f.attname) for f in Claim._meta.concrete_fields if f.attname != "id"}
    Claim.objects.bulk_create(Claim(**{**fields, "ref": f"chunked-{n}"}) for n in range(2 * CHUNK + 10))
    chunks = export(RESOURCES["claims"]())
    assert next(chunks).startswith(b"ref,article,")
    first = next(chunks)
    if connection.vendor != "postgresql":
        assert len(parsed([first])) == CHUNK
    rest = b"".join(chunks)
    assert len(parsed([first + rest])) == 2 * CHUNK + 11


@pytest.mark.skipif(connection.vendor != "postgresql", reason="watches PostgreSQL's own COPY from a second session")
def test_the_first_rows_leave_before_the_database_has_read_the_last(client, editor):
    from django.core.management import call_command

    call_command("generate_register", "--claims", "20000", stdout=io.StringIO())
    assert Claim.objects.published().count() > 10_000
    response = client.get(reverse("claims_csv"))
    chunks = iter(response.streaming_content)
    first = next(chunks) + next(chunks)
    assert first.startswith(b"ref,article,visit,")
    settings = connection.settings_dict
    pid = connection.connection.info.backend_pid
    url = dj_database_url.parse(f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/x")
    with psycopg.connect(
        host=url["HOST"], port=url["PORT"], user=url["USER"], dbname=settings["NAME"], password=settings["PASSWORD"]
    ) as watcher:
        state, query = watcher.execute("SELECT state, query FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone()
    # The COPY is still running: the database has not yet read (let alone sent) the last rows.
    assert state == "active" and query.startswith("COPY ("), (state, query[:80])
    rest = b"".join(chunks)
    rows = parsed([first + rest])
    assert len(rows) - 1 == Claim.objects.published().count()
