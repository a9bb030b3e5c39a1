"""The trigram index behind repeated-claim suggestions, on PostgreSQL only.

claims.repeats.suggestions asks PostgreSQL for claims whose text is trigram-similar to a
new claim's (`text % %s`); this GIN index with pg_trgm's operator class
answers that without reading every claim. SQLite has neither the extension
nor GIN indexes (claims.repeats.suggestions computes the same measure in Python there),
so nothing is done on SQLite and the index is not declared in Claim.Meta.
"""

from django.db import migrations

INDEX_NAME = "claim_text_trgm"


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} ON claims_claim USING gin (text gin_trgm_ops)")


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # The extension stays: other database objects may use it, and it costs nothing.
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0005_roles_for_figures_and_commitments")]

    operations = [migrations.RunPython(add_index, remove_index, elidable=False)]
