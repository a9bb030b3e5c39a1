"""The editors' admin, as each role sees and uses it."""

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimEvent, Evidence, Status
from tests.admin_helpers import claim_form_data, messages_of
from tests.factories import ClaimFactory, EvidenceFactory, OutletFactory, SourceFactory, VisitFactory, publish

pytestmark = pytest.mark.django_db

ADMIN_PAGES = [
    "admin:claims_claim_changelist",
    "admin:claims_claim_add",
    "admin:claims_evidence_changelist",
    "admin:claims_visit_changelist",
    "admin:claims_claimevent_changelist",
    "admin:sources_source_changelist",
    "admin:sources_source_add",
    "admin:sources_outlet_changelist",
]


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_anonymous_is_sent_to_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize("role", ["contributor", "editor", "superuser"])
@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_every_role_opens_the_editors_pages(client, request, role, name, editor):
    publish(ClaimFactory(), editor=editor)
    ClaimFactory(status=Status.IN_REVIEW)
    user = request.getfixturevalue(role)
    client.force_login(user)
    response = client.get(reverse(name))
    assert response.status_code == 200, name


def test_claim_list_runs_a_fixed_number_of_queries(editor_client, editor, django_assert_max_num_queries):
    url = reverse("admin:claims_claim_changelist")
    for _ in range(3):
        EvidenceFactory()
    with django_assert_max_num_queries(30) as small:
        editor_client.get(url)
    for _ in range(40):
        EvidenceFactory()
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = editor_client.get(url)
    assert response.status_code == 200


def test_claim_filters_and_search(editor_client):
    visit = VisitFactory(ref="astana")
    ClaimFactory(visit=visit, text="Roadmap to three billion dollars", speaker="Masoud Pezeshkian")
    ClaimFactory(text="Barley exports")
    url = reverse("admin:claims_claim_changelist")
    assert editor_client.get(url, {"q": "roadmap"}).context["cl"].result_count == 1
    assert editor_client.get(url, {"visit__id__exact": visit.pk}).context["cl"].result_count == 1
    assert editor_client.get(url, {"speaker": "Masoud Pezeshkian"}).context["cl"].result_count == 1
    assert (
        editor_client.get(url, {"status__exact": "unverified", "is_published__exact": "0"}).context["cl"].result_count
        == 2
    )


# --- the change form ---------------------------------------------------------
def test_editor_sets_a_verdict_in_the_form_through_the_workflow(editor_client, editor):
    claim = ClaimFactory()
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    response = editor_client.post(
        url, claim_form_data(claim, status="verified", verdict_summary="Two sources agree.", change_note="Checked")
    )
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    claim.refresh_from_db()
    assert claim.status == "verified" and claim.verdict_summary == "Two sources agree."
    event = ClaimEvent.objects.get(claim=claim)
    assert (event.user, event.note) == (editor, "Checked")


def test_contributor_cannot_set_a_verdict_through_the_form(contributor_client):
    claim = ClaimFactory()
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    page = contributor_client.get(url)
    offered = [value for value, _ in page.context["adminform"].form.fields["status"].choices]
    assert offered == ["unverified", "in_review"]
    response = contributor_client.post(url, claim_form_data(claim, status="verified", verdict_summary="Mine."))
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    claim.refresh_from_db()
    assert claim.status == "unverified" and claim.verdict_summary == ""


def test_contributor_logs_a_claim_and_sends_it_to_review(contributor_client, contributor):
    source, visit = SourceFactory(), VisitFactory()
    data = claim_form_data(
        Claim(
            article=source,
            visit=visit,
            speaker="Kassym-Jomart Tokayev",
            text="About 700 Iranian companies operate in Kazakhstan",
            quote="He added that approximately 700 Iranian companies operate in Kazakhstan.",
            topic="trade",
            ref="",
        ),
        status="in_review",
    )
    data["article"], data["visit"] = source.pk, visit.pk
    response = contributor_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert claim.created_by == contributor and claim.status == "in_review"
    assert claim.ref == "about-700-iranian-companies-operate-in-kazakhstan"


