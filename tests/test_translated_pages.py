"""A reader of Persian or Russian reads a claim in their language, and is told when the English record has moved on.

An editor publishes translations; the claim's pages in those languages show them, credit the translator and say
whether an editor reviewed them; hreflang, the sitemap and ClaimReview link the language pages. When the editor
corrects the claim, every translation is out of date at once: its pages say so, show the current verdict and the
English words that changed, and leave hreflang and the sitemap until the translator brings them up to date. A
translation that is not published appears nowhere.
"""

import json
import re
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache

from claims import services
from claims.models import EventTranslation, EvidenceTranslation, Status
from factregister.languages import address_in
from tests.factories import TRANSLATED_WORDS, published_claim, translate

pytestmark = pytest.mark.django_db

READ_THE_ENGLISH = {"fa": "صفحهٔ انگلیسی را بخوانید", "ru": "Читать страницу на английском"}
HREFLANG = r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">'


def page(client, path: str) -> str:
    cache.clear()
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def hreflang(body: str) -> set[str]:
    return {code for code, _ in re.findall(HREFLANG, body)}


def review(body: str) -> dict:
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)]
    (found,) = [block for block in blocks if block.get("@type") == "ClaimReview"]
    return found


def sitemap_locations(client) -> set[str]:
    return {urlsplit(found).path for found in re.findall(r"<loc>([^<]*)</loc>", page(client, "/sitemap.xml"))}


@pytest.fixture
def claim(editor):
    return published_claim(
        editor=editor, text="Trade grew by forty percent", quote="Trade grew by forty percent this year."
    )


def test_a_correction_reaches_every_language_and_the_translator_brings_it_back(client, editor, claim):
    english = claim.get_absolute_url()
    fa, _ = (translate(claim, code, editor=editor) for code in ("fa", "ru"))
    fa_page, ru_page = address_in(english, "fa"), address_in(english, "ru")

    body = page(client, fa_page)
    assert '<html lang="fa" dir="rtl">' in body
    assert TRANSLATED_WORDS["fa"][0] in body and TRANSLATED_WORDS["fa"][1] in body
    assert "translation-outdated" not in body
    assert hreflang(body) == {"en-gb", "fa", "ru", "x-default"}
    assert {english, fa_page, ru_page} <= sitemap_locations(client)
    assert review(body)["translationOfWork"]["@id"].endswith(f"{english}#review")
    assert {item["inLanguage"] for item in review(page(client, english))["workTranslation"]} == {"fa", "ru"}

    services.claim_set_verdict(
        claim=claim, user=editor, status=Status.FALSE, verdict_summary="Customs figures show a fall.", note="New data."
    )
    for path, language in ((fa_page, "fa"), (ru_page, "ru")):
        body = page(client, path)
        assert "translation-outdated" in body, path
        # The notice, in the page's language, links to the English page.
        assert f'<a href="{english}" hreflang="en-GB">{READ_THE_ENGLISH[language]}</a>' in body
        # The current verdict, in the interface's words, and the English summary in place of the stale one.
        assert "Customs figures show a fall." in body and TRANSLATED_WORDS[language][1] not in body
        assert re.search(r'lang="en-GB" dir="ltr">Customs figures show a fall\.</p>', body)
        assert hreflang(body) == {"en-gb", "x-default"}
        assert "translationOfWork" not in review(body)
    assert "workTranslation" not in review(page(client, english))
    locations = sitemap_locations(client)
    assert english in locations and fa_page not in locations and ru_page not in locations
    assert "New data." in page(client, "/fa/feed/") and "New data." in page(client, "/fa/corrections/")

    # The translator brings the Persian up to date; the Russian waits.
    services.translation_save(fa, user=editor, values={"verdict_summary": "آمار گمرک کاهش را نشان می‌دهد."})
    body = page(client, fa_page)
    assert "translation-outdated" not in body and "آمار گمرک کاهش را نشان می‌دهد." in body
    assert hreflang(body) == {"en-gb", "fa", "x-default"}
    assert "translation-outdated" in page(client, ru_page)
    locations = sitemap_locations(client)
    assert fa_page in locations and ru_page not in locations
    assert [item["inLanguage"] for item in review(page(client, english))["workTranslation"]] == ["fa"]


def test_an_update_of_the_statement_shows_the_english_statement_until_it_is_translated_again(client, editor, claim):
    translate(claim, "fa", editor=editor)
    services.claim_update(
        claim=claim, user=editor, values={"text": "Trade grew by thirty percent"}, change_note="The figure was wrong."
    )
    body = page(client, address_in(claim.get_absolute_url(), "fa"))
    assert TRANSLATED_WORDS["fa"][0] not in body
    assert re.search(r'<h1 lang="en-GB" dir="ltr">Trade grew by thirty percent</h1>', body)
    assert TRANSLATED_WORDS["fa"][1] not in body  # a stale verdict summary is never shown as current
    # The quote did not change: its translation is still beside it.
    assert TRANSLATED_WORDS["fa"][2] in body


