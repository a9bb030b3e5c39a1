"""A reader of Persian reads every kind of page right to left, on a phone (390 px) and a laptop (1280 px), in Chromium.

The page runs right to left and does not scroll sideways, Persian is drawn in the register's own font
(Vazirmatn, served with the static files), and the language switcher leads to the same page in every
language. axe-core finds nothing at all on any kind of page in English, Persian, Russian or Kazakh, its language
rules included. Screenshots are kept in test-output/screenshots/ (CI keeps them as artefacts).
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache

from factregister.languages import address_in
from tests.test_browser_register import AXE, SCREENSHOTS, browser  # noqa: F401  (the shared Chromium fixture)
from tests.test_html_valid import page_types

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1280, "height": 800}}
TAGS = {"en-gb": "en-GB", "fa": "fa", "ru": "ru", "kk": "kk"}


@pytest.fixture
def pages(transactional_db, client):
    from django.contrib.auth.models import Group, Permission

    from claims.roles import sync_roles

    sync_roles(Group, Permission)
    addresses = page_types(client)
    cache.clear()
    return addresses


def in_language(url: str, language: str) -> str:
    path, _, query = url.partition("?")
    return address_in(path, language) + (f"?{query}" if query else "")


def same_page(url: str) -> tuple:
    """An address as the page it names: its path and its parameters, however they are encoded."""
    parts = urlsplit(url)
    return parts.path, parse_qs(parts.query)


def slug(name: str) -> str:
    return name.replace(" ", "-").replace(",", "")


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_every_kind_of_page_reads_right_to_left_in_persian(live_server, browser, pages, viewport):  # noqa: F811
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    tab = context.new_page()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for name, url in pages.items():
        persian = in_language(url, "fa")
        tab.goto(live_server.url + persian)
        tab.evaluate("document.fonts.ready")
        tab.screenshot(path=str(SCREENSHOTS / f"rtl-{viewport}-{slug(name)}.png"), full_page=True)
        where = f"{name} ({persian})"
        if tab.evaluate("getComputedStyle(document.documentElement).direction") != "rtl":
            problems.append(f"{where}: the page does not run right to left")
        if tab.evaluate("getComputedStyle(document.querySelector('main')).direction") != "rtl":
            problems.append(f"{where}: the main text does not run right to left")
        sideways = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if sideways > 0:
            problems.append(f"{where}: the page scrolls sideways by {sideways}px")
        if not tab.evaluate("document.fonts.check('16px Vazirmatn', 'ادعا')"):
            problems.append(f"{where}: Persian is not drawn in Vazirmatn")
        # The start of a line is on the right: the heading's right edge sits at the content's right edge.
        edges = tab.evaluate(
            """() => {
              const main = document.querySelector('main').getBoundingClientRect();
              const style = getComputedStyle(document.querySelector('main'));
              const h1 = document.querySelector('h1');
              if (!h1 || h1.hasAttribute('lang')) return null;  // the register's words, in English
              const range = document.createRange();
              range.selectNodeContents(h1);
              const text = range.getBoundingClientRect();
              return {main: main.right - parseFloat(style.paddingRight), text: text.right};
            }"""
        )
        if edges and abs(edges["main"] - edges["text"]) > 2:
            problems.append(f"{where}: the heading does not start on the right ({edges})")
    context.close()
    assert not problems, "\n".join(problems)


def test_the_language_switcher_leads_to_the_same_page_in_every_language(live_server, browser, pages):  # noqa: F811
    context = browser.new_context(viewport=VIEWPORTS["laptop"])
    tab = context.new_page()
    problems = []
    for name, url in pages.items():
        persian = live_server.url + in_language(url, "fa")
        for language, tag in TAGS.items():
            tab.goto(persian)
            link = tab.locator(f"nav.languages a[hreflang='{tag}']")
            if link.count() != 1:
                problems.append(f"{name}: no switcher link to {tag}")
                continue
            link.click()
            tab.wait_for_load_state()
            expected = live_server.url + in_language(url, language)
            if same_page(tab.url) != same_page(expected):
                problems.append(f"{name}: the {tag} link led to {tab.url}, not {expected}")
            if tab.evaluate("document.documentElement.lang") != tag:
                problems.append(f"{name}: the {tag} page says it is in {tab.evaluate('document.documentElement.lang')}")
    context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en-gb", "fa", "ru", "kk"])
def test_every_kind_of_page_passes_axe_with_no_violation_in_this_language(live_server, browser, pages, language):  # noqa: F811
    # axe-core is injected as an inline script, which the pages' Content-Security-Policy rightly refuses.
    context = browser.new_context(viewport=VIEWPORTS["laptop"], bypass_csp=True)
    tab = context.new_page()
    problems = []
    for name, url in pages.items():
        address = in_language(url, language)
        tab.goto(live_server.url + address)
        tab.add_script_tag(path=str(AXE))
        results = tab.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        problems += [
            f"{name} ({address}): {v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in results["violations"]
        ]
    context.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def translated_claims(transactional_db):
    """A claim with a current Persian translation, and one whose Persian translation a correction put out of date."""
    from django.contrib.auth.models import Group, Permission

    from claims import services
    from claims.models import Status
    from claims.roles import sync_roles
    from tests.factories import UserFactory, published_claim, translate

    sync_roles(Group, Permission)
    editor = UserFactory(username="translations-editor", role="Editor")
    long_words = "Trade between Iran and Kazakhstan grew by forty percent in the first nine months of the year"
    current = published_claim(editor=editor, text=long_words, quote=f"{long_words}, the president said.")
    translate(current, "fa", editor=editor, machine_assisted=True)
    outdated = published_claim(editor=editor, text="Rail freight doubled", quote="Rail freight doubled this year.")
    translate(outdated, "fa", editor=editor)
    services.claim_set_verdict(
        claim=outdated, user=editor, status=Status.FALSE, verdict_summary="Freight was flat.", note="Customs data."
    )
    cache.clear()
    return {"current": current.get_absolute_url(), "outdated": outdated.get_absolute_url()}


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_a_translated_persian_claim_page_fits_and_says_when_it_is_out_of_date(
    live_server,
    browser,  # noqa: F811
    translated_claims,
    viewport,
):
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    tab = context.new_page()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, english in translated_claims.items():
        tab.goto(live_server.url + address_in(english, "fa"))
        tab.screenshot(path=str(SCREENSHOTS / f"rtl-{viewport}-translated-{name}.png"), full_page=True)
        assert tab.evaluate("document.documentElement.dir") == "rtl"
        assert tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, name
        assert tab.locator(".translation-credit").is_visible(), name
        notice = tab.locator(".translation-outdated")
        if name == "outdated":
            assert notice.is_visible()
            assert notice.get_by_role("link").get_attribute("href") == english
        else:
            assert notice.count() == 0
            assert tab.locator(".quote__translation").is_visible()
    context.close()
