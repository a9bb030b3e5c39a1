"""The editors' desk: the admin's first page counts what needs someone and links to it; claims are assigned
and carry internal notes without the public seeing it; an unpublished claim's page can be previewed."""

import datetime
import html
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from claims import services
from claims.models import Claim, ClaimEvent, ClaimNote, Status
from claims.services import core
from claims.services.notes import NoteWriter
from factregister.models import PublicChange
from sources.models import SourceChangeProposal
from tests.admin_helpers import claim_form_data, messages_of
from tests.factories import ClaimFactory, FollowUpFactory, SourceFactory, UserFactory, commitment, publish

pytestmark = pytest.mark.django_db

INDEX = "/admin/"
CLAIMS = "/admin/claims/claim/"
ITEM = re.compile(
    r'<a href="([^"]+)"><span class="desk-count">(\d+)</span> <span class="desk-label">([^<]+)</span></a>'
)


def desk(client) -> dict[str, tuple[int, str]]:
    """The desk on the admin's first page: each item's label, its count and its link, as the page shows them."""
    response = client.get(INDEX)
    assert response.status_code == 200
    return {label: (int(count), html.unescape(url)) for url, count, label in ITEM.findall(response.content.decode())}


def listed(client, url) -> set[str]:
    """The refs on the claim list at `url`."""
    response = client.get(url)
    assert response.status_code == 200, url
    return {claim.ref for claim in response.context["cl"].result_list}


@pytest.fixture
def needs(editor, contributor):
    """A register with one of each thing that needs someone, and the same number of things that do not."""
    in_review = ClaimFactory(ref="in-review", status=Status.IN_REVIEW, quote_found=False)
    mine = ClaimFactory(ref="mine", assigned_to=editor)
    ClaimFactory(ref="theirs", assigned_to=contributor)
    ClaimFactory(ref="draft-quote-not-found", quote_found=False)  # not live yet: a draft
    published = publish(ClaimFactory(ref="published-quote"), editor=editor)
    Claim.objects.filter(pk=published.pk).update(quote_found=False)  # the kept copy changed since
    due = commitment(ref="due", due=datetime.date(2025, 1, 31))
    kept = commitment(ref="kept", due=datetime.date(2025, 1, 31))
    FollowUpFactory(claim=kept, status="fulfilled", checked_on=datetime.date(2025, 2, 1))
    commitment(ref="not-yet-due", due=datetime.date(2099, 1, 1))
    source = SourceFactory()
    SourceChangeProposal.objects.create(source=source, title="A better title", reason="The outlet changed it.")
    SourceChangeProposal.objects.create(
        source=source, title="Done", reason="Applied already.", status=SourceChangeProposal.Status.APPLIED
    )
    return {"in_review": in_review, "mine": mine, "due": due}


def test_the_desk_counts_what_needs_someone_and_links_to_exactly_those(editor_client, needs):
    items = desk(editor_client)
    assert {label: count for label, (count, _) in items.items()} == {
        "Claims in review": 1,
        "Claims assigned to me": 1,
        "Quotes not found (published or in review)": 2,
        "Commitments due for a follow-up": 1,
        "Published translations out of date": 0,
        "Translations waiting for review": 0,
        "Source change proposals waiting": 1,
        "Published claims whose speaker is not yet an entity": 1,
    }
    assert listed(editor_client, items["Claims in review"][1]) == {"in-review"}
    assert listed(editor_client, items["Claims assigned to me"][1]) == {"mine"}
    assert listed(editor_client, items["Quotes not found (published or in review)"][1]) == {
        "in-review",
        "published-quote",
    }
    assert listed(editor_client, items["Commitments due for a follow-up"][1]) == {"due"}
    assert listed(editor_client, items["Published claims whose speaker is not yet an entity"][1]) == {"published-quote"}
    proposals = editor_client.get(items["Source change proposals waiting"][1])
    assert [p.title for p in proposals.context["cl"].result_list] == ["A better title"]


