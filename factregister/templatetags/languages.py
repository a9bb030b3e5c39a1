"""Writing a page in its language: digits, dates, and the hreflang links of its head.

Only what a reader sees changes: the `datetime` attribute of <time>, JSON-LD, addresses, CSV and
the API keep ASCII digits and ISO dates (write those with the `date` filter and a fixed format,
or `machine_time`). Persian pages get Persian digits and, beside each Gregorian date, the Solar
Hijri one; the dates themselves are stored and compared as they always were.
"""

import datetime

import jdatetime
from django import template
from django.utils import translation
from django.utils.formats import date_format, localize
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from factregister.languages import alternates, localised_digits, page_language

register = template.Library()


def solar_hijri(value: datetime.date) -> str:
    """The Solar Hijri date of `value` in Persian: 11 December 2025 -> '۲۰ آذر ۱۴۰۴'."""
    day = jdatetime.date.fromgregorian(date=value)
    return localised_digits(f"{day.day} {jdatetime.date.j_months_fa[day.month - 1]} {day.year}")


def _shown(value, format_name: str, moment: bool) -> str:
    shown = date_format(value, format_name)
    if moment:
        shown = gettext("%(moment)s UTC") % {"moment": shown}
    shown = localised_digits(shown)
    if translation.get_language() == "fa":
        calendar_day = value.date() if isinstance(value, datetime.datetime) else value
        shown = f"{shown} ({solar_hijri(calendar_day)})"
    return shown


@register.filter(is_safe=True)
def digits(value):
    """A number or text with the page language's digits: `{{ count|digits }}`. A number is first written as the
    language writes it (its decimal separator), as the template would have printed it."""
    return localised_digits(localize(value))


@register.filter(expects_localtime=True)
def day(value):
    """A date (or the day of a moment) as the page's language writes it, with the Solar Hijri date on
    Persian pages: '11 December 2025', '۱۱ دسامبر ۲۰۲۵ (۲۰ آذر ۱۴۰۴)', '2025 жылғы 11 желтоқсан'."""
    if not value:
        return ""
    return _shown(value, "DATE_FORMAT", moment=False)


@register.filter(expects_localtime=True)
def moment(value):
    """A moment to the minute, in UTC, as the page's language writes it: '11 December 2025, 09:30 UTC'."""
    if not value:
        return ""
    return _shown(value, "DATETIME_FORMAT", moment=True)


def machine_date(value) -> str:
    """The `datetime` attribute of a <time>: a date as YYYY-MM-DD, a moment to the second in UTC.

    HTML allows at most three digits of a second; the database keeps six.
    """
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat(timespec="seconds")
    return value.isoformat()


@register.filter
def dated(value):
    """A <time> element: the date (or the day of a moment) for the reader, ISO for machines."""
    if not value:
        return ""
    return format_html('<time datetime="{}">{}</time>', machine_date(value), day(value))


@register.filter
def timed(value):
    """A <time> element: a moment to the minute, in UTC, for the reader; to the second for machines."""
    if not value:
        return ""
    return format_html('<time datetime="{}">{}</time>', machine_date(value), moment(value))


@register.simple_tag
def date_range(start, end):
    """Two dates as a range in the page's language ('7 June 2025 to 9 June 2025'); one date when they are the same."""
    first = dated(start)
    if not end or end == start:
        return first
    return mark_safe(conditional_escape(gettext("%(start)s to %(end)s")) % {"start": first, "end": dated(end)})


@register.simple_tag
def current_language():
    """The page's language (code, tag, dir), for a template rendered without the context processors (500, 503)."""
    return page_language()


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for the page in every language it is offered in, itself and x-default
    included. A view whose record is not offered in every language says which in `page_languages`."""
    request = context.get("request")
    if request is None:
        return ""
    found = alternates(request.path_info, context.get("page_languages"))
    return format_html_join(
        "\n  ", '<link rel="alternate" hreflang="{}" href="{}">', ((a["hreflang"], a["href"]) for a in found)
    )
