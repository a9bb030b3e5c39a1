"""A partner's page on another origin reads the whole DataFeed in Chromium, and revalidates it.

The page is served from a second port (another origin) by a small static server; its script pages the
DataFeed of the register's live server by following the `Link` header, then fetches the first page
again with `If-None-Match` (a preflighted request) and expects a 304. Before CORS exposed `Link` and
allowed the conditional headers, such a client read page one and stopped, and the revalidation failed
its preflight ("Failed to fetch").
"""

import functools
import http.server
import threading

import pytest
from django.core.cache import cache

from tests.factories import published_claim
from tests.test_browser_register import browser  # noqa: F401  (the shared Chromium fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PARTNER_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>A partner's fact-check reader</title></head>
<body><main><h1>Fact checks</h1><ol id="reviews"></ol></main>
<script>
// What an aggregator's browser client does: follow rel="next" until there is none, then revalidate.
async function readFeed(start) {
  const urls = [], statuses = [];
  let address = start, firstTag = null, lastModified = null;
  while (address) {
    const response = await fetch(address, {headers: {Accept: "application/json"}});
    statuses.push(response.status);
    const body = await response.json();
    if (firstTag === null) {
      firstTag = response.headers.get("ETag");
      lastModified = response.headers.get("Last-Modified");
    }
    for (const element of body.dataFeedElement) {
      urls.push(element.url);
      const item = document.createElement("li");
      item.textContent = element.item[0].claimReviewed;
      document.getElementById("reviews").append(item);
    }
    const link = response.headers.get("Link");
    const next = link && link.match(/<([^>]+)>;\\s*rel="next"/);
    address = next ? next[1] : null;
  }
  const again = await fetch(start, {headers: {"If-None-Match": firstTag}, cache: "no-store"});
  const since = await fetch(start, {headers: {"If-Modified-Since": lastModified}, cache: "no-store"});
  return {urls, statuses, firstTag, revalidated: again.status, modifiedSince: since.status};
}
</script></body></html>
"""


@pytest.fixture
def partner_site(tmp_path):
    """The partner's page, on its own port: another origin than the register's live server."""
    (tmp_path / "index.html").write_text(PARTNER_PAGE, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_page_on_another_origin_reads_the_whole_datafeed_and_gets_a_304(
    browser,  # noqa: F811
    live_server,
    partner_site,
    settings,
):
    from django.contrib.auth.models import Group, Permission

    from claims.roles import sync_roles
    from tests.factories import UserFactory

    sync_roles(Group, Permission)
    editor = UserFactory(username="partner-test-editor", role="Editor")
    claims = [published_claim(editor=editor) for _ in range(5)]
    settings.REGISTER_PUBLIC_URL = live_server.url  # the next links lead to the server the browser reads
    cache.clear()

    context = browser.new_context()
    page = context.new_page()
    failures = []
    page.on("console", lambda message: message.type == "error" and failures.append(message.text))
    page.goto(partner_site + "/index.html")
    assert page.evaluate("location.origin") != live_server.url  # another origin: every read is cross-origin

    result = page.evaluate("start => readFeed(start)", f"{live_server.url}/api/v1/claimreview.json?page_size=2")
    context.close()

    assert failures == []
    assert result["statuses"] == [200, 200, 200]  # three pages of two, followed through Link
    assert sorted(result["urls"]) == sorted(f"{live_server.url}{claim.get_absolute_url()}" for claim in claims)
    assert result["firstTag"]
    assert result["revalidated"] == 304
    assert result["modifiedSince"] == 304
