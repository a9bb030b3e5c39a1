"""Every kind of page reads on a phone (390 × 844) and a laptop (1280 × 800), in Chromium, on the demo register.

No page scrolls sideways, no word in a table is broken between letters, no table cell is narrower than
its longest word, and long pages say near the top where their parts are. Screenshots are kept in
test-output/screenshots/ for review.
"""

import pytest
from django.core.cache import cache

from tests.test_browser_register import SCREENSHOTS, browser  # noqa: F401  (the shared Chromium fixture)
from tests.test_html_valid import page_types

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1280, "height": 800}}

# For each table cell: its words that the browser laid out over more than one line, and whether the
# cell's content is wider than the cell.
MEASURE_TABLES = """
() => {
  const problems = [];
  for (const cell of document.querySelectorAll("main td, main th")) {
    if (cell.scrollWidth > cell.clientWidth + 1) {
      problems.push(`cell narrower than its content: "${cell.innerText.slice(0, 60)}"`);
    }
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Words, taken apart at hyphens, dashes and slashes, where a line may end.
      for (const match of node.textContent.matchAll(/[^\\s\\-\u2010-\u2015\\/]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`word broken over ${lines.size} lines: "${match[0]}"`);
      }
    }
  }
  return problems;
}
"""


@pytest.fixture
def pages(transactional_db, client):
    from django.contrib.auth.models import Group, Permission

    from claims.roles import sync_roles

    sync_roles(Group, Permission)
    addresses = page_types(client)
    cache.clear()
    return addresses


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_every_kind_of_page_reads_on_this_screen(live_server, browser, pages, viewport):  # noqa: F811
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    tab = context.new_page()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for name, url in pages.items():
        tab.goto(live_server.url + url)
        slug = name.replace(" ", "-").replace(",", "")
        tab.screenshot(path=str(SCREENSHOTS / f"layout-{viewport}-{slug}.png"), full_page=True)
        sideways = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if sideways > 0:
            problems.append(f"{name} ({url}): the page scrolls sideways by {sideways}px")
        problems += [f"{name} ({url}): {problem}" for problem in tab.evaluate(MEASURE_TABLES)[:5]]
    context.close()
    assert not problems, "\n".join(problems)


def test_a_long_page_says_near_the_top_where_its_parts_are(live_server, browser, pages):  # noqa: F811
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    tab = context.new_page()
    tab.goto(live_server.url + pages["visit"])
    accounts = tab.locator("nav.page-contents").get_by_role("link", name="The two capitals' accounts")
    assert accounts.bounding_box()["y"] < 2 * VIEWPORTS["phone"]["height"]
    accounts.click()
    assert tab.url.endswith("/accounts/")
    tab.goto(live_server.url + pages["visit"])
    first_topic = tab.locator("nav.page-contents a[href^='#topic-']").first
    target = first_topic.get_attribute("href")
    first_topic.click()
    assert tab.locator(target).is_visible()
    for name in ("figure", "methodology", "claim"):
        tab.goto(live_server.url + pages[name])
        contents = tab.locator("nav.page-contents")
        assert contents.count() == 1, name
        assert contents.bounding_box()["y"] < 2 * VIEWPORTS["phone"]["height"], name
        for link in contents.get_by_role("link").all():
            href = link.get_attribute("href")
            if href.startswith("#"):
                assert tab.locator(href).count() == 1, (name, href)
    context.close()


def test_card_summaries_end_at_a_word_with_the_full_text_a_tap_away(live_server, browser, pages):  # noqa: F811
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    tab = context.new_page()
    tab.goto(live_server.url + "/claims/")
    cut = {}
    for card in tab.locator(".claim-card").all():
        summary = card.locator(".claim-card__summary").inner_text()
        if summary.endswith("…"):
            cut[card.get_by_role("link", name="Full verdict").get_attribute("href")] = summary[:-1]
    assert cut  # the demo register has verdicts longer than a card shows
    for href, shown in cut.items():
        tab.goto(live_server.url + href)
        full = tab.locator(".claim__summary").inner_text()
        assert full.startswith(shown), href
        assert full[len(shown)] in " ,;:.–—-", f"{href}: the card cut inside a word: {shown[-20:]!r}"
    context.close()


def test_the_admin_evidence_form_fits_a_laptop_screen(live_server, browser, pages):  # noqa: F811
    from claims.models import Claim
    from tests.factories import UserFactory

    UserFactory(username="layout-editor", role="Editor", password="a long test password")
    claim = Claim.objects.published().filter(evidence__isnull=False).first()
    context = browser.new_context(viewport=VIEWPORTS["laptop"])
    tab = context.new_page()
    tab.goto(live_server.url + "/admin/login/")
    tab.get_by_label("Username").fill("layout-editor")
    tab.get_by_label("Password").fill("a long test password")
    tab.get_by_role("button", name="Log in").click()
    tab.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    group = tab.locator("#evidence-group")
    assert group.count() == 1
    sideways = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert sideways <= 0, f"the claim's admin page scrolls sideways by {sideways}px"
    assert group.bounding_box()["width"] <= VIEWPORTS["laptop"]["width"]
    tab.screenshot(path=str(SCREENSHOTS / "layout-laptop-admin-claim.png"), full_page=True)
    context.close()
