"""An editor reads an article's page in Chromium, clicks "Log as claim" on a sentence, finds the claim form filled
in, saves it, and sees the sentence marked as logged."""

import datetime

import pytest

from tests.test_browser_register import SCREENSHOTS, browser  # noqa: F401  (the shared Chromium fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTICLE = (
    "Tokayev and Pezeshkian sign transport roadmap\n\n"
    "ASTANA – President Kassym-Jomart Tokayev met Iranian President Masoud Pezeshkian in Astana on Dec. 11. "
    "The two sides signed 14 documents, including a roadmap to raise trade to $3 billion.\n\n"
    "“Trade between our countries grew by 40% in ten months,” Tokayev said.\n"
)
SENTENCE = "“Trade between our countries grew by 40% in ten months,” Tokayev said."
TOKAYEV = "Kassym-Jomart Tokayev, President of Kazakhstan"


@pytest.fixture
def article(transactional_db):
    from django.contrib.auth.models import Group, Permission

    from claims.roles import sync_roles
    from claims.services import system_user
    from intake.fetch import from_paste
    from intake.services import article_intake
    from tests.factories import SourceFactory, UserFactory, VisitFactory, published_claim

    sync_roles(Group, Permission)
    editor = UserFactory(username="intake-editor", role="Editor", password="a long test password")
    day = datetime.date(2025, 12, 11)
    visit = VisitFactory(ref="pezeshkian-astana", title="Pezeshkian in Astana", location="Astana",
                         start_date=day, end_date=day)  # fmt: skip
    published_claim(editor=editor, visit=visit, speaker=TOKAYEV)
    source = SourceFactory(ref="astana-talks", title="Tokayev and Pezeshkian sign transport roadmap", published_on=day)
    copy, _ = article_intake(source=source, received=from_paste(ARTICLE), user=system_user())
    return {"copy": copy, "source": source, "visit": visit}


def test_log_as_claim_opens_the_claim_form_filled_in_and_the_sentence_is_then_marked(live_server, browser, article):  # noqa: F811
    from claims.models import Claim

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(live_server.url + "/admin/login/")
    tab.get_by_label("Username").fill("intake-editor")
    tab.get_by_label("Password").fill("a long test password")
    tab.get_by_role("button", name="Log in").click()
    page = f"{live_server.url}/admin/sources/articlecopy/{article['copy'].pk}/change/"
    tab.goto(page)
    assert tab.locator("#coverage").inner_text() == "4 sentences, 3 check-worthy, 0 logged"
    sentence = tab.locator(".article-copy .sentence", has_text="Trade between our countries")
    assert "checkworthy" in sentence.get_attribute("class")
    tab.screenshot(path=str(SCREENSHOTS / "intake-article-page.png"), full_page=True)
    sentence.locator("xpath=following-sibling::span[@class='tools'][1]").get_by_role(
        "link", name="Log as claim"
    ).click()
    tab.wait_for_url("**/admin/claims/claim/add/**")
    assert tab.locator("#id_quote").input_value() == SENTENCE
    assert tab.locator("#id_speaker").input_value() == TOKAYEV
    assert tab.locator("#id_topic").input_value() == "trade"
    assert tab.locator("#id_article").input_value() == str(article["source"].pk)
    assert tab.locator("#id_visit").input_value() == str(article["visit"].pk)
    # The autocomplete boxes show the article and the visit by name, as if picked by hand.
    assert "Tokayev and Pezeshkian sign transport roadmap" in tab.locator(".field-article").inner_text()
    assert "Pezeshkian in Astana" in tab.locator(".field-visit").inner_text()
    assert "No existing claim says anything similar." in tab.locator(".field-likely_repeats").inner_text()
    tab.screenshot(path=str(SCREENSHOTS / "intake-log-as-claim.png"), full_page=True)
    tab.locator("#id_text").fill("Trade between Kazakhstan and Iran grew by 40% in ten months.")
    tab.locator("input[name=_save]").click()
    tab.wait_for_url("**/admin/claims/claim/")
    claim = Claim.objects.get(quote=SENTENCE)
    assert (claim.article_id, claim.visit_id, claim.speaker, claim.quote_found) == (
        article["source"].pk,
        article["visit"].pk,
        TOKAYEV,
        True,
    )
    tab.goto(page)
    assert tab.locator("#coverage").inner_text() == "4 sentences, 3 check-worthy, 1 logged"
    assert "logged as" in tab.locator(".article-copy").inner_text()
    context.close()
