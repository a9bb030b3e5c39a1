"""Bad input answers a 4xx, never a 500: JSON naming the parameter on the API, a page elsewhere.

PostgreSQL refuses NUL characters in text, times whose offset it cannot read and regular expressions
it cannot compile; SQLite fails differently on the same input. Both run these tests.
"""

import logging

import pytest
from django.urls import reverse

from claims import services
from tests.factories import MetricFactory, VisitFactory, published_claim

pytestmark = pytest.mark.django_db

TOO_LATE = "9999-12-31T23:59:59-23:59"  # year 10000 in UTC
TOO_EARLY = "0001-01-01T00:00:00+23:59"  # year 0 in UTC


@pytest.fixture
def register(editor, client):
    visit = VisitFactory(ref="pezeshkian-astana-2025")
    claims = [published_claim(editor=editor, visit=visit) for _ in range(3)]
    services.claim_unpublish(claim=claims[2], user=editor, reason="Misquoted.")
    MetricFactory()
    client.raise_request_exception = False
    return claims


API_BAD_INPUT = [
    # A NUL character in an identifier, on every detail route and an unknown one.
    ("/api/v1/claims/%00/", "path"),
    ("/api/v1/sources/%00/", "path"),
    ("/api/v1/visits/%00/", "path"),
    ("/api/v1/metrics/%00/", "path"),
    ("/api/v1/outlets/%00/", "path"),
    ("/api/v1/nothing%00/", "path"),
    # ... or in a parameter, its name or its value.
    ("/api/v1/claims/?speaker=%00", "speaker"),
    ("/api/v1/claims/?search=Tokayev%00", "search"),
    ("/api/v1/claims/?visit=%00", "visit"),
    ("/api/v1/outlets/?country=K%00", "country"),
    ("/api/v1/claims/?%00=1", "\\x00"),
    # Times with no UTC equivalent, on every time parameter.
    (f"/api/v1/claims/?updated_since={TOO_LATE}", "updated_since"),
    ("/api/v1/claims/?updated_since=0001-01-01T00:00:00%2B23:59", "updated_since"),
    (f"/api/v1/withdrawals/?since={TOO_LATE}", "since"),
    ("/api/v1/withdrawals/?since=0001-01-01T00:00:00%2B23:59", "since"),
    # Cursors not of the form `<ordering>~<value>~<id>` the schema states.
    ("/api/v1/claims/?cursor=updated_at~yesterday~1", "cursor"),  # a time is whole microseconds
    ("/api/v1/claims/?cursor=updated_at~1.5~1", "cursor"),
    ("/api/v1/claims/?cursor=updated_at~1234567890123456789~1", "cursor"),  # past 18 digits
    (f"/api/v1/claims/?ordering=ref&cursor=ref~claim-1~{2**64}", "cursor"),  # past 19 digits
    ("/api/v1/claims/?ordering=ref&cursor=ref~claim-1~-1", "cursor"),
    ("/api/v1/claims/?ordering=ref&cursor=ref~claim-1~", "cursor"),
    ("/api/v1/claims/?cursor=text~x~1", "cursor"),  # no such ordering
    ("/api/v1/claims/?cursor=withdrawn_at~1~1", "cursor"),  # another list's ordering
    ("/api/v1/withdrawals/?cursor=updated_at~1~1", "cursor"),
    ("/api/v1/claimreview.json?cursor=-published_at~~1", "cursor"),
    ("/api/v1/outlets/?cursor=id~x~1", "cursor"),
    ("/api/v1/claims/?ordering=ref&cursor=ref~%00~1", "cursor"),
    ("/api/v1/outlets/?ordering=name&cursor=name~a%00~1", "cursor"),
    ("/api/v1/claims/?cursor=", "cursor"),
    ("/api/v1/claims/?cursor=%2B0", "cursor"),
    ("/api/v1/claims/?cursor=%C3%A9", "cursor"),
    ("/api/v1/claims/?cursor=eyJvIjoidXBkYXRlZF9hdCIsImsiOlsibm9uc2Vuc2UiLDFdfQ", "cursor"),  # an old, opaque one
    # Ids out of range.
    ("/api/v1/claims/?outlet=0", "outlet"),
    (f"/api/v1/sources/?outlet={2**63}", "outlet"),
]


@pytest.mark.parametrize("url, parameter", API_BAD_INPUT)
def test_bad_input_to_the_api_answers_400_json_naming_the_parameter(client, register, url, parameter):
    response = client.get(url)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert list(body) == [parameter]
    assert body[parameter] and all(isinstance(message, str) and message for message in body[parameter])


