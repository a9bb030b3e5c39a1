"""An editor logging in, and one locked out, in Chromium with axe-core watching: no violation of any impact."""

import pytest

from tests.test_browser_register import AXE, browser, page  # noqa: F401  (the shared Chromium fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def desk(transactional_db):
    from django.contrib.auth.models import Group, Permission

    from claims.roles import sync_roles
    from tests.factories import UserFactory

    sync_roles(Group, Permission)  # a transactional test empties every table, the roles included
    return UserFactory(username="desk", role="Editor")


def violations(tab) -> list[str]:
    """axe-core's violations on the page, whatever their impact (a missing heading is only 'moderate')."""
    tab.add_script_tag(path=str(AXE))
    results = tab.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}" for v in results["violations"]]


def attempt(tab, url, password):
    tab.goto(url)
    tab.get_by_label("Username").fill("desk")
    tab.get_by_label("Password").fill(password)
    tab.get_by_role("button", name="Log in").click()


def test_the_login_and_lockout_pages_pass_axe(live_server, page, desk, settings):  # noqa: F811
    login = live_server.url + "/admin/login/"
    page.goto(login)
    assert page.get_by_role("heading", level=1).inner_text() == "Log in"
    assert violations(page) == []

    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(page, login, "a wrong guess")
    assert page.get_by_role("heading", level=1).inner_text() == "Too many failed logins"
    assert violations(page) == []
