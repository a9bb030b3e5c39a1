"""The register's interface languages: which language a request is in, and the same page in the others.

A public page's language is in its address and nowhere else: English (settings.LANGUAGE_CODE)
at the addresses the register has always had, and the other languages of settings.LANGUAGES
under their own prefix (/fa/claims/, /ru/claims/, /kk/claims/; i18n_patterns in
factregister/urls.py). Neither the browser's Accept-Language nor a cookie is read, so an address
always answers in one language: no redirect by browser language, and no `Vary: Accept-Language`
for shared caches to split on. The API, CSV downloads, the sitemap and the admin keep their
addresses and answer in English.

`language_context` gives every template what the page needs to say its language: `<html lang dir>`,
`og:locale`, the language switcher (plain links to the same page in each language; the early
answer in factregister.publiccache comes before any CSRF token, so no form) and the hreflang
alternates.
"""

import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html

from factregister.addresses import public_address

# The digits each language writes, where they are not ASCII, and its signs between and after digits
# (Persian: the momayyez for a decimal point, its own thousands separator and per cent sign).
DIGITS = {"fa": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")}
NUMBER_SIGNS = {
    "fa": [
        (re.compile(r"(?<=[۰-۹])\.(?=[۰-۹])"), "٫"),
        (re.compile(r"(?<=[۰-۹]),(?=[۰-۹]{3})"), "٬"),
        (re.compile(r"(?<=[۰-۹])%"), "٪"),
    ]
}
# Open Graph names a locale as language_TERRITORY.
OG_LOCALES = {"en-gb": "en_GB", "fa": "fa_IR", "ru": "ru_RU", "kk": "kk_KZ"}


def default_language() -> str:
    return settings.LANGUAGE_CODE


def active_language() -> str:
    """The active interface language's code without its region ("en" for en-gb)."""
    return (translation.get_language() or default_language()).split("-")[0]


def interface_languages() -> list[str]:
    """Every language the interface is translated into, English first."""
    return [code for code, _ in settings.LANGUAGES]


def prefixed_language(path: str) -> str | None:
    """The language whose prefix `path` starts with (/fa/... -> 'fa'), or None for an unprefixed address."""
    for code in interface_languages():
        if code != default_language() and (path == f"/{code}" or path.startswith(f"/{code}/")):
            return code
    return None


def language_of_path(path: str) -> str:
    """The language a page at `path` is in: its prefix's, else English."""
    return prefixed_language(path) or default_language()


def address_in(path: str, language: str) -> str:
    """The address of the page at `path` in `language`: the same page, with that language's prefix (or none)."""
    current = prefixed_language(path)
    bare = (path[len(current) + 1 :] or "/") if current else path
    return bare if language == default_language() else f"/{language}{bare}"


def tag(language: str) -> str:
    """The BCP 47 tag HTML and JSON-LD use: 'en-gb' -> 'en-GB'."""
    base, _, region = language.partition("-")
    return f"{base}-{region.upper()}" if region else base


def direction(language: str) -> str:
    try:
        return "rtl" if translation.get_language_info(language)["bidi"] else "ltr"
    except KeyError:  # a language Django does not know; the register's own are all known
        return "ltr"


def same_language(a: str, b: str) -> bool:
    """Whether two language codes name one language ('en' and 'en-gb' do)."""
    return a.split("-")[0].lower() == b.split("-")[0].lower()


def marked(text, language: str, text_direction: str | None = None):
    """`text`, escaped; wrapped in <span lang dir> when it is not in the page's language."""
    if same_language(language, translation.get_language() or default_language()):
        return conditional_escape(text)
    return format_html('<span lang="{}" dir="{}">{}</span>', tag(language), text_direction or direction(language), text)


def language_attributes(language: str, text_direction: str | None = None):
    """` lang="..." dir="..."` for an element whose text is in `language`, when that is not the page's; else ''."""
    if same_language(language, translation.get_language() or default_language()):
        return ""
    return format_html(' lang="{}" dir="{}"', tag(language), text_direction or direction(language))


def localised_digits(text) -> str:
    """`text` with its digits as the page's language writes them (Persian digits on Persian pages).

    For what readers read only: addresses, `datetime` attributes, JSON, CSV and the API keep ASCII digits.
    """
    language = translation.get_language() or ""
    table = DIGITS.get(language)
    if not table:
        return str(text)
    text = str(text).translate(table)
    for sign, written in NUMBER_SIGNS.get(language, []):
        text = sign.sub(written, text)
    return text


def table_date(value) -> str:
    """A date in a table cell or a chart's axis: English abbreviates the month ('1 Jan 2025'), as the figures
    pages always have; other languages write their usual date (DATE_FORMAT), with their own digits."""
    english = same_language(translation.get_language() or default_language(), "en")
    return localised_digits(date_format(value, "j M Y" if english else "DATE_FORMAT"))


def table_month(value) -> str:
    """A month on a chart's axis: 'Jan 2025' in English, the language's YEAR_MONTH_FORMAT elsewhere."""
    english = same_language(translation.get_language() or default_language(), "en")
    return localised_digits(date_format(value, "M Y" if english else "YEAR_MONTH_FORMAT"))


class AddressLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, taking the language from the address alone and adding no Vary header.

    With i18n_patterns(prefix_default_language=False) Django's middleware ends with the address's
    language too, but reads Accept-Language and the language cookie on the way, and adds
    `Vary: Accept-Language` to every response at an unprefixed address, so shared caches would keep a
    copy per browser language of an answer that is the same for all. Here the address alone decides,
    and the response says its language (Content-Language). The language active
    before the request is put back after it, so code that runs next in the same thread (a test that
    fetched a Persian page) does not go on reversing Persian addresses.
    """

    async_capable = False

    def __call__(self, request):
        previous = translation.get_language()
        try:
            return super().__call__(request)
        finally:
            if previous:
                translation.activate(previous)
            else:
                translation.deactivate_all()

    def process_request(self, request):
        translation.activate(language_of_path(request.path_info))
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        response.headers.setdefault("Content-Language", tag(translation.get_language()))
        return response


def language_links(request) -> list[dict]:
    """The language switcher: the page the reader is on, in each interface language (its query string kept)."""
    current = translation.get_language()
    query = request.GET.urlencode()
    links = []
    for code, name in settings.LANGUAGES:
        address = address_in(request.path_info, code)
        links.append(
            {
                "code": code,
                "tag": tag(code),
                "dir": direction(code),
                "name": name,
                "url": f"{address}?{query}" if query else address,
                "current": code == current,
            }
        )
    return links


def alternates(path: str, languages: list[str] | None = None) -> list[dict]:
    """hreflang alternates of the page at `path`: itself and every other language it is offered in, then
    `x-default` (English). `languages` narrows them (a record whose translation is not current); default all."""
    offered = [code for code in interface_languages() if languages is None or code in languages]
    base = public_address()
    found = [{"hreflang": code, "href": f"{base}{address_in(path, code)}"} for code in offered]
    if default_language() in offered:
        found.append({"hreflang": "x-default", "href": f"{base}{address_in(path, default_language())}"})
    return found


def page_language() -> dict:
    """The active language as a page states it: its code, BCP 47 tag, direction and Open Graph locale."""
    current = translation.get_language() or default_language()
    return {"code": current, "tag": tag(current), "dir": direction(current), "og_locale": OG_LOCALES.get(current, "")}


def language_context(request) -> dict:
    """Context processor: the page's language, as every template needs it."""
    current = translation.get_language() or default_language()
    return {
        "page_language": page_language(),
        "og_locale_alternates": [OG_LOCALES[code] for code in interface_languages() if code != current],
        "language_links": language_links(request),
    }
