"""A partner reads the register's translations in the feed: only published translations of published claims, with
who made them and how, whether an editor reviewed them and whether they still say what the original says.
`?language=` lists the claims a reader of that language can read in it now."""

import pytest
from django.core.cache import cache

from claims import services
from claims.models import ClaimTranslation, Status, TranslationStatus, VisitTranslation
from claims.services.translations import translation_save
from tests.factories import ClaimFactory, VisitFactory, published_claim

pytestmark = pytest.mark.django_db


def translate(claim, language, *, user, status=TranslationStatus.PUBLISHED, review=False, **values):
    values = {"text": f"{language} text", "verdict_summary": f"{language} summary", "translator": "Desk", **values}
    return translation_save(
        ClaimTranslation(claim=claim, language=language, status=status, **values), user=user, review=review
    )


def get(client, url, **params):
    cache.clear()
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def translated(editor):
    claim = published_claim(editor=editor, ref="trade-doubling", quote="Trade will double.")
    translate(claim, "fa", user=editor, review=True, machine_assisted=True, quote="تجارت دو برابر خواهد شد.")
    translate(claim, "ru", user=editor, status=TranslationStatus.DRAFT, text="черновик")
    translate(claim, "kk", user=editor, status=TranslationStatus.REVIEW, text="тексеруде")
    return claim


def test_a_claim_gives_its_published_translations_only(client, translated):
    body = get(client, f"/api/v1/claims/{translated.ref}/")
    (fa,) = body["translations"]
    assert fa == {
        "language": "fa",
        "status": "published",
        "translator": "Desk",
        "machine_assisted": True,
        "reviewed": True,
        "reviewed_at": fa["reviewed_at"],
        "made_from_version": translated.version,
        "current": True,
        "text": "fa text",
        "verdict_summary": "fa summary",
        "quote": "تجارت دو برابر خواهد شد.",
    }
    assert fa["reviewed_at"]
    # The verbatim quote stays the claim's own.
    assert body["quote"] == "Trade will double."
    listed = get(client, "/api/v1/claims/")["results"]
    assert [t["language"] for t in listed[0]["translations"]] == ["fa"]


def test_an_unreviewed_translation_says_so(client, editor):
    claim = published_claim(editor=editor)
    translate(claim, "ru", user=editor)
    (ru,) = get(client, f"/api/v1/claims/{claim.ref}/")["translations"]
    assert ru["reviewed"] is False and ru["reviewed_at"] is None


def test_a_correction_leaves_the_translation_listed_but_not_current(client, editor, translated):
    services.claim_set_verdict(
        claim=translated, user=editor, status=Status.FALSE, verdict_summary="No.", note="New figures."
    )
    (fa,) = get(client, f"/api/v1/claims/{translated.ref}/")["translations"]
    assert fa["current"] is False
    translated.refresh_from_db()
    assert fa["made_from_version"] < translated.version
    # Nor does the language filter offer it to a Persian reader until it is brought up to date.
    assert get(client, "/api/v1/claims/", language="fa")["results"] == []


def test_the_language_filter_lists_claims_readable_in_that_language(client, editor, translated):
    other = published_claim(editor=editor)
    translate(other, "ru", user=editor)
    hidden = ClaimFactory()  # not published: its published translation does not make it public
    translate(hidden, "fa", user=editor)
    assert [c["ref"] for c in get(client, "/api/v1/claims/", language="fa")["results"]] == [translated.ref]
    assert [c["ref"] for c in get(client, "/api/v1/claims/", language="ru")["results"]] == [other.ref]
    assert get(client, "/api/v1/claims/", language="kk")["results"] == []  # in review is not published
    cache.clear()
    refused = client.get("/api/v1/claims/", {"language": "de"})
    assert refused.status_code == 400 and "language" in refused.json()
    cache.clear()
    assert client.get("/api/v1/claims/", {"language": ""}).status_code == 400


def test_the_language_filter_is_in_the_schema(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    parameters = {p["name"]: p for p in schema["paths"]["/api/v1/claims/"]["get"]["parameters"]}
    assert parameters["language"]["schema"]["enum"] == ["fa", "kk", "ru"]
    translation = schema["components"]["schemas"]["ClaimTranslation"]["properties"]
    assert {"reviewed", "current", "made_from_version", "translator"} <= set(translation)
    assert not {"reviewed_by", "created_by", "id"} & set(translation)


def test_a_visit_gives_its_published_translations(client, editor):
    visit = VisitFactory(ref="astana-2025")
    translation_save(
        VisitTranslation(
            visit=visit, language="ru", title="Визит", summary="Два дня", translator="Desk", status="published"
        ),
        user=editor,
    )
    translation_save(VisitTranslation(visit=visit, language="fa", title="پیش‌نویس", translator="Desk"), user=editor)
    body = get(client, "/api/v1/visits/astana-2025/")
    assert [(t["language"], t["title"], t["summary"], t["current"]) for t in body["translations"]] == [
        ("ru", "Визит", "Два дня", True)
    ]
    (listed,) = [v for v in get(client, "/api/v1/visits/")["results"] if v["ref"] == "astana-2025"]
    assert listed["translations"] == body["translations"]
    # A change to the visit's words puts the translation out of date, in the feed too.
    services.visit_update(visit=visit, user=editor, values={"title": "A new title"})
    (ru,) = get(client, "/api/v1/visits/astana-2025/")["translations"]
    assert ru["current"] is False
