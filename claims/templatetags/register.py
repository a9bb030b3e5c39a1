"""Template helpers for the public register."""

import datetime
import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from claims.charts import verdict_chart as build_chart
from claims.claimreview import item_list

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
    """A source's title, marked with its own language and direction when it is not English."""
    if not source.language or source.language == "en":
        return source.title
    return format_html('<span lang="{}" dir="{}">{}</span>', source.language, source.text_direction, source.title)


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
