"""The register's URLs plus `/bench/ping/`, the cheapest response Django can give."""

from django.http import HttpResponse
from django.urls import include, path


def ping(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [
    path("bench/ping/", ping),
    path("", include("factregister.urls")),
]