@pytest.mark.parametrize(
    "url",
    [
        "/claims/?q=%00",
        "/claims/?speaker=%00",
        "/claims/%00/",
        "/sources/?q=%00",
        "/feed/?%00",
        "/claims.csv?status=%00",
    ],
)
def test_a_nul_in_a_pages_address_answers_a_400_page(client, register, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert "This address cannot be read" in response.content.decode()


ADMIN_BAD_INPUT = [
    ("admin:claims_claim_changelist", "text__regex=(", "text__regex"),
    ("admin:claims_claim_changelist", "text__iregex=[", "text__iregex"),
    ("admin:claims_claim_changelist", "quote__regex=a{2,1}", "quote__regex"),
    ("admin:sources_source_changelist", "title__regex=(", "title__regex"),
    ("admin:claims_claim_changelist", "speaker=%00", "speaker"),
    ("admin:claims_claim_changelist", "q=%00", "q"),
    ("admin:sources_source_changelist", "q=a%00", "q"),
    ("admin:claims_evidence_changelist", "note__contains=%00", "note__contains"),
    ("admin:claims_claim_changelist", f"updated_at__gt={TOO_LATE}", "updated_at__gt"),
    ("admin:claims_claimevent_changelist", "at__lt=0001-01-01T00:00:00%2B23:59", "at__lt"),
    # An offset no database zone has, though the time exists in UTC.
    ("admin:claims_claim_changelist", "updated_at__gt=2025-01-01T00:00:00%2B20:00", "updated_at__gt"),
    ("admin:autocomplete", "term=%00&app_label=claims&model_name=claim&field_name=repeat_of", "term"),
]


@pytest.mark.parametrize("route, query, parameter", ADMIN_BAD_INPUT)
def test_bad_input_in_the_admin_answers_a_400_page_naming_the_parameter(
    client, superuser, register, route, query, parameter
):
    client.force_login(superuser)
    response = client.get(f"{reverse(route)}?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert "This address cannot be read" in html
    assert f"<code>{parameter}</code>" in html


def test_a_valid_regex_lookup_still_filters_the_admin_list(client, superuser, register):
    client.force_login(superuser)
    response = client.get(reverse("admin:claims_claim_changelist"), {"text__regex": "number [0-9]+$"})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 3
    response = client.get(reverse("admin:claims_claim_changelist"), {"text__regex": "^nothing"})
    assert response.context["cl"].result_count == 0


def test_the_admin_checks_lookups_only_for_signed_in_staff(client, register):
    # Anyone else is sent to the login page before any lookup is tried.
    response = client.get(reverse("admin:claims_claim_changelist") + "?text__regex=(")
    assert response.status_code == 302 and "/login/" in response["Location"]


# --- The API's exception handler: JSON whatever goes wrong -------------------------------------------
def test_an_unexpected_error_in_the_api_is_a_logged_500_with_a_json_body(client, register, monkeypatch, caplog):
    def broken(self, instance):
        raise RuntimeError("a fault of ours")

    monkeypatch.setattr("api.serializers.ClaimSerializer.to_representation", broken)
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client.get("/api/v1/claims/")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert "went wrong on our side" in response.json()["detail"]
    logged = [record for record in caplog.records if record.name == "django.request"]
    assert len(logged) == 1 and logged[0].exc_info[0] is RuntimeError


def test_a_value_error_about_a_parameter_is_a_400_naming_it(client, register, monkeypatch):
    # A check deeper down that refuses the value it was given (here the search) is the request's fault.
    def refuse(self, terms, **options):
        raise ValueError(f"cannot search for {terms!r}")

    monkeypatch.setattr("claims.models.ClaimQuerySet.search", refuse)
    response = client.get("/api/v1/claims/", {"search": "Tokayev"})
    assert response.status_code == 400
    assert list(response.json()) == ["search"]


def test_a_value_error_about_no_parameter_is_ours_a_500(client, register, monkeypatch):
    def broken(self, instance):
        raise ValueError("a fault of ours")

    monkeypatch.setattr("api.serializers.ClaimSerializer.to_representation", broken)
    response = client.get("/api/v1/claims/", {"search": "Tokayev"})
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"


def test_an_error_before_the_api_view_is_reached_is_still_a_json_500(client, register, monkeypatch):
    # Raised in the feed's dispatch, outside DRF's exception handler: Django's handler500 answers.
    def broken(self, request, view):
        raise RuntimeError("a fault of ours")

    monkeypatch.setattr("api.throttling.FeedRateThrottle.allow_request", broken)
    response = client.get("/api/v1/claims/")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert "went wrong on our side" in response.json()["detail"]


def test_a_pages_500_stays_the_500_page(client, register, monkeypatch):
    def broken(self):
        raise RuntimeError("a fault of ours")

    monkeypatch.setattr("claims.models.ClaimQuerySet.published", broken)
    response = client.get("/claims/")
    assert response.status_code == 500
    assert response["Content-Type"].startswith("text/html")
