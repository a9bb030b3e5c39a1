"""Give the roles their permissions on metrics, follow-ups and repeat dismissals."""

from django.db import migrations

from claims.migrations import _roles


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_figures_commitments_repeats_versions")]

    operations = [migrations.RunPython(_roles.create_roles_so_far, _roles.noop)]
