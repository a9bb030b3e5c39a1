"""The public "Send us a claim" form and its answer: a reference number for the reader.

The form is not a cached public page: it carries a CSRF token. Every post from an address counts towards
`TIP_LIMIT` an hour (factregister.addresses.client_address, Django's cache), whether or not it was accepted,
so a flood is answered with 429 before anything is read or stored. A post too large for the form is
answered before its body is read (the CSRF check, which reads it, comes after).
"""

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from claims.tips.forms import TipForm
from claims.tips.models import TipLanguage
from claims.tips.services import tip_receive
from factregister.addresses import client_address
from factregister.languages import active_language

TIP_LIMIT = 5  # posts an hour from one address
TIP_WINDOW = 3600
# The largest post the form can need (its fields' limits, encoded), with room to spare.
TIP_MAX_BODY = 32 * 1024
TEMPLATE = "claims/tips/tip_form.html"


def _reader_language() -> str:
    code = active_language()
    return code if code in TipLanguage.values else TipLanguage.ENGLISH


def _refuse(request, message: str, status: int, **headers):
    form = TipForm(initial={"language": _reader_language()})
    response = render(request, TEMPLATE, {"form": form, "refusal": message}, status=status)
    for name, value in headers.items():
        response[name] = value
    return response


def _over_limit(request) -> bool:
    key = f"tips:posts:{client_address(request) or 'unknown'}"
    cache.add(key, 0, TIP_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, TIP_WINDOW)
        count = 1
    return count > TIP_LIMIT


@csrf_exempt  # checked in `_receive`, once the post is known to be small enough to read
@require_http_methods(["GET", "HEAD", "POST"])
def send_a_claim(request):
    if request.method != "POST":
        return _form_page(request)
    if _over_limit(request):
        return _refuse(
            request,
            _("You have sent us several claims in the last hour. Please wait an hour before sending another."),
            429,
            **{"Retry-After": str(TIP_WINDOW)},
        )
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > TIP_MAX_BODY:
        return _refuse(
            request, _("What you sent is too large for this form: please send text only, and less of it."), 413
        )
    return _receive(request)


@csrf_protect
def _form_page(request):
    return render(request, TEMPLATE, {"form": TipForm(initial={"language": _reader_language()})})


@csrf_protect
def _receive(request):
    if request.FILES:
        return _refuse(request, _("This form takes text only: files are not accepted."), 400)
    form = TipForm(request.POST)
    if form.is_valid():
        values = {name: value for name, value in form.cleaned_data.items() if name != "website"}
        try:
            tip = tip_receive(**values)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                for message in messages:
                    form.add_error(name if name in form.fields else None, message)
        else:
            return render(request, "claims/tips/tip_received.html", {"tip": tip})
    return render(request, TEMPLATE, {"form": form}, status=400)
