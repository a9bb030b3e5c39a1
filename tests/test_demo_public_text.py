"""The demo register speaks to readers: no internal words on any page, feed, API answer or download."""

import re

import pytest

from claims.demo import load_demo
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
