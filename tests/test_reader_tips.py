"""A reader sends us a claim to check, over HTTP, and editors triage it; bad input gets a clear answer and
nothing harmful is stored."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from claims.models import Tip, TipStatus
from claims.tips.services import tip_decide, tip_receive
from claims.tips.views import TIP_LIMIT
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

GOOD = {
    "statement": "The trade turnover reached five billion dollars last year.",
    "where_said": "A minister, on state television, on 12 May",
    "link": "https://example.org/report",
    "language": "ru",
    "contact": "reader@example.org",
    "website": "",
}


def reader(address: str = "198.51.100.7") -> Client:
    return Client(REMOTE_ADDR=address)


@pytest.mark.parametrize("prefix", ["", "/fa", "/ru", "/kk"])
def test_the_form_is_offered_in_every_interface_language(prefix):
    response = reader().get(f"{prefix}/send-a-claim/")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="statement"' in body and 'name="website"' in body and "csrfmiddlewaretoken" in body
    # The reader's language is chosen for them from the page's.
    assert f'<option value="{prefix.strip("/") or "en"}" selected>' in body


def test_a_good_tip_is_stored_and_answered_with_its_reference():
    response = reader().post("/send-a-claim/", GOOD)
    assert response.status_code == 200
    tip = Tip.objects.get()
    assert tip.reference in response.content.decode()
    assert tip.reference.startswith("TIP-") and len(tip.reference) == 13
    assert (tip.statement, tip.where_said, tip.link, tip.language, tip.contact) == (
        GOOD["statement"],
        GOOD["where_said"],
        GOOD["link"],
        "ru",
        "reader@example.org",
    )
    assert tip.status == TipStatus.NEW and tip.decided_by is None


def test_the_answer_is_in_the_readers_language():
    response = reader().post("/ru/send-a-claim/", GOOD)
    assert response.status_code == 200
    assert "Спасибо" in response.content.decode()


def test_markup_is_kept_as_text_and_shown_escaped(editor_client):
    markup = '<script>alert("x")</script><b>bold</b>'
    response = reader().post("/send-a-claim/", {**GOOD, "statement": markup, "where_said": "<img src=x onerror=1>"})
    assert response.status_code == 200
    tip = Tip.objects.get()
    assert tip.statement == markup  # nothing an editor should see is lost...
    page = editor_client.get(f"/admin/claims/tip/{tip.pk}/change/").content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page  # ...and it is never run as markup
    assert "<script>alert" not in page and "<img src=x" not in page


def test_a_filled_honeypot_is_refused_and_nothing_is_stored():
    response = reader().post("/send-a-claim/", {**GOOD, "website": "https://spam.example"})
    assert response.status_code == 400
    assert "filled in by a program" in response.content.decode()
    assert not Tip.objects.exists()


def test_too_long_fields_are_refused_by_name():
    response = reader().post("/send-a-claim/", {**GOOD, "statement": "a" * 2001})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Nothing was sent" in body and "2000 characters or fewer (this has 2001)" in body
    assert not Tip.objects.exists()


def test_a_huge_post_is_refused_before_it_is_read():
    response = reader().post("/send-a-claim/", {**GOOD, "statement": "a" * 100_000})
    assert response.status_code == 413
    assert "too large for this form" in response.content.decode()
    assert not Tip.objects.exists()


def test_binary_text_and_files_are_refused():
    client = reader()
    controls = client.post("/send-a-claim/", {**GOOD, "statement": "PK\x03\x04\x14\x00binary\x1b[0m"})
    assert controls.status_code == 400
    assert "not text: please send plain text only" in controls.content.decode()
    nul = client.post("/send-a-claim/", {**GOOD, "statement": "before\x00after"})
    assert nul.status_code == 400  # refused for every view (factregister.badinput)
    with open(__file__, "rb") as handle:
        upload = client.post("/send-a-claim/", {**GOOD, "attachment": handle})
    assert upload.status_code == 400
    assert "files are not accepted" in upload.content.decode()
    assert not Tip.objects.exists()


def test_a_flood_from_one_address_is_throttled_and_others_still_get_through():
    flooder = reader("203.0.113.9")
    for _ in range(TIP_LIMIT):
        assert flooder.post("/send-a-claim/", GOOD).status_code == 200
    refused = flooder.post("/send-a-claim/", GOOD)
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    assert "wait an hour" in refused.content.decode()
    assert Tip.objects.count() == TIP_LIMIT
    assert reader("203.0.113.10").post("/send-a-claim/", GOOD).status_code == 200


def test_a_missing_statement_names_the_field():
    response = reader().post("/send-a-claim/", {**GOOD, "statement": "", "link": "not an address"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Tell us what was said." in body and "Enter a web address" in body
    assert not Tip.objects.exists()


# --- the editors' triage, through the core -----------------------------------------------------------------
@pytest.fixture
def tip():
    return tip_receive(statement="Said on air", where_said="Radio", language="en")


def test_an_editor_declines_a_tip_only_with_a_reason(editor_client, editor, tip):
    url = f"/admin/claims/tip/{tip.pk}/change/"
    page = editor_client.get(url)
    assert "Open a new claim with this statement" in page.content.decode()
    refused = editor_client.post(url, {"status": "declined", "reason": ""})
    assert refused.status_code == 200 and "Say why the tip is declined." in refused.content.decode()
    done = editor_client.post(url, {"status": "declined", "reason": "Not about the visits."})
    assert done.status_code == 302
    tip.refresh_from_db()
    assert (tip.status, tip.reason, tip.decided_by) == ("declined", "Not about the visits.", editor)


def test_log_as_claim_opens_the_add_claim_form_prefilled(editor_client, tip):
    page = editor_client.get(f"/admin/claims/tip/{tip.pk}/change/").content.decode()
    assert "/admin/claims/claim/add/?text=Said+on+air" in page
    form = editor_client.get("/admin/claims/claim/add/?text=Said+on+air").content.decode()
    assert "Said on air</textarea>" in form


def test_a_tip_is_logged_as_a_claim_or_marked_a_duplicate(editor, tip):
    claim = ClaimFactory()
    with pytest.raises(ValidationError, match="Choose the claim"):
        tip_decide(tip=tip, user=editor, status="logged")
    tip = tip_decide(tip=tip, user=editor, status="logged", claim=claim)
    assert Tip.objects.get(pk=tip.pk).claim == claim
    other = tip_receive(statement="Said again", where_said="TV", language="fa")
    with pytest.raises(ValidationError, match="one of them"):
        tip_decide(tip=other, user=editor, status="duplicate")
    with pytest.raises(ValidationError, match="itself"):
        tip_decide(tip=other, user=editor, status="duplicate", duplicate_of=other)
    tip_decide(tip=other, user=editor, status="duplicate", duplicate_of=tip)
    assert Tip.objects.get(pk=other.pk).duplicate_of == tip


def test_what_the_reader_sent_is_never_edited_and_only_editors_triage(editor, contributor, tip):
    with pytest.raises(ValueError):
        tip_decide(tip=tip, user=editor, statement="Changed")
    with pytest.raises(PermissionDenied):
        tip_decide(tip=tip, user=contributor, status="declined", reason="No")
    assert Tip.objects.get(pk=tip.pk).status == TipStatus.NEW


def test_tips_are_not_added_or_deleted_in_the_admin(editor_client, tip):
    assert editor_client.get("/admin/claims/tip/add/").status_code == 403
    assert editor_client.get(f"/admin/claims/tip/{tip.pk}/delete/").status_code == 403


def test_receiving_a_tip_does_not_move_the_public_stamp(client):
    from factregister.publiccache import register_last_modified

    before = register_last_modified()
    tip_receive(statement="x", where_said="y", language="kk")
    assert register_last_modified() == before


def test_a_post_larger_than_django_reads_is_answered_before_it_is_read():
    client = Client(enforce_csrf_checks=True, REMOTE_ADDR="198.51.100.8")
    client.get("/send-a-claim/")
    token = client.cookies["csrftoken"].value
    response = client.post("/send-a-claim/", {**GOOD, "statement": "a" * 3_000_000, "csrfmiddlewaretoken": token})
    assert response.status_code == 413
    assert "too large for this form" in response.content.decode()
    # The form's own CSRF check still holds for what is read.
    assert client.post("/send-a-claim/", GOOD).status_code == 403
    assert client.post("/send-a-claim/", {**GOOD, "csrfmiddlewaretoken": token}).status_code == 200
    assert Tip.objects.count() == 1


def test_a_taken_reference_is_drawn_again(monkeypatch):
    first = tip_receive(statement="One", where_said="Radio", language="en")
    drawn = iter([first.reference, "TIP-AAAA-CCCC"])
    monkeypatch.setattr("claims.tips.services.new_reference", lambda: next(drawn))
    second = tip_receive(statement="Two", where_said="Radio", language="en")
    assert second.reference == "TIP-AAAA-CCCC"
