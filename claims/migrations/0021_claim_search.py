"""The search index: `ClaimSearch`, a claim's words folded by `claims.text.fold`, one row per claim.

On PostgreSQL the row gets `document`, a stored generated tsvector with a configuration per language
(`english` for the claim's own words and its entities' names, `russian` for the Russian translation, `simple`
for the Persian and Kazakh ones, which PostgreSQL does not stem), and a GIN index over it. The claim table's
own generated document (migration 0008), over the unfolded English words only, is dropped: nothing reads it.
The rows of the claims stored before are filled here, with the same documents the write core builds
(claims/searchindex.py).
"""

from collections import defaultdict

import django.db.models.deletion
from django.db import migrations, models

from claims.searchindex import CLAIM_FIELDS, ENTITY_FIELDS, TRANSLATION_FIELDS, document

COLUMN = "document"
INDEX = "claim_search_document_gin"
DOCUMENT = (
    "to_tsvector('english'::regconfig, en) || to_tsvector('simple'::regconfig, fa) || "
    "to_tsvector('russian'::regconfig, ru) || to_tsvector('simple'::regconfig, kk)"
)
# Migration 0008's column on the claim table, and how to make it again when this one is reversed.
OLD_COLUMN, OLD_INDEX = "search_document", "claim_search_document"
OLD_DOCUMENT = (
    "to_tsvector('english'::regconfig, COALESCE(text, '') || ' ' || COALESCE(quote, '') || ' ' || "
    "COALESCE(speaker, '')::text || ' ' || COALESCE(verdict_summary, ''))"
)
SLICE = 2000


def add_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE claims_claimsearch ADD COLUMN {COLUMN} tsvector GENERATED ALWAYS AS ({DOCUMENT}) STORED"
    )
    schema_editor.execute(f"CREATE INDEX {INDEX} ON claims_claimsearch USING gin ({COLUMN})")
    schema_editor.execute(f"ALTER TABLE claims_claim DROP COLUMN IF EXISTS {OLD_COLUMN}")


def remove_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE claims_claim ADD COLUMN {OLD_COLUMN} tsvector GENERATED ALWAYS AS ({OLD_DOCUMENT}) STORED"
    )
    schema_editor.execute(f"CREATE INDEX {OLD_INDEX} ON claims_claim USING gin ({OLD_COLUMN})")


def fill(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    ClaimMention = apps.get_model("claims", "ClaimMention")
    ClaimTranslation = apps.get_model("claims", "ClaimTranslation")
    Entity = apps.get_model("claims", "Entity")
    ClaimSearch = apps.get_model("claims", "ClaimSearch")
    entities = {row["pk"]: row for row in Entity.objects.values("pk", *ENTITY_FIELDS)}
    named = defaultdict(list)
    for claim_id, entity_id in ClaimMention.objects.values_list("claim_id", "entity_id"):
        named[claim_id].append(entity_id)
    translated = defaultdict(list)
    published = ClaimTranslation.objects.filter(status="published")
    for row in published.values("claim_id", "language", *TRANSLATION_FIELDS).iterator(chunk_size=SLICE):
        translated[row["claim_id"]].append(row)
    rows = []
    claims = Claim.objects.order_by("pk").values("pk", "speaker_entity_id", *CLAIM_FIELDS)
    for claim in claims.iterator(chunk_size=SLICE):
        linked = dict.fromkeys([claim["speaker_entity_id"], *named[claim["pk"]]])
        found = [entities[pk] for pk in linked if pk in entities]
        rows.append(ClaimSearch(claim_id=claim["pk"], **document(claim, found, translated[claim["pk"]])))
        if len(rows) == SLICE:
            ClaimSearch.objects.bulk_create(rows)
            rows = []
    ClaimSearch.objects.bulk_create(rows)


class Migration(migrations.Migration):
    dependencies = [("claims", "0020_entities")]

    operations = [
        migrations.CreateModel(
            name="ClaimSearch",
            fields=[
                (
                    "claim",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_text",
                        serialize=False,
                        to="claims.claim",
                    ),
                ),
                ("en", models.TextField(blank=True)),
                ("fa", models.TextField(blank=True)),
                ("ru", models.TextField(blank=True)),
                ("kk", models.TextField(blank=True)),
            ],
            options={"verbose_name": "claim's search text", "verbose_name_plural": "claims' search text"},
        ),
        migrations.RunPython(add_document, remove_document, elidable=False),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=False),
    ]
