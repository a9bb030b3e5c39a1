"""Content negotiation for the feed: a plain JSON request is recognised without DRF's full matching."""

from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.settings import api_settings

PLAIN_ACCEPTS = {"", "*/*", "application/json"}


def plain_json_request(request) -> bool:
    """No `?format=` and an Accept header of nothing, `*/*` or `application/json` (a Django request)."""
    return (
        api_settings.URL_FORMAT_OVERRIDE not in request.GET
        and request.META.get("HTTP_ACCEPT", "").strip() in PLAIN_ACCEPTS
    )


def kept_variant(request) -> str | None:
    """The variant under which a read of the feed is kept and shared: plain JSON only (None for other formats)."""
    return "json" if plain_json_request(request) else None


class FeedContentNegotiation(DefaultContentNegotiation):
    """DRF's negotiation, with a short cut for the commonest request of the feed.

    No `?format=` and an Accept header of nothing, `*/*` or `application/json`
    can only mean a JSON first renderer; DRF would parse the header and match it
    against every renderer to find the same answer, on every request.
    """

    def select_renderer(self, request, renderers, format_suffix=None):
        if not format_suffix and plain_json_request(request) and renderers[0].media_type == "application/json":
            return renderers[0], renderers[0].media_type
        return super().select_renderer(request, renderers, format_suffix)
