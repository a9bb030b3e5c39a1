"""The register's URLs plus `/bench/ping/`, the cheapest response Django can give."""

from django.http import HttpResponse
from django.urls import path

from factregister.urls import urlpatterns as register_urlpatterns


def ping(request):
    return HttpResponse(b"ok", content_type="text/plain")


# The register's patterns themselves, not an include(): Django allows its language patterns only at the top.
urlpatterns = [path("bench/ping/", ping), *register_urlpatterns]
handler500 = "factregister.errors.server_error"
