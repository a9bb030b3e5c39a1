"""Every other way to change published content: CSV imports, the history page's revert, the evidence pages,
follow-ups, sources and verdicts. Contributors change nothing the public sees by any of them; editors'
changes to published content are updates on the record."""

import csv
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from claims import services
from claims.commitments.services import commitment_follow_up
from claims.models import Claim, ClaimEvent, Evidence, FollowUp, Stance, Status
from csvio import importer
from csvio.resources import RESOURCES
from sources.models import Source
from tests.admin_helpers import claim_form_data
from tests.csv_helpers import snapshot
from tests.factories import ClaimFactory, EvidenceFactory, SourceFactory, publish

pytestmark = pytest.mark.django_db

REFUSED = "published claim: only an editor can change it"


def exported(table: str, queryset) -> tuple[list[str], list[dict]]:
    """The table's CSV as the register exports it: its header and its rows."""
    text = RESOURCES[table]().export(queryset=queryset).csv
    reader = csv.DictReader(io.StringIO(text))
    return list(reader.fieldnames or []), list(reader)


def as_csv(header: list[str], rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def edited(table: str, obj, **changes) -> bytes:
    """The exported row of `obj`, changed, as a one-row file (the row is row 2)."""
    model = type(obj)
    header, rows = exported(table, model._default_manager.filter(pk=obj.pk))
    (row,) = rows
    row.update(changes)
    for name in changes:
        if name not in header:
            header.append(name)
    return as_csv(header, [row])


def follow_up_snapshot() -> list:
    return list(FollowUp.objects.order_by("pk").values())


@pytest.fixture
def register(editor):
    """A published commitment with evidence and a follow-up, and a draft with evidence."""
    published = ClaimFactory(is_commitment=True)
    publish(published, editor=editor)
    follow_up = commitment_follow_up(
        claim=published, user=editor, status="in_progress", checked_on=datetime.date(2026, 1, 5), note="Under way."
    )
    draft = ClaimFactory()
    EvidenceFactory(claim=draft)
    return {"published": published, "draft": draft, "follow_up": follow_up}


# --- 1. CSV imports: a contributor's changed row of published content is refused, naming row and field ----------
def test_a_contributor_cannot_change_a_published_claim_by_csv(register, contributor):
    claim = register["published"]
    before = snapshot()
    report = importer.import_file(
        "claims", edited("claims", claim, text="Rewritten by a contributor"), user=contributor
    )
    assert not report.ok
    (error,) = report.errors
    assert (error.row, error.column) == (2, "text")
    assert REFUSED in error.message and claim.ref in error.message
    assert snapshot() == before


def test_a_contributor_changes_a_draft_by_csv(register, contributor):
    draft = register["draft"]
    report = importer.import_file("claims", edited("claims", draft, text="Reworded draft"), user=contributor)
    assert report.ok, report.errors
    assert Claim.objects.get(pk=draft.pk).text == "Reworded draft"


def test_the_admin_import_names_the_row_and_field(register, contributor_client):
    claim = register["published"]
    before = snapshot()
    page = contributor_client.post(
        reverse("admin:claims_claim_import"),
        {
            "format": "0",
            "resource": "0",
            "import_file": SimpleUploadedFile("claims.csv", edited("claims", claim, speaker="Someone else")),
        },
    )
    assert page.status_code == 200
    (invalid,) = page.context["result"].invalid_rows
    assert invalid.number == 2
    assert REFUSED in invalid.error_dict["speaker"][0]
    assert "confirm_form" not in page.context
    assert snapshot() == before


def test_an_editors_csv_change_to_a_published_claim_is_an_update_on_the_record(register, editor):
    claim = register["published"]
    data = edited("claims", claim, quote="The corrected quotation.", change_note="Quotation checked against audio.")
    report = importer.import_file("claims", data, user=editor)
    assert report.ok, report.errors
    event = ClaimEvent.objects.filter(claim=claim, kind=ClaimEvent.Kind.UPDATE).get()
    assert event.note == "Quotation checked against audio."
    assert [(c["field"], c["after"]) for c in event.changes] == [("quote", "The corrected quotation.")]
    assert event.changes[0]["before"] == claim.quote


# --- the same for every CSV table: a changed row of a published object, as a contributor --------------------------
def _published_evidence(register):
    return register["published"].evidence.first()


def _draft_evidence(register):
    return register["draft"].evidence.first()


def _cited_source(register):
    return register["published"].article


def _uncited_source(register):
    return register["draft"].article


CSV_MATRIX = [
    # table, the published object, its change, the unpublished object (None: never changed by anyone)
    ("claims", lambda r: r["published"], {"quote": "Misquoted"}, lambda r: r["draft"]),
    ("evidence", _published_evidence, {"stance": Stance.CONTRADICTS}, _draft_evidence),
    ("evidence", _published_evidence, {"note": "Reread"}, _draft_evidence),
    ("sources", _cited_source, {"title": "A different report"}, _uncited_source),
    ("sources", _cited_source, {"url": "https://elsewhere.example.net/"}, _uncited_source),
    ("follow_ups", lambda r: r["follow_up"], {"status": "fulfilled"}, None),
]


@pytest.mark.parametrize("table, published, change, unpublished", CSV_MATRIX)
def test_every_csv_table_refuses_a_contributors_change_to_published_content(
    table, published, change, unpublished, register, contributor
):
    obj = published(register)
    before, follow_ups = snapshot(), follow_up_snapshot()
    report = importer.import_file(table, edited(table, obj, **change), user=contributor)
    assert not report.ok
    assert [(e.row, e.column) for e in report.errors] == [(2, next(iter(change)))], report.errors
    assert (snapshot(), follow_up_snapshot()) == (before, follow_ups)
    if unpublished is not None:
        draft_obj = unpublished(register)
        report = importer.import_file(table, edited(table, draft_obj, **change), user=contributor)
        assert report.ok, report.errors
        draft_obj.refresh_from_db()
        (name, value) = next(iter(change.items()))
        assert str(getattr(draft_obj, name)) == value


def test_a_contributor_cannot_add_evidence_to_a_published_claim_by_csv(register, contributor):
    claim = register["published"]
    header, _ = exported("evidence", Evidence.objects.none())
    row = dict.fromkeys(header, "")
    row.update(claim=claim.ref, source=SourceFactory().ref, stance="contradicts", quote="Not so.", paraphrased="false")
    before = snapshot()
    report = importer.import_file("evidence", as_csv(header, [row]), user=contributor)
    assert [(e.row, e.column) for e in report.errors] == [(2, "claim")]
    assert REFUSED in report.errors[0].message
    assert snapshot() == before


# --- 2. the history page's revert ---------------------------------------------------------------------------------
def revert_url(obj, version) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_simple_history", args=[obj.pk, version.history_id])


def test_a_contributor_cannot_revert_a_published_claim(register, contributor_client):
    claim = register["published"]
    first = claim.history.earliest()
    assert not first.is_published
    before = snapshot()
    page = contributor_client.get(revert_url(claim, first))
    assert page.status_code == 200 and page.context["revert_disabled"]
    data = claim_form_data(claim, text="Reverted by a contributor", seen_version=claim.version, status=claim.status)
    data["_save"] = "Save"
    response = contributor_client.post(revert_url(claim, first), data)
    assert response.status_code == 403
    assert snapshot() == before


def test_an_editors_revert_of_a_published_claim_is_an_update_on_the_record(register, editor, editor_client):
    claim = register["published"]
    first = claim.history.earliest()
    claim_text = claim.text
    services.claim_update(claim=claim, user=editor, values={"text": "Later"}, change_note="A later wording.")
    claim.refresh_from_db()
    data = claim_form_data(
        claim, text=claim_text, seen_version=claim.version, change_note="Back to the article's words."
    )
    data["_save"] = "Save"
    response = editor_client.post(revert_url(claim, first), data)
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.text == claim_text and claim.is_published
    event = ClaimEvent.objects.filter(claim=claim, kind=ClaimEvent.Kind.UPDATE).latest("at")
    assert event.note == "Back to the article's words."
    assert event.changes[0]["before"] == "Later" and event.changes[0]["after"] == claim_text


def test_a_contributor_cannot_revert_a_published_claims_evidence(register, editor, contributor_client):
    evidence = _published_evidence(register)
    services.evidence_update(
        evidence=evidence, user=editor, values={"note": "Added later"}, change_note="Context from the source."
    )
    first = evidence.history.earliest()
    before = snapshot()
    data = {
        "claim": evidence.claim_id,
        "source": evidence.source_id,
        "stance": evidence.stance,
        "quote": evidence.quote,
        "note": "",
        "seen_version": Evidence.objects.get(pk=evidence.pk).version,
        "_save": "Save",
    }
    assert contributor_client.post(revert_url(evidence, first), data).status_code == 403
    assert snapshot() == before


def test_a_recorded_check_is_not_reverted_by_anyone(register, editor_client):
    follow_up = register["follow_up"]
    first = follow_up.history.earliest()
    before = follow_up_snapshot()
    data = {"claim": follow_up.claim_id, "checked_on": "2030-01-01", "status": "fulfilled", "note": "Done."}
    data["_save"] = "Save"
    assert editor_client.post(revert_url(follow_up, first), data).status_code == 403
    assert follow_up_snapshot() == before


def test_a_contributor_cannot_revert_a_cited_source(register, contributor_client):
    source = _cited_source(register)
    first = source.history.earliest()
    before = snapshot()
    data = {
        "title": "Reverted title",
        "ref": source.ref,
        "outlet": source.outlet_id,
        "kind": source.kind,
        "url": "https://elsewhere.example.net/",
        "published_on": source.published_on.isoformat(),
        "language": source.language,
        "origin": "",
        "notes": "",
        "_save": "Save",
    }
    assert contributor_client.post(revert_url(source, first), data).status_code == 403
    assert snapshot() == before


# --- 3. the evidence pages ----------------------------------------------------------------------------------------
def evidence_form(evidence=None, **values) -> dict:
    data = {"stance": Stance.CORROBORATES, "quote": "A passage.", "note": "", "change_note": "", "paraphrased": ""}
    if evidence is not None:
        data.update(
            claim=evidence.claim_id,
            source=evidence.source_id,
            stance=evidence.stance,
            quote=evidence.quote,
            note=evidence.note,
            seen_version=evidence.version,
        )
    data.update(values)
    return data


def test_a_contributor_cannot_add_evidence_to_a_published_claim_on_the_evidence_page(register, contributor_client):
    claim, source = register["published"], SourceFactory()
    before = snapshot()
    page = contributor_client.post(
        reverse("admin:claims_evidence_add"), evidence_form(claim=claim.pk, source=source.pk)
    )
    assert page.status_code in (200, 403)
    if page.status_code == 200:
        assert REFUSED in str(page.context["adminform"].form.errors)
    assert snapshot() == before


def test_a_contributor_cannot_move_a_drafts_evidence_onto_a_published_claim(register, contributor_client):
    evidence = _draft_evidence(register)
    before = snapshot()
    page = contributor_client.post(
        reverse("admin:claims_evidence_change", args=[evidence.pk]),
        evidence_form(evidence, claim=register["published"].pk),
    )
    assert page.status_code == 200
    assert REFUSED in str(page.context["adminform"].form.errors)
    assert snapshot() == before


def test_a_contributor_cannot_change_a_published_claims_evidence_page(register, contributor_client):
    evidence = _published_evidence(register)
    before = snapshot()
    response = contributor_client.post(
        reverse("admin:claims_evidence_change", args=[evidence.pk]),
        evidence_form(evidence, stance=Stance.CONTRADICTS),
    )
    assert response.status_code == 403
    assert snapshot() == before


# --- 4. follow-ups: a recorded check is never edited, and never dated in the future ------------------------------
def test_a_recorded_check_is_never_edited_by_csv_even_by_an_editor(register, editor):
    before = follow_up_snapshot()
    report = importer.import_file(
        "follow_ups", edited("follow_ups", register["follow_up"], status="fulfilled"), user=editor
    )
    assert [(e.row, e.column) for e in report.errors] == [(2, "status")]
    assert "never edited" in report.errors[0].message
    assert follow_up_snapshot() == before


@pytest.mark.parametrize("role", ["contributor", "editor"])
def test_no_check_is_dated_in_the_future_by_csv(role, register, request):
    user = request.getfixturevalue(role)
    claim = ClaimFactory(is_commitment=True)
    future = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    header = ["claim", "checked_on", "status", "note"]
    data = as_csv(header, [{"claim": claim.ref, "checked_on": future, "status": "fulfilled", "note": "Done."}])
    report = importer.import_file("follow_ups", data, user=user)
    assert [(e.row, e.column) for e in report.errors] == [(2, "checked_on")]
    assert "future" in report.errors[0].message
    assert not FollowUp.objects.filter(claim=claim).exists()


def test_a_contributor_cannot_add_a_check_to_a_published_commitment_by_csv(register, contributor):
    claim = register["published"]
    header = ["claim", "checked_on", "status", "note"]
    data = as_csv(header, [{"claim": claim.ref, "checked_on": "2026-02-01", "status": "fulfilled", "note": "Done."}])
    before = follow_up_snapshot()
    report = importer.import_file("follow_ups", data, user=contributor)
    assert [(e.row, e.column) for e in report.errors] == [(2, "claim")]
    assert REFUSED in report.errors[0].message
    assert follow_up_snapshot() == before


def test_a_recorded_check_is_never_edited_in_the_admin(register, editor_client):
    follow_up = register["follow_up"]
    before = follow_up_snapshot()
    response = editor_client.post(
        reverse("admin:claims_followup_change", args=[follow_up.pk]),
        {"claim": follow_up.claim_id, "checked_on": "2030-01-01", "status": "fulfilled", "note": "Done."},
    )
    assert response.status_code == 403
    assert follow_up_snapshot() == before


# --- 6. a contributor never undoes an editor's verdict ------------------------------------------------------------
@pytest.fixture
def judged(editor):
    claim = ClaimFactory()
    services.claim_set_verdict(claim=claim, user=editor, status=Status.FALSE, verdict_summary="The figure is wrong.")
    claim.refresh_from_db()
    return claim


def test_a_contributor_cannot_send_an_editors_verdict_back_to_review(judged, contributor, contributor_client):
    with pytest.raises(Exception, match="editor"):
        services.claim_send_to_review(claim=judged, user=contributor)
    contributor_client.post(
        reverse("admin:claims_claim_changelist"), {"action": "send_to_review", "_selected_action": [judged.pk]}
    )
    url = reverse("admin:claims_claim_change", args=[judged.pk])
    assert contributor_client.get(url).context["adminform"].form.fields["status"].disabled
    contributor_client.post(url, claim_form_data(judged, status=Status.IN_REVIEW, seen_version=judged.version))
    report = importer.import_file("claims", edited("claims", judged, status=Status.IN_REVIEW), user=contributor)
    assert [(e.row, e.column) for e in report.errors] == [(2, "status")]
    assert "only editors change or undo a verdict" in report.errors[0].message
    assert Claim.objects.get(pk=judged.pk).status == Status.FALSE
    assert not ClaimEvent.objects.filter(claim=judged, to_status=Status.IN_REVIEW).exists()


def test_the_import_command_applies_the_same_rules(register, contributor, tmp_path):
    from django.core.management import CommandError, call_command

    path = tmp_path / "claims.csv"
    path.write_bytes(edited("claims", register["published"], text="Rewritten by a contributor"))
    before = snapshot()
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was written"):
        call_command("import_register", "claims", str(path), user=contributor.username, stderr=err)
    assert "row 2, column 'text'" in err.getvalue() and REFUSED in err.getvalue()
    assert snapshot() == before


def test_an_editor_sends_a_verdict_back_to_review(judged, editor):
    services.claim_send_to_review(claim=judged, user=editor)
    assert Claim.objects.get(pk=judged.pk).status == Status.IN_REVIEW


def test_a_contributor_still_moves_a_claim_between_the_working_statuses(contributor):
    claim = ClaimFactory()
    services.claim_send_to_review(claim=claim, user=contributor)
    services.claim_set_verdict(claim=claim, user=contributor, status=Status.UNVERIFIED)
    assert Claim.objects.get(pk=claim.pk).status == Status.UNVERIFIED


# --- 7. the evidence page keeps a published claim's independent evidence ------------------------------------------
def test_the_evidence_page_refuses_pointing_the_last_independent_evidence_at_the_claims_own_article(
    editor, editor_client
):
    claim = ClaimFactory()
    publish(claim, editor=editor)
    (evidence,) = claim.evidence.all()
    before = snapshot()
    page = editor_client.post(
        reverse("admin:claims_evidence_change", args=[evidence.pk]),
        evidence_form(evidence, source=claim.article_id, stance=Stance.CONTEXT, change_note="Same article."),
    )
    assert page.status_code == 200
    assert "would lose its last evidence from another source" in str(page.context["adminform"].form.errors)
    assert snapshot() == before
    assert Evidence.objects.get(pk=evidence.pk).source_id != claim.article_id
    assert Source.objects.filter(pk=claim.article_id).exists()


# --- 5. sources a published claim cites: editors change them on the record, contributors propose ------------------
def form_data(page, **changes) -> dict:
    """What the admin page's form would post unchanged (its inlines' management forms included), with `changes`."""
    form = page.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if value is None or field.disabled:
            continue
        data[name] = value.isoformat() if hasattr(value, "isoformat") else value
    for inline in page.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        data.update({f"{management.prefix}-{name}": management[name].value() for name in management.fields})
        data[f"{management.prefix}-TOTAL_FORMS"] = "0"
    data.update(changes)
    return data


def test_a_contributor_sees_a_cited_source_read_only_and_is_offered_a_proposal(register, contributor_client):
    source = _cited_source(register)
    url = reverse("admin:sources_source_change", args=[source.pk])
    page = contributor_client.get(url)
    assert page.status_code == 200
    assert f"{reverse('admin:sources_sourcechangeproposal_add')}?source={source.pk}" in page.content.decode()
    assert not {"title", "url", "ref", "outlet", "origin"} & set(page.context["adminform"].form.fields)
    # The fields a browser could not send are ignored; the desk's own notes, which readers never see, and the
    # claims logged from the article are still saved.
    data = form_data(page, title="Retitled", url="https://elsewhere.example.net/", notes="The archive moved.")
    (inline,) = page.context["inline_admin_formsets"]
    prefix, n = inline.formset.prefix, len(inline.formset.initial_forms)
    data.update(
        {
            f"{prefix}-TOTAL_FORMS": str(n + 1),
            f"{prefix}-{n}-visit": register["published"].visit_id,
            f"{prefix}-{n}-speaker": "Masoud Pezeshkian",
            f"{prefix}-{n}-topic": register["published"].topic,
            f"{prefix}-{n}-text": "A second statement from the same article",
            f"{prefix}-{n}-quote": "The words of the second statement.",
        }
    )
    before = Source.objects.filter(pk=source.pk).values().get()
    response = contributor_client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    assert Source.objects.filter(pk=source.pk).values().get() == {**before, "notes": "The archive moved."}
    assert Claim.objects.filter(article=source, text="A second statement from the same article").exists()


def test_a_contributor_still_corrects_a_source_no_published_claim_cites(register, contributor_client):
    source = _uncited_source(register)
    url = reverse("admin:sources_source_change", args=[source.pk])
    response = contributor_client.post(url, form_data(contributor_client.get(url), title="Corrected title"))
    assert response.status_code == 302
    assert Source.objects.get(pk=source.pk).title == "Corrected title"


def test_an_editors_change_to_a_cited_source_needs_a_reason_and_is_an_update_on_the_record(register, editor_client):
    source, claim = _cited_source(register), register["published"]
    old_title = source.title
    url = reverse("admin:sources_source_change", args=[source.pk])
    refused = editor_client.post(url, form_data(editor_client.get(url), title="Retitled by the outlet"))
    assert refused.status_code == 200
    assert "give the reason" in str(refused.context["adminform"].form.errors)
    assert Source.objects.get(pk=source.pk).title == old_title
    data = form_data(editor_client.get(url), title="Retitled by the outlet", change_note="The outlet changed it.")
    assert editor_client.post(url, data).status_code == 302
    assert Source.objects.get(pk=source.pk).title == "Retitled by the outlet"
    event = ClaimEvent.objects.get(claim=claim, kind=ClaimEvent.Kind.UPDATE)
    assert event.note == "The outlet changed it."
    assert event.changes == [
        {"field": "title", "label": "Source: title", "before": old_title, "after": "Retitled by the outlet"}
    ]


def test_an_editors_csv_change_to_a_cited_source_is_an_update_on_the_record(register, editor):
    source, claim = _cited_source(register), register["published"]
    refused = importer.import_file("sources", edited("sources", source, url="https://moved.example.net/a"), user=editor)
    assert [(e.row, e.column) for e in refused.errors] == [(2, "change_note")]
    data = edited("sources", source, url="https://moved.example.net/a", change_note="The outlet moved its archive.")
    report = importer.import_file("sources", data, user=editor)
    assert report.ok, report.errors
    event = ClaimEvent.objects.get(claim=claim, kind=ClaimEvent.Kind.UPDATE)
    assert (event.note, event.changes[0]["after"]) == ("The outlet moved its archive.", "https://moved.example.net/a")


def test_a_contributors_proposal_is_applied_by_an_editor_on_the_record(register, editor_client, contributor, editor):
    from sources.models import SourceChangeProposal

    contributor_client = Client()
    contributor_client.force_login(contributor)
    source, claim = _cited_source(register), register["published"]
    old_title = source.title
    add = reverse("admin:sources_sourcechangeproposal_add")
    assert f'value="{source.pk}" selected' in contributor_client.get(f"{add}?source={source.pk}").content.decode()
    response = contributor_client.post(
        add,
        {"source": source.pk, "title": "The outlet's corrected headline", "url": "", "reason": "Headline corrected."},
    )
    assert response.status_code == 302
    proposal = SourceChangeProposal.objects.get()
    assert (proposal.status, proposal.proposed_by) == ("pending", contributor)
    assert Source.objects.get(pk=source.pk).title == old_title
    decide = reverse("admin:sources_sourcechangeproposal_decide", args=[proposal.pk])
    assert contributor_client.post(decide, {"_apply": "1", "note": ""}).status_code == 403
    assert Source.objects.get(pk=source.pk).title == old_title

    listing = editor_client.get(reverse("admin:sources_sourcechangeproposal_changelist"))
    assert decide in listing.content.decode()
    assert editor_client.post(decide, {"_apply": "1", "note": ""}).status_code == 302
    assert Source.objects.get(pk=source.pk).title == "The outlet's corrected headline"
    proposal.refresh_from_db()
    assert (proposal.status, proposal.decided_by) == ("applied", editor)
    event = ClaimEvent.objects.get(claim=claim, kind=ClaimEvent.Kind.UPDATE)
    assert (event.note, event.user, event.changes[0]["after"]) == (
        "Headline corrected.",
        editor,
        "The outlet's corrected headline",
    )
    again = editor_client.post(decide, {"_apply": "1", "note": ""})
    assert again.status_code == 200 and "applied already" in str(again.context["form"].errors)


def test_a_turned_down_proposal_changes_nothing_and_says_why(register, contributor, editor_client):
    from claims.services.sources import source_change_propose

    source = _cited_source(register)
    proposal = source_change_propose(source=source, user=contributor, url="https://elsewhere.example.net/", reason="x")
    before = snapshot()
    decide = reverse("admin:sources_sourcechangeproposal_decide", args=[proposal.pk])
    unexplained = editor_client.post(decide, {"_reject": "1", "note": ""})
    assert "Say why" in str(unexplained.context["form"].errors)
    assert editor_client.post(decide, {"_reject": "1", "note": "The old address still works."}).status_code == 302
    proposal.refresh_from_db()
    assert (proposal.status, proposal.decision_note) == ("rejected", "The old address still works.")
    assert snapshot() == before


def test_the_methodology_says_who_changes_a_cited_source(client):
    page = client.get(reverse("claims:methodology"))
    assert "proposes the change" in page.content.decode()


@pytest.mark.parametrize("count", [2, 20])
def test_the_proposals_list_costs_the_same_whatever_its_length(
    count, register, contributor, editor_client, django_assert_max_num_queries
):
    from claims.services.sources import source_change_propose

    for n in range(count):
        source = SourceFactory()
        source_change_propose(source=source, user=contributor, title=f"Corrected title {n}", reason="Headline fixed.")
    with django_assert_max_num_queries(12):
        page = editor_client.get(reverse("admin:sources_sourcechangeproposal_changelist"))
    assert page.content.decode().count("Apply or turn down") == count
