"""Pages, feeds, the API and CSV downloads go gzip-compressed to clients that ask, and still revalidate."""

import gzip

import pytest

from tests.factories import public_register_sample

pytestmark = pytest.mark.django_db

ADDRESSES = ["/", "/claims/", "/feed/", "/sitemap.xml", "/api/v1/claims/", "/api/v1/claimreview.json", "/claims.csv"]


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("url", ADDRESSES)
def test_compressed_when_asked_and_the_same_text(client, editor, url):
    public_register_sample(editor=editor)
    plain = client.get(url)
    packed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert plain.status_code == packed.status_code == 200
    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    unpacked = gzip.decompress(body(packed))
    assert unpacked == body(plain)
    assert len(body(packed)) < len(unpacked) or len(unpacked) < 400


@pytest.mark.parametrize("url", ["/claims/", "/api/v1/claims/", "/feed/"])
def test_a_compressed_answer_still_revalidates(client, editor, url):
    public_register_sample(editor=editor)
    first = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    again = client.get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
