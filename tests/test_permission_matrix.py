"""Who may do what: every role against every admin page, workflow route and API method.

The admin pages' expectations follow the roles' permissions (claims/roles.py);
the rules that matter most are also spelled out by hand below, so a change to
the roles that lets someone in where they should not be shows up here.
"""

import pytest
from django.contrib import admin
from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from claims.models import Claim, ClaimEvent, Evidence, Status
from tests.factories import ClaimFactory, EvidenceFactory, MetricFactory, UserFactory, publish

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "contributor", "editor", "desk-admin", "superuser", "system"]
GROUPS = {"contributor": "Contributor", "editor": "Editor", "desk-admin": "Desk admin"}


def user_for(role):
    if role == "anonymous":
        return AnonymousUser()
    if role == "superuser":
        return UserFactory(username="root", is_superuser=True)
    if role == "system":
        # The account imports act as (an Editor), with the password and staff flag someone gave it.
        from claims.services import system_user

        user = system_user()
        user.set_password("correct horse battery staple")
        user.is_staff = True
        user.save()
        return user
    return UserFactory(username=role, role=GROUPS[role])


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
    """200 when the role's permissions allow the page, else 403 (anonymous and the system account: sent to log in)."""
    if not user.is_authenticated or user.username == "register-system":
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
    if model._meta.model_name == "sourcecheck" and action in {"add", "delete"}:
        allowed = False  # the source watch records the checks; nobody adds or removes one by hand
    if model._meta.model_name == "followup" and action == "add":
        allowed = False  # follow-ups are added on their commitment's page, through the service
    if model._meta.model_name == "tip" and action in {"add", "delete"}:
        allowed = False  # tips come only from readers, and stay on the desk's record
    if model._meta.model_name == "transparencypage" and action == "delete":
        allowed = False  # a page's text is replaced, never removed
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
    "role, may",
    [
        ("anonymous", False),
        ("contributor", False),
        ("editor", True),
        ("desk-admin", False),
        ("superuser", True),
        ("system", False),
    ],
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


@pytest.mark.parametrize(
    "role, may",
    [("anonymous", False), ("contributor", False), ("editor", True), ("desk-admin", False), ("system", False)],
)
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


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("contributor", 200), ("editor", 200), ("desk-admin", 403), ("system", 302)]
)
def test_import_and_export_pages(role, status, register):
    client = client_for(user_for(role))
    for name in ("admin:claims_claim_import", "admin:claims_claim_export", "admin:claims_evidence_import"):
        assert client.get(reverse(name)).status_code == status, name
    visit_import = client.get(reverse("admin:claims_visit_import")).status_code
    assert visit_import == {"contributor": 403, "editor": 200}.get(role, status)


# --- contributors against published content, by every admin route ---------------------------------------------------
def form_data(page, **changes) -> dict:
    """What the admin page's form posts when saved as shown (its inlines' existing rows included), with `changes`."""
    data: dict = {}

    def add(form, prefix=""):
        for name, field in form.fields.items():
            value = form[name].value()
            if value is None or field.disabled:
                continue
            key = f"{prefix}{name}"
            if isinstance(value, bool):
                if value:
                    data[key] = "on"
            else:
                data[key] = value.isoformat() if hasattr(value, "isoformat") else value

    add(page.context["adminform"].form)
    for inline in page.context.get("inline_admin_formsets", []):
        formset = inline.formset
        management = formset.management_form
        data.update({f"{formset.prefix}-{name}": management[name].value() for name in management.fields})
        data[f"{formset.prefix}-TOTAL_FORMS"] = str(len(formset.initial_forms))
        for form in formset.initial_forms:
            add(form, prefix=f"{form.prefix}-")
    data.update(changes)
    return data


def everything() -> dict:
    """Every row an admin route could write, to compare before and after."""
    from claims.models import FollowUp
    from sources.models import Outlet, Source, SourceChangeProposal

    return {
        model.__name__: list(model._default_manager.order_by("pk").values())
        for model in (Claim, Evidence, ClaimEvent, FollowUp, Source, SourceChangeProposal, Outlet)
    }


