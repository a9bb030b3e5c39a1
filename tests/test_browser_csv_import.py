"""An editor imports a claims CSV in Chromium: Import on the claims list, the preview, Cancel, then again and
Confirm; the waiting file goes either way."""

import pytest

from tests.test_browser_register import browser  # noqa: F401  (the shared Chromium fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

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
        assert "130 rows: 130 new, 0 changed, 0 unchanged." in tab.content()
        assert "The first 100 are shown below; 30 more are not." in tab.content()
        assert tab.locator("tr.new").count() == 100
        assert len(list(desk["waiting"].iterdir())) == 1

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
