"""Translations of the register's words: who drafts, reviews and publishes them, and corrections that reach them.

A contributor drafts and sends for review; an editor reviews (recorded as that editor, never another account)
and publishes; a correction, update or withdrawal of the original puts every translation made from an older
version out of date in the same write, and an out-of-date translation is not published again until it is
brought up to date.
"""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims import rules, services
from claims.models import ClaimTranslation, EvidenceTranslation, Status, TranslationStatus, VisitTranslation
from claims.services.translations import translation_delete, translation_save, translations_publish
from tests.factories import ClaimFactory, EvidenceFactory, VisitFactory, published_claim

pytestmark = pytest.mark.django_db


def draft(claim, *, user, language="fa", **values) -> ClaimTranslation:
    values = {"text": "متن ادعا", "verdict_summary": "تأیید شد.", "translator": "The register's desk", **values}
    return translation_save(ClaimTranslation(claim=claim, language=language, **values), user=user)


def test_a_contributor_drafts_and_sends_for_review_but_cannot_publish(contributor, editor):
    claim = published_claim(editor=editor)
    translation = draft(claim, user=contributor)
    assert translation.created_by == contributor and translation.made_from_version == claim.version
    translation = translation_save(translation, user=contributor, values={"status": TranslationStatus.REVIEW})
    assert translation.status == TranslationStatus.REVIEW
    with pytest.raises(PermissionDenied, match="Only an editor can publish a translation"):
        translation_save(translation, user=contributor, values={"status": TranslationStatus.PUBLISHED})
    with pytest.raises(PermissionDenied, match="Only an editor can publish a translation"):
        draft(claim, user=contributor, language="ru", status=TranslationStatus.PUBLISHED)
    with pytest.raises(PermissionDenied, match="Only an editor can record a review"):
        translation_save(translation, user=contributor, values={}, review=True)
    with pytest.raises(PermissionDenied, match="You may not delete claim translations"):
        translation_delete(translation, user=contributor)


def test_an_editor_reviews_and_publishes_and_the_review_is_the_editors_own(contributor, editor):
    claim = published_claim(editor=editor)
    translation = draft(claim, user=contributor)
    translation = translation_save(
        translation, user=editor, values={"status": TranslationStatus.PUBLISHED}, review=True
    )
    assert translation.status == TranslationStatus.PUBLISHED
    assert translation.reviewed_by == editor and translation.reviewed_at is not None
    # A contributor may no longer touch it once published.
    with pytest.raises(PermissionDenied, match="Only an editor can change a published translation"):
        translation_save(translation, user=contributor, values={"text": "متن دیگر"})
    # New words are not what was reviewed: the review is cleared, not carried over.
    translation = translation_save(translation, user=editor, values={"text": "متن تازه"})
    assert translation.reviewed_by is None and translation.reviewed_at is None


def test_someone_without_translation_permissions_is_refused(django_user_model, editor):
    nobody = django_user_model.objects.create_user("reader", password="x")
    with pytest.raises(PermissionDenied, match="You may not add claim translations"):
        draft(published_claim(editor=editor), user=nobody)


def test_a_quote_translation_sits_beside_the_verbatim_quote(editor):
    claim = published_claim(editor=editor, quote="Words said.")
    translation = draft(claim, user=editor, quote="سخنانی که گفته شد.")
    claim.refresh_from_db()
    assert claim.quote == "Words said." and translation.quote == "سخنانی که گفته شد."
    # A quote translated where the original has none is refused on its field (claims.rules.translations).
    problems = rules.translation_problems(
        user=editor, model=ClaimTranslation, action="add", quote_without_original=True
    )
    assert [(p.field, p.permission) for p in problems] == [("quote", False)]


def test_a_correction_puts_every_language_out_of_date_at_once(editor):
    claim = published_claim(editor=editor)
    fa = translation_save(
        ClaimTranslation(claim=claim, language="fa", text="ادعا", translator="Desk", status="published"), user=editor
    )
    ru = translation_save(
        ClaimTranslation(claim=claim, language="ru", text="Заявление", translator="Desk", status="published"),
        user=editor,
    )
    assert fa.outdated_at is None and ru.outdated_at is None
    services.claim_set_verdict(
        claim=claim, user=editor, status=Status.FALSE, verdict_summary="Wrong after all.", note="New evidence."
    )
    for translation in (fa, ru):
        translation.refresh_from_db()
        assert translation.outdated_at is not None
        assert translation.status == TranslationStatus.PUBLISHED  # still there, shown as out of date
    # Not published again as it is: brought up to date first, which makes it current.
    fa = translation_save(fa, user=editor, values={"status": "draft"})
    with pytest.raises(ValidationError, match="bring the translation up to date"):
        translation_save(fa, user=editor, values={"status": "published"})
    fa = translation_save(fa, user=editor, values={"verdict_summary": "نادرست.", "status": "published"})
    claim.refresh_from_db()
    assert fa.outdated_at is None and fa.made_from_version == claim.version


def test_an_assignment_does_not_put_translations_out_of_date(editor):
    claim = published_claim(editor=editor)
    translation = draft(claim, user=editor)
    services.claims_assign([claim], user=editor, assignee=editor)
    translation.refresh_from_db()
    assert translation.outdated_at is None


def test_a_withdrawal_puts_translations_out_of_date(editor):
    claim = published_claim(editor=editor)
    translation = draft(claim, user=editor)
    services.claim_unpublish(claim=claim, user=editor, reason="Source retracted.")
    translation.refresh_from_db()
    assert translation.outdated_at is not None


def test_a_visit_or_evidence_changed_puts_its_translations_out_of_date(editor):
    visit = VisitFactory()
    translation = translation_save(
        VisitTranslation(visit=visit, language="ru", title="Визит", translator="Desk"), user=editor
    )
    assert translation.made_from_version == visit.version
    services.visit_update(visit=visit, user=editor, values={"location": "Elsewhere"})
    translation.refresh_from_db()
    assert translation.outdated_at is None  # its words did not change
    services.visit_update(visit=visit, user=editor, values={"title": "A new title"})
    translation.refresh_from_db()
    assert translation.outdated_at is not None
    evidence = EvidenceFactory(claim=ClaimFactory())
    translated = translation_save(
        EvidenceTranslation(evidence=evidence, language="kk", quote="Дерек", translator="Desk"), user=editor
    )
    services.evidence_update(evidence=evidence, user=editor, values={"note": "A new note."})
    translated.refresh_from_db()
    assert translated.outdated_at is not None


def test_publishing_many_names_those_refused(editor):
    claim = published_claim(editor=editor)
    good = draft(claim, user=editor, language="fa")
    stale = draft(claim, user=editor, language="ru")
    services.claim_set_verdict(claim=claim, user=editor, status=Status.FALSE, verdict_summary="No.", note="Why.")
    good = translation_save(good, user=editor, values={"text": "تازه"})
    (outcome,) = translations_publish(ClaimTranslation.objects.filter(pk__in=[good.pk, stale.pk]), user=editor)
    assert [c.target.pk for c in outcome.done] == [good.pk]
    assert [c.target.pk for c in outcome.refused] == [stale.pk]
