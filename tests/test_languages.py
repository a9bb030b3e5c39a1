"""A reader in Tehran, Moscow or Almaty reads the register in Persian, Russian or Kazakh; English stays where it was.

Every public page answers under /fa/, /ru/ and /kk/ in that language, saying so (`<html lang dir>`,
Content-Language, og:locale, hreflang, ClaimReview's inLanguage); the language is the address's and
nothing else's, so caches keep one copy per address and never hand one language's page to another.
"""

import datetime
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import jdatetime
import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, pgettext

from claims import services
from claims.models import Claim
from factregister.languages import address_in
from tests.factories import public_register_sample, translate
from tests.test_html_valid import page_types

pytestmark = pytest.mark.django_db

OTHERS = ["fa", "ru", "kk"]
TAGS = {"en-gb": "en-GB", "fa": "fa", "ru": "ru", "kk": "kk"}
DIRECTIONS = {"en-gb": "ltr", "fa": "rtl", "ru": "ltr", "kk": "ltr"}
LOCALE = Path(settings.BASE_DIR) / "locale"


def html_lang(body: str) -> tuple[str, str]:
    found = re.search(r'<html lang="([^"]+)" dir="([^"]+)">', body)
    assert found, "no <html lang dir>"
    return found.group(1), found.group(2)


def switcher(body: str) -> dict[str, str]:
    """The language switcher's links: language tag -> address."""
    nav = re.search(r'<nav class="languages".*?</nav>', body, re.S)
    assert nav, "no language switcher"
    return {
        lang: href.replace("&amp;", "&")
        for href, lang in re.findall(r'<a href="([^"]+)" lang="([^"]+)" hreflang=', nav.group(0))
    }


def in_language(language: str, text: str, context: str | None = None) -> str:
    with translation.override(language):
        return pgettext(context, text) if context else gettext(text)


@pytest.fixture
def sample(editor):
    return public_register_sample(editor=editor)


def test_every_public_page_answers_in_each_language_with_its_lang_dir_labels_and_switcher(client):
    pages = page_types(client)
    for name, english in pages.items():
        first = client.get(english)
        expected_status = first.status_code
        for language in ["en-gb", *OTHERS]:
            path, _, query = english.partition("?")
            url = address_in(path, language) + (f"?{query}" if query else "")
            response = client.get(url)
            body = response.content.decode()
            where = f"{name} in {language} ({url})"
            assert response.status_code == expected_status, where
            assert html_lang(body) == (TAGS[language], DIRECTIONS[language]), where
            assert response["Content-Language"] == TAGS[language], where
            assert "Accept-Language" not in response.get("Vary", ""), where
            # The interface is in the page's language: the navigation and the skip link.
            for text in ("Claims", "Sources", "Methodology", "Skip to content"):
                assert f">{in_language(language, text)}<" in body, f"{where}: {text!r}"
            # The switcher leads to this very page (its query string kept) in every language.
            links = switcher(body)
            encoded = QueryDict(query).urlencode()
            expected = {TAGS[code]: address_in(path, code) + (f"?{encoded}" if encoded else "") for code in TAGS}
            assert links == expected, where


def test_verdict_topic_and_kind_labels_are_the_readers_language(client, sample):
    corrected = sample["corrected"]
    for language in OTHERS:
        page = client.get(f"/{language}{corrected.get_absolute_url()}").content.decode()
        assert in_language(language, "Partly verified", "verdict") in page, language
        assert in_language(language, "Trade") in page, language
        listing = client.get(f"/{language}/claims/").content.decode()
        for verdict in ("Verified", "False", "Partly verified"):
            assert in_language(language, verdict, "verdict") in listing, (language, verdict)
        assert f">{in_language(language, 'All topics')}<" in listing, language
        corrections = client.get(f"/{language}/corrections/").content.decode()
        assert in_language(language, "Verdict corrected") in corrections, language
    persian = client.get(f"/fa{corrected.get_absolute_url()}").content.decode()
    assert "تا حدی تأییدشده" in persian and "تجارت" in persian
    assert "Partly verified" not in persian


