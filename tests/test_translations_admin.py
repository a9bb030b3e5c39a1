"""Translations in the admin: a contributor drafts, an editor reviews and publishes; refusals show on the form."""

import pytest
from django.test import Client

from claims import services
from claims.models import ClaimTranslation, Status, TranslationStatus
from claims.services.translations import translation_save
from tests.admin_helpers import messages_of
from tests.factories import published_claim

pytestmark = pytest.mark.django_db

ADD = "/admin/claims/claimtranslation/add/"
LIST = "/admin/claims/claimtranslation/"


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def form(claim, **overrides) -> dict:
    return {
        "claim": claim.pk,
        "language": "ru",
        "text": "Заявление",
        "verdict_summary": "Подтверждено.",
        "quote": "",
        "translator": "The register's desk",
        "machine_assisted": "on",
        "status": "draft",
        **overrides,
    }


def test_a_contributor_drafts_from_the_claim_page_link(contributor, editor):
    claim = published_claim(editor=editor)
    client = logged_in(contributor)
    page = client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert f"{ADD}?claim={claim.pk}&amp;language=ru" in page
    assert client.get(f"{ADD}?claim={claim.pk}&language=ru").status_code == 200
    response = client.post(ADD, form(claim))
    assert response.status_code == 302, response.content.decode()[:3000]
    translation = ClaimTranslation.objects.get(claim=claim, language="ru")
    assert translation.created_by == contributor and translation.machine_assisted
    assert translation.status == TranslationStatus.DRAFT and translation.reviewed_by is None


def test_a_contributor_publishing_is_refused_on_the_form_and_nothing_is_lost(contributor, editor):
    claim = published_claim(editor=editor)
    response = logged_in(contributor).post(ADD, form(claim, status="published", text="Мой перевод"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Only an editor can publish a translation" in page and "Мой перевод" in page
    assert not ClaimTranslation.objects.exists()


def test_an_editor_records_their_review_and_publishes_by_action(contributor, editor):
    claim = published_claim(editor=editor)
    translation = translation_save(
        ClaimTranslation(claim=claim, language="fa", text="ادعا", translator="Desk"), user=contributor
    )
    client = logged_in(editor)
    data = form(claim, language="fa", text="ادعا", status="review", record_review="on")
    del data["claim"], data["language"]  # shown read-only once made
    response = client.post(f"{LIST}{translation.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    translation.refresh_from_db()
    assert translation.reviewed_by == editor and translation.status == TranslationStatus.REVIEW
    response = client.post(LIST, {"action": "publish_selected", "_selected_action": [translation.pk]}, follow=True)
    assert "Published 1 translation." in messages_of(response)
    translation.refresh_from_db()
    assert translation.status == TranslationStatus.PUBLISHED


def test_the_action_names_an_out_of_date_translation_it_does_not_publish(editor):
    claim = published_claim(editor=editor)
    translation = translation_save(
        ClaimTranslation(claim=claim, language="kk", text="Мәлімдеме", translator="Desk"), user=editor
    )
    services.claim_set_verdict(claim=claim, user=editor, status=Status.FALSE, verdict_summary="No.", note="Why.")
    client = logged_in(editor)
    page = client.get(f"{LIST}{translation.pk}/change/").content.decode()
    assert "the original was corrected or updated" in page
    response = client.post(LIST, {"action": "publish_selected", "_selected_action": [translation.pk]}, follow=True)
    assert any("Not published" in m and "bring the translation up to date" in m for m in messages_of(response))
    listing = client.get(f"{LIST}?current=no").content.decode()
    assert "Мәлімдеме" in listing or str(claim) in listing


def test_the_desk_counts_translations_out_of_date_and_waiting(editor):
    claim = published_claim(editor=editor)
    translation_save(
        ClaimTranslation(claim=claim, language="fa", text="ادعا", translator="Desk", status="published"), user=editor
    )
    translation_save(
        ClaimTranslation(claim=claim, language="ru", text="Текст", translator="Desk", status="review"), user=editor
    )
    services.claim_set_verdict(claim=claim, user=editor, status=Status.FALSE, verdict_summary="No.", note="Why.")
    page = logged_in(editor).get("/admin/").content.decode()
    assert '<span class="desk-count">1</span> <span class="desk-label">Published translations out of date' in page
    assert '<span class="desk-count">1</span> <span class="desk-label">Translations waiting for review' in page
