"""The claims app's configuration: the Contributor and Editor groups made again after every migrate and flush."""

from django.apps import AppConfig
from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS
from django.db.models.signals import post_migrate


def ensure_roles(sender, apps=global_apps, using=DEFAULT_DB_ALIAS, **kwargs):
    """The Contributor and Editor groups with their permissions, after every migrate and flush.

    The role migrations create them once; a `flush` (or a test database emptied between tests)
    deletes them with everything else, and `system_user()` and the admin need them.
    """
    from claims.roles import sync_roles

    if using == DEFAULT_DB_ALIAS:
        sync_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"), missing_ok=True)


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and verdicts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # After auth's own post_migrate handler has created the permissions (auth is installed first).
        post_migrate.connect(ensure_roles, sender=self, dispatch_uid="claims-ensure-roles")