def test_english_addresses_are_unchanged(client, sample):
    claim = sample["claims"][1]
    assert reverse("claims:claim_list") == "/claims/"
    assert claim.get_absolute_url() == f"/claims/{claim.ref}/"
    assert reverse("feed") == "/feed/"
    for url in ["/", "/claims/", claim.get_absolute_url(), "/sources/", "/corrections/", "/methodology/", "/feed/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Language"] == "en-GB", url
    # Machine reads keep their one address: no language versions of them.
    for url in ["/api/v1/claims/", "/claims.csv", "/sitemap.xml", "/robots.txt"]:
        assert client.get(url).status_code == 200, url
    for url in [
        "/fa/api/v1/claims/",
        "/fa/claims.csv",
        "/fa/sitemap.xml",
        "/fa/admin/",
        "/en/claims/",
        "/en-gb/claims/",
    ]:
        assert client.get(url).status_code == 404, url


def test_the_browser_language_and_cookie_change_nothing(client, sample):
    response = client.get("/claims/", HTTP_ACCEPT_LANGUAGE="fa,ru;q=0.8", HTTP_COOKIE="django_language=kk")
    assert response.status_code == 200
    assert html_lang(response.content.decode()) == ("en-GB", "ltr")
    persian = client.get("/fa/claims/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert persian.status_code == 200 and html_lang(persian.content.decode()) == ("fa", "rtl")
    home = client.get("/", HTTP_ACCEPT_LANGUAGE="kk")
    assert home.status_code == 200 and "Location" not in home
    for answer in (
        response,
        persian,
        home,
        client.get("/api/v1/claims/", HTTP_ACCEPT_LANGUAGE="fa"),
        client.get("/claims.csv"),
    ):
        assert "Accept-Language" not in answer.get("Vary", "")
        assert "Cookie" not in answer.get("Vary", "")


def test_a_kept_page_in_one_language_is_never_served_for_another(client, sample, settings):
    settings.REGISTER_STAMP_SECONDS = 0
    cache.clear()
    english = client.get("/claims/")
    persian = client.get("/fa/claims/")
    russian = client.get("/ru/claims/")
    assert html_lang(english.content.decode())[0] == "en-GB"
    assert html_lang(persian.content.decode())[0] == "fa"
    for url, first in (("/claims/", english), ("/fa/claims/", persian), ("/ru/claims/", russian)):
        # The second read is the kept copy, answered before the view: one query, the register's stamp.
        with CaptureQueriesContext(connection) as queries:
            again = client.get(url)
        assert len(queries) == 1, url
        assert again.content == first.content and again["Content-Language"] == first["Content-Language"], url
    assert english.content != persian.content != russian.content
    assert english["ETag"] != persian["ETag"] != russian["ETag"]
    # A copy the reader has is revalidated per address too: the English validator does not answer for Persian.
    assert client.get("/fa/claims/", HTTP_IF_NONE_MATCH=english["ETag"]).status_code == 200
    assert client.get("/fa/claims/", HTTP_IF_NONE_MATCH=persian["ETag"]).status_code == 304


def test_error_pages_speak_the_addresses_language(client, editor, sample, monkeypatch):
    withdrawn = sample["claims"][1]
    services.claim_unpublish(claim=withdrawn, user=editor, reason="Its article was retracted by its publisher.")
    for language in ["en-gb", *OTHERS]:
        prefix = "" if language == "en-gb" else f"/{language}"
        bad = client.get(f"{prefix}/claims/?q=a%00b")
        missing = client.get(f"{prefix}/claims/no-such-claim/")
        gone = client.get(f"{prefix}{withdrawn.get_absolute_url()}")
        for response, status, heading in (
            (bad, 400, "This address cannot be read"),
            (missing, 404, "We could not find that page"),
            (gone, 410, "Withdrawn from the register"),
        ):
            body = response.content.decode()
            assert response.status_code == status, (language, status)
            assert html_lang(body) == (TAGS[language], DIRECTIONS[language]), (language, status)
            assert in_language(language, heading) in body, (language, status)
    # A server error: Django's 500 view renders the page with no context processors.
    client.raise_request_exception = False

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("claims.views.register.render", broken)
    for language in OTHERS:
        response = client.get(f"/{language}/methodology/")
        body = response.content.decode()
        assert response.status_code == 500
        assert html_lang(body) == (TAGS[language], DIRECTIONS[language])
        assert in_language(language, "Something went wrong on our side") in body
        assert f'href="/{language}/claims/"' in body


def test_the_503_page_speaks_the_addresses_language(client, sample, monkeypatch):
    from django.db import OperationalError, connections

    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    for conn in connections.all():
        monkeypatch.setattr(conn, "ensure_connection", refuse)
    for language in OTHERS:
        response = client.get(f"/{language}/claims/")
        body = response.content.decode()
        assert response.status_code == 503, language
        assert html_lang(body) == (TAGS[language], DIRECTIONS[language])
        assert in_language(language, "The register is back in a moment") in body
    assert client.get("/api/v1/claims/").json()["detail"].startswith("The register's database")


def test_each_language_has_its_atom_feed_with_translated_titles(client, sample):
    english = ElementTree.fromstring(client.get("/feed/").content)
    atom = "{http://www.w3.org/2005/Atom}"
    assert english.get("{http://www.w3.org/XML/1998/namespace}lang") == "en-GB"
    assert (
        english.find(f"{atom}title").text == f"{settings.REGISTER_NAME}: verdicts, corrections, updates and withdrawals"
    )
    english_entries = english.findall(f"{atom}entry")
    for language in OTHERS:
        feed = ElementTree.fromstring(client.get(f"/{language}/feed/").content)
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == TAGS[language]
        title = feed.find(f"{atom}title").text
        with translation.override(language):
            assert title == gettext("%(register)s: verdicts, corrections, updates and withdrawals") % {
                "register": gettext(settings.REGISTER_NAME)
            }
            verdict = gettext("Verdict")
        entries = feed.findall(f"{atom}entry")
        assert len(entries) == len(english_entries)
        assert any(entry.find(f"{atom}title").text.startswith(f"{verdict}: ") for entry in entries)
        link = entries[0].find(f"{atom}link").get("href")
        assert f"/{language}/claims/" in link, link
        follow_ups = client.get(f"/{language}/commitments/feed/")
        assert follow_ups.status_code == 200
        assert f'xml:lang="{TAGS[language]}"' in follow_ups.content.decode()


def test_every_page_says_its_language_to_machines(client, sample, settings, editor):
    settings.REGISTER_PUBLIC_URL = "https://register.example.org"
    corrected = sample["corrected"]
    translated = {code: translate(corrected, code, editor=editor) for code in OTHERS}
    for language in ["en-gb", *OTHERS]:
        path = address_in(corrected.get_absolute_url(), language)
        body = client.get(path).content.decode()
        locale = {"en-gb": "en_GB", "fa": "fa_IR", "ru": "ru_RU", "kk": "kk_KZ"}[language]
        assert f'<meta property="og:locale" content="{locale}">' in body
        assert body.count('property="og:locale:alternate"') == 3
        alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', body))
        assert alternates == {
            **{code: f"https://register.example.org{address_in(corrected.get_absolute_url(), code)}" for code in TAGS},
            "x-default": f"https://register.example.org{corrected.get_absolute_url()}",
        }
        review = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1))
        assert review["inLanguage"] == TAGS[language]
        assert review["url"] == f"https://register.example.org{path}"
        assert review["reviewRating"]["alternateName"] == in_language(language, "Partly verified", "verdict")
        assert review["reviewRating"]["ratingValue"] == 4
        # The register's words in the page's language: its published translation.
        assert review["claimReviewed"] == (translated[language].text if language in OTHERS else corrected.text)