@pytest.fixture
def published_register(db):
    """A published commitment with two pieces of evidence and a follow-up, one more piece deleted; a draft alike."""
    from claims import services
    from claims.commitments.services import commitment_follow_up

    editor = UserFactory(username="publisher", role="Editor")
    objects = {}
    for state in ("published", "unpublished"):
        claim = ClaimFactory(is_commitment=True)
        EvidenceFactory(claim=claim)
        extra = EvidenceFactory(claim=claim)
        gone = EvidenceFactory(claim=claim)
        gone_id = gone.pk
        services.evidence_delete(evidence=gone, user=editor)
        if state == "published":
            publish(claim, editor=editor)
        follow_up = commitment_follow_up(
            claim=claim, user=editor, status="in_progress", checked_on=claim.article.published_on, note="Under way."
        )
        objects[state] = {
            "claim": Claim.objects.get(pk=claim.pk),
            "evidence": Evidence.objects.get(pk=extra.pk),
            "followup": follow_up,
            "source": claim.article,
            "outlet": claim.article.outlet,
            "deleted_evidence": Evidence.history.get(id=gone_id, history_type="-"),
        }
    return {"editor": editor, **objects}


# (admin model name, the field a route changes, its new value); not a field of a CSV row's key, whose change
# would make the row another record.
TABLES = [
    ("claims_claim", "text", "Rewritten by another route"),
    ("claims_evidence", "note", "A reading rewritten by another route"),
    ("claims_followup", "status", "fulfilled"),
    ("sources_source", "title", "Retitled by another route"),
    ("sources_outlet", "website", "https://elsewhere.example.net/"),
]
ROUTES = ["change", "revert", "delete", "delete_action", "import"]
REFUSED = "published claim: only an editor can change it"


def admin_write(route, name, obj, field, value, *, client, reader, note=""):
    """Try to change `obj` by one admin route as `client`'s user; `reader` (an editor) fetches the forms a browser
    would have shown. Returns the response."""
    from csvio.resources import RESOURCES
    from tests.test_contributor_routes import edited

    change_note = {"change_note": note} if note else {}
    if route == "change":
        url = reverse(f"admin:{name}_change", args=[obj.pk])
        return client.post(url, form_data(reader.get(url), **{field: value}, **change_note))
    if route == "revert":
        first = type(obj).history.filter(id=obj.pk).earliest()
        url = reverse(f"admin:{name}_simple_history", args=[obj.pk, first.history_id])
        page = reader.get(url)
        return client.post(url, {**form_data(page, **{field: value}, **change_note), "_save": "Save"})
    if route == "delete":
        return client.post(reverse(f"admin:{name}_delete", args=[obj.pk]), {"post": "yes"})
    if route == "delete_action":
        return client.post(
            reverse(f"admin:{name}_changelist"),
            {"action": "delete_selected", "_selected_action": [obj.pk], "post": "yes"},
        )
    table = {
        "claims_claim": "claims",
        "claims_evidence": "evidence",
        "claims_followup": "follow_ups",
        "sources_source": "sources",
        "sources_outlet": "outlets",
    }[name]
    assert table in RESOURCES
    data = edited(table, obj, **{field: value}, **change_note)
    page = client.post(
        reverse(f"admin:{name}_import"),
        {"format": "0", "resource": "0", "import_file": SimpleUploadedFile(f"{table}.csv", data, "text/csv")},
    )
    if page.status_code == 200 and "confirm_form" in page.context:
        return client.post(reverse(f"admin:{name}_process_import"), page.context["confirm_form"].initial)
    return page


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("name, field, value", TABLES)
def test_a_contributor_changes_nothing_published_by_any_admin_route(name, field, value, route, published_register):
    contributor, editor = user_for("contributor"), published_register["editor"]
    obj = published_register["published"][name.split("_", 1)[1]]
    before = everything()
    response = admin_write(route, name, obj, field, value, client=client_for(contributor), reader=client_for(editor))
    assert response.status_code in (200, 302, 403), response.status_code
    assert everything() == before, f"{route} of a published {name} as a contributor wrote"
    if response.status_code == 200 and route == "import":
        errors = [str(row.error_dict) for row in response.context["result"].invalid_rows]
        assert errors and any(REFUSED in e or "only an editor" in e or "never edited" in e for e in errors), errors
        assert all(row.number == 2 for row in response.context["result"].invalid_rows)


