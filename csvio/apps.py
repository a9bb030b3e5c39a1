"""The CSV app's configuration."""

from django.apps import AppConfig


class CsvioConfig(AppConfig):
    name = "csvio"
    verbose_name = "CSV import and export"

    def ready(self):
        # The Import and Export buttons of every register table's admin list (csvio/admin.py).
        from csvio.admin import register_tables

        register_tables()
