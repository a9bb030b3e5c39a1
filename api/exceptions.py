"""The feed answers in JSON whatever goes wrong (REST_FRAMEWORK's EXCEPTION_HANDLER).

DRF's own handler turns its exceptions (a wrong parameter, a 404, a throttle) into JSON. Errors it does
not know would otherwise reach Django as an HTML 500. Here a value that cannot be used (ValueError,
OverflowError, a text PostgreSQL cannot hold) is a 400 naming the parameter it came from, when one can be
told; anything else is a logged 500 with a JSON body. A lost database is left to
factregister.middleware.DatabaseUnavailableMiddleware, which answers 503 with Retry-After.
"""

import logging

from django.db import DataError
from django.http import QueryDict
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from factregister.middleware import DATABASE_UNAVAILABLE

logger = logging.getLogger("django.request")

BAD_VALUE = (ValueError, OverflowError, UnicodeError, DataError)


def feed_exception_handler(exc, context):
    response = exception_handler(exc, context)
    if response is not None:
        return response
    if isinstance(exc, DATABASE_UNAVAILABLE):
        return None  # re-raised, and answered 503 by the middleware
    request = context.get("request")
    parameter = _parameter_at_fault(request, exc) if isinstance(exc, BAD_VALUE) else None
    if parameter is not None:
        return Response({parameter: [_bad_value_message(exc)]}, status=status.HTTP_400_BAD_REQUEST)
    logger.error(
        "Internal Server Error: %s",
        getattr(request, "path", "?"),
        exc_info=(type(exc), exc, exc.__traceback__),
        extra={"status_code": 500, "request": getattr(request, "_request", request)},
    )
    response = Response(
        {"detail": "Something went wrong on our side while answering this request. It has been logged."},
        status=status.HTTP_500_INTERNAL_SERVER_ERROR,
    )
    # Logged above, with the traceback; Django's response log skips it. (A private flag of Django's that
    # django-stubs does not declare.)
    response._has_been_logged = True  # type: ignore[attr-defined]
    return response


def _bad_value_message(exc) -> str:
    if isinstance(exc, OverflowError):
        return "This value is out of range."
    return "This value cannot be used."


def _parameter_at_fault(request, exc) -> str | None:
    """The query parameter whose value the error is about: one holding a NUL character, or whose value the
    error quotes. None when none is: then the fault is ours, not the request's."""
    text = str(exc)
    params = getattr(request, "query_params", None) or QueryDict()
    for name, values in params.lists():
        if any("\x00" in value or (len(value) > 1 and value in text) for value in values):
            return name
    return None
