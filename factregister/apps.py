"""The project package's configuration: its system checks, and the freshness stamp moved by every migrate."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class FactRegisterConfig(AppConfig):
    """The project's shared machinery: settings, the public cache and its freshness stamp, middleware, and the
    system checks on its settings."""

    name = "factregister"
    verbose_name = "Fact register"

    def ready(self):
        # Registers the checks on the register's public address and proxy settings, so that
        # `manage.py check --deploy` runs them whatever else has been imported.
        from factregister import addresses  # noqa: F401

        # A data migration may change what the public sees: every migrate moves the freshness stamp.
        from factregister.publiccache import migrated

        post_migrate.connect(migrated, sender=self, dispatch_uid="factregister-migrated")
