from django.db import migrations

from claims.migrations import _roles


class Migration(migrations.Migration):
    """Contributors and editors name the origin a source carries; editors change and delete origins."""

    dependencies = [
        ("claims", "0016_misleading_verdict"),
        ("sources", "0007_origin_records"),
    ]

    operations = [migrations.RunPython(_roles.create_roles_so_far, _roles.noop)]
