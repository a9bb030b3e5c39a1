"""An editor reads an article's page in Chromium, clicks "Log as claim" on a sentence, finds the claim form filled
in, saves it, and sees the sentence marked as logged; on a laptop and a phone, takes in the article of a source
the register does not have, describing the source in the same form, and lands on its sentences."""

import datetime

import pytest

from tests.test_browser_login import violations
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
LAPTOP, PHONE = {"width": 1280, "height": 800}, {"width": 390, "height": 844}


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


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_a_new_sources_article_is_taken_in_without_a_popup(live_server, browser, article, viewport):  # noqa: F811
    from sources.models import ArticleCopy, Source

    context = browser.new_context(viewport=viewport, bypass_csp=True)
    tab = context.new_page()
    tab.goto(live_server.url + "/admin/login/")
    tab.get_by_label("Username").fill("intake-editor")
    tab.get_by_label("Password").fill("a long test password")
    tab.get_by_role("button", name="Log in").click()
    tab.wait_for_url("**/admin/")
    tab.goto(live_server.url + "/admin/sources/articlecopy/add/")
    assert tab.locator("#add_id_source").count() == 0  # no "+" popup for the source
    assert violations(tab) == []

    # Forgetting the outlet: the error is shown on its field and what was typed stays.
    tab.get_by_label("Title:", exact=True).fill("Kazakhstan and Iran agree on a grain corridor")
    tab.get_by_label("Address:", exact=True).fill("https://www.inform.kz/en/grain-corridor")
    tab.get_by_label("Paste the text").fill(ARTICLE)
    tab.locator("input[name=_save]").click()
    tab.locator(".field-source_outlet .errorlist").wait_for()
    assert "A new source needs its outlet." in tab.locator(".field-source_outlet").inner_text()
    assert tab.get_by_label("Title:", exact=True).input_value() == "Kazakhstan and Iran agree on a grain corridor"
    assert tab.get_by_label("Paste the text").input_value().strip() == ARTICLE.strip()
    assert violations(tab) == []

    tab.get_by_label("Outlet:", exact=True).fill("Kazinform")
    tab.get_by_label("Date of publication:", exact=True).fill("2025-12-11")
    tab.locator("input[name=_save]").click()
    tab.wait_for_url("**/admin/sources/articlecopy/*/change/#sentences")
    source = Source.objects.get(title="Kazakhstan and Iran agree on a grain corridor")
    assert source.outlet.name == "Kazinform" and source.published_on == datetime.date(2025, 12, 11)
    assert ArticleCopy.objects.get(source=source).text.replace("\r\n", "\n").strip() == ARTICLE.strip()
    assert tab.locator("#coverage").inner_text().startswith("4 sentences")
    tab.screenshot(path=str(SCREENSHOTS / f"intake-new-source-{viewport['width']}.png"), full_page=True)
    sideways = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert sideways <= 0, f"the article's page scrolls sideways by {sideways} px"
    assert violations(tab) == []
    context.close()
