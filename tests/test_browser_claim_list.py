"""An editor's claim list and desk on a 1280 px laptop and a 390 px phone, in Chromium: every column an editor
decides on is in view without scrolling sideways, long text is clamped, and the desk passes axe-core."""

import pytest

from tests.test_browser_login import violations
from tests.test_browser_register import SCREENSHOTS, browser  # noqa: F401  (the shared Chromium fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long test password"
LAPTOP, PHONE = {"width": 1280, "height": 800}, {"width": 390, "height": 844}
# The columns an editor decides on, by the admin's column class.
DECIDING = ["claim", "status_badge", "published", "quote_in_copy", "assigned", "updated_at"]
LONG_REF = "kazakhstaniran-trade-turnover-reached-480-million-in-the-fir"
LONG_TEXT = (
    "Kazakhstan–Iran trade turnover reached $480 million in the first nine months of 2025, up by a fifth on the "
    "same period of 2024, according to the Iranian Ministry of Industry, Mine and Trade, which also said that "
    "wheat, barley and sunflower oil made up most of what Iran bought."
)


@pytest.fixture
def desk_register(transactional_db):
    from django.contrib.auth.models import Group, Permission

    from claims.models import Status
    from claims.roles import sync_roles
    from tests.factories import ClaimFactory, SourceFactory, UserFactory, VisitFactory

    sync_roles(Group, Permission)  # a transactional test empties every table, the roles included
    editor = UserFactory(username="desk-editor", role="Editor", password=PASSWORD)
    visit = VisitFactory(title="Kassym-Jomart Tokayev's state visit to the Islamic Republic of Iran, August 2025")
    article = SourceFactory(title="Trade between Kazakhstan and Iran grew in the first nine months of the year")
    for n in range(30):
        ClaimFactory(ref=f"{LONG_REF[:50]}-{n}", text=LONG_TEXT, visit=visit, article=article)
    # Logged last, so worked on last: the list's first row.
    speaker = "Arman Shakkaliyev, Minister of Trade and Integration of the Republic of Kazakhstan"
    ClaimFactory(ref=LONG_REF, text=LONG_TEXT, visit=visit, article=article, status=Status.IN_REVIEW,
                 assigned_to=editor, quote_found=False, speaker=speaker)  # fmt: skip
    return editor


def log_in(context, url):
    tab = context.new_page()
    tab.goto(url + "/admin/login/")
    tab.get_by_label("Username").fill("desk-editor")
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Log in").click()
    tab.wait_for_url("**/admin/")
    return tab


def boxes(tab, row_selector: str) -> dict:
    """Each deciding column's cell in the row, as the browser laid it out (None when not shown)."""
    return {name: tab.locator(f"{row_selector} .field-{name}").bounding_box() for name in DECIDING}


def test_on_a_laptop_every_deciding_column_is_in_view_without_scrolling_sideways(live_server, browser, desk_register):  # noqa: F811
    context = browser.new_context(viewport=LAPTOP)
    tab = log_in(context, live_server.url)
    tab.goto(live_server.url + "/admin/claims/claim/")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / "claim-list-laptop.png"))
    assert tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    results = tab.locator(".results")
    assert results.evaluate("e => e.scrollWidth - e.clientWidth") <= 0, "the table scrolls sideways inside the page"
    # The claim worked on last is first: the one in review, assigned to the editor.
    first = "#result_list tbody tr:first-child"
    for name, box in boxes(tab, first).items():
        assert box is not None, name
        assert box["x"] >= 0 and box["x"] + box["width"] <= LAPTOP["width"], (name, box)
    assert tab.locator(f"{first} .field-status_badge").inner_text() == "In review"
    assert tab.locator(f"{first} .field-assigned").inner_text() == "desk-editor"
    # The statement is clamped to two lines, not the whole paragraph.
    text = tab.locator(f"{first} .claim-text")
    line = float(text.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)"))
    assert text.bounding_box()["height"] <= 2 * line + 1
    context.close()


def test_on_a_phone_the_status_is_in_view(live_server, browser, desk_register):  # noqa: F811
    context = browser.new_context(viewport=PHONE)
    tab = log_in(context, live_server.url)
    tab.goto(live_server.url + "/admin/claims/claim/")
    tab.screenshot(path=str(SCREENSHOTS / "claim-list-phone.png"))
    status = tab.locator("#result_list tbody tr:first-child .field-status_badge").bounding_box()
    assert status is not None
    assert status["x"] >= 0 and status["x"] + status["width"] <= PHONE["width"], status
    claim = tab.locator("#result_list tbody tr:first-child .field-claim").bounding_box()
    assert claim["x"] + claim["width"] <= PHONE["width"]
    context.close()


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_the_desk_shows_what_needs_someone_and_passes_axe(live_server, browser, desk_register, viewport):  # noqa: F811
    context = browser.new_context(viewport=viewport, bypass_csp=True)
    tab = log_in(context, live_server.url)
    tab.screenshot(path=str(SCREENSHOTS / f"desk-{viewport['width']}.png"), full_page=True)
    desk = tab.locator("#desk")
    assert desk.get_by_role("heading", name="What needs someone").is_visible()
    mine = desk.get_by_role("link", name="Claims assigned to me")
    assert mine.locator(".desk-count").inner_text() == "1"
    assert violations(tab) == []
    mine.click()
    tab.wait_for_url("**/admin/claims/claim/?assigned=me")
    assert tab.locator("#result_list tbody tr").count() == 1
    context.close()


def test_an_editor_adds_a_note_then_previews_the_unpublished_claim(live_server, browser, desk_register):  # noqa: F811
    from claims.models import Claim

    context = browser.new_context(viewport=LAPTOP)
    tab = log_in(context, live_server.url)
    claim = Claim.objects.get(ref=LONG_REF)
    tab.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    tab.locator("#id_notes-0-text").fill("Waiting for the customs table from the ministry.")
    tab.get_by_role("button", name="Save and continue editing").click()
    tab.wait_for_load_state()
    notes = tab.locator("#notes-group")
    assert "Waiting for the customs table from the ministry." in notes.inner_text()
    assert "desk-editor" in notes.inner_text()
    tab.screenshot(path=str(SCREENSHOTS / "claim-page-notes-laptop.png"), full_page=True)
    tab.get_by_role("link", name="View on site").click()
    tab.wait_for_url("**/preview/")
    preview = tab
    assert preview.url.endswith(f"/admin/claims/claim/{claim.pk}/preview/")
    assert "Not published." in preview.locator(".preview-banner").inner_text()
    assert LONG_TEXT in preview.get_by_role("heading", level=1).inner_text()
    context.close()
