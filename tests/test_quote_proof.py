"""Every quote proven: a claim's or a piece of evidence's quote is checked against the kept copy of its source on
save, on import and by `check_quotes`; publishing a claim whose quote is not found needs an editor's reason."""

import html
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from claims import services
from claims.models import Claim, ClaimEvent, Evidence, Stance, Status
from claims.services import copy_keep, system_user
from csvio import importer as importing
from intake.fetch import from_paste
from intake.services import article_intake, copy_remove
from sources.models import CopyHow
from tests.csv_helpers import CLAIM_HEADER, csv_bytes
from tests.factories import ClaimFactory, SourceFactory, VisitFactory

pytestmark = pytest.mark.django_db

EVIDENCE_HEADER = "claim,source,stance,quote,note"
ARTICLE = (
    "ASTANA – Kazakh President Kassym-Jomart Tokayev said trade grew by 40%   over ten months.\n\n"
    "He added that “approximately 700 Iranian companies operate in Kazakhstan.”\n"
)
FOUND = 'He added that "approximately 700 Iranian companies operate in Kazakhstan."'  # plain marks
SPACED = "Kassym-Jomart Tokayev said trade grew by 40% over\nten months."  # other whitespace
TAMPERED = "He added that “approximately 900 Iranian companies operate in Kazakhstan.”"


@pytest.fixture
def article(db):
    source = SourceFactory(ref="presstv-trade", title="Press TV on trade")
    copy_keep(source=source, text=ARTICLE, how=CopyHow.PASTE, user=system_user())
    return source


def new_claim(article, editor, quote: str, ref: str = "companies") -> Claim:
    claim = ClaimFactory.build(ref=ref, article=article, visit=VisitFactory(), quote=quote)
    return services.claim_create(claim=claim, user=editor)


def ready(claim: Claim, editor) -> Claim:
    """Evidence from another source and a verdict: everything publishing needs but the quote."""
    services.evidence_add(
        claim=claim, user=editor, source=SourceFactory(), stance=Stance.CORROBORATES, quote="A customs table."
    )
    return services.claim_set_verdict(claim=claim, user=editor, status=Status.VERIFIED, verdict_summary="It holds.")


# --- Checked on every save ---------------------------------------------------------------------
def test_a_quote_is_found_whatever_its_whitespace_and_quote_marks_but_not_with_a_word_changed(article, editor):
    assert new_claim(article, editor, FOUND).quote_found is True
    assert new_claim(article, editor, SPACED, ref="trade").quote_found is True
    assert new_claim(article, editor, TAMPERED, ref="tampered").quote_found is False
    assert new_claim(article, editor, 'He added that "approximately 700', ref="part").quote_found is True
    assert new_claim(article, editor, "He added that approximately 700", ref="unmarked").quote_found is False
    assert new_claim(article, editor, "he added that approximately 700", ref="case").quote_found is False
    assert new_claim(SourceFactory(), editor, TAMPERED, ref="no-copy").quote_found is None


def test_editing_the_quote_or_the_article_checks_it_again(article, editor):
    claim = new_claim(article, editor, FOUND)
    services.claim_update(claim=claim, user=editor, values={"quote": TAMPERED})
    assert Claim.objects.get(pk=claim.pk).quote_found is False
    services.claim_update(claim=claim, user=editor, values={"article": SourceFactory()})
    assert Claim.objects.get(pk=claim.pk).quote_found is None


def test_evidence_quotes_are_checked_and_paraphrases_are_not(article, editor):
    claim = new_claim(SourceFactory(), editor, "Any sentence at all.")
    found = services.evidence_add(claim=claim, user=editor, source=article, stance=Stance.CORROBORATES, quote=SPACED)
    wrong = services.evidence_add(claim=claim, user=editor, source=article, stance=Stance.CONTEXT, quote=TAMPERED)
    assert (found.quote_found, wrong.quote_found) == (True, False)
    services.evidence_update(evidence=wrong, user=editor, values={"paraphrased": True})
    assert Evidence.objects.get(pk=wrong.pk).quote_found is None