# What a contributor may change of an unpublished claim's content (and of sources and outlets no published
# claim shows): a recorded check is never edited, and a contributor deletes no claim, follow-up, source or outlet.
CONTRIBUTOR_MAY = {
    ("claims_claim", "change"),
    ("claims_claim", "revert"),
    ("claims_claim", "import"),
    ("claims_evidence", "change"),
    ("claims_evidence", "revert"),
    ("claims_evidence", "import"),
    ("claims_evidence", "delete"),
    ("claims_evidence", "delete_action"),
    ("sources_source", "change"),
    ("sources_source", "revert"),
    ("sources_source", "import"),
    ("sources_outlet", "change"),
    ("sources_outlet", "revert"),
    ("sources_outlet", "import"),
}


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("name, field, value", TABLES)
def test_a_contributor_works_on_unpublished_content(name, field, value, route, published_register):
    contributor, editor = user_for("contributor"), published_register["editor"]
    obj = published_register["unpublished"][name.split("_", 1)[1]]
    before = everything()
    response = admin_write(route, name, obj, field, value, client=client_for(contributor), reader=client_for(editor))
    assert response.status_code in (200, 302, 403), response.status_code
    model = type(obj)
    if (name, route) not in CONTRIBUTOR_MAY:
        assert everything() == before, f"{route} of an unpublished {name} as a contributor wrote"
    elif route.startswith("delete"):
        assert not model._default_manager.filter(pk=obj.pk).exists()
    else:
        assert getattr(model._default_manager.get(pk=obj.pk), field) == value, f"{route} of {name} was refused"


@pytest.mark.parametrize("route", ["change", "revert", "import"])
@pytest.mark.parametrize("name, field, value", [t for t in TABLES if t[0] not in ("claims_followup", "sources_outlet")])
def test_an_editors_change_to_published_content_is_an_update_on_the_record(
    name, field, value, route, published_register
):
    editor = published_register["editor"]
    published = published_register["published"]
    obj, claim = published[name.split("_", 1)[1]], published["claim"]
    updates = ClaimEvent.objects.filter(claim=claim, kind=ClaimEvent.Kind.UPDATE)
    assert not updates.exists()
    client = client_for(editor)
    response = admin_write(route, name, obj, field, value, client=client, reader=client, note="Checked again.")
    assert response.status_code == 302, getattr(response, "context", None) and response.context.get("errors")
    assert getattr(type(obj)._default_manager.get(pk=obj.pk), field) == value
    (event,) = updates
    assert event.note == "Checked again." and event.user == editor
    assert value in [change["after"] for change in event.changes]


@pytest.mark.parametrize("route", ["change", "revert", "import", "delete"])
def test_a_recorded_check_is_never_edited_even_by_an_editor(route, published_register):
    editor = published_register["editor"]
    follow_up = published_register["published"]["followup"]
    before = everything()
    client = client_for(editor)
    admin_write(route, "claims_followup", follow_up, "status", "fulfilled", client=client, reader=client)
    after = everything()
    if route == "delete":  # an editor removes a check recorded in error; nothing else changes
        assert after["FollowUp"] == [row for row in before["FollowUp"] if row["id"] != follow_up.pk]
    else:
        assert after == before


def test_restoring_evidence_of_a_published_claim(published_register):
    deleted = published_register["published"]["deleted_evidence"]
    url = reverse("admin:claims_evidence_restore", args=[deleted.history_id])
    before = everything()
    client_for(user_for("contributor")).post(url)
    assert everything() == before
    client_for(published_register["editor"]).post(url)
    assert Evidence.objects.filter(pk=deleted.id).exists()
    event = ClaimEvent.objects.get(claim=published_register["published"]["claim"], kind=ClaimEvent.Kind.UPDATE)
    assert event.changes[0]["label"] == "Evidence restored"


