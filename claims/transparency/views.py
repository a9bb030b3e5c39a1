"""The public transparency pages, in the address's language (English when a page has no text in it)."""

from django.http import Http404
from django.shortcuts import render

from claims.transparency.models import PageKind, PageLanguage, TransparencyPage
from claims.transparency.texts import TEXTS
from factregister.languages import active_language
from factregister.publiccache import public_page


def page_text(kind: str, language: str) -> tuple[str, str, str]:
    """The title and body of page `kind` to show in `language`, and the language they are in."""
    stored = {page.language: page for page in TransparencyPage.objects.filter(kind=kind)}
    for candidate in (language, PageLanguage.ENGLISH):
        if candidate in stored:
            return stored[candidate].title, stored[candidate].body, candidate
        if candidate in TEXTS[kind]:
            title, body = TEXTS[kind][candidate]
            return title, body, candidate
    raise Http404


@public_page
def transparency(request, kind: str):
    if kind not in PageKind.values:
        raise Http404
    language = active_language()
    title, body, shown_in = page_text(kind, language)
    paragraphs = [part.strip() for part in body.replace("\r\n", "\n").split("\n\n") if part.strip()]
    return render(
        request,
        "claims/transparency.html",
        {
            "kind": kind,
            "title": title,
            "paragraphs": paragraphs,
            "text_language": "en-GB" if shown_in == "en" else shown_in,
            "translated": shown_in == language,
        },
    )
