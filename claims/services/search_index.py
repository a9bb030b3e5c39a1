"""The search index (`ClaimSearch`), written by the write core after every change that alters what it holds.

`follow_write()` is called by the core after every write, in the write's transaction, as translations follow
their original (claims/services/translations.py): a claim's words or speaker, a claim translation's words or
publication, an entity's names, a claim's mentions. It reads which claims that touches and `reindex()`es them:
a fixed number of queries per slice of claims (the claims, their mentions, those entities, their published
translations, then one upsert), whether a change set holds one claim or a file of a hundred thousand.
"""

from collections import defaultdict
from collections.abc import Iterable

from django.db import connection, models

from claims.models import Claim, ClaimMention, ClaimSearch, ClaimTranslation, Entity, TranslationStatus
from claims.searchindex import CLAIM_FIELDS, ENTITY_FIELDS, LANGUAGES, TRANSLATION_FIELDS, document
from claims.services.core import DELETE, NEW, Change
from factregister.lookups import among

# The fields whose change alters a claim's search text.
CLAIM_INDEXED = {*CLAIM_FIELDS, "speaker_entity"}
TRANSLATION_INDEXED = {*TRANSLATION_FIELDS, "status", "language"}
# Claims read and written at a time: bounded memory for a file of any length.
SLICE = 2000


def follow_write(model: type[models.Model], changes: list[Change]) -> None:
    """Bring the search text of every claim these written changes touch up to date."""
    if model is Claim:
        index_new([c.proposed for c in changes if c.kind == NEW and c.proposed is not None])
        changes = [c for c in changes if c.kind != NEW]
    claims = touched_claims(model, changes)
    if claims:
        reindex(claims)


def index_new(claims: list[Claim]) -> None:
    """Write the search text of claims just created, from the records in hand.

    A new claim has no translations, no mentions yet (their writes index it again) and no row in the index:
    its text is built from the record the core wrote, not read back, and on PostgreSQL goes in by COPY. A file
    of 20,000 new claims spent more on reading them back and on the ORM's upsert than on the index itself.
    """
    claims = [claim for claim in claims if claim.pk is not None]
    if not claims:
        return
    wanted = sorted({claim.speaker_entity_id for claim in claims if claim.speaker_entity_id})
    entities = {}
    if wanted:
        entities = {row["pk"]: row for row in among(Entity.objects.all(), "id", wanted).values("pk", *ENTITY_FIELDS)}
    documents = []
    for claim in claims:
        speaker = entities.get(claim.speaker_entity_id)
        text = document({name: getattr(claim, name) for name in CLAIM_FIELDS}, [speaker] if speaker else [], [])
        documents.append(ClaimSearch(claim_id=claim.pk, **text))
    if connection.vendor != "postgresql":
        ClaimSearch.objects.bulk_create(documents, batch_size=SLICE)
        return
    columns = ", ".join(connection.ops.quote_name(name) for name in ("claim_id", *LANGUAGES))
    statement = f"COPY {connection.ops.quote_name(ClaimSearch._meta.db_table)} ({columns}) FROM STDIN"
    with connection.cursor() as cursor, connection.wrap_database_errors, cursor.cursor.copy(statement) as copy:
        for row in documents:
            copy.write_row((row.claim_id, *(getattr(row, language) for language in LANGUAGES)))


def touched_claims(model: type[models.Model], changes: list[Change]) -> set[int]:
    """The claims whose search text `changes` (written, of `model`) alter."""
    if model is Claim:
        written = [c.proposed for c in changes if c.kind == NEW or CLAIM_INDEXED & set(c.fields)]
        return {claim.pk for claim in written if claim is not None}
    if model is ClaimTranslation:
        return {
            (c.proposed or c.current).claim_id
            for c in changes
            if c.kind in (NEW, DELETE) or TRANSLATION_INDEXED & set(c.fields)
        }
    if model is ClaimMention:
        return {record.claim_id for c in changes for record in (c.current, c.proposed) if record is not None}
    if model is Entity:
        entities = [c.current.pk for c in changes if c.kind != NEW and set(c.fields) & set(ENTITY_FIELDS)]
        if not entities:
            return set()
        speaking = among(Claim.objects.all(), "speaker_entity", entities).values_list("pk", flat=True)
        named = among(ClaimMention.objects.all(), "entity", entities).values_list("claim_id", flat=True)
        return {*speaking, *named}
    return set()


def reindex(claims: Iterable[int]) -> int:
    """Write the search text of these claims (by id) from what is stored now; how many rows were written."""
    ids = sorted(set(claims))
    written = 0
    for start in range(0, len(ids), SLICE):
        written += _reindex(ids[start : start + SLICE])
    return written


def _reindex(ids: list[int]) -> int:
    rows = list(among(Claim.objects.all(), "id", ids).order_by().values("pk", "speaker_entity_id", *CLAIM_FIELDS))
    named: dict[int, list[int]] = defaultdict(list)
    for claim_id, entity_id in (
        among(ClaimMention.objects.all(), "claim", ids).order_by().values_list("claim_id", "entity_id")
    ):
        named[claim_id].append(entity_id)
    wanted = {row["speaker_entity_id"] for row in rows if row["speaker_entity_id"]}
    wanted.update(entity for entities in named.values() for entity in entities)
    entities = {}
    if wanted:
        stored = among(Entity.objects.all(), "id", list(wanted)).values("pk", *ENTITY_FIELDS)
        entities = {row["pk"]: row for row in stored}
    translated: dict[int, list[dict]] = defaultdict(list)
    published = among(ClaimTranslation.objects.all(), "claim", ids).filter(status=TranslationStatus.PUBLISHED)
    for translation in published.order_by().values("claim_id", "language", *TRANSLATION_FIELDS):
        translated[translation["claim_id"]].append(translation)
    documents = []
    for row in rows:
        linked = [row["speaker_entity_id"], *named[row["pk"]]]
        found = [entities[pk] for pk in dict.fromkeys(linked) if pk in entities]
        documents.append(ClaimSearch(claim_id=row["pk"], **document(row, found, translated[row["pk"]])))
    ClaimSearch.objects.bulk_create(
        documents, update_conflicts=True, unique_fields=["claim"], update_fields=list(LANGUAGES)
    )
    return len(documents)
