"""The CSV app's configuration."""

from django.apps import AppConfig


class CsvioConfig(AppConfig):
    name = "csvio"
    verbose_name = "CSV import and export"