@pytest.mark.parametrize("state", ["published", "unpublished"])
def test_a_contributors_actions_and_reads_write_nothing_published(state, published_register):
    """The list actions a contributor is offered, and every page that only reads (history, export)."""
    client = client_for(user_for("contributor"))
    claim = published_register[state]["claim"]
    before = everything()
    for name in ("claims_claim", "claims_evidence", "claims_followup", "sources_source"):
        obj = published_register[state][name.split("_", 1)[1]]
        assert client.get(reverse(f"admin:{name}_history", args=[obj.pk])).status_code == 200
        assert client.get(reverse(f"admin:{name}_export")).status_code == 200
    for action in ("publish", "unpublish", "set_verdict"):
        client.post(
            reverse("admin:claims_claim_changelist"),
            {"action": action, "_selected_action": [claim.pk], "apply": "1", "status": "false", "reason": "x"},
        )
    assert everything() == before
    client.post(reverse("admin:claims_claim_changelist"), {"action": "send_to_review", "_selected_action": [claim.pk]})
    after = everything()
    if state == "published":
        assert after == before
    else:
        assert Claim.objects.get(pk=claim.pk).status == Status.IN_REVIEW


# --- a desk admin against every admin page -----------------------------------------------------------------
# A desk admin manages accounts and nothing of the register. These pages are theirs (or every staff member's);
# every other page of the admin, the workflow pages included, must refuse them before it shows anything.
DESK_ADMIN_PAGES = {
    "index",
    "login",
    "logout",
    "password_change",
    "password_change_done",
    "jsi18n",
    "app_list",
    "auth_user_changelist",
    "auth_user_add",
    "auth_user_change",
    "auth_user_history",
    "auth_user_password_change",
    "auth_group_changelist",
    "auth_group_change",
    "auth_group_history",
    # Who runs the register, its funding, corrections policy and contact: public pages the desk admin writes.
    "claims_transparencypage_changelist",
    "claims_transparencypage_add",
}
DRAFT_WORDS = "Undisclosed wording of a claim still being checked"


def admin_routes(patterns=None, prefix=""):
    """Every named route of the admin, as (name, the names of its arguments)."""
    from django.urls.resolvers import URLResolver

    for pattern in admin.site.urls[0] if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from admin_routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif pattern.name:
            yield pattern.name, list(pattern.pattern.regex.groupindex) or [None] * pattern.pattern.regex.groups


@pytest.fixture
def drafts(db):
    """A draft claim (with evidence, a deleted piece, a kept copy of its article), a deleted draft, a proposal."""
    from claims import services
    from claims.services import copy_keep
    from claims.services.sources import source_change_propose
    from sources.models import ArticleCopy, CopyHow, SourceChangeProposal

    editor = UserFactory(username="publisher", role="Editor")
    draft = ClaimFactory(text=DRAFT_WORDS, quote=DRAFT_WORDS, ref="undisclosed-wording")
    evidence = EvidenceFactory(claim=draft, note=DRAFT_WORDS)
    services.evidence_delete(evidence=EvidenceFactory(claim=draft, note=DRAFT_WORDS), user=editor)
    services.claim_delete(claim=ClaimFactory(text=DRAFT_WORDS, ref="undisclosed-deleted"), user=editor)
    other = ClaimFactory(text=DRAFT_WORDS, ref="undisclosed-other")
    copy_keep(source=draft.article, text=f"{DRAFT_WORDS}. More of the article.", how=CopyHow.PASTE, user=editor)
    source_change_propose(source=draft.article, user=editor, title=DRAFT_WORDS, url="", reason="Retitled.")
    MetricFactory()
    from claims.entities.services import entity_delete, entity_save
    from claims.models import Entity

    gone = entity_save(user=editor, entity=Entity(ref="undisclosed-entity", kind="person", name="Deleted person"))
    entity_delete(user=editor, entity=gone)
    return {
        "claim": draft,
        "other": other,
        "evidence": evidence,
        "articlecopy": ArticleCopy.objects.get(),
        "sourcechangeproposal": SourceChangeProposal.objects.get(),
        "editor": editor,
    }


