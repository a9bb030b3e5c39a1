from django.db import migrations

from claims.migrations import _roles


class Migration(migrations.Migration):
    """Contributors propose changes to sources that published claims cite; editors decide them."""

    dependencies = [
        ("claims", "0011_former_refs_public_sources"),
        ("sources", "0003_source_change_proposal"),
    ]

    operations = [migrations.RunPython(_roles.create_roles_so_far, _roles.noop)]
