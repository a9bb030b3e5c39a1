"""A data desk moves people, organisations and places in CSV files: entities.csv, entity_roles.csv, and the
speaker_entity, speaker_role and mentions columns of claims.csv. Rows go through the entity writers; a wrong row is
named by row and column with nothing written; a backup carries them and a restore brings them back."""

import csv
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.entities.services import claim_mentions_set, entity_role_save, entity_save
from claims.models import Claim, ClaimMention, Entity, EntityRole
from csvio import backup
from csvio import importer as importing
from tests.csv_helpers import csv_bytes, empty_register, snapshot
from tests.factories import ClaimFactory, SourceFactory, VisitFactory, published_claim

pytestmark = pytest.mark.django_db

ENTITIES = [
    "ref,kind,name,name_fa,name_ru,name_kk,name_kk_latn,other_names,description,country,wikidata_id",
    "masoud-pezeshkian,person,Masoud Pezeshkian,مسعود پزشکیان,Масуд Пезешкиан,Масуд Пезешкиан,,"
    '"Pezeshkyan\nPezeshkiyan",President of Iran from 2024,IR,',
    "kassym-jomart-tokayev,person,Kassym-Jomart Tokayev,قاسم-جومارت توکایف,Касым-Жомарт Токаев,Қасым-Жомарт Тоқаев,"
    "Qasym-Jomart Toqaev,Tokaev,President of Kazakhstan,KZ,",
    "bandar-abbas,place,Bandar Abbas,بندرعباس,Бендер-Аббас,Бендер-Аббас,,Bandar-Abbas,Port city in southern Iran,IR,",
    "mfa-kazakhstan,organisation,Ministry of Foreign Affairs of Kazakhstan,,МИД Казахстана,,,,,KZ,",
]
ROLES = [
    "entity,title,title_ru,organisation,start_date,end_date",
    "masoud-pezeshkian,President of Iran,Президент Ирана,,2024-07-28,",
    "kassym-jomart-tokayev,President of Kazakhstan,Президент Казахстана,,2019-06-12,",
]
CLAIM_HEADER = "ref,article,visit,speaker,text,quote,topic,status,verdict_summary,is_published"


def imported(table: str, lines: list[str], user) -> importing.ImportReport:
    return importing.import_file(table, csv_bytes(*lines), user=user)


def exported(table: str) -> list[dict]:
    handle = io.BytesIO()
    backup.write_table(table, handle)
    return list(csv.DictReader(io.StringIO(handle.getvalue().decode())))


def claim_line(ref: str, *cells: str) -> str:
    return (
        f"{ref},article-1,astana-2025,Masoud Pezeshkian,Trade will grow.,Trade will grow.,trade,unverified,,false,"
        + (",".join(cells))
    )


@pytest.fixture
def register(contributor):
    """The entities and roles imported from their files, and an article and a visit for claims."""
    SourceFactory(ref="article-1")
    VisitFactory(ref="astana-2025")
    assert imported("entities", ENTITIES, contributor).ok
    assert imported("entity_roles", ROLES, contributor).ok


def test_entities_and_roles_are_imported_through_the_writers(register):
    pezeshkian = Entity.objects.get(ref="masoud-pezeshkian")
    assert pezeshkian.name_fa == "مسعود پزشکیان" and pezeshkian.spellings()[-2:] == ["Pezeshkyan", "Pezeshkiyan"]
    assert pezeshkian.history.count() == 1 and pezeshkian.version == 1
    assert Entity.objects.get(ref="kassym-jomart-tokayev").name_kk_latn == "Qasym-Jomart Toqaev"
    role = EntityRole.objects.get(entity=pezeshkian)
    assert (role.title_ru, str(role.start_date)) == ("Президент Ирана", "2024-07-28")


def test_importing_the_same_files_again_changes_nothing(register, contributor):
    before = snapshot()
    assert imported("entities", ENTITIES, contributor).unchanged == 4
    assert imported("entity_roles", ROLES, contributor).unchanged == 2
    assert snapshot() == before


