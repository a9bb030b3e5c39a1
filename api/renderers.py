"""Renderers of the feed beyond DRF's own."""

from rest_framework.renderers import JSONRenderer


class JSONLDRenderer(JSONRenderer):
    """JSON-LD (the ClaimReview DataFeed), for clients that ask for `application/ld+json`."""

    media_type = "application/ld+json"
    format = "jsonld"
