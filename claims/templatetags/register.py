"""Template helpers for the public register."""

import datetime
import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext

from claims import translations
from claims.charts import verdict_chart as build_chart
from claims.claimreview import item_list
from factregister.languages import language_attributes, localised_digits, marked
from factregister.templatetags.languages import date_range

register = template.Library()

# The escapes Django's json_script uses, so text such as "</script>" in a claim
# cannot end the block early.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def jsonld(value):
    """`value` as a <script type="application/ld+json"> block."""
    data = json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with `changes` applied; a value of None drops the parameter."""
    query = context["request"].GET.copy()
    for name, value in changes.items():
        query.pop(name, None)
        if value not in (None, ""):
            query[name] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.inclusion_tag("includes/verdict_chart.html")
def verdict_chart(chart, title, chart_id):
    if isinstance(chart, dict):
        chart = build_chart(chart)
    return {"chart": chart, "title": title, "chart_id": chart_id}


# A shape for each verdict, beside its name, so colour is never the only signal.
VERDICT_MARKS = {
    "verified": "✓",
    "partly_verified": "◐",
    "disputed": "⇄",
    "misleading": "≠",
    "false": "✗",
    "unverifiable": "?",
}


@register.filter
def verdict_mark(status):
    return VERDICT_MARKS.get(status, "•")


@register.filter
def machine_time(value):
    """A moment for <time datetime>, to the second in UTC ('2025-12-11T09:30:00+00:00').

    HTML allows at most three digits of a second; the database keeps six.
    """
    if not value:
        return ""
    return value.astimezone(datetime.UTC).isoformat(timespec="seconds")


@register.filter
def source_title(source):
    """A source's title, marked with its own language and direction when it is not the page's."""
    return marked(source.title, source.language or "en", source.text_direction)


@register.filter
def source_language(source):
    """` lang dir` attributes for an element holding a source's own words (a quote), when not in the page's language."""
    return language_attributes(source.language or "en", source.text_direction)


# --- The register's own words, as each language's pages show them (claims.translations) -----------------------------
def _read(shown: translations.Shown) -> str:
    """A translation's text with the page's digits (Persian digits on Persian pages); the original as written.

    Translations are stored with ASCII digits, as JSON, CSV and the API give them; readers of the page read
    their own. (The register's English words keep theirs, as an English quotation would.)"""
    if shown.language == translations.original_language():
        return shown.text
    return localised_digits(shown.text)


@register.filter
def content(record, field):
    """`record.field` as this page's readers see it, marked with its language when it is not the page's."""
    shown = translations.shown(record, field)
    return marked(_read(shown), shown.language)


@register.filter
def content_text(record, field):
    """`record.field` as this page's readers see it, as plain text (a title, an attribute, a shortened summary)."""
    return _read(translations.shown(record, field))


@register.filter
def content_language(record, field):
    """The `lang` and `dir` of the element around `content_text`: its language and direction when that is not the
    page's, else `dir="auto"` (a block of the register's words takes its direction from its text)."""
    return language_attributes(translations.shown(record, field).language) or mark_safe(' dir="auto"')


@register.filter
def quote_translation(claim):
    """The register's translation of a claim's quote or an evidence's passage into the page's language, or None."""
    shown = translations.quote_translation(claim)
    return None if shown is None else translations.Shown(_read(shown), shown.language)


@register.filter
def name(text):
    """A name (a speaker, an outlet, a place), isolated from the text around it, whatever its script."""
    if not text:
        return ""
    return format_html("<bdi{}>{}</bdi>", language_attributes(translations.original_language()), text)


@register.filter
def change_label(change):
    """What an update changed (`change` of ClaimEvent.changes), named in the page's language where it can be."""
    label, language = translations.change_label(change)
    return marked(capfirst(label), language)


@register.filter
def change_value(change, when):
    """The value before (`when`="before") or after ("after") an update."""
    return marked(translations.change_value(change, when), translations.original_language())


@register.simple_tag
def visit_when(visit):
    """When and where a visit took place, in the page's language: its dates, its city and the host country."""
    where = conditional_escape(gettext("%(when)s, %(location)s, %(country)s"))
    return mark_safe(
        where
        % {
            "when": date_range(visit.start_date, visit.end_date),
            "location": content(visit, "location"),
            "country": conditional_escape(visit.host_country_name),
        }
    )


@register.simple_tag
def verdict_badge(status, label):
    """A verdict's badge (its mark and its name), to place inside a translated sentence."""
    return render_to_string("includes/verdict_badge.html", {"status": status, "label": label})


@register.filter
def cut_at_word(text: str, length: int) -> str:
    """`text` cut to at most `length` characters at the end of a word, with "…" when it was cut."""
    text = " ".join(str(text).split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut and not text[length - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–—-") + "…"


@register.simple_tag
def claims_item_list(claims, name=""):
    """The ItemList JSON-LD of the claims a listing page shows."""
    return jsonld(item_list(claims, name=name))
