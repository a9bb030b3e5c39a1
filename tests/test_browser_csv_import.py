"""An editor imports a claims CSV in Chromium: Import on the claims list, the preview, Cancel, then again and
Confirm; the waiting file goes either way. On a laptop and a phone, the preview of a one-cell change shows that
cell, fits the screen and passes axe-core."""

import pytest

from tests.test_browser_login import violations
from tests.test_browser_register import SCREENSHOTS, browser  # noqa: F401  (the shared Chromium fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LAPTOP, PHONE = {"width": 1280, "height": 800}, {"width": 390, "height": 844}
HEADER = "ref,article,visit,speaker,text,quote,topic,status,verdict_summary,is_published"


@pytest.fixture
def desk(transactional_db, settings, tmp_path):
    from django.contrib.auth.models import Group, Permission

    from claims.roles import sync_roles
    from tests.factories import SourceFactory, UserFactory, VisitFactory

    settings.IMPORT_UPLOADS_DIR = str(tmp_path / "waiting")
    sync_roles(Group, Permission)
    UserFactory(username="csv-editor", role="Editor", password="a long test password")
    VisitFactory(ref="astana")
    SourceFactory(ref="irna")
    rows = [f"c{n},irna,astana,Tokayev,Trade grew {n},“Q {n}”,trade,unverified,,false" for n in range(130)]
    upload = tmp_path / "claims.csv"
    upload.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return {"file": upload, "waiting": tmp_path / "waiting"}


def test_an_editor_previews_cancels_and_then_confirms_an_import(live_server, browser, desk):  # noqa: F811
    from claims.models import Claim

    tab = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    tab.goto(live_server.url + "/admin/login/")
    tab.get_by_label("Username").fill("csv-editor")
    tab.get_by_label("Password").fill("a long test password")
    tab.get_by_role("button", name="Log in").click()

    def preview():
        tab.goto(live_server.url + "/admin/claims/claim/")
        tab.get_by_role("link", name="Import").click()
        tab.locator("input[type=file]").set_input_files(str(desk["file"]))
        tab.get_by_role("button", name="Submit").click()
        tab.get_by_role("button", name="Confirm import").wait_for()  # the preview page has loaded
        counts = tab.locator("ul.import-counts").inner_text()
        assert "130 rows" in counts and "130 new" in counts and "0 changed" in counts
        assert "1–100 of 130, page 1 of 2." in tab.content()
        assert tab.locator("tr.new").count() == 100
        tab.get_by_role("link", name="Next page").click()
        tab.wait_for_url("**/import/?page=2")
        assert tab.locator("tr.new").count() == 30
        assert len([p for p in desk["waiting"].iterdir() if p.suffix != ".json"]) == 1

    preview()
    tab.get_by_role("button", name="Cancel").click()
    tab.wait_for_url("**/admin/claims/claim/")
    tab.get_by_text("The import was cancelled; nothing was written.").wait_for()
    assert not Claim.objects.exists() and not list(desk["waiting"].iterdir())

    preview()
    tab.get_by_role("button", name="Confirm import").click()
    tab.wait_for_url("**/admin/claims/claim/")
    tab.get_by_text("Import finished: 130 new").wait_for()
    assert Claim.objects.count() == 130
    assert not list(desk["waiting"].iterdir())


@pytest.mark.parametrize(
    "viewport", [{"width": 1280, "height": 800}, {"width": 390, "height": 844}], ids=["laptop", "phone"]
)
def test_a_one_cell_change_shows_that_cell_fits_the_screen_and_passes_axe(live_server, browser, desk, viewport):  # noqa: F811
    from claims.models import Visit
    from sources.models import Source
    from tests.factories import ClaimFactory

    irna, astana = Source.objects.get(ref="irna"), Visit.objects.get(ref="astana")
    for n in range(3):
        text = "Trade grew by a fifth" if n == 1 else f"Trade grew {n}"
        ClaimFactory(ref=f"kept-{n}", article=irna, visit=astana, speaker="Tokayev", text=text, quote=f"“Q {n}”")
    rows = [HEADER, *(f"kept-{n},irna,astana,Tokayev,Trade grew {n},“Q {n}”,trade,unverified,,false" for n in range(3))]
    context = browser.new_context(viewport=viewport, bypass_csp=True)
    tab = context.new_page()
    tab.goto(live_server.url + "/admin/login/")
    tab.get_by_label("Username").fill("csv-editor")
    tab.get_by_label("Password").fill("a long test password")
    tab.get_by_role("button", name="Log in").click()
    tab.wait_for_url("**/admin/")
    upload = desk["file"].with_name("one-cell.csv")
    upload.write_text("\n".join(rows) + "\n", encoding="utf-8")
    tab.goto(live_server.url + "/admin/claims/claim/import/")
    tab.locator("input[type=file]").set_input_files(str(upload))
    tab.get_by_role("button", name="Submit").click()
    tab.get_by_role("button", name="Confirm import").wait_for()
    tab.screenshot(path=str(SCREENSHOTS / f"import-preview-{viewport['width']}.png"), full_page=True)
    assert tab.locator("tr.update").count() == 1 and tab.locator("tr.skip").count() == 0
    cell = tab.locator("tr.update li.cell")
    assert cell.count() == 1
    assert cell.locator("del").inner_text() == "Trade grew by a fifth"
    assert cell.locator("ins").inner_text() == "Trade grew 1"
    box = cell.bounding_box()
    assert box is not None and box["x"] + box["width"] <= viewport["width"], box
    sideways = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert sideways <= 0, f"the preview scrolls sideways by {sideways} px"
    assert violations(tab) == []
    tab.get_by_role("link", name="Show all rows, unchanged ones too").click()
    tab.wait_for_url("**/import/?show=all&page=1")
    assert tab.locator("tr.skip").count() == 2
    context.close()
