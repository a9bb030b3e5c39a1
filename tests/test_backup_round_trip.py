"""A backup holds the whole record, and a restore brings it back exactly.

The demo register, then a working life on top of it through the services (withdrawals, a deletion,
a correction, updates, a changed ref, a replaced and a removed copy, proposals, follow-ups, repeat
links and a dismissal), is backed up with `export_register --all`, the register emptied, and restored
with `import_register --all`: every table of the register, history included, must come back row for
row and column for column, and the public pages and feed must say what they said before.
"""

import csv
import datetime
import hashlib
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from claims import services
from claims.commitments.services import commitment_follow_up
from claims.demo import load_demo
from claims.models import Claim, ClaimEvent, ClaimTranslation, FormerRef, VisitTranslation
from claims.repeats.services import repeat_dismiss
from claims.services.copies import copy_delete, copy_keep
from claims.services.restore import register_models
from claims.services.sources import source_change_apply, source_change_propose
from claims.services.translations import translation_delete, translation_save
from factregister.models import PublicChange
from sources.models import ArticleCopy, Source, SourceChangeProposal
from tests.csv_helpers import empty_register
from tests.factories import UserFactory, published_claim

pytestmark = pytest.mark.django_db(transaction=True)

WITHDRAWN = "Withdrawn: the second source turned out to repeat the first."
DELETED = "Deleted: logged twice."
CORRECTED = "Corrected: the customs figures for the full year came out lower."
UPDATED = "Updated: the statement is now worded as the speaker put it."
MOVED = "Updated: a clearer address."


def tables() -> dict[str, list[dict]]:
    """Every row and column of every table of the register, history included."""
    return {model._meta.db_table: list(model._base_manager.order_by("pk").values()) for model in register_models()}


def life_on_the_record(editor, contributor) -> dict[str, str]:
    """The demo register with what the public record keeps added through the services; the refs touched."""
    load_demo()
    published = list(Claim.objects.published().order_by("pk"))
    assert len(published) >= 8
    withdrawn, also_withdrawn, deleted, corrected, updated, moved = published[:6]
    services.claim_unpublish(claim=withdrawn, user=editor, reason=WITHDRAWN)
    services.claim_unpublish(claim=also_withdrawn, user=editor, reason=WITHDRAWN)
    services.claim_delete(claim=Claim.objects.get(pk=deleted.pk), user=editor, reason=DELETED)
    # Translations: a reviewed Persian one the correction below puts out of date, a Russian draft, a visit's
    # (made afresh: the demo's own translations of this claim and its visit are deleted first).
    for made in [*corrected.translations.all(), *corrected.visit.translations.all()]:
        translation_delete(made, user=editor)
    translation_save(
        ClaimTranslation(claim=corrected, language="fa", text="ادعا", translator="Desk", status="published"),
        user=editor,
        review=True,
    )
    translation_save(
        ClaimTranslation(claim=corrected, language="ru", text="Заявление", translator="Desk", machine_assisted=True),
        user=contributor,
    )
    translation_save(
        VisitTranslation(visit=corrected.visit, language="kk", title="Сапар", translator="Desk"), user=editor
    )
    new_status = "disputed" if corrected.status != "disputed" else "partly_verified"
    services.claim_set_verdict(
        claim=corrected,
        user=editor,
        status=new_status,
        verdict_summary="The full-year figures disagree.",
        note=CORRECTED,
    )
    services.claim_update(
        claim=updated, user=editor, values={"text": updated.text + " (as stated)"}, change_note=UPDATED
    )
    old_ref = moved.ref
    services.claim_update(claim=moved, user=editor, values={"ref": old_ref + "-renamed"}, change_note=MOVED)

    copies = list(ArticleCopy.objects.select_related("source").order_by("pk"))
    assert len(copies) >= 2
    replaced, removed = copies[0], copies[1]
    copy_keep(
        source=replaced.source,
        user=editor,
        text=replaced.text + "\n\nEditor's note: a later version of the article adds this line.",
        how="paste",
        note="The outlet published a longer version of the article.",
    )
    copy_delete(copy=removed, user=editor, note="The publisher asked us not to keep its text.")

    source = Source.objects.exclude(url=None).order_by("pk").first()
    applied = source_change_propose(
        source=source, user=contributor, title=source.title + " (updated)", reason="Retitled."
    )
    source_change_apply(proposal=applied, user=editor, note="Checked against the outlet's page.")
    source_change_propose(source=source, user=contributor, url="https://example.org/moved", reason="It moved.")

    commitment = Claim.objects.filter(is_commitment=True).order_by("pk").first()
    commitment_follow_up(
        claim=commitment,
        user=editor,
        status="in_progress",
        checked_on=datetime.date(2026, 6, 1),
        note="No implementation reported yet.",
    )
    first, second = Claim.objects.published().filter(repeat_of=None).order_by("-pk")[:2]
    repeat_dismiss(claim=first, other=second, user=editor)
    return {"withdrawn": withdrawn.ref, "deleted": deleted.ref, "corrected": corrected.ref, "old_ref": old_ref}


