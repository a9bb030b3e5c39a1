"""A reader sends us a claim in Chromium, and axe-core finds nothing on the pages partners and editors use:
the API's documentation, a figure page with its chart, the admin's login and main pages (the add-claim form among
them)."""

import pytest
from django.core.cache import cache

from claims.models import Tip
from claims.tips.services import tip_receive
from tests.factories import UserFactory
from tests.test_browser_register import AXE, browser  # noqa: F401  (the shared Chromium fixture)
from tests.test_browser_rtl import pages  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def violations(tab, *, allowed: tuple[str, ...] = ()) -> list[str]:
    """axe-core's violations on the page, whatever their impact, but those `allowed`."""
    tab.add_script_tag(path=str(AXE))
    results = tab.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{tab.url}: {v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"]
        if v["id"] not in allowed
    ]


def test_a_reader_sends_a_claim_and_is_given_a_reference(live_server, browser):  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True)
    tab = context.new_page()
    tab.goto(live_server.url + "/")
    tab.get_by_role("link", name="Send us a claim").click()
    assert tab.get_by_role("heading", level=1).inner_text() == "Send us a claim"
    assert violations(tab) == []
    tab.get_by_label("What was said").fill("Trade will triple <b>next year</b>.")
    tab.get_by_label("A link to it (optional)").fill("not an address")
    tab.get_by_role("button", name="Send").click()
    # A missing field is named, and nothing is lost of what was typed.
    assert "Nothing was sent" in tab.locator("main").inner_text()
    assert tab.get_by_label("What was said").input_value() == "Trade will triple <b>next year</b>."
    assert violations(tab) == []
    assert "Tell us where it was said." in tab.locator("main").inner_text()
    tab.get_by_label("A link to it (optional)").fill("")
    tab.get_by_label("Where and by whom it was said").fill("A speech on state television, 3 June")
    tab.get_by_role("button", name="Send").click()
    reference = tab.locator(".tip-reference").inner_text()
    tip = Tip.objects.get()
    assert reference == tip.reference and tip.statement == "Trade will triple <b>next year</b>."
    assert violations(tab) == []
    context.close()


def test_the_api_docs_a_chart_page_and_the_admin_pass_axe(live_server, browser, pages):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 800}, bypass_csp=True)
    tab = context.new_page()
    problems = []
    tab.goto(live_server.url + "/api/docs/")
    tab.wait_for_selector(".swagger-ui .info", timeout=15000)
    assert tab.evaluate("document.documentElement.lang") == "en"
    assert tab.locator("header h1").inner_text() == "Fact register feed: documentation"
    # Swagger UI draws its description outside its own main landmark (axe 'region', moderate); the page's
    # own parts are in landmarks.
    problems += violations(tab, allowed=("region",))
    # A figure page whose chart is drawn: no link inside the image.
    tab.goto(live_server.url + pages["figure with a chart"])
    assert tab.locator("svg[role=img]").count() == 1
    assert tab.locator("svg[role=img] a").count() == 0
    problems += violations(tab)
    cache.clear()
    UserFactory(username="desk", role="Editor")
    tab.goto(live_server.url + "/admin/login/")
    problems += violations(tab)
    tab.get_by_label("Username").fill("desk")
    tab.get_by_label("Password").fill("correct horse battery staple")
    tab.get_by_role("button", name="Log in").click()
    tip = tip_receive(statement="Said", where_said="Radio", language="en")
    for path in (
        "/admin/",
        "/admin/claims/claim/",
        "/admin/claims/claim/add/",
        "/admin/claims/tip/",
        f"/admin/claims/tip/{tip.pk}/change/",
    ):
        tab.goto(live_server.url + path)
        problems += violations(tab)
    # The add-claim page's autocomplete boxes are named after their fields' labels, as a screen reader says them.
    tab.goto(live_server.url + "/admin/claims/claim/add/")
    for field in ("Article", "Visit", "Metric"):
        assert tab.get_by_role("combobox", name=field).count() == 1, field
    context.close()
    assert not problems, "\n".join(problems)