def test_a_claims_speaker_role_and_mentions_are_imported_and_exported(register, contributor):
    header = f"{CLAIM_HEADER},speaker_entity,speaker_role,mentions"
    line = claim_line("trade-target", "masoud-pezeshkian", "President of Iran", "bandar-abbas; kassym-jomart-tokayev")
    report = imported("claims", [header, line], contributor)
    assert report.ok, [str(error) for error in report.errors]
    claim = Claim.objects.get(ref="trade-target")
    assert claim.speaker_entity.ref == "masoud-pezeshkian" and claim.speaker_role.title == "President of Iran"
    assert sorted(claim.mentions.values_list("entity__ref", flat=True)) == ["bandar-abbas", "kassym-jomart-tokayev"]
    assert ClaimMention.history.count() == 2
    [row] = exported("claims")
    assert (row["speaker_entity"], row["speaker_role"]) == ("masoud-pezeshkian", "President of Iran")
    assert sorted(row["mentions"].split("; ")) == ["bandar-abbas", "kassym-jomart-tokayev"]


def test_a_mention_taken_off_in_the_file_is_taken_off_the_claim(register, contributor):
    header = f"{CLAIM_HEADER},mentions"
    assert imported("claims", [header, claim_line("trade-target", "bandar-abbas; masoud-pezeshkian")], contributor).ok
    report = imported("claims", [header, claim_line("trade-target", "masoud-pezeshkian")], contributor)
    assert report.updated == 1
    assert list(ClaimMention.objects.values_list("entity__ref", flat=True)) == ["masoud-pezeshkian"]


@pytest.mark.parametrize(
    ("cells", "column", "message"),
    [
        (("nobody-known", "", ""), "speaker_entity", "There is no entity with ref 'nobody-known'."),
        (("bandar-abbas", "", ""), "speaker_entity", "never a place"),
        (("masoud-pezeshkian", "President of Kazakhstan", ""), "speaker_role", "is not one of the roles"),
        (("", "President of Iran", ""), "speaker_role", "give the claim's speaker_entity too"),
        (("", "", "masoud-pezeshkian; nobody-known"), "mentions", "There is no entity with ref 'nobody-known'."),
    ],
)
def test_a_bad_claim_row_is_named_by_row_and_column_and_nothing_is_written(
    register, contributor, cells, column, message
):
    header = f"{CLAIM_HEADER},speaker_entity,speaker_role,mentions"
    before = snapshot()
    good = claim_line("fine-claim", "masoud-pezeshkian", "President of Iran", "")
    report = imported("claims", [header, good, claim_line("bad-claim", *cells)], contributor)
    assert not report.ok
    [error] = report.errors
    assert (error.row, error.column) == (3, column) and message in error.message
    assert snapshot() == before


@pytest.mark.parametrize(
    ("line", "column", "message"),
    [
        ("someone,person,Someone,,,,,,,IR,Q12x", "wikidata_id", ""),
        ("someone,person,Someone,,,,,,,IR,Q5936493", "wikidata_id", "already given to entity 'masoud-pezeshkian'"),
        ("someone,planet,Someone,,,,,,,IR,", "kind", "Use one of"),
        ("bandar-abbas,person,Bandar Abbas,,,,,,,IR,", "", ""),
    ],
)
def test_a_bad_entity_row_is_refused(register, contributor, editor, line, column, message):
    pezeshkian = Entity.objects.get(ref="masoud-pezeshkian")
    pezeshkian.wikidata_id = "Q5936493"
    entity_save(user=editor, entity=pezeshkian)
    before = snapshot()
    report = imported("entities", [ENTITIES[0], line], contributor)
    if column:
        [error] = report.errors
        assert error.column == column and message in error.message
    else:  # a place may become a person while no claim has it as speaker
        assert report.ok
        return
    assert snapshot() == before


