"""`generate_register` makes a synthetic register that obeys every rule a real one does."""

import io

import pytest
from django.core.management import call_command
from django.db import connection

from claims import rules, services
from claims.models import Claim, ClaimEvent, Evidence, Status, Visit
from sources.models import Outlet, Source

pytestmark = pytest.mark.django_db


def generate(*args):
    call_command("generate_register", *args, stdout=io.StringIO())


def test_it_writes_the_number_of_claims_asked_for_with_about_three_pieces_of_evidence_each():
    generate("--claims", "50", "--seed", "7")
    assert Claim.objects.count() == 50
    assert 100 <= Evidence.objects.count() <= 200
    assert Visit.objects.count() >= 2 and Source.objects.count() >= 10 and Outlet.objects.count() >= 3
    assert Claim.history.count() == 50 and Evidence.history.count() == Evidence.objects.count()


def test_every_constraint_holds():
    generate("--claims", "50", "--seed", "7")
    connection.check_constraints()  # foreign keys (SQLite); check constraints are enforced on insert


def test_published_claims_obey_the_publishing_rule():
    generate("--claims", "50", "--seed", "7")
    published = Claim.objects.published()
    assert published.count() >= 25
    for claim in published:
        assert not rules.why_not_publishable(
            status=claim.status, summary=claim.verdict_summary, independence=services.independence(claim)
        ), claim.ref
        assert claim.evidence.exclude(source_id=claim.article_id).exists()
        assert claim.events.filter(kind=ClaimEvent.Kind.PUBLISHED).exists()
    withdrawn = ClaimEvent.objects.filter(kind=ClaimEvent.Kind.UNPUBLISHED)
    assert all(not event.claim.is_published and event.note for event in withdrawn)
    assert Claim.objects.filter(status__in=Status.working()).exists()


def test_it_is_clearly_synthetic_and_searchable():
    generate("--claims", "50", "--seed", "7")
    assert all(text.startswith("Synthetic claim ") for text in Claim.objects.values_list("text", flat=True))
    assert Claim.objects.published().search("rail freight").count() < Claim.objects.published().count()


def test_the_same_seed_gives_the_same_register_and_clear_starts_again():
    generate("--claims", "30", "--seed", "3")
    first = list(Claim.objects.order_by("id").values_list("text", "status", "is_published"))
    generate("--claims", "30", "--seed", "3", "--clear")
    assert list(Claim.objects.order_by("id").values_list("text", "status", "is_published")) == first
    assert Claim.objects.count() == 30


def test_without_clear_it_adds_to_what_is_there():
    generate("--claims", "20", "--seed", "1")
    generate("--claims", "20", "--seed", "1")
    assert Claim.objects.count() == 40
    assert Claim.objects.values("ref").distinct().count() == 40


def test_a_register_of_no_claims_is_refused():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--claims must be at least 1"):
        generate("--claims", "0")
    assert Claim.objects.count() == 0
