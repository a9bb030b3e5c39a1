"""Refuse input no page can act on before it reaches a view: 400, never a database error.

PostgreSQL refuses NUL characters in text, so a NUL in the address or in any query parameter
would fail inside whatever query used it; here it is refused once, for every page, the admin
and the API alike. In the admin, a hand-typed lookup (`?text__regex=(`) goes straight to the
database; a regular expression the database cannot compile, or a time that does not exist once
converted to UTC, is refused the same way. The API names the parameter in a JSON body; pages get
templates/400.html.
"""

import datetime
import re

from django.db import DatabaseError, connection, transaction
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext

NUL = "\x00"
API_PREFIX = "/api/"
ADMIN_PREFIX = "/admin/"
REGEX_LOOKUPS = ("__regex", "__iregex")


# The widest UTC offset PostgreSQL reads in a time (its TZDISP_LIMIT); real zones stay within ±14:00.
WIDEST_OFFSET = datetime.timedelta(hours=15, minutes=59)


def utc_problem(value: datetime.datetime) -> str | None:
    """What is wrong with an aware time that has no UTC equivalent the database can hold, if anything."""
    try:
        value.astimezone(datetime.UTC)
    except OverflowError:
        return "This time falls outside the years 1 to 9999 once converted to UTC."
    return None


def offset_problem(value: datetime.datetime) -> str | None:
    """A time sent to the database as written must carry an offset the database reads."""
    offset = value.utcoffset()
    if offset is not None and abs(offset) > WIDEST_OFFSET:
        return "This time's UTC offset is wider than ±15:59; give it in UTC (ending in Z)."
    return None


def regex_problem(pattern: str) -> str | None:
    """Why the database cannot use this regular expression, or None. Asked of the database itself,
    since PostgreSQL's regular expressions are not Python's (SQLite's REGEXP is Python's `re`)."""
    if connection.vendor == "postgresql":
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SELECT '' ~ %s", [pattern])
        except DatabaseError as error:
            return f"This is not a regular expression the database can use ({str(error).strip()})."
        return None
    try:
        re.compile(pattern)
    except re.error as error:
        return f"This is not a regular expression ({error})."
    return None


def problems(request) -> dict[str, str]:
    """Each offending parameter (or `path`) with what is wrong with it."""
    found = {}
    if NUL in request.path:
        found["path"] = gettext("The address contains a NUL character (%00), which no address on this site has.")
    for name, values in request.GET.lists():
        label = name.replace(NUL, "\\x00")
        if NUL in name or any(NUL in value for value in values):
            found[label] = gettext("Null characters are not allowed.")
            continue
        if not (request.path.startswith(ADMIN_PREFIX) and _staff(request)):
            continue
        for value in values:
            problem = regex_problem(value) if name.endswith(REGEX_LOOKUPS) else None
            parsed = _datetime_or_none(value)
            if problem is None and parsed is not None and parsed.tzinfo is not None:
                problem = utc_problem(parsed) or offset_problem(parsed)
            if problem:
                found[label] = problem
                break
    return found


def _staff(request) -> bool:
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_active and user.is_staff)


def _datetime_or_none(value: str) -> datetime.datetime | None:
    try:
        return parse_datetime(value)
    except ValueError:
        return None


class BadInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        found = problems(request)
        if not found:
            return self.get_response(request)
        return bad_request_response(request, found)


def bad_request_response(request, found: dict[str, str]) -> HttpResponse:
    if request.path.startswith(API_PREFIX):
        return JsonResponse({name: [problem] for name, problem in found.items()}, status=400)
    return render(request, "400.html", {"problems": sorted(found.items())}, status=400)
