"""In a real browser, no page of the register trips its own Content-Security-Policy."""

import pytest

from tests.factories import ClaimFactory, UserFactory, publish
from tests.test_browser_register import browser  # noqa: F401  (the shared Chromium fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_pages_run_under_the_csp_without_violations(browser, live_server):  # noqa: F811
    editor = UserFactory(username="csp-editor", role="Editor")
    claim = publish(ClaimFactory(text="Trade reached 310.8 million dollars"), editor=editor)
    context = browser.new_context()
    page = context.new_page()
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    urls = [
        "/",
        "/claims/",
        claim.get_absolute_url(),
        claim.visit.get_absolute_url(),
        "/figures/",
        "/commitments/",
        "/methodology/",
        "/api/docs/",
        "/admin/login/",
    ]
    for url in urls:
        response = page.goto(live_server.url + url)
        assert response.status == 200, url
        assert "script-src 'self'" in response.headers["content-security-policy"], url
        page.wait_for_load_state("networkidle")
    # The API docs page builds its interface with script from a file: it must actually have rendered.
    page.goto(live_server.url + "/api/docs/")
    page.wait_for_selector(".swagger-ui .info", timeout=15000)
    context.close()
    assert violations == []