def test_keeping_or_dropping_a_copy_checks_the_quotes_citing_the_source_again(editor):
    source = SourceFactory()
    claim = new_claim(source, editor, FOUND)
    assert claim.quote_found is None
    copy, _ = article_intake(source=source, received=from_paste(ARTICLE), user=editor)
    assert Claim.objects.get(pk=claim.pk).quote_found is True
    article_intake(source=source, received=from_paste("A different text altogether."), user=editor)
    assert Claim.objects.get(pk=claim.pk).quote_found is False
    copy.refresh_from_db()
    copy_remove(copy=copy, user=editor)
    assert Claim.objects.get(pk=claim.pk).quote_found is None


# --- Checked on import ---------------------------------------------------------------------------
def test_an_import_checks_each_quote_and_refuses_to_publish_one_not_found(article, editor):
    VisitFactory(ref="astana")
    rows = [
        f'found,presstv-trade,astana,"Tokayev",Companies,"{SPACED}",trade,unverified,,false',
        f'not-found,presstv-trade,astana,"Tokayev",Companies,"{TAMPERED}",trade,unverified,,false',
    ]
    report = importing.import_file("claims", csv_bytes(CLAIM_HEADER, *rows), user=editor)
    assert report.ok, report.errors
    assert dict(Claim.objects.values_list("ref", "quote_found")) == {"found": True, "not-found": False}
    other = SourceFactory(ref="customs")
    quoted = FOUND.replace('"', '""')
    evidence = ['not-found,customs,corroborates,"A customs table.",', f'found,presstv-trade,context,"{quoted}",']
    assert importing.import_file("evidence", csv_bytes(EVIDENCE_HEADER, *evidence), user=editor).ok
    assert Evidence.objects.get(source=article).quote_found is True
    assert Evidence.objects.get(source=other).quote_found is None
    publish = f'not-found,presstv-trade,astana,"Tokayev",Companies,"{TAMPERED}",trade,verified,It holds.,true'
    report = importing.import_file("claims", csv_bytes(CLAIM_HEADER, publish), user=editor)
    assert [e.column for e in report.errors] == ["quote_override"]
    assert "its quote is not found in the kept copy of its article" in str(report.errors[0])
    assert not Claim.objects.get(ref="not-found").is_published


# --- check_quotes -------------------------------------------------------------------------------
def test_check_quotes_finds_a_tampered_quote_and_exits_1(article, editor):
    claim = new_claim(article, editor, FOUND)
    services.evidence_add(claim=claim, user=editor, source=article, stance=Stance.CONTEXT, quote=SPACED)
    out = StringIO()
    call_command("check_quotes", stdout=out)
    assert "Every quote whose source has a kept copy is found in it." in out.getvalue()
    # Changed behind the services' back, as a database edit or a bad restore would.
    Claim.objects.filter(pk=claim.pk).update(quote=TAMPERED)
    Evidence.objects.filter(claim=claim).update(quote="Tokayev said trade grew by 50%")
    err = StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("check_quotes", stdout=StringIO(), stderr=err)
    assert refused.value.returncode == 1
    assert "2 quote(s) not found" in str(refused.value)
    assert f"claim 'companies': quote not found in the kept copy of 'presstv-trade': {TAMPERED}" in err.getvalue()
    assert "on claim 'companies': quote not found in the kept copy of 'presstv-trade'" in err.getvalue()
    assert Claim.objects.get(pk=claim.pk).quote_found is False


# --- Publishing ----------------------------------------------------------------------------------
def test_publishing_a_claim_whose_quote_is_not_found_needs_a_reason_which_goes_on_the_record(article, editor):
    claim = ready(new_claim(article, editor, TAMPERED), editor)
    with pytest.raises(ValidationError) as refused:
        services.claim_publish(claim=claim, user=editor)
    assert "quote_override" in refused.value.message_dict
    with pytest.raises(ValidationError):
        services.claim_publish(claim=claim, user=editor, quote_override="   ")
    assert not Claim.objects.get(pk=claim.pk).is_published
    reason = "The outlet edited the article after we logged it; the quote is from the version we read."
    services.claim_publish(claim=claim, user=editor, quote_override=reason)
    event = ClaimEvent.objects.get(claim=claim, kind=ClaimEvent.Kind.PUBLISHED)
    assert event.note == f"Published although its quote is not found in the kept copy of its article: {reason}"
    assert event.user == editor


def test_a_claim_whose_quote_is_found_publishes_without_a_reason(article, editor):
    claim = services.claim_publish(claim=ready(new_claim(article, editor, FOUND), editor), user=editor)
    assert claim.is_published and ClaimEvent.objects.get(claim=claim, kind="published").note == ""


