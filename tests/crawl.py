"""Walking the public register as a reader and a mirror would: every page reachable from the home page, and feeds."""

import re

START = ["/", "/feed/", "/commitments/feed/", "/sitemap.xml", "/robots.txt"]
NOT_PAGES = ("/static/", "/admin/", "/api/", "/claims.csv")


def public_pages(client, start=(), *, ok=(200, 410)) -> dict[str, str]:
    """Every public page reachable from `start` (and the home page, feeds, sitemap), by address: its text."""
    seen: dict[str, str] = {}
    queue = [*START, *start]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        response = client.get(url)
        assert response.status_code in ok, url
        body = response.content.decode()
        seen[url] = body
        for link in re.findall(r'href="(/[^"#]*)', body):
            link = link.replace("&amp;", "&")
            if not link.startswith(NOT_PAGES):
                queue.append(link)
    return seen


def api_answers(client) -> dict[str, str]:
    """Every answer of the REST feed's lists, every page of each, and the ClaimReview DataFeed."""
    answers = {}
    for start in (
        "/api/v1/claims/",
        "/api/v1/visits/",
        "/api/v1/sources/",
        "/api/v1/outlets/",
        "/api/v1/metrics/",
        "/api/v1/withdrawals/",
        "/api/v1/claimreview.json",
    ):
        url = start
        while url:
            response = client.get(url)
            assert response.status_code == 200, url
            answers[url] = response.content.decode()
            body = response.json()
            url = body.get("next") if isinstance(body, dict) else None
            if url:
                url = url.split("testserver", 1)[-1].split("127.0.0.1:8000", 1)[-1]
    return answers
