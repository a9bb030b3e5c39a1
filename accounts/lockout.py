"""The login lockout (django-axes), counted per username across addresses as well as per (username, address).

Axes counts wrong passwords per (username, address) and locks that pair out after AXES_FAILURE_LIMIT; someone
guessing from many addresses got that many guesses from each. LockoutHandler also adds up a username's wrong
passwords from every address within the cool-off, and past AXES_USERNAME_FAILURE_LIMIT locks the username out
everywhere until the cool-off ends or `manage.py axes_reset_username NAME` lifts it. A good login forgives only
the wrong passwords typed at its own address, not the guesses made elsewhere.
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render


def failures_everywhere(request, credentials=None) -> int:
    """The username's wrong passwords within the cool-off, from every address."""
    attempts = AccessAttempt.objects.filter(username=get_client_username(request, credentials))
    if settings.AXES_COOLOFF_TIME is not None:
        attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
    return attempts.aggregate(failures=Sum("failures_since_start"))["failures"] or 0


class LockoutHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None) -> int:
        """The failures axes compares with AXES_FAILURE_LIMIT: those from this address, or the limit itself once
        the username's failures from all addresses reach AXES_USERNAME_FAILURE_LIMIT."""
        from_address = super().get_failures(request, credentials)
        everywhere = failures_everywhere(request, credentials) >= settings.AXES_USERNAME_FAILURE_LIMIT
        request.axes_locked_everywhere = everywhere  # for the lockout page
        if everywhere:
            return max(from_address, get_failure_limit(request, credentials))
        return from_address


def lockout_response(request, original_response=None, credentials=None):
    """The lockout page (AXES_LOCKOUT_TEMPLATE), saying which limit was reached."""
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "username_failure_limit": settings.AXES_USERNAME_FAILURE_LIMIT,
        "everywhere": getattr(request, "axes_locked_everywhere", False),
        "cooloff_timedelta": get_cool_off(request),
    }
    return render(request, settings.AXES_LOCKOUT_TEMPLATE, context, status=settings.AXES_HTTP_RESPONSE_CODE)
