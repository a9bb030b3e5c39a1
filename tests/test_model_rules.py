"""The invariants hold whichever path writes: model validation and database constraints."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import Claim, Evidence, Stance, Status
from sources.models import Outlet, Source
from tests.factories import ClaimFactory, EvidenceFactory, OutletFactory, SourceFactory, VisitFactory

pytestmark = pytest.mark.django_db


def test_source_ref_is_made_from_the_title_when_blank():
    a = SourceFactory(ref="", title="Pezeshkian in Astana: the talks")
    b = SourceFactory(ref="", title="Pezeshkian in Astana: the talks")
    assert a.ref == "pezeshkian-in-astana-the-talks"
    assert b.ref == "pezeshkian-in-astana-the-talks-2"


def test_source_url_is_optional_but_unique_when_present():
    SourceFactory(url="")
    SourceFactory(url="")  # two sources without a URL are fine
    assert Source.objects.filter(url__isnull=True).count() == 2
    SourceFactory(url="https://example.org/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        SourceFactory(url="https://example.org/a")


def test_outlet_name_is_unique_and_kind_is_checked_by_the_database():
    OutletFactory(name="The Astana Times")
    with pytest.raises(IntegrityError), transaction.atomic():
        Outlet.objects.create(name="The Astana Times")
    with pytest.raises(IntegrityError), transaction.atomic():
        Outlet.objects.create(name="Elsewhere", kind="blog")


def test_country_and_language_codes_are_validated():
    outlet = Outlet(name="Somewhere", country="Iran")
    with pytest.raises(ValidationError) as error:
        outlet.full_clean()
    assert "country" in error.value.message_dict
    source = SourceFactory.build(outlet=OutletFactory(), language="English")
    with pytest.raises(ValidationError) as error:
        source.full_clean()
    assert "language" in error.value.message_dict


def test_visit_cannot_end_before_it_starts():
    visit = VisitFactory.build(start_date=datetime.date(2025, 12, 12), end_date=datetime.date(2025, 12, 10))
    with pytest.raises(ValidationError):
        visit.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        visit.save()


def test_claim_ref_is_made_from_the_text_and_unique():
    claim = ClaimFactory(ref="", text="Trade grew by 40 percent over the past year")
    assert claim.ref == "trade-grew-by-40-percent-over-the-past-year"
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimFactory(ref=claim.ref)


@pytest.mark.parametrize("field, value", [("status", "maybe"), ("topic", "weather")])
def test_claim_choices_are_checked_by_the_database(field, value):
    claim = ClaimFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(**{field: value})


def test_database_refuses_a_published_claim_without_a_verdict():
    claim = ClaimFactory(status=Status.IN_REVIEW)
    # QuerySet.update() skips clean() and the services; the constraint still holds.
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(is_published=True, published_at=datetime.datetime.now(datetime.UTC))


def test_database_refuses_a_published_claim_without_a_summary():
    claim = ClaimFactory(status=Status.VERIFIED, verdict_summary="")
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(is_published=True, published_at=datetime.datetime.now(datetime.UTC))


def test_figure_needs_a_unit():
    claim = ClaimFactory.build(figure_value=310.8, figure_unit="")
    with pytest.raises(ValidationError) as error:
        claim.full_clean()
    assert "figure_unit" in error.value.message_dict


def test_claim_cannot_cite_its_own_article_as_corroboration():
    claim = ClaimFactory()
    evidence = Evidence(claim=claim, source=claim.article, stance=Stance.CORROBORATES, quote="Same article.")
    with pytest.raises(ValidationError) as error:
        evidence.full_clean()
    assert "own article" in error.value.message_dict["source"][0]
    # As context it is allowed: the article's own framing can be worth recording.
    Evidence(claim=claim, source=claim.article, stance=Stance.CONTEXT, quote="Same article.").full_clean()


def test_evidence_natural_key_is_unique():
    evidence = EvidenceFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(
            claim=evidence.claim, source=evidence.source, stance=Stance.CONTEXT, quote=evidence.quote
        )


def test_sources_in_use_cannot_be_deleted():
    claim = ClaimFactory()
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        claim.article.delete()


def test_every_model_keeps_history():
    claim = ClaimFactory(text="First wording")
    claim.text = "Second wording"
    claim.save()
    assert [h.text for h in claim.history.all()] == ["Second wording", "First wording"]
    for model in (Claim, Evidence, Source, Outlet):
        assert hasattr(model, "history"), model
