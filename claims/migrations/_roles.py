"""Shared by the role migrations (the loader skips modules whose names start with '_')."""

from django.contrib.auth.management import create_permissions

from claims.roles import sync_roles


def create_roles(apps, schema_editor, *, missing_ok=False):
    # Permissions are normally created after all migrations run; make sure
    # they exist now so the groups can be given them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"), missing_ok=missing_ok)


def create_roles_so_far(apps, schema_editor):
    """For early migrations: permissions of models added later are given by a later role migration."""
    create_roles(apps, schema_editor, missing_ok=True)


def noop(apps, schema_editor):
    pass
