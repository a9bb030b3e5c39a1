"""A reader on a desktop and on a phone finds, reads and checks a claim in Chromium, with axe-core watching."""

import json
import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache

from tests.factories import EvidenceFactory, public_register_sample

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(settings.BASE_DIR) / "test-output" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 360, "height": 740}}


def _missing() -> str | None:
    if not (shutil.which(CHROMIUM) or Path(CHROMIUM).exists()):
        return f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)"
    if not AXE.exists():
        return f"axe-core is not installed at {AXE} (run npm ci in the project folder)"
    return None


@pytest.fixture(scope="module")
def browser():
    problem = _missing()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture(params=list(VIEWPORTS))
def page(request, browser):
    # axe-core is injected as an inline script, which the pages' Content-Security-Policy rightly refuses.
    context = browser.new_context(viewport=VIEWPORTS[request.param], java_script_enabled=True, bypass_csp=True)
    tab = context.new_page()
    tab.viewport_name = request.param
    yield tab
    context.close()


@pytest.fixture
def editor(transactional_db):
    # A transactional test empties every table afterwards, the roles from the data migration included.
    from django.contrib.auth.models import Group, Permission

    from claims.roles import sync_roles
    from tests.factories import UserFactory

    sync_roles(Group, Permission)
    return UserFactory(username="editor", role="Editor")


@pytest.fixture
def register(editor):
    cache.clear()
    sample = public_register_sample(editor=editor)
    EvidenceFactory(
        claim=sample["corrected"],
        source=sample["rail_article"],
        stance="context",
        quote="Customs publishes its yearly figures in March.",
    )
    return sample


def check_accessibility(page, name: str) -> None:
    """Run axe-core on the page; fail on serious or critical violations. Keep a screenshot."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-{page.viewport_name}.png"), full_page=True)
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    bad = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, f"axe-core on {name} ({page.viewport_name}):\n" + "\n".join(bad)


def assert_fits_the_screen(page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px on {page.viewport_name}"


def test_a_reader_finds_reads_and_verifies_a_claim(live_server, page, register):
    corrected, readout = register["corrected"], register["readout"]

    page.goto(live_server.url + "/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Iran")
    assert page.locator("svg[role=img]").count() == 2
    assert_fits_the_screen(page)
    check_accessibility(page, "home")

    # Filter the register by visit and verdict with the form (no JavaScript needed).
    page.get_by_role("link", name="Claims", exact=True).click()
    page.get_by_label("Visit").select_option("pezeshkian-astana-2025")
    page.get_by_label("Verdict").select_option("partly_verified")
    page.get_by_role("button", name="Show claims").click()
    assert "visit=pezeshkian-astana-2025" in page.url and "status=partly_verified" in page.url
    assert page.locator(".claim-card").count() == 1
    assert_fits_the_screen(page)
    check_accessibility(page, "register-filtered")

    # Search from the front page.
    page.goto(live_server.url + "/")
    page.get_by_label("Search the claims").fill("freight")
    page.get_by_role("button", name="Search").click()
    assert "q=freight" in page.url
    assert page.locator(".claim-card").count() == 2

    # Open a claim and check its markup.
    page.goto(live_server.url + "/claims/?q=growth")
    page.get_by_role("link", name=corrected.text).click()
    assert page.url.endswith(f"/claims/{corrected.ref}/")
    review = json.loads(page.locator("script[type='application/ld+json']").text_content())
    assert review["@type"] == "ClaimReview" and review["reviewRating"]["alternateName"] == "Partly verified"
    assert page.get_by_role("heading", name="Corroborates").is_visible()
    assert "New customs figures" in page.locator("#corrections").inner_text()
    assert_fits_the_screen(page)
    check_accessibility(page, "claim")

    # Follow the evidence to its source.
    page.locator(".evidence--corroborates").get_by_role("link", name=readout.title).click()
    assert page.url.endswith(f"/sources/{readout.ref}/")
    assert corrected.text in page.locator("main").inner_text()
    assert_fits_the_screen(page)
    check_accessibility(page, "source")


OTHER_PAGES = {
    "visit": ("/visits/pezeshkian-astana-2025/", 200),
    "sources": ("/sources/", 200),
    "corrections": ("/corrections/", 200),
    "methodology": ("/methodology/", 200),
    "not-found": ("/claims/no-such-claim/", 404),
}


def test_every_other_page_type_passes_axe_and_fits_the_screen(live_server, page, register):
    for name, (path, status) in OTHER_PAGES.items():
        response = page.goto(live_server.url + path)
        assert response.status == status, path
        assert_fits_the_screen(page)
        check_accessibility(page, name)


def test_keyboard_users_see_where_focus_is(live_server, page, register):
    page.goto(live_server.url + "/claims/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


def test_the_register_works_without_javascript(live_server, browser, register):
    context = browser.new_context(java_script_enabled=False, viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.goto(live_server.url + "/claims/")
    page.get_by_role("searchbox", name="Search").fill("Tokayev")
    page.get_by_role("button", name="Show claims").click()
    assert page.locator(".claim-card").count() == 2
    context.close()


def test_a_withdrawn_claims_page_says_what_when_and_why(live_server, page, register, editor):
    """A reader following an old link to a withdrawn claim learns it was withdrawn, when and why."""
    from claims import services

    withdrawn = register["corrected"]
    services.claim_unpublish(claim=withdrawn, user=editor, reason="Its figure came from a draft customs table.")
    cache.clear()
    response = page.goto(live_server.url + withdrawn.get_absolute_url())
    assert response.status == 410
    assert page.get_by_role("heading", level=1).inner_text() == withdrawn.text
    main = page.locator("main").inner_text()
    assert "Its figure came from a draft customs table." in main and "New customs figures" in main
    assert page.locator("meta[name=robots]").get_attribute("content") == "noindex"
    assert page.locator("script[type='application/ld+json']").count() == 0
    assert_fits_the_screen(page)
    check_accessibility(page, "withdrawn")
