"""The GIN index behind the register's full-text search, on PostgreSQL only.

SQLite has no GIN index (search there falls back to substring matching), so
the index is not declared in Claim.Meta: that would make SQLite's migrations
fail. Its expression comes from claims.search.search_vector(), the same one
ClaimQuerySet.search() queries, so PostgreSQL can use it.
"""

from django.db import migrations

INDEX_NAME = "claim_search_gin"


def _index():
    from django.contrib.postgres.indexes import GinIndex

    from claims.search import search_vector

    return GinIndex(search_vector(), name=INDEX_NAME)


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("claims", "Claim"), _index())


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("claims", "Claim"), _index())


class Migration(migrations.Migration):
    dependencies = [("claims", "0002_roles")]

    operations = [migrations.RunPython(add_index, remove_index, elidable=False)]
