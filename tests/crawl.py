"""Walking the public register as a reader and a mirror would: every page reachable from the home page, and feeds."""

import re

START = ["/", "/feed/", "/commitments/feed/", "/sitemap.xml", "/robots.txt"]
NOT_PAGES = ("/static/", "/admin/", "/api/", "/claims.csv", "/claims.xlsx")
API_LISTS = [
    "/api/v1/claims/",
    "/api/v1/visits/",
    "/api/v1/sources/",
    "/api/v1/outlets/",
    "/api/v1/metrics/",
    "/api/v1/entities/",
    "/api/v1/withdrawals/",
]
# The list whose items each have a detail address, and the field that names it.
API_DETAILS = {
    "/api/v1/claims/": "ref",
    "/api/v1/visits/": "ref",
    "/api/v1/sources/": "ref",
    "/api/v1/outlets/": "id",
    "/api/v1/metrics/": "ref",
    "/api/v1/entities/": "ref",
}


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


def _local(url: str) -> str:
    return url.split("testserver", 1)[-1].split("127.0.0.1:8000", 1)[-1]


def api_answers(client, *, details: bool = False) -> dict[str, str]:
    """Every answer of the REST feed's lists, every page of each, and the ClaimReview DataFeed.

    With `details`, also the detail answer of every item listed.
    """
    answers = {}
    for start in [*API_LISTS, "/api/v1/claimreview.json"]:
        url = start
        while url:
            response = client.get(url)
            assert response.status_code == 200, url
            answers[url] = response.content.decode()
            body = response.json()
            if details and start in API_DETAILS:
                for item in body["results"]:
                    detail = f"{start}{item[API_DETAILS[start]]}/"
                    found = client.get(detail)
                    assert found.status_code == 200, detail
                    answers[detail] = found.content.decode()
            url = body.get("next") if isinstance(body, dict) else None
            if url:
                url = _local(url)
    return answers


def api_pages_for_people(client) -> dict[str, str]:
    """The browsable API's page of every list (with its filter forms), the OpenAPI schema and its docs page."""
    answers = {}
    for url in API_LISTS:
        response = client.get(url, headers={"Accept": "text/html"})
        assert response.status_code == 200, url
        answers[f"{url} (browsable)"] = response.content.decode()
    for url in ("/api/schema/", "/api/schema/?format=json", "/api/docs/"):
        response = client.get(url)
        assert response.status_code == 200, url
        answers[url] = response.content.decode()
    return answers


def download(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content).decode()
