"""The demo register speaks to readers: no internal words on any page, feed, API answer or download."""

import re

import pytest
from django.utils.html import escape

from claims.demo import load_demo
from sources.models import Origin
from tests.crawl import api_answers, public_pages

pytestmark = pytest.mark.django_db
INTERNAL = re.compile(r"\bseeds?\b|from outside these articles|demo register's data", re.IGNORECASE)


def test_no_public_text_uses_internal_words(client):
    load_demo()
    pages = public_pages(client)
    assert len(pages) > 100  # every claim, source, visit and figure page of the demo register
    answers = {
        **pages,
        **api_answers(client),
        "/claims.csv": b"".join(client.get("/claims.csv").streaming_content).decode(),
    }
    for url, body in answers.items():
        found = INTERNAL.search(body)
        assert not found, f"{url} says {found.group(0)!r}"


def test_pages_name_an_origin_in_words_never_by_its_key(client):
    """A reader sees "the Kazakh presidency's (Akorda's) readouts ...", not 'akorda-2025-12-11-readouts'."""
    load_demo()
    origins = list(Origin.objects.all())
    assert origins and all(origin.label and origin.key not in origin.label for origin in origins)
    pages = public_pages(client)
    for url, body in pages.items():
        for origin in origins:
            assert origin.key not in body, f"{url} shows the origin key {origin.key!r}"
    shown = {origin.label for origin in origins if any(escape(origin.label) in body for body in pages.values())}
    assert shown == {origin.label for origin in origins if origin.sources.count() > 1}
