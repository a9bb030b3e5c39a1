"""Hostile text entered by anyone stays inert wherever it appears."""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.factories import ClaimFactory, EvidenceFactory, OutletFactory, SourceFactory, publish

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"
BREAKOUT = "</script><script>alert(2)</script>"
XML_SPECIALS = "]]> & <![CDATA[ \"quoted\" 'single'"
FORMULA = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def hostile(editor):
    outlet = OutletFactory(name=f"Outlet {SCRIPT}")
    article = SourceFactory(title=f"Article {BREAKOUT}", outlet=outlet, notes=SCRIPT)
    claim = ClaimFactory(
        ref="hostile",
        article=article,
        speaker=f"Speaker {SCRIPT}",
        text=f"{FORMULA} {XML_SPECIALS}",
        quote=f"Quote {BREAKOUT}",
    )
    EvidenceFactory(claim=claim, quote=f"+1+1 {SCRIPT}", note=f"@SUM(A1) {BREAKOUT}")
    publish(claim, editor=editor, summary=f"-2+3 {SCRIPT} {XML_SPECIALS}")
    return claim


def assert_no_live_markup(html: str, where: str):
    # Outside JSON-LD data blocks, no script element may come from the data.
    without_json_ld = re.sub(r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.S)
    assert "alert(" not in re.sub(
        r"&[#\w]+;", "", "".join(re.findall(r"<script[^>]*>(.*?)</script>", without_json_ld, flags=re.S))
    ), where
    assert SCRIPT not in html and BREAKOUT not in html, where


def test_public_pages_escape_everything(client, hostile):
    urls = [
        "/",
        "/claims/",
        "/claims/?q=HYPERLINK",
        hostile.get_absolute_url(),
        hostile.visit.get_absolute_url(),
        hostile.article.get_absolute_url(),
        "/sources/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_no_live_markup(response.content.decode(), url)
    page = client.get(hostile.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(" in page  # shown as text, not dropped


def test_json_ld_block_cannot_be_broken_out_of(client, hostile):
    html = client.get(hostile.get_absolute_url()).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, flags=re.S)
    assert blocks, "the claim page carries ClaimReview markup"
    for block in blocks:
        assert "</script" not in block.lower()
        data = json.loads(block)
        assert data["itemReviewed"]["author"]["name"].startswith("Speaker")
        assert SCRIPT in json.dumps(data, ensure_ascii=False)  # the text survives, as data


def test_atom_feed_stays_well_formed(client, hostile):
    response = client.get("/feed/")
    root = ET.fromstring(response.content)  # raises on broken XML
    text = "".join(root.itertext())
    assert XML_SPECIALS.split()[0] in text and "alert('x')" in text


def test_api_returns_the_text_as_json_data(client, hostile):
    response = client.get(f"/api/v1/claims/{hostile.ref}/")
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.json()["quote"] == f"Quote {BREAKOUT}"


def formula_cells(rows):
    return [cell for row in rows for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_csv_downloads_neutralise_formulas(client, hostile):
    body = b"".join(client.get("/claims.csv").streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert formula_cells(rows) == []
    assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row)


def test_csv_exports_neutralise_formulas(hostile, tmp_path):
    for model in ("claims", "evidence"):
        out = tmp_path / f"{model}.csv"
        call_command("export_register", model, "--output", str(out))
        rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
        assert formula_cells(rows) == [], model


def test_admin_escapes_everything(editor_client, hostile):
    for url in [
        reverse("admin:claims_claim_changelist"),
        reverse("admin:claims_claim_change", args=[hostile.pk]),
        reverse("admin:claims_evidence_changelist"),
        reverse("admin:sources_source_changelist"),
        reverse("admin:sources_outlet_changelist"),
        reverse("admin:claims_claim_history", args=[hostile.pk]),
    ]:
        response = editor_client.get(url)
        assert response.status_code == 200, url
        assert_no_live_markup(response.content.decode(), url)