def admin_urls(drafts, user):
    """Every admin page by address, its arguments pointing at the drafts (or the first row of its model)."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    urls = {}
    for name, arguments in admin_routes():
        app_label, _, rest = name.partition("_")
        try:
            models = apps.get_app_config(app_label).get_models()
        except LookupError:  # a page of the site, not of a model
            models = []
        model = next((m for m in models if rest.startswith(f"{m._meta.model_name}_")), None)
        obj = None if model is None else drafts.get(model._meta.model_name) or model._default_manager.first()
        values = []
        for argument in arguments:
            if argument == "content_type_id":
                values.append(ContentType.objects.get_for_model(Claim).pk)
            elif argument == "id":  # a user's password page
                values.append(user.pk)
            elif argument == "history_id":
                values.append(model.history.filter(history_type="-").earliest().history_id)
            elif argument == "other":
                values.append(drafts["other"].pk)
            elif argument == "app_label":
                values.append("auth")
            elif name == "view_on_site":
                values.append(drafts["claim"].pk)
            elif obj is None:
                break
            elif not values:
                values.append(obj.pk)
            else:  # a version on the history page
                values.append(obj.history.earliest().history_id)
        else:
            urls[name] = reverse(f"admin:{name}", args=values)
    return urls


def test_the_admin_crawl_reaches_every_workflow_page(drafts):
    urls = admin_urls(drafts, drafts["editor"])
    for name in (
        "claims_claim_publish",
        "claims_claim_unpublish",
        "claims_claim_deleted",
        "claims_claim_restore",
        "claims_evidence_deleted",
        "claims_evidence_restore",
        "claims_claim_repeat_link",
        "claims_claim_repeat_unlink",
        "sources_sourcechangeproposal_decide",
        "sources_articlecopy_change",
        "claims_claim_simple_history",
        "claims_claim_export",
        "view_on_site",
    ):
        assert name in urls, name
    # An editor opens them: the crawl's addresses are real pages.
    client = client_for(drafts["editor"])
    for name in ("claims_claim_unpublish", "claims_claim_deleted", "sources_articlecopy_change", "view_on_site"):
        assert client.get(urls[name]).status_code in (200, 302), name
    assert DRAFT_WORDS in client.get(urls["claims_claim_unpublish"]).content.decode()


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_desk_admin_is_refused_every_register_page_and_sees_no_draft(method, drafts):
    desk_admin = user_for("desk-admin")
    client = client_for(desk_admin)
    before = everything()
    urls = admin_urls(drafts, desk_admin)
    assert len(urls) > 100
    for name, url in urls.items():
        if name in DESK_ADMIN_PAGES or name == "password_change_done" or name.startswith("claims_transparencypage_"):
            continue
        response = getattr(client, method)(url, {"reason": "x", "note": "x", "apply": "1"} if method == "post" else {})
        assert response.status_code in (403, 405), f"{method.upper()} {url} ({name}): {response.status_code}"
        assert DRAFT_WORDS not in response.content.decode(), f"{url} shows a draft to a desk admin"
        assert "undisclosed" not in response.get("Location", ""), url
    assert everything() == before
    # Of the claims app, a desk admin sees the transparency pages alone.
    claims_app = client.get(reverse("admin:app_list", args=["claims"])).content.decode()
    assert "/admin/claims/transparencypage/" in claims_app and "/admin/claims/claim/" not in claims_app
    # The pages that are theirs show no draft either.
    for name in DESK_ADMIN_PAGES - {"logout", "login"}:
        response = client.get(urls[name])
        assert response.status_code == 200, name
        assert DRAFT_WORDS not in response.content.decode() and b"undisclosed" not in response.content, name


def test_the_system_account_is_sent_to_log_in_from_every_admin_page(drafts):
    """Whatever password and staff flag it was given, and with a session made for it: it is never logged in."""
    system = user_for("system")
    client = client_for(system)
    login = reverse("admin:login")
    for name, url in admin_urls(drafts, system).items():
        if name in ("login", "logout"):
            continue
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(login), f"{url}: {response.status_code}"