@pytest.fixture
def backed_up(tmp_path, editor, contributor):
    refs = life_on_the_record(editor, contributor)
    call_command("export_register", "--all", str(tmp_path))
    return tmp_path, refs


def restore(directory, *args):
    cache.clear()
    call_command("import_register", "--all", str(directory), *args)
    cache.clear()


def public_view(client, refs) -> dict:
    cache.clear()
    return {
        "withdrawals": client.get("/api/v1/withdrawals/").json(),
        "claims": client.get("/api/v1/claims/", {"page_size": 100}).json(),
        "withdrawn": client.get(f"/claims/{refs['withdrawn']}/").status_code,
        "deleted": client.get(f"/claims/{refs['deleted']}/").status_code,
        "old_ref": client.get(f"/claims/{refs['old_ref']}/").status_code,
    }


def test_the_record_comes_back_table_by_table(backed_up, client):
    directory, refs = backed_up
    before, seen = tables(), public_view(client, refs)
    # What the record holds before: enough of each kind for the comparison to mean something.
    kinds = {kind for (kind,) in ClaimEvent.objects.values_list("kind")}
    assert {"published", "correction", "update", "unpublished", "deleted"} <= kinds
    assert ArticleCopy.history.count() >= ArticleCopy.objects.count() + 2
    assert FormerRef.objects.exists() and SourceChangeProposal.objects.count() == 2
    fa = ClaimTranslation.objects.get(claim__ref=refs["corrected"], language="fa")
    assert fa.outdated_at is not None and fa.reviewed_by is not None and ClaimTranslation.history.count() >= 3
    assert VisitTranslation.objects.filter(language="kk", title="Сапар").count() == 1
    stamp = PublicChange.objects.order_by("-at").values_list("at", flat=True).first()

    empty_register()
    assert not any(tables().values())
    restore(directory)

    after = tables()
    for table, rows in before.items():
        assert len(after[table]) == len(rows), table
        assert after[table] == rows, table
    assert PublicChange.objects.order_by("-at").values_list("at", flat=True).first() > stamp
    # The public sees what it saw.
    assert public_view(client, refs) == seen
    assert seen["withdrawn"] == 410 and seen["deleted"] == 410 and seen["old_ref"] == 301
    assert {row["ref"] for row in seen["withdrawals"]["results"]} >= {refs["withdrawn"], refs["deleted"]}
    page = client.get(f"/claims/{refs['corrected']}/").content.decode()
    assert CORRECTED in page
    # A deleted claim's ref stays reserved, and so does a former ref.
    for ref in (refs["deleted"], refs["old_ref"]):
        with pytest.raises(ValidationError, match="was the address of"):
            services.claim_update(
                claim=Claim.objects.published().first(),
                user=UserFactory(role="Editor"),
                values={"ref": ref},
                change_note="A shorter address.",
            )


def test_new_rows_after_a_restore_take_ids_after_the_restored_ones(small_backup, editor):
    directory, kept = small_backup
    restore(directory)
    highest = {
        "claim": Claim.objects.order_by("-pk").values_list("pk", flat=True).first(),
        "event": ClaimEvent.objects.order_by("-pk").values_list("pk", flat=True).first(),
        "history": Claim.history.order_by("-history_id").values_list("history_id", flat=True).first(),
    }
    claim = Claim.objects.get(ref="kept")
    services.claim_update(claim=claim, user=editor, values={"speaker": claim.speaker + "."}, change_note=UPDATED)
    new = published_claim(editor=editor, ref="after-the-restore")
    assert new.pk > highest["claim"]
    assert ClaimEvent.objects.get(claim=claim, note=UPDATED).pk > highest["event"]
    assert Claim.history.filter(id=claim.pk).latest("history_id").history_id > highest["history"]


def test_a_register_that_is_not_empty_is_refused(small_backup):
    directory, _ = small_backup
    restore(directory)
    before = tables()
    with pytest.raises(CommandError, match=r"not empty \(sources_\w+ holds \d+ rows\)"):
        restore(directory)
    assert tables() == before


