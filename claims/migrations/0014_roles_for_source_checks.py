from django.db import migrations

from claims.migrations import _roles


class Migration(migrations.Migration):
    """Everyone on the desk reads what the source watch found; editors ask it to check sources."""

    dependencies = [
        ("claims", "0013_claim_quote_found_evidence_quote_found_and_more"),
        ("sources", "0006_source_watch"),
    ]

    operations = [migrations.RunPython(_roles.create_roles_so_far, _roles.noop)]