def test_the_desk_costs_the_same_queries_whatever_the_register_holds(editor_client, editor, needs):
    editor_client.get(INDEX)  # the session and the permissions read once
    with CaptureQueriesContext(connection) as small:
        editor_client.get(INDEX)
    for n in range(25):
        ClaimFactory(status=Status.IN_REVIEW, assigned_to=editor, quote_found=False)
        commitment(due=datetime.date(2025, 1, 1) + datetime.timedelta(days=n))
    with CaptureQueriesContext(connection) as large:
        editor_client.get(INDEX)
    assert len(large.captured_queries) == len(small.captured_queries)
    assert desk(editor_client)["Claims assigned to me"][0] == 26


def test_assigning_a_published_claim_moves_nothing_the_public_sees(editor, contributor):
    claim = publish(ClaimFactory(), editor=editor)
    before = Claim.objects.get(pk=claim.pk)
    stamps, events = PublicChange.objects.count(), ClaimEvent.objects.count()
    outcome = services.claims_assign([claim], user=editor, assignee=editor)
    assert len(outcome.done) == 1 and not outcome.refused
    after = Claim.objects.get(pk=claim.pk)
    assert after.assigned_to == editor
    assert after.updated_at == before.updated_at  # the API's, the sitemap's and the page's date
    assert PublicChange.objects.count() == stamps  # the freshness stamp (ETag, Last-Modified)
    assert ClaimEvent.objects.count() == events  # nothing on the public record
    assert after.version == before.version + 1  # a form opened before the assignment cannot undo it
    # A change the public sees still moves them.
    services.claim_update(claim=after, user=editor, values={"speaker": "Another speaker"}, change_note="Misnamed.")
    assert PublicChange.objects.count() > stamps
    assert Claim.objects.get(pk=claim.pk).updated_at > before.updated_at


def test_a_claim_is_assigned_only_to_an_active_staff_account(editor_client, editor):
    claim = ClaimFactory()
    outsider = UserFactory(username="reader", is_staff=False)
    outcome = services.claims_assign([claim], user=editor, assignee=outsider)
    assert not outcome.done and "not an active staff account" in str(outcome.refused)
    # The form offers only staff accounts, and an outsider's id is refused on the field with the input kept.
    url = f"{CLAIMS}{claim.pk}/change/"
    response = editor_client.post(url, claim_form_data(claim, assigned_to=outsider.pk, seen_version=claim.version))
    assert response.status_code == 200
    assert "assigned_to" in response.context["adminform"].form.errors
    assert Claim.objects.get(pk=claim.pk).assigned_to is None
    response = editor_client.post(url, claim_form_data(claim, assigned_to=editor.pk, seen_version=claim.version))
    assert response.status_code == 302, messages_of(response)
    assert Claim.objects.get(pk=claim.pk).assigned_to == editor


def test_assign_to_me_action(editor_client, editor):
    claims = [ClaimFactory(), ClaimFactory()]
    response = editor_client.post(
        CLAIMS, {"action": "assign_to_me", "_selected_action": [c.pk for c in claims]}, follow=True
    )
    assert any("Assigned 2 claim(s)" in m for m in messages_of(response))
    assert Claim.objects.filter(assigned_to=editor).count() == 2


def test_an_editor_adds_a_note_on_the_claim_page_and_notes_are_never_changed(editor_client, editor):
    claim = publish(ClaimFactory(), editor=editor)
    stamps = PublicChange.objects.count()
    url = f"{CLAIMS}{claim.pk}/change/"
    data = claim_form_data(claim, seen_version=claim.version)
    data.update({"notes-TOTAL_FORMS": "1", "notes-0-text": "Ask the ministry for the customs table."})
    response = editor_client.post(url, data)
    assert response.status_code == 302, messages_of(response)
    note = ClaimNote.objects.get(claim=claim)
    assert (note.author, note.text) == (editor, "Ask the ministry for the customs table.")
    assert PublicChange.objects.count() == stamps
    page = editor_client.get(url).content.decode()
    assert "Ask the ministry for the customs table." in page
    assert "Internal notes (seen only by the desk" in page

    # The inline shows the note read-only: a posted change to it is not written.
    claim.refresh_from_db()
    data = claim_form_data(claim, seen_version=claim.version)
    data.update(
        {"notes-TOTAL_FORMS": "1", "notes-INITIAL_FORMS": "1", "notes-0-id": note.pk, "notes-0-text": "Rewritten."}
    )
    editor_client.post(url, data)
    assert ClaimNote.objects.get(pk=note.pk).text == "Ask the ministry for the customs table."
    # And the write core refuses to change or delete a stored note whoever asks.
    with pytest.raises(ValidationError, match="kept as it was written"):
        core.apply_one(NoteWriter(user=editor), core.Change(target=note, values={"text": "Rewritten."}))
    with pytest.raises(ValidationError, match="kept as it was written"):
        core.apply_one(NoteWriter(user=editor), core.Change(target=note, delete=True))