def test_a_dry_run_writes_nothing(small_backup, capsys):
    directory, _ = small_backup
    restore(directory, "--dry-run")
    assert "dry run: nothing written" in capsys.readouterr().out
    assert not any(tables().values())


@pytest.fixture
def small_backup(tmp_path, editor):
    """A few claims with a public record (published, corrected, withdrawn), backed up: quicker than the demo."""
    kept = published_claim(editor=editor, ref="kept")
    corrected = published_claim(editor=editor, ref="corrected")
    services.claim_set_verdict(claim=corrected, user=editor, status="disputed", verdict_summary="No.", note=CORRECTED)
    services.claim_unpublish(claim=published_claim(editor=editor, ref="withdrawn"), user=editor, reason=WITHDRAWN)
    call_command("export_register", "--all", str(tmp_path))
    empty_register()
    return tmp_path, kept


def edit_cell(directory, table: str, find: dict, column: str, value: str) -> int:
    """Set one cell of the backup's table (the first row whose cells hold `find`) and its manifest's checksum, as a
    backup that looks whole but is wrong; the row's number (the header is row 1)."""
    path = directory / "record" / f"{table}.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle))
    index = next(i for i, row in enumerate(rows) if all(row[header.index(k)] == v for k, v in find.items()))
    rows[index][header.index(column)] = value
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows([header, *rows])
    manifest = json.loads((directory / "manifest.json").read_text())
    for entry in manifest["tables"]:
        if entry["table"] == table:
            entry["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (directory / "manifest.json").write_text(json.dumps(manifest))
    return index + 2


def refused(directory, match: str) -> None:
    users = get_user_model().objects.count()
    with pytest.raises(CommandError, match=match) as raised:
        restore(directory)
    assert str(raised.value).startswith("The restore failed; nothing was written.")
    assert not any(tables().values())
    assert get_user_model().objects.count() == users


def test_an_event_of_a_claim_not_in_the_backup_is_refused_naming_file_and_row(small_backup):
    directory, _ = small_backup
    row = edit_cell(directory, "claims_claimevent", {"kind": "correction"}, "claim_id", "999999")
    refused(
        directory,
        rf"record/claims_claimevent\.csv row {row}, column claim_id: claim 999999 is not in record/claims_claim\.csv",
    )


def test_a_changed_file_is_refused_by_its_checksum(small_backup):
    directory, _ = small_backup
    path = directory / "record" / "claims_claim.csv"
    path.write_bytes(path.read_bytes().replace(b"disputed", b"verified", 1))
    refused(directory, r"record/claims_claim\.csv: its SHA-256 is not the manifest's")


def test_a_missing_file_is_refused(small_backup):
    directory, _ = small_backup
    (directory / "record" / "sources_historicalarticlecopy.csv").unlink()
    refused(directory, r"record/sources_historicalarticlecopy\.csv: the file is missing")


def test_a_cell_that_is_not_a_time_is_refused_naming_row_and_column(small_backup):
    directory, _ = small_backup
    row = edit_cell(directory, "claims_claimevent", {"kind": "unpublished"}, "at", "yesterday")
    refused(directory, rf"record/claims_claimevent\.csv row {row}, column at: 'yesterday'")


def test_a_row_the_database_refuses_is_named(small_backup):
    directory, _ = small_backup
    # Two claims with one ref: each row is fine alone, the second breaks the unique ref.
    row = edit_cell(directory, "claims_claim", {"ref": "withdrawn"}, "ref", "kept")
    refused(directory, rf"record/claims_claim\.csv row {row}: the database refuses this row")


def test_a_published_claim_without_a_verdict_is_refused(small_backup):
    directory, _ = small_backup
    row = edit_cell(directory, "claims_claim", {"ref": "kept"}, "published_at", "")
    refused(directory, rf"record/claims_claim\.csv row {row}: the database refuses this row")


def test_accounts_missing_here_are_made_inactive_and_keep_their_names(small_backup, capsys):
    directory, _ = small_backup
    get_user_model().objects.filter(username="editor").delete()
    restore(directory)
    assert "created inactive without a password: editor" in capsys.readouterr().out
    editor = get_user_model().objects.get(username="editor")
    assert not editor.is_active and not editor.has_usable_password()
    assert ClaimEvent.objects.get(claim_ref="withdrawn", kind="unpublished").user == editor


def test_a_backup_without_a_manifest_still_loads_through_the_importer(small_backup):
    directory, _ = small_backup
    (directory / "manifest.json").unlink()
    restore(directory)
    assert set(Claim.objects.published().values_list("ref", flat=True)) == {"kept", "corrected"}