def test_persian_pages_write_persian_digits_and_the_solar_hijri_date_for_readers_only(client, sample):
    claim = sample["corrected"]
    body = client.get(f"/fa{claim.get_absolute_url()}").content.decode()
    published = claim.published_at
    # The reader's date: Persian digits, and the Solar Hijri date beside the Gregorian one.
    hijri = jdatetime.date.fromgregorian(date=published.date())
    persian = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    assert f"{published.day}".translate(persian) in body
    assert f"{hijri.day} {jdatetime.date.j_months_fa[hijri.month - 1]} {hijri.year}".translate(persian) in body
    # Machines read ASCII: the <time datetime> attribute, JSON-LD, addresses.
    assert f'datetime="{published.astimezone(datetime.UTC).isoformat(timespec="seconds")}"' in body
    jsonld = re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1)
    assert not re.search("[۰-۹]", jsonld)
    assert not re.search(r'(href|datetime|content)="[^"]*[۰-۹]', body)
    listing = client.get("/fa/claims/").content.decode()
    count = Claim.objects.published().count()
    assert f"{count}".translate(persian) in listing
    # The API and CSV keep ASCII digits and English whatever the reader's language.
    assert not re.search("[۰-۹]", client.get("/api/v1/claims/", HTTP_ACCEPT_LANGUAGE="fa").content.decode())
    csv = b"".join(client.get("/claims.csv").streaming_content).decode()
    assert not re.search("[۰-۹]", csv)


