"""The findings that led to the one write core, each as the user met it: every change goes through the same rules,
records the same events and moves the public freshness stamp, however it is made."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim, ClaimEvent, Evidence, Stance, Status
from claims.repeats.services import repeat_link
from claims.services import copy_delete, copy_keep, system_user
from csvio import importer as importing
from sources.models import ArticleCopy, CopyHow, Source
from tests.admin_helpers import claim_form_data
from tests.csv_helpers import csv_bytes
from tests.factories import ClaimFactory, SourceFactory, VisitFactory, publish

pytestmark = pytest.mark.django_db

ARTICLE = "ASTANA – The two presidents said trade would reach three billion dollars.\n"
QUOTE = "trade would reach three billion dollars"


def published_citing(source: Source, editor, ref: str = "trade-target") -> Claim:
    claim = ClaimFactory(ref=ref, article=source, visit=VisitFactory(), quote=QUOTE)
    return publish(claim, editor=editor)


def updates_of(claim: Claim) -> list[ClaimEvent]:
    return list(ClaimEvent.objects.filter(claim=claim, kind=ClaimEvent.Kind.UPDATE))


# --- Intake edits a cited source only under the rules for sources ------------------------------------------
def test_the_intake_cannot_retitle_a_source_a_published_claim_cites_without_a_reason(tmp_path, editor):
    source = SourceFactory(ref="irna-astana", title="IRNA on the Astana talks")
    claim = published_citing(source, editor)
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(CommandError, match="Nothing was kept"):
        call_command("intake_article", str(path), "--source", source.ref, "--title", "Retitled", stdout=StringIO())
    source.refresh_from_db()
    assert source.title == "IRNA on the Astana talks"
    assert not ArticleCopy.objects.exists() and updates_of(claim) == []


def test_a_source_retitled_by_the_intake_with_a_reason_is_on_the_claims_public_record(tmp_path, editor, client):
    source = SourceFactory(ref="irna-astana", title="IRNA on the Astana talks")
    claim = published_citing(source, editor)
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    call_command(
        "intake_article",
        str(path),
        "--source",
        source.ref,
        "--title",
        "IRNA: the Astana talks",
        "--note",
        "The outlet corrected its headline.",
        stdout=StringIO(),
    )
    source.refresh_from_db()
    assert source.title == "IRNA: the Astana talks"
    [retitled] = [event for event in updates_of(claim) if event.changes[0]["field"] == "title"]
    assert retitled.note == "The outlet corrected its headline."
    assert retitled.changes[0]["after"] == "IRNA: the Astana talks"
    assert source.history.count() == 2
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "The outlet corrected its headline." in page


# --- Deleting a kept copy moves the stamp, and the page stops claiming the check ---------------------------
def test_deleting_a_kept_copy_changes_the_claim_page_and_its_etag(editor, client):
    source = SourceFactory(ref="irna-astana")
    copy_keep(source=source, text=ARTICLE, how=CopyHow.PASTE, user=system_user())
    claim = published_citing(source, editor)
    assert Claim.objects.get(pk=claim.pk).quote_found is True
    before = client.get(claim.get_absolute_url())
    assert "Quote checked against our copy" in before.content.decode()

    copy_delete(copy=source.kept_copy, user=editor, note="The publisher asked us not to keep its text.")

    after = client.get(claim.get_absolute_url())
    assert after.status_code == 200
    assert "Quote checked against our copy" not in after.content.decode()
    assert after["ETag"] != before["ETag"]
    again = client.get(claim.get_absolute_url(), HTTP_IF_NONE_MATCH=before["ETag"])
    assert again.status_code == 200
    claim.refresh_from_db()
    assert claim.quote_found is None  # unchecked: there is no copy to check it against
    assert claim.history.first().history_change_reason  # the reset is a history row, not a silent update


# --- repeat_of: one writer, one behaviour -----------------------------------------------------------------
def test_linking_a_published_repeat_bumps_the_version_once_and_records_the_update(editor):
    first = publish(ClaimFactory(ref="first-telling", visit=VisitFactory()), editor=editor)
    again = publish(ClaimFactory(ref="second-telling", visit=first.visit), editor=editor)
    version = Claim.objects.get(pk=again.pk).version
    repeat_link(claim=again, other=first, user=editor, note="The same statement, told again.")
    again = Claim.objects.get(pk=again.pk)
    assert again.repeat_of_id == first.pk
    assert again.version == version + 1
    [update] = updates_of(again)
    assert update.note == "The same statement, told again."
    assert [change["field"] for change in update.changes] == ["repeat_of"]


def claims_csv(*rows: str) -> bytes:
    return csv_bytes(
        "ref,article,visit,speaker,text,quote,topic,status,verdict_summary,is_published,repeat_of,change_note", *rows
    )


def csv_row(claim: Claim, *, repeat_of: str = "", note: str = "") -> str:
    published = "true" if claim.is_published else "false"
    return (
        f'{claim.ref},{claim.article.ref},{claim.visit.ref},"{claim.speaker}","{claim.text}","{claim.quote}",'
        f'{claim.topic},{claim.status},"{claim.verdict_summary}",{published},{repeat_of},"{note}"'
    )


def test_an_imported_repeat_of_on_a_published_claim_is_on_its_record(editor):
    first = publish(ClaimFactory(ref="first-telling", visit=VisitFactory()), editor=editor)
    again = publish(ClaimFactory(ref="second-telling", visit=first.visit), editor=editor)
    refused = importing.import_file("claims", claims_csv(csv_row(again, repeat_of=first.ref)), user=editor)
    assert [(error.row, error.column) for error in refused.errors] == [(2, "change_note")]
    assert "give the reason" in refused.errors[0].message
    report = importing.import_file(
        "claims", claims_csv(csv_row(again, repeat_of=first.ref, note="Told again in Ashgabat.")), user=editor
    )
    assert not report.errors, report.errors
    again = Claim.objects.get(pk=again.pk)
    assert again.repeat_of_id == first.pk
    [update] = updates_of(again)
    assert "repeat_of" in [change["field"] for change in update.changes]


def test_an_import_cannot_point_repeat_of_at_a_claim_that_is_itself_a_repeat(editor):
    visit = VisitFactory()
    root = ClaimFactory(ref="root", visit=visit)
    middle = ClaimFactory(ref="middle", visit=visit, repeat_of=root)
    leaf = ClaimFactory(ref="leaf", visit=visit)
    report = importing.import_file("claims", claims_csv(csv_row(leaf, repeat_of=middle.ref)), user=editor)
    assert report.errors
    error = report.errors[0]
    assert (error.row, error.column) == (2, "repeat_of")
    assert "point at that claim" in error.message
    assert Claim.objects.get(pk=leaf.pk).repeat_of_id is None


# --- The core's problems reach the admin's form; nothing typed is lost ------------------------------------
def test_adding_a_claim_with_its_own_article_as_corroboration_shows_an_inline_error(editor_client):
    article = SourceFactory(ref="irna-astana")
    visit = VisitFactory()
    claim = ClaimFactory.build(ref="new-claim", article=article, visit=visit, text="Trade will double.")
    data = claim_form_data(claim, status=Status.UNVERIFIED)
    data.update(
        {
            "evidence-TOTAL_FORMS": "1",
            "evidence-0-stance": Stance.CORROBORATES,
            "evidence-0-source": article.pk,
            "evidence-0-quote": "A quote the editor typed.",
            "evidence-0-note": "",
        }
    )
    response = editor_client.post("/admin/claims/claim/add/", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "cannot cite its own article as corroboration" in page
    assert "A quote the editor typed." in page and "Trade will double." in page
    assert not Claim.objects.exists() and not Evidence.objects.exists()
