from django.apps import AppConfig


class FactRegisterConfig(AppConfig):
    """The house itself: settings, the cache door, middleware, and the system checks on its settings."""

    name = "factregister"
    verbose_name = "Fact register"

    def ready(self):
        # Registers the checks on the register's public address and proxy settings, so that
        # `manage.py check --deploy` runs them whatever else has been imported.
        from factregister import addresses  # noqa: F401