def test_kazakh_and_russian_dates_are_written_as_those_languages_write_them(client, sample):
    claim = sample["corrected"]
    day = claim.published_at
    kazakh = client.get(f"/kk{claim.get_absolute_url()}").content.decode()
    russian = client.get(f"/ru{claim.get_absolute_url()}").content.decode()
    kazakh_months = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек"]
    kazakh_months += ["қазан", "қараша", "желтоқсан"]
    russian_months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября"]
    russian_months += ["октября", "ноября", "декабря"]
    assert f"{day.year} жылғы {day.day} {kazakh_months[day.month - 1]}" in kazakh
    assert f"{day.day} {russian_months[day.month - 1]} {day.year}" in russian


def test_the_persian_claim_list_and_claim_page_cost_the_same_queries_as_the_english(client, sample):
    claim = sample["corrected"]
    for path in ["/claims/", claim.get_absolute_url(), "/", "/claims/?q=trade"]:
        cache.clear()
        with CaptureQueriesContext(connection) as english:
            assert client.get(path).status_code == 200
        for language in OTHERS:
            cache.clear()
            with CaptureQueriesContext(connection) as other:
                assert client.get(f"/{language}{path}").status_code == 200
            assert len(other) == len(english), (language, path)


# --- The catalogs ---------------------------------------------------------------------------------------------------
def _msgfmt() -> str:
    found = shutil.which("msgfmt")
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail("msgfmt is not installed (apt-get install gettext)")
        pytest.skip("msgfmt is not installed (apt-get install gettext)")
    return found