def test_an_empty_note_is_refused_and_writes_nothing(editor):
    claim = ClaimFactory()
    with pytest.raises(ValidationError):
        services.note_add(claim=claim, user=editor, text="   ")
    assert not ClaimNote.objects.exists()


def test_the_preview_shows_an_unpublished_claims_page_to_the_staff_only(editor_client, editor):
    claim = ClaimFactory(text="A statement still being checked")
    url = f"{CLAIMS}{claim.pk}/preview/"
    anonymous = Client()
    assert anonymous.get(url).status_code == 302  # to the login page
    response = editor_client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Not published." in page and "A statement still being checked" in page
    assert "no-cache" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert "ClaimReview" not in page
    # "View on site" on the claim's admin page opens the preview while the claim is unpublished...
    change = editor_client.get(f"{CLAIMS}{claim.pk}/change/").content.decode()
    assert f'href="{url}"' in change
    assert claim.ref not in anonymous.get("/sitemap.xml").content.decode()
    # ...and the public page once it is published.
    publish(claim, editor=editor)
    assert editor_client.get(url)["Location"] == f"/claims/{claim.ref}/"
    assert f'href="{url}"' not in editor_client.get(f"{CLAIMS}{claim.pk}/change/").content.decode()


def test_the_claim_list_puts_the_claims_worked_on_last_first(editor_client, editor):
    older = ClaimFactory(ref="older")
    ClaimFactory(ref="newer")
    services.claim_send_to_review(claim=older, user=editor)
    refs = [claim.ref for claim in editor_client.get(CLAIMS).context["cl"].result_list]
    assert refs == ["older", "newer"]


def test_the_source_autocomplete_names_the_outlet_and_the_date(editor_client, django_assert_max_num_queries):
    from tests.factories import OutletFactory

    title = "Tokayev and Pezeshkian sign transport roadmap"
    SourceFactory(title=title, outlet=OutletFactory(name="Kazinform"), published_on=datetime.date(2025, 12, 11))
    SourceFactory(title=title, outlet=OutletFactory(name="Tasnim"), published_on=datetime.date(2025, 12, 12))
    SourceFactory(title=title, outlet=None, published_on=None)
    for _ in range(10):
        SourceFactory(title=title)
    query = {"term": "roadmap", "app_label": "claims", "model_name": "claim", "field_name": "article"}
    with django_assert_max_num_queries(8):
        response = editor_client.get("/admin/autocomplete/", query)
    assert response.status_code == 200
    labels = {result["text"] for result in response.json()["results"]}
    assert f"{title} — Kazinform, 11 Dec 2025" in labels
    assert f"{title} — Tasnim, 12 Dec 2025" in labels
    assert f"{title} — no outlet, undated" in labels
    # The public name of a source stays its title.
    assert str(SourceFactory(title=title)) == title


def test_the_single_claim_unpublish_page_speaks_of_this_claim(editor_client, editor):
    claim = publish(ClaimFactory(), editor=editor)
    page = editor_client.get(f"{CLAIMS}{claim.pk}/unpublish/").content.decode()
    assert "This claim:" in page and "These claims:" not in page
    other = publish(ClaimFactory(), editor=editor)
    page = editor_client.post(
        CLAIMS, {"action": "unpublish", "_selected_action": [claim.pk, other.pk]}
    ).content.decode()
    assert "These claims:" in page
