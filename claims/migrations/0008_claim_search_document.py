"""The full-text search document, stored: a generated tsvector column, on PostgreSQL only.

Ranking matches by relevance needs each match's tsvector. With only the
expression index of migration 0003, PostgreSQL rebuilt it from the text of
every matching claim on every search (about 90 ms for 1,400 matches at 100,000
claims). A stored generated column keeps it with the row, and its GIN index
replaces the expression index. `ClaimQuerySet.search()` reads the column
through `claims.search.SearchDocument`. It is not a model field, so SQLite
(which has no tsvector and searches by substrings) and every INSERT, UPDATE and
COPY of the register are unaffected: PostgreSQL computes it.
"""

from django.db import migrations

COLUMN = "search_document"
INDEX = "claim_search_document"
OLD_INDEX = "claim_search_gin"
# The same document as claims.search.search_vector() over SEARCH_FIELDS, in SQL.
DOCUMENT = (
    "to_tsvector('english'::regconfig, COALESCE(text, '') || ' ' || COALESCE(quote, '') || ' ' || "
    "COALESCE(speaker, '')::text || ' ' || COALESCE(verdict_summary, ''))"
)


def add_column(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE claims_claim ADD COLUMN {COLUMN} tsvector GENERATED ALWAYS AS ({DOCUMENT}) STORED"
    )
    schema_editor.execute(f"CREATE INDEX {INDEX} ON claims_claim USING gin ({COLUMN})")
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")


def remove_column(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"CREATE INDEX {OLD_INDEX} ON claims_claim USING gin (({DOCUMENT}))")
    schema_editor.execute(f"ALTER TABLE claims_claim DROP COLUMN {COLUMN}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0007_published_claim_indexes")]

    operations = [migrations.RunPython(add_column, remove_column, elidable=False)]
