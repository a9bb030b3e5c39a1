"""Who runs the register, its funding, the corrections policy and how to reach the desk: public in every
interface language, edited by a desk admin through the write core."""

from xml.etree import ElementTree

import pytest
from django.core.exceptions import PermissionDenied

from claims import services
from claims.models import Status, TransparencyPage
from claims.transparency.services import page_write
from factregister.publiccache import register_last_modified
from tests.factories import ClaimFactory, UserFactory, publish

pytestmark = pytest.mark.django_db

PAGES = ["about", "funding", "corrections-policy", "contact"]


@pytest.fixture
def desk_admin(db):
    return UserFactory(username="desk-admin", role="Desk admin")


@pytest.mark.parametrize("kind", PAGES)
@pytest.mark.parametrize(
    ("prefix", "words"),
    [("", "demonstration"), ("/fa", "نمایشی"), ("/ru", "демонстрац"), ("/kk", "көрсетілім")],
)
def test_every_page_says_honestly_it_is_a_demonstration_in_every_language(client, kind, prefix, words):
    response = client.get(f"{prefix}/about/{kind}/")
    assert response.status_code == 200
    body = response.content.decode()
    if kind != "corrections-policy":
        assert words in body
    assert "<h1>" in body


def test_an_unknown_page_is_not_found(client):
    assert client.get("/about/owners/").status_code == 404


def test_the_footer_links_every_page(client):
    body = client.get("/").content.decode()
    for kind in PAGES:
        assert f'href="/about/{kind}/"' in body
    assert 'href="/send-a-claim/"' in body
    assert 'href="/fa/about/funding/"' in client.get("/fa/").content.decode()


def test_a_desk_admin_edits_a_page_in_one_language_and_readers_see_it(client, desk_admin):
    before = register_last_modified()
    admin = client
    admin.force_login(desk_admin)
    added = admin.post(
        "/admin/claims/transparencypage/add/",
        {"kind": "funding", "language": "ru", "title": "Деньги", "body": "Первый абзац.\n\n<b>Второй</b> абзац."},
    )
    assert added.status_code == 302
    page = TransparencyPage.objects.get(kind="funding", language="ru")
    assert page.updated_at is not None and register_last_modified() > before
    admin.logout()
    shown = client.get("/ru/about/funding/").content.decode()
    assert "<h1>Деньги</h1>" in shown
    assert "<p>Первый абзац.</p>" in shown and "&lt;b&gt;Второй&lt;/b&gt; абзац." in shown
    # The other languages keep their own text.
    assert "demonstration" in client.get("/about/funding/").content.decode()
    admin.force_login(desk_admin)
    changed = admin.post(
        f"/admin/claims/transparencypage/{page.pk}/change/", {"title": "Финансирование", "body": "Новый текст."}
    )
    assert changed.status_code == 302
    admin.logout()
    assert "Новый текст." in client.get("/ru/about/funding/").content.decode()


def test_editing_one_language_leaves_the_others_text(client, desk_admin):
    page_write(kind="about", language="en", title="Who we are", body="Plain words.", user=desk_admin)
    assert "Plain words." in client.get("/about/about/").content.decode()
    assert "Plain words." not in client.get("/fa/about/about/").content.decode()


def test_only_a_desk_admin_writes_the_pages(editor, contributor):
    for user in (editor, contributor):
        with pytest.raises(PermissionDenied):
            page_write(kind="contact", language="en", title="Contact", body="x", user=user)
    assert not TransparencyPage.objects.exists()


def test_every_correction_on_a_claim_page_links_the_corrections_policy(client, editor):
    claim = publish(ClaimFactory(), editor=editor)
    services.claim_set_verdict(
        claim=claim, user=editor, status=Status.FALSE, verdict_summary="Revised.", note="A new document."
    )
    body = client.get(claim.get_absolute_url()).content.decode()
    assert 'href="/about/corrections-policy/">Our corrections policy</a>' in body


def test_the_demo_stores_the_default_texts_and_keeps_what_a_desk_admin_wrote(desk_admin):
    from claims.demo import load_demo
    from claims.transparency.services import pages_fill_defaults

    page_write(kind="funding", language="en", title="Funding", body="Our own words.", user=desk_admin)
    load_demo()
    assert TransparencyPage.objects.count() == 16
    assert TransparencyPage.objects.get(kind="funding", language="en").body == "Our own words."
    assert "demonstration" in TransparencyPage.objects.get(kind="about", language="en").body
    assert pages_fill_defaults(user=None) == 0


def test_only_the_default_text_is_stored_without_permission(editor):
    from claims.services.core import Change, apply_one
    from claims.transparency.services import PageWriter

    change = Change(values={"kind": "about", "language": "en", "title": "Ours", "body": "Invented owners."})
    with pytest.raises(PermissionDenied):
        apply_one(PageWriter(user=editor, defaults=True), change)


def test_the_sitemap_lists_every_page_in_every_language_with_its_alternates(client, desk_admin, settings):
    settings.REGISTER_PUBLIC_URL = "https://register.example.org"
    page_write(kind="funding", language="ru", title="Деньги", body="Первый абзац.", user=desk_admin)
    sitemap = ElementTree.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = {entry.findtext("s:loc", namespaces=ns): entry for entry in sitemap.findall("s:url", ns)}

    def alternates(address: str) -> dict[str, str]:
        return {link.get("hreflang"): link.get("href") for link in entries[address].findall("x:link", ns)}

    # The methodology page is listed in every interface language: each transparency page is too, with the
    # same languages as alternates, each naming the others, itself and x-default.
    methodology = alternates("https://register.example.org/methodology/")
    assert len(methodology) == 5  # English, Persian, Russian, Kazakh and x-default
    for kind in PAGES:
        expected = {code: href.replace("/methodology/", f"/about/{kind}/") for code, href in methodology.items()}
        for address in set(expected.values()):
            assert address in entries, address
            assert alternates(address) == expected, address
            lastmod = entries[address].findtext("s:lastmod", namespaces=ns)
            # A page's date is when a desk admin last wrote it; the others show the register's own text.
            assert (lastmod is not None) == (kind == "funding"), (address, lastmod)
    for address in (address for address in entries if "/about/" in address):
        assert client.get(address.removeprefix("https://register.example.org")).status_code == 200, address
