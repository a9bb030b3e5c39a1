"""The last-resort 500: JSON under /api/, the register's 500 page elsewhere (Django's handler500)."""

from django.http import JsonResponse
from django.views import defaults

from factregister.badinput import API_PREFIX


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """An error no view handled, such as one raised before the API's own exception handler is reached."""
    if request.path.startswith(API_PREFIX):
        return JsonResponse(
            {"detail": "Something went wrong on our side while answering this request. It has been logged."},
            status=500,
        )
    return defaults.server_error(request, template_name)