def test_the_admin_asks_the_reason_before_publishing_a_quote_not_found(article, editor, editor_client):
    claim = ready(new_claim(article, editor, TAMPERED), editor)
    page = html.unescape(editor_client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode())
    assert "not found in the kept copy (" in page and "Publish anyway…" in page
    url = f"/admin/claims/claim/{claim.pk}/publish/"
    assert "Reason to publish anyway" in editor_client.get(url).content.decode()
    editor_client.post(url, {"apply": "1", "reason": ""})
    assert not Claim.objects.get(pk=claim.pk).is_published
    # The list's bulk action refuses it: it has no place for a reason.
    editor_client.post("/admin/claims/claim/", {"action": "publish", "_selected_action": [claim.pk]})
    assert not Claim.objects.get(pk=claim.pk).is_published
    editor_client.post(url, {"apply": "1", "reason": "The article was edited after we logged it."})
    assert Claim.objects.get(pk=claim.pk).is_published
    assert ClaimEvent.objects.filter(claim=claim, kind="published", note__contains="was edited after").exists()


def test_the_admin_lists_and_filters_quotes_found_or_not(article, editor, editor_client):
    found, missing = new_claim(article, editor, FOUND), new_claim(article, editor, TAMPERED, ref="missing")
    unchecked = new_claim(SourceFactory(), editor, "No copy to check against.", ref="unchecked")
    listed = editor_client.get("/admin/claims/claim/?quote_found=no").content.decode()
    assert f"/admin/claims/claim/{missing.pk}/change/" in listed
    assert f"/admin/claims/claim/{found.pk}/change/" not in listed
    assert f"/admin/claims/claim/{unchecked.pk}/change/" not in listed
    assert (
        f"/admin/claims/claim/{found.pk}/change/"
        in editor_client.get("/admin/claims/claim/?quote_found=yes").content.decode()
    )
    assert (
        f"/admin/claims/claim/{unchecked.pk}/change/"
        in editor_client.get("/admin/claims/claim/?quote_found=none").content.decode()
    )
    page = editor_client.get(f"/admin/claims/claim/{found.pk}/change/").content.decode()
    kept = article.kept_copy.retrieved_at
    assert f"quote found in the kept copy ({kept:%d %b %Y})" in page
    evidence = services.evidence_add(claim=found, user=editor, source=article, stance=Stance.CONTEXT, quote=TAMPERED)
    assert (
        "not found in the kept copy"
        in editor_client.get(f"/admin/claims/evidence/{evidence.pk}/change/").content.decode()
    )
    assert (
        f"/admin/claims/evidence/{evidence.pk}/change/"
        in editor_client.get("/admin/claims/evidence/?quote_found=no").content.decode()
    )


# --- The public page -------------------------------------------------------------------------------
def test_the_public_claim_page_says_when_the_copy_was_kept_and_its_hash_never_its_text(article, editor, client):
    claim = services.claim_publish(claim=ready(new_claim(article, editor, FOUND), editor), user=editor)
    copy = article.kept_copy
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Quote checked against our copy of the article, kept on <time datetime=" in page
    assert (
        f"{copy.retrieved_at.day} {copy.retrieved_at:%B %Y}</time> "
        f'(<span dir="ltr">SHA-256 <code class="hash">{copy.sha256}</code></span>)' in page
    )
    assert "trade grew by 40%" not in page  # the copy's other sentences stay inside the newsroom


def test_a_claim_published_over_a_quote_not_found_does_not_claim_the_check(article, editor, client):
    claim = ready(new_claim(article, editor, TAMPERED), editor)
    claim = services.claim_publish(claim=claim, user=editor, quote_override="The article was edited after.")
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Quote checked against our copy" not in page
    assert "Published although its quote is not found in the kept copy of its article" in page


def test_the_public_source_page_says_a_copy_is_kept_with_its_date_and_hash(article, editor, client):
    services.claim_publish(claim=ready(new_claim(article, editor, FOUND), editor), user=editor)
    page = client.get(article.get_absolute_url()).content.decode()
    assert f'(<span dir="ltr">SHA-256 <code class="hash">{article.kept_copy.sha256}</code></span>)' in page
    assert "trade grew by 40%" not in page