def test_a_speaker_cannot_be_made_a_place_by_a_file(register, contributor):
    ClaimFactory(speaker_entity=Entity.objects.get(ref="masoud-pezeshkian"), ref="trade-target")
    report = imported("entities", [ENTITIES[0], "masoud-pezeshkian,place,Masoud Pezeshkian,,,,,,,IR,"], contributor)
    [error] = report.errors
    assert (error.row, error.column) == (2, "kind") and "speaker of claim trade-target" in error.message


def test_a_role_of_an_unknown_entity_is_refused(register, contributor):
    report = imported("entity_roles", [ROLES[0], "nobody-known,Minister,,,,"], contributor)
    [error] = report.errors
    assert (error.row, error.column) == (2, "entity") and "no entity with ref 'nobody-known'" in error.message


def test_a_contributors_file_cannot_change_what_a_published_claim_names(register, contributor, editor):
    published_claim(editor=editor, ref="published-one", speaker="Masoud Pezeshkian")
    [row] = exported("claims")
    row["mentions"] = "bandar-abbas"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(row))
    writer.writeheader()
    writer.writerow(row)
    report = importing.import_file("claims", out.getvalue().encode(), user=contributor)
    [error] = report.errors
    assert error.column == "mentions" and "only an editor can change it" in error.message
    assert not ClaimMention.objects.exists()


def test_the_files_round_trip(register, contributor, editor):
    claim = ClaimFactory(ref="trade-target", speaker_entity=Entity.objects.get(ref="masoud-pezeshkian"))
    claim_mentions_set(user=editor, claim=claim, entities=list(Entity.objects.filter(kind="place")))
    # Each table as exported, then imported back: nothing changes.
    files = {table: _file(table) for table in ("entities", "entity_roles", "claims")}
    before = snapshot()
    for table, data in files.items():
        report = importing.import_file(table, data, user=editor)
        assert report.ok and report.created == report.updated == 0, (table, [str(e) for e in report.errors])
    assert snapshot() == before


def _file(table: str) -> bytes:
    handle = io.BytesIO()
    backup.write_table(table, handle)
    return handle.getvalue()


def test_the_public_download_carries_the_refs(client, editor, register):
    speaker = Entity.objects.get(ref="masoud-pezeshkian")
    role = EntityRole.objects.get(entity=speaker)
    claim = published_claim(editor=editor, speaker_entity=speaker, speaker_role=role)
    claim_mentions_set(user=editor, claim=claim, entities=[Entity.objects.get(ref="bandar-abbas")])
    body = b"".join(client.get(reverse("claims_csv")).streaming_content).decode()
    [row] = list(csv.DictReader(io.StringIO(body)))
    assert (row["speaker_entity"], row["speaker_role"], row["mentions"]) == (
        "masoud-pezeshkian",
        "President of Iran",
        "bandar-abbas",
    )


@pytest.mark.parametrize("manifest", [True, False])
def test_a_backup_brings_the_entities_back(tmp_path, register, editor, manifest):
    speaker = Entity.objects.get(ref="masoud-pezeshkian")
    role = EntityRole.objects.get(entity=speaker)
    claim = published_claim(editor=editor, ref="trade-target", speaker_entity=speaker, speaker_role=role)
    claim_mentions_set(user=editor, claim=claim, entities=[Entity.objects.get(ref="bandar-abbas")])
    entity_role_save(user=editor, role=EntityRole(entity=speaker, title="Member of Parliament"))
    call_command("export_register", "--all", str(tmp_path))
    empty_register()
    if not manifest:
        (tmp_path / "manifest.json").unlink()  # the contract's tables, through the importer
    call_command("import_register", "--all", str(tmp_path))
    claim = Claim.objects.get(ref="trade-target")
    assert (claim.speaker_entity.ref, claim.speaker_role.title) == ("masoud-pezeshkian", "President of Iran")
    assert list(claim.mentions.values_list("entity__ref", flat=True)) == ["bandar-abbas"]
    assert Entity.objects.count() == 4 and EntityRole.objects.count() == 3
    assert Entity.objects.get(ref="kassym-jomart-tokayev").name_kk == "Қасым-Жомарт Тоқаев"
