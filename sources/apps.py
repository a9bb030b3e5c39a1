"""The sources app's configuration."""

from django.apps import AppConfig


class SourcesConfig(AppConfig):
    name = "sources"
    verbose_name = "Sources and outlets"
    default_auto_field = "django.db.models.BigAutoField"