def test_the_credit_says_who_translated_and_reviewed_and_never_claims_a_review_that_was_not_made(client, editor, claim):
    editor.first_name, editor.last_name = "Mina", "Karimi"
    editor.save()
    translate(claim, "ru", editor=editor, translator="Olga Ivanova")
    translate(claim, "fa", editor=editor, translator="Reza Ahmadi", machine_assisted=True, review=False)
    russian = page(client, address_in(claim.get_absolute_url(), "ru"))
    assert "Перевод: <bdi" in russian and "Olga Ivanova" in russian
    # The review is told by when, never by whom: the desk's accounts are not public.
    assert "Проверено редактором реестра" in russian and "Mina Karimi" not in russian
    assert "машинного перевода" not in russian
    persian = page(client, address_in(claim.get_absolute_url(), "fa"))
    assert "Reza Ahmadi" in persian and "ترجمهٔ ماشینی" in persian
    assert "هنوز هیچ ویراستاری آن را بازبینی نکرده است." in persian and "ویراستار پایگاه آن را در" not in persian
    # The English page has no credit: nothing on it is translated.
    assert "translation-credit" not in page(client, claim.get_absolute_url())


def test_the_quote_stays_verbatim_with_the_registers_translation_beside_it(client, editor, claim):
    translate(claim, "fa", editor=editor)
    body = page(client, address_in(claim.get_absolute_url(), "fa"))
    assert "Trade grew by forty percent this year." in body
    assert re.search(
        r'<blockquote class="quote" lang="en[^"]*" dir="ltr"><p>Trade grew by forty percent this year', body
    )
    assert "ترجمهٔ پایگاه:" in body and TRANSLATED_WORDS["fa"][2] in body
    # A piece of evidence quoted word for word keeps its words too, with its translation beside them.
    evidence = claim.evidence.get()
    found = EvidenceTranslation(evidence=evidence, language="fa", quote="بخشی از منبع.", translator="Desk")
    found.status = "published"
    services.translation_save(found, user=editor)
    body = page(client, address_in(claim.get_absolute_url(), "fa"))
    assert evidence.quote in body and "بخشی از منبع." in body
    assert body.count("ترجمهٔ پایگاه:") == 2


def test_a_translation_that_is_not_published_appears_nowhere(client, editor, claim):
    translate(claim, "fa", editor=editor, status="draft")
    translate(claim, "ru", editor=editor, status="review", review=False)
    unpublished = published_claim(editor=editor, text="Withdrawn before anyone translated it")
    translate(unpublished, "kk", editor=editor)
    services.claim_unpublish(claim=unpublished, user=editor, reason="Its article was retracted.")
    correction = claim.events.get(kind="published")
    services.translation_save(
        EventTranslation(event=correction, language="fa", note="دلیل پیش‌نویس", translator="Desk"), user=editor
    )
    words = [*TRANSLATED_WORDS["fa"], *TRANSLATED_WORDS["ru"], *TRANSLATED_WORDS["kk"], "دلیل پیش‌نویس"]
    english = claim.get_absolute_url()
    addresses = [
        *(address_in(english, code) for code in ("en-gb", "fa", "ru", "kk")),
        *(address_in(path, code) for path in ("/", "/claims/", "/corrections/", "/feed/") for code in ("fa", "ru")),
        "/sitemap.xml",
    ]
    for path in addresses:
        body = page(client, path)
        assert not [word for word in words if word in body], path
        if path.startswith(("/fa/claims/", "/ru/claims/")):
            assert "translationOfWork" not in body and "translation-credit" not in body
    assert address_in(unpublished.get_absolute_url(), "kk") not in sitemap_locations(client)
    assert client.get(address_in(unpublished.get_absolute_url(), "kk")).status_code == 410


def test_a_corrections_reason_is_in_the_pages_language_where_it_is_translated(client, editor, claim):
    services.claim_set_verdict(claim=claim, user=editor, status=Status.FALSE, verdict_summary="No.", note="New data.")
    event = claim.events.get(kind="correction")
    reason = EventTranslation(event=event, language="fa", note="داده‌های تازه.", translator="Desk", status="published")
    services.translation_save(reason, user=editor)
    persian = page(client, "/fa/corrections/")
    assert "داده‌های تازه." in persian and "New data." not in persian
    assert "داده‌های تازه." in page(client, "/fa/feed/")
    russian = page(client, "/ru/corrections/")
    assert re.search(r'<span lang="en-GB" dir="ltr">New data\.</span>', russian)


def test_the_data_feed_has_an_item_for_each_language_page(editor, claim):
    from django.utils import timezone

    from claims.claimreview import data_feed
    from claims.models import Claim

    translate(claim, "fa", editor=editor)
    translate(claim, "kk", editor=editor, status="draft")
    claims = Claim.objects.published().with_related()
    feed = data_feed(claims, modified=timezone.now(), languages=True)
    items = [(item["item"][0]["inLanguage"], item["url"]) for item in feed["dataFeedElement"]]
    english = claim.get_absolute_url()
    assert [language for language, _ in items] == ["en-GB", "fa"]
    assert items[1][1].endswith(f"/fa{english}")
    assert feed["dataFeedElement"][1]["item"][0]["claimReviewed"] == TRANSLATED_WORDS["fa"][0]
    # The API's feed stays English, as its schema describes it.
    assert len(data_feed(claims, modified=timezone.now())["dataFeedElement"]) == 1