@pytest.mark.parametrize("language", OTHERS)
def test_every_catalog_compiles_cleanly_with_nothing_untranslated_or_fuzzy(language, tmp_path):
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    run = subprocess.run(
        [_msgfmt(), "--check", "--statistics", "-o", str(tmp_path / "django.mo"), str(po)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "untranslated" not in run.stderr and "fuzzy" not in run.stderr, run.stderr
    assert "#, fuzzy" not in po.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", OTHERS)
def test_the_committed_mo_file_is_the_compiled_po(language, tmp_path):
    import gettext as gettext_module

    folder = LOCALE / language / "LC_MESSAGES"
    fresh = tmp_path / "django.mo"
    subprocess.run([_msgfmt(), "-o", str(fresh), str(folder / "django.po")], check=True)
    with open(folder / "django.mo", "rb") as committed, open(fresh, "rb") as compiled:
        assert (
            gettext_module.GNUTranslations(committed)._catalog == gettext_module.GNUTranslations(compiled)._catalog
        ), f"locale/{language}: run `make messages` and commit the .mo"


def test_the_catalogs_say_who_translated_them_and_claim_no_review():
    for language in OTHERS:
        text = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
        assert "Translated by the register's desk" in text
        assert "Not yet reviewed" in text


def test_no_page_shows_an_interface_string_left_in_english(client, sample):
    """The interface's English does not show through on another language's pages."""
    corrected = sample["corrected"]
    english_only = [
        "Skip to content",
        "On this page",
        "Who said it, and where",
        "The evidence",
        "Corroborates",
        "Contradicts",
        "On the record: corrections, updates and withdrawals",
        "Said by",
        "Show claims",
        "Clear all filters",
        "Latest verdicts",
        "The visits",
        "Sources, by outlet",
        "How we check claims",
    ]
    pages = ["/", "/claims/", corrected.get_absolute_url(), "/sources/", "/methodology/"]
    for language in OTHERS:
        text = " ".join(client.get(f"/{language}{page}").content.decode() for page in pages)
        for phrase in english_only:
            assert f">{phrase}<" not in text, (language, phrase)


def test_the_changed_verdict_on_the_record_is_named_in_each_language(client, sample):
    corrected = sample["corrected"]  # verified, then corrected to partly verified
    for language in OTHERS:
        record = client.get(f"/{language}{corrected.get_absolute_url()}").content.decode()
        before = in_language(language, "Verified", "verdict")
        after = in_language(language, "Partly verified", "verdict")
        assert re.search(rf"{re.escape(before)}</span>.*?{re.escape(after)}</span>", record, re.S), language


# --- hreflang, crawled from the sitemap ------------------------------------------------------------------------------
def _local(url: str) -> str:
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def test_hreflang_from_the_sitemap_is_symmetric_self_referencing_and_every_target_answers(client, sample, editor):
    translate(sample["corrected"], "fa", editor=editor)
    translate(sample["corrected"], "ru", editor=editor, status="draft")
    xml = ElementTree.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = {}
    for url in xml.findall("s:url", ns):
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)}
        entries[url.find("s:loc", ns).text] = alternates
    assert entries
    claim = sample["corrected"]
    assert any(loc.endswith(f"/fa{claim.get_absolute_url()}") for loc in entries)
    for loc, alternates in entries.items():
        languages = {code for code in alternates if code != "x-default"}
        # A claim or a visit is offered in English and its published translations' languages (the draft is not
        # one); every other page in every language.
        if "/claims/claim-" in loc or "/visits/" in loc:
            assert languages == ({"en-gb", "fa"} if claim.get_absolute_url() in loc else {"en-gb"}), loc
        else:
            assert languages == set(TAGS), loc
        # The entry is among its own alternates, and every alternate lists the same set back.
        assert loc in alternates.values(), loc
        for code in languages:
            assert entries[alternates[code]] == alternates, (loc, code)
        # x-default is the English page, which has no prefix.
        assert alternates["x-default"] == alternates["en-gb"], loc
    # Every address the sitemap names answers, in its language, and its head names the same alternates.
    for loc, alternates in entries.items():
        response = client.get(_local(loc))
        assert response.status_code == 200, loc
        body = response.content.decode()
        head = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', body))
        assert head == alternates, loc
        language = next(code for code, href in alternates.items() if href == loc and code != "x-default")
        assert html_lang(body)[0] == TAGS[language], loc


def test_a_record_offered_in_fewer_languages_leaves_the_others_out_of_hreflang(client, sample, editor):
    """A claim is offered in English and the languages of its published, current translations: the head and the
    sitemap both follow claims.translations.page_languages, and the other language pages still answer."""
    claim = sample["corrected"]
    translate(claim, "ru", editor=editor)
    translate(claim, "kk", editor=editor, status="draft")
    body = client.get(f"/fa{claim.get_absolute_url()}").content.decode()
    head = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', body))
    assert set(head) == {"en-gb", "ru", "x-default"}
    assert html_lang(body) == ("fa", "rtl")  # the page itself is still there for its readers
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"/ru{claim.get_absolute_url()}</loc>" in sitemap
    assert f"/fa{claim.get_absolute_url()}<" not in sitemap and f"/kk{claim.get_absolute_url()}<" not in sitemap
    assert 'hreflang="fa"' in sitemap  # the pages with nothing of the register's to translate
