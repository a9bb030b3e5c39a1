"""A reader of Persian opens a speaker's page, reads it right to left, and clicks through to one of the claims."""

import pytest
from django.core.cache import cache

from claims.models import ClaimMention, Entity, EntityRole
from tests.factories import public_register_sample
from tests.test_browser_register import (  # noqa: F401  (the shared Chromium fixtures)
    assert_fits_the_screen,
    browser,
    check_accessibility,
    editor,
    page,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def speaker(editor):  # noqa: F811
    cache.clear()
    sample = public_register_sample(editor=editor)
    president = Entity.objects.create(
        ref="masoud-pezeshkian",
        kind=Entity.Kind.PERSON,
        name="Masoud Pezeshkian",
        name_fa="مسعود پزشکیان",
        name_ru="Масуд Пезешкиан",
        name_kk="Масуд Пезешкиан",
        country="IR",
    )
    office = EntityRole.objects.create(
        entity=president, title="President of Iran", title_fa="رئیس‌جمهور ایران", start_date="2024-07-28"
    )
    claim = sample["corrected"]
    type(claim).objects.filter(pk=claim.pk).update(speaker_entity=president, speaker_role=office)
    port = Entity.objects.create(ref="bandar-abbas", kind=Entity.Kind.PLACE, name="Bandar Abbas", name_fa="بندرعباس")
    ClaimMention.objects.create(claim=claim, entity=port)
    return {"claim": claim, "president": president}


def test_a_persian_reader_opens_a_speakers_page_and_goes_to_a_claim(live_server, page, speaker):  # noqa: F811
    claim = speaker["claim"]
    page.goto(live_server.url + "/fa/entities/")
    page.get_by_role("link", name="مسعود پزشکیان").click()
    assert page.url.endswith("/fa/entities/masoud-pezeshkian/")
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    assert page.get_by_role("heading", level=1).inner_text() == "مسعود پزشکیان"
    # The name in the other scripts, each in its own language: the English name runs left to right.
    english = page.locator(".entity__scripts span[lang='en']")
    assert english.inner_text() == "Masoud Pezeshkian"
    assert english.evaluate("element => getComputedStyle(element).direction") == "ltr"
    assert "رئیس‌جمهور ایران" in page.locator(".entity__roles").inner_text()
    assert_fits_the_screen(page)
    check_accessibility(page, "entity-fa")

    page.locator(".claim-card__title a").first.click()
    assert page.url.endswith(f"/fa/claims/{claim.ref}/")
    # The claim page links back to the speaker and to the place the claim names.
    assert page.locator("a[href='/fa/entities/masoud-pezeshkian/']").count() >= 1
    assert page.get_by_role("link", name="بندرعباس").count() == 1