def test_correcting_a_published_verdict_in_the_form_needs_a_reason(editor_client, editor):
    claim = publish(ClaimFactory(), editor=editor)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    evidence = claim.evidence.get()
    data = claim_form_data(claim, status="disputed", verdict_summary="Sources differ.")
    data.update(
        {
            "evidence-TOTAL_FORMS": "1",
            "evidence-INITIAL_FORMS": "1",
            "evidence-0-id": evidence.pk,
            "evidence-0-claim": claim.pk,
            "evidence-0-stance": evidence.stance,
            "evidence-0-source": evidence.source_id,
            "evidence-0-quote": evidence.quote,
            "evidence-0-note": "",
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "change_note" in response.context["adminform"].form.errors
    data["change_note"] = "A second article gives a different figure."
    assert editor_client.post(url, data).status_code == 302
    assert ClaimEvent.objects.filter(claim=claim, kind="correction").exists()


def test_deleting_the_last_evidence_of_a_published_claim_is_refused_in_the_form(editor_client, editor):
    claim = publish(ClaimFactory(), editor=editor)
    evidence = claim.evidence.get()
    data = claim_form_data(claim)
    data.update(
        {
            "evidence-TOTAL_FORMS": "1",
            "evidence-INITIAL_FORMS": "1",
            "evidence-0-id": evidence.pk,
            "evidence-0-claim": claim.pk,
            "evidence-0-stance": evidence.stance,
            "evidence-0-source": evidence.source_id,
            "evidence-0-quote": evidence.quote,
            "evidence-0-note": "",
            "evidence-0-DELETE": "on",
        }
    )
    response = editor_client.post(reverse("admin:claims_claim_change", args=[claim.pk]), data)
    assert response.status_code == 200
    assert "must keep at least one piece of evidence" in str(response.content)
    assert Evidence.objects.filter(pk=evidence.pk).exists()


def test_contributor_sees_a_published_claim_read_only(contributor_client, editor):
    claim = publish(ClaimFactory(), editor=editor)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    page = contributor_client.get(url)
    assert page.status_code == 200 and page.context["has_change_permission"] is False
    response = contributor_client.post(url, claim_form_data(claim, text="Rewritten by a contributor"))
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.text != "Rewritten by a contributor"


def test_history_is_shown_on_the_claim_page(editor_client):
    claim = ClaimFactory(text="First wording")
    claim.text = "Second wording"
    claim.save()
    page = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert "Field changes" in page.content.decode() and "text" in page.content.decode()
    history = editor_client.get(reverse("admin:claims_claim_history", args=[claim.pk]))
    assert history.status_code == 200


# --- actions -------------------------------------------------------------------
def run_action(client, action, claims, **extra):
    data = {"action": action, "_selected_action": [c.pk for c in claims], **extra}
    return client.post(reverse("admin:claims_claim_changelist"), data, follow=True)


def test_send_to_review_action(contributor_client):
    claims = [ClaimFactory(), ClaimFactory()]
    response = run_action(contributor_client, "send_to_review", claims)
    assert "Sent to review 2 claim(s)" in " ".join(messages_of(response))
    assert set(Claim.objects.values_list("status", flat=True)) == {"in_review"}


def test_publish_action_publishes_what_is_ready_and_says_why_the_rest_is_refused(editor_client, editor):
    ready = ClaimFactory(ref="ready")
    EvidenceFactory(claim=ready)
    from claims import services

    services.claim_set_verdict(claim=ready, user=editor, status="verified", verdict_summary="Agreed.")
    not_ready = ClaimFactory(ref="not-ready")
    response = run_action(editor_client, "publish", [ready, not_ready])
    text = " ".join(messages_of(response))
    assert "Published 1 claim(s): ready" in text
    assert "Refused — not-ready: Claim 'not-ready' cannot be published" in text
    assert Claim.objects.get(ref="ready").is_published and not Claim.objects.get(ref="not-ready").is_published


def test_set_verdict_action_asks_then_applies(editor_client):
    claims = [ClaimFactory(), ClaimFactory()]
    page = run_action(editor_client, "set_verdict", claims)
    assert page.status_code == 200 and b"Set the verdict" in page.content
    response = run_action(
        editor_client,
        "set_verdict",
        claims,
        apply="1",
        status="unverifiable",
        verdict_summary="Only one article.",
        note="",
    )
    assert "Set the verdict of 2 claim(s)" in " ".join(messages_of(response))
    assert set(Claim.objects.values_list("status", flat=True)) == {"unverifiable"}


def test_unpublish_action_requires_a_reason(editor_client, editor):
    claim = publish(ClaimFactory(), editor=editor)
    page = run_action(editor_client, "unpublish", [claim], apply="1", reason="")
    assert b"This field is required" in page.content
    assert Claim.objects.get(pk=claim.pk).is_published
    response = run_action(editor_client, "unpublish", [claim], apply="1", reason="Outlet corrected its story")
    assert "Unpublished 1 claim(s)" in " ".join(messages_of(response))
    assert ClaimEvent.objects.get(claim=claim, kind="unpublished").note == "Outlet corrected its story"


@pytest.mark.parametrize("action", ["set_verdict", "publish", "unpublish"])
def test_contributor_does_not_get_editor_actions(contributor_client, editor, action):
    claim = publish(ClaimFactory(), editor=editor)
    page = contributor_client.get(reverse("admin:claims_claim_changelist"))
    assert action not in dict(page.context["action_form"].fields["action"].choices)
    response = run_action(
        contributor_client, action, [claim], apply="1", reason="x", status="false", verdict_summary="x"
    )
    assert "No action selected" in " ".join(messages_of(response))
    claim.refresh_from_db()
    assert claim.is_published and claim.status == "verified"


def test_publish_and_unpublish_buttons_on_the_claim_page(editor_client, editor):
    from claims import services

    claim = ClaimFactory()
    EvidenceFactory(claim=claim)
    services.claim_set_verdict(claim=claim, user=editor, status="verified", verdict_summary="Agreed.")
    page = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert reverse("admin:claims_claim_publish", args=[claim.pk]).encode() in page.content
    editor_client.post(reverse("admin:claims_claim_publish", args=[claim.pk]))
    assert Claim.objects.get(pk=claim.pk).is_published
    form_page = editor_client.get(reverse("admin:claims_claim_unpublish", args=[claim.pk]))
    assert b"reason" in form_page.content
    editor_client.post(reverse("admin:claims_claim_unpublish", args=[claim.pk]), {"reason": "Wrong visit"})
    assert not Claim.objects.get(pk=claim.pk).is_published


def test_contributor_cannot_use_the_publish_url(contributor_client, editor):
    from claims import services

    claim = ClaimFactory()
    EvidenceFactory(claim=claim)
    services.claim_set_verdict(claim=claim, user=editor, status="verified", verdict_summary="Agreed.")
    response = contributor_client.post(reverse("admin:claims_claim_publish", args=[claim.pk]), follow=True)
    assert "only editors publish" in " ".join(messages_of(response))
    assert not Claim.objects.get(pk=claim.pk).is_published


def test_published_claims_cannot_be_deleted_without_unpublishing(editor_client, editor):
    claim = publish(ClaimFactory(), editor=editor)
    assert editor_client.get(reverse("admin:claims_claim_delete", args=[claim.pk])).status_code == 403
    draft = ClaimFactory()
    editor_client.post(reverse("admin:claims_claim_delete", args=[draft.pk]), {"post": "yes"})
    assert not Claim.objects.filter(pk=draft.pk).exists()
    assert ClaimEvent.objects.filter(claim_ref=draft.ref, kind="deleted").exists()


def test_contributor_cannot_delete_claims(contributor_client):
    claim = ClaimFactory()
    assert (
        contributor_client.post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"}).status_code
        == 403
    )
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_evidence_delete_page_refuses_the_last_independent_evidence(editor_client, editor):
    claim = publish(ClaimFactory(), editor=editor)
    evidence = claim.evidence.get()
    response = editor_client.post(
        reverse("admin:claims_evidence_delete", args=[evidence.pk]), {"post": "yes"}, follow=True
    )
    assert "last evidence from another source" in " ".join(messages_of(response))
    assert Evidence.objects.filter(pk=evidence.pk).exists()


def test_logging_claims_from_the_article_page(contributor_client, contributor):
    source, visit = SourceFactory(), VisitFactory()
    prefix = "claims_logged"
    data = {
        "title": source.title,
        "ref": source.ref,
        "outlet": source.outlet_id,
        "kind": source.kind,
        "url": source.url,
        "published_on": "2025-12-11",
        "language": "en",
        "notes": "",
        f"{prefix}-TOTAL_FORMS": "1",
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
        f"{prefix}-0-visit": visit.pk,
        f"{prefix}-0-speaker": "Kassym-Jomart Tokayev",
        f"{prefix}-0-topic": "agriculture",
        f"{prefix}-0-text": "Kazakhstan supplied more than 500,000 tons of barley to Iran last year",
        f"{prefix}-0-quote": (
            "Agriculture remains a priority sector: Kazakhstan supplied more than 500,000 tons of barley to Iran "
            "last year."
        ),
        f"{prefix}-0-ref": "",
    }
    response = contributor_client.post(reverse("admin:sources_source_change", args=[source.pk]), data)
    assert response.status_code == 302, response.context and response.context["inline_admin_formsets"]
    claim = Claim.objects.get(article=source)
    assert claim.created_by == contributor and claim.status == "unverified"


def test_evidence_autocomplete_finds_sources(editor_client):
    SourceFactory(title="Astana and Tehran Elevate Partnership", outlet=OutletFactory(name="Kazinform"))
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"term": "Elevate", "app_label": "claims", "model_name": "evidence", "field_name": "source"},
    )
    assert response.status_code == 200
    # The title, then the outlet and the date: several outlets run a story under the same title.
    assert [r["text"] for r in response.json()["results"]] == [
        "Astana and Tehran Elevate Partnership — Kazinform, 11 Dec 2025"
    ]


def test_claim_search_uses_the_register_search_and_finds_a_ref_exactly(editor_client):
    roadmap = ClaimFactory(ref="roadmap-trade", text="Roadmap to three billion dollars", speaker="Masoud Pezeshkian")
    ClaimFactory(
        ref="kz-ir-0042", text="Barley exports", quote="Barley went north by rail.", speaker="Serik Zhumangarin"
    )
    url = reverse("admin:claims_claim_changelist")

    def found(term):
        return {claim.ref for claim in editor_client.get(url, {"q": term}).context["cl"].result_list}

    assert found("billion dollars") == {"roadmap-trade"}
    assert found("Pezeshkian") == {"roadmap-trade"}  # the speaker is searched
    assert found("rail") == {"kz-ir-0042"}  # and the quote
    assert found("kz-ir-0042") == {"kz-ir-0042"}  # a ref typed in whole, found exactly
    assert found("Tokayev") == set()
    assert roadmap.ref in found("roadmap")
