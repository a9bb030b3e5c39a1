"""A reader on a phone (320, 375 and 430 px wide) reads every table of every kind of page, in English and, at
375 px, in Persian, in Chromium, on the demo register.

No page scrolls sideways; no table hides columns behind a scroll of its own (below 600 px a table of many
columns is a list of cards, each cell under its column's name, which axe-core passes); no table cell is
narrower than its longest word; a card's words start at the start of the line, on the right in Persian. A row's
number takes the width of its digits, not a name's. Screenshots are kept in test-output/screenshots/.
"""

import pytest

from tests.test_browser_layout import MEASURE_TABLES, pages  # noqa: F401  (the demo register's page types)
from tests.test_browser_readers import violations
from tests.test_browser_register import SCREENSHOTS, browser  # noqa: F401  (the shared Chromium fixture)
from tests.test_browser_rtl import in_language, slug

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONES = (320, 375, 430)

# Each table region whose table is wider than the region: columns a reader must scroll to find.
HIDDEN_COLUMNS = """
() => [...document.querySelectorAll("main .table-scroll")]
  .filter((region) => region.scrollWidth > region.clientWidth + 1)
  .map((region) => `a table scrolls sideways inside its region by ${region.scrollWidth - region.clientWidth}px: `
    + `"${(region.querySelector("caption") || region).innerText.slice(0, 60)}"`)
"""

# For each card (a table row laid out as a block), whether its first cell's text starts where a line starts:
# at the cell's inline start, the right edge in a right-to-left page.
CARDS_START_AT_LINE_START = """
() => {
  const problems = [];
  for (const row of document.querySelectorAll("main table.cards tbody tr")) {
    if (getComputedStyle(row).display !== "block") {
      problems.push(`a row of a table of many columns is not a card: "${row.innerText.slice(0, 60)}"`);
      continue;
    }
    const cell = row.firstElementChild;
    const range = document.createRange();
    range.selectNodeContents(cell);
    // The first line of the cell, all of it: a line mixing scripts (a Persian qualifier, an English unit) is
    // drawn as several runs, not in the order they are written.
    const rects = [...range.getClientRects()];
    const first = rects.filter((r) => Math.abs(r.top - rects[0].top) < 2);
    const box = row.getBoundingClientRect();
    const rtl = getComputedStyle(row).direction === "rtl";
    const gap = rtl
      ? box.right - Math.max(...first.map((r) => r.right))
      : Math.min(...first.map((r) => r.left)) - box.left;
    if (gap > 24) problems.push(`a card's first words start ${Math.round(gap)}px from the line's start`);
  }
  return problems;
}
"""


def _problems_on(tab, url: str, width: int) -> list[str]:
    problems = []
    sideways = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if sideways > 0:
        problems.append(f"the page scrolls sideways by {sideways}px")
    problems += tab.evaluate(HIDDEN_COLUMNS)
    problems += tab.evaluate(MEASURE_TABLES)
    problems += tab.evaluate(CARDS_START_AT_LINE_START)
    return [f"{width}px, {url}: {problem}" for problem in problems[:5]]


def test_every_table_reads_on_a_phone_in_english_and_in_persian(live_server, browser, pages):  # noqa: F811
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    visits = [(width, name, url) for width in PHONES for name, url in pages.items()]
    visits += [(375, f"{name} in Persian", in_language(url, "fa")) for name, url in pages.items()]
    problems = []
    cards = 0
    for width in sorted({width for width, _, _ in visits}):
        # axe-core is injected as an inline script, which the pages' Content-Security-Policy rightly refuses.
        context = browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True)
        tab = context.new_page()
        for _, name, url in (visit for visit in visits if visit[0] == width):
            tab.goto(live_server.url + url)
            tab.screenshot(path=str(SCREENSHOTS / f"phone-{width}-{slug(name)}.png"), full_page=True)
            problems += _problems_on(tab, url, width)
            rows = tab.locator("main table.cards tbody tr").count()
            cards += rows
            if rows and width == 375:
                # A page whose tables are laid out as cards passes axe at a phone's width too.
                problems += violations(tab)
        context.close()
    assert not problems, "\n".join(problems)
    # The walk met the tables it is about: figures, sources, a claim's figures, the two accounts.
    assert cards > 20


@pytest.mark.parametrize("width", [375, 1280])
def test_a_figures_row_number_is_as_wide_as_its_digits(live_server, browser, pages, width):  # noqa: F811
    context = browser.new_context(viewport={"width": width, "height": 800})
    tab = context.new_page()
    tab.goto(live_server.url + pages["figure"])
    numbers = tab.locator("main table.figures-table th.cell-number")
    assert numbers.count() > 1
    widths = [numbers.nth(i).bounding_box()["width"] for i in range(numbers.count())]
    context.close()
    # The column once kept a name's width (176 px) for one digit; a row's number and its figure share a line.
    assert max(widths) < 48, widths
