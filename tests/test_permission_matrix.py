"""Who may do what: every role against every admin page, workflow route and API method.

The admin pages' expectations follow the roles' permissions (claims/roles.py);
the rules that matter most are also spelled out by hand below, so a change to
the roles that opens a door shows up here.
"""

import pytest
from django.contrib import admin
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from claims.models import Claim, ClaimEvent, Evidence, Status
from tests.factories import ClaimFactory, EvidenceFactory, MetricFactory, UserFactory, publish

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "contributor", "editor", "superuser"]


def user_for(role):
    if role == "anonymous":
        return AnonymousUser()
    if role == "superuser":
        return UserFactory(username="root", is_superuser=True)
    return UserFactory(username=role, role=role.capitalize())


def client_for(user):
    client = Client()
    if user.is_authenticated:
        client.force_login(user)
    return client


@pytest.fixture
def register(db):
    editor = UserFactory(username="publisher", role="Editor")
    published = publish(ClaimFactory(), editor=editor)
    draft = ClaimFactory()
    EvidenceFactory(claim=draft)
    MetricFactory()
    return {"published": published, "draft": draft}


def sample_object(model, register):
    if model is Claim:
        return register["draft"]
    if model is Evidence:
        return register["draft"].evidence.first()
    return model._default_manager.first()


def expected(user, model, action):
    """200 when the role's permissions allow the page, else 403 (anonymous: sent to log in)."""
    if not user.is_authenticated:
        return 302
    opts = model._meta
    perm = lambda name: user.has_perm(f"{opts.app_label}.{name}_{opts.model_name}")  # noqa: E731
    allowed = {
        "changelist": perm("view") or perm("change"),
        "add": perm("add"),
        "change": perm("view") or perm("change"),
        "history": perm("view") or perm("change"),
        "delete": perm("delete"),
    }[action]
    if model._meta.model_name == "claimevent" and action in {"add", "delete"}:
        allowed = False  # the workflow log is read-only for everyone
    if model._meta.model_name == "followup" and action == "add":
        allowed = False  # follow-ups are added on their commitment's page, through the service
    return 200 if allowed else 403


@pytest.mark.parametrize("role", ROLES)
def test_admin_pages_follow_the_roles(role, register):
    user = user_for(role)
    client = client_for(user)
    checked = 0
    for model in admin.site._registry:
        if model._meta.app_label not in {"claims", "sources"}:
            continue
        obj = sample_object(model, register)
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls = {"changelist": reverse(f"{name}_changelist"), "add": reverse(f"{name}_add")}
        if obj is not None:
            urls.update(
                change=reverse(f"{name}_change", args=[obj.pk]),
                history=reverse(f"{name}_history", args=[obj.pk]),
                delete=reverse(f"{name}_delete", args=[obj.pk]),
            )
        for action, url in urls.items():
            status = client.get(url).status_code
            want = expected(user, model, action)
            assert status == want, f"{role} {action} {model._meta.label}: {status}, expected {want}"
            checked += 1
    assert checked >= 25


# --- the rules that matter most, by hand ------------------------------------------
MUST_REFUSE_CONTRIBUTOR = [
    ("admin:claims_claim_delete", "draft"),
    ("admin:claims_visit_add", None),
    ("admin:claims_metric_add", None),
    ("admin:sources_source_delete", "source"),
]


@pytest.mark.parametrize("name, target", MUST_REFUSE_CONTRIBUTOR)
def test_contributor_is_refused(name, target, register):
    client = client_for(user_for("contributor"))
    args = {"draft": [register["draft"].pk], "source": [register["draft"].article_id], None: []}[target]
    assert client.get(reverse(name, args=args)).status_code == 403


@pytest.mark.parametrize(
    "role, may", [("anonymous", False), ("contributor", False), ("editor", True), ("superuser", True)]
)
def test_only_editors_publish_by_any_route(role, may, register):
    editor = UserFactory(username="checker", role="Editor")
    ready = ClaimFactory()
    EvidenceFactory(claim=ready)
    from claims import services

    services.claim_set_verdict(claim=ready, user=editor, status=Status.VERIFIED, verdict_summary="Agreed.")
    client = client_for(user_for(role))
    # 1. the one-claim button
    client.post(reverse("admin:claims_claim_publish", args=[ready.pk]))
    # 2. the list action
    client.post(reverse("admin:claims_claim_changelist"), {"action": "publish", "_selected_action": [ready.pk]})
    assert Claim.objects.get(pk=ready.pk).is_published is may
    published = register["published"]
    client.post(reverse("admin:claims_claim_unpublish", args=[published.pk]), {"reason": "test"})
    assert Claim.objects.get(pk=published.pk).is_published is not may


@pytest.mark.parametrize("role, may", [("anonymous", False), ("contributor", False), ("editor", True)])
def test_only_editors_set_verdicts_by_any_route(role, may, register):
    draft = register["draft"]
    client = client_for(user_for(role))
    client.post(
        reverse("admin:claims_claim_changelist"),
        {
            "action": "set_verdict",
            "_selected_action": [draft.pk],
            "apply": "1",
            "status": "false",
            "verdict_summary": "Wrong.",
            "note": "",
        },
    )
    assert (Claim.objects.get(pk=draft.pk).status == "false") is may


# --- the feed is read-only for everyone ------------------------------------------------
def api_urls(register):
    ref = register["published"].ref
    metric = MetricFactory._meta.model.objects.first()
    return [
        "/api/v1/claims/",
        f"/api/v1/claims/{ref}/",
        "/api/v1/visits/",
        f"/api/v1/visits/{register['published'].visit.ref}/",
        "/api/v1/sources/",
        f"/api/v1/sources/{register['published'].article.ref}/",
        "/api/v1/outlets/",
        "/api/v1/metrics/",
        f"/api/v1/metrics/{metric.ref}/",
        "/api/v1/withdrawals/",
        "/api/v1/claimreview.json",
        "/api/schema/",
    ]


@pytest.mark.parametrize("role", ROLES)
def test_the_feed_answers_reads_and_refuses_writes(role, register):
    client = client_for(user_for(role))
    before = (Claim.objects.count(), ClaimEvent.objects.count(), Claim.history.count())
    for url in api_urls(register):
        assert client.get(url).status_code == 200, url
        assert client.head(url).status_code == 200, url
        assert client.options(url).status_code == 200, url
        for method in ("post", "put", "patch", "delete"):
            response = getattr(client, method)(url, data={"text": "x"}, content_type="application/json")
            assert response.status_code in (403, 405), f"{method.upper()} {url}: {response.status_code}"
    assert (Claim.objects.count(), ClaimEvent.objects.count(), Claim.history.count()) == before


@pytest.mark.parametrize("role, status", [("anonymous", 302), ("contributor", 200), ("editor", 200)])
def test_import_and_export_pages(role, status, register):
    client = client_for(user_for(role))
    for name in ("admin:claims_claim_import", "admin:claims_claim_export", "admin:claims_evidence_import"):
        assert client.get(reverse(name)).status_code == status, name
    visit_import = client.get(reverse("admin:claims_visit_import")).status_code
    assert visit_import == {"anonymous": 302, "contributor": 403, "editor": 200}[role]
