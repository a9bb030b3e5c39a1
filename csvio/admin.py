"""The admin's CSV import and export buttons, on the list of every register table."""

from django import forms
from django.contrib import messages
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV
from import_export.forms import ImportForm

from claims.models import Claim, Evidence, FollowUp, Metric, Visit
from csvio import files
from csvio.resources import (
    ClaimResource,
    EvidenceResource,
    FollowUpResource,
    MetricResource,
    OriginResource,
    OutletResource,
    SourceResource,
    VisitResource,
)
from factregister.admin_tools import extend_admin
from sources.models import Origin, Outlet, Source


class CsvImportForm(ImportForm):
    """Refuses an empty, binary, non-UTF-8 or oversized file with the importer's own message."""

    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        try:
            files.check_size(upload.size)
            data = b"".join(upload.chunks())
            files.decode(data)
        except files.CsvFileError as error:
            raise forms.ValidationError(str(error)) from None
        upload.seek(0)
        return upload


class ExcelCSV(CSV):
    """CSV with a UTF-8 byte-order mark, so that Excel reads Persian and Cyrillic text. Export only."""

    def get_title(self):
        return "csv (for Excel)"

    def get_extension(self):
        return "csv"

    def can_import(self):
        return False

    def export_data(self, dataset, **kwargs):
        return files.BOM + dataset.export("csv", **kwargs)


class RegisterImportExportMixin(ImportExportMixin):
    """Import (with the dry-run preview) and export of the current filtered list, as CSV (or CSV for Excel)."""

    formats = [CSV]
    export_formats = [CSV, ExcelCSV]
    import_form_class = CsvImportForm

    def add_success_message(self, result, request):
        """After the confirmed import: its problems when the write was refused, not "Import finished"."""
        if not result.has_validation_errors():
            super().add_success_message(result, request)
            return
        problems = [
            f"Row {row.number}: {message}" if row.number > 1 else message
            for row in result.invalid_rows[:5]
            for messages in row.error_dict.values()
            for message in messages
        ]
        messages.error(request, " ".join(problems))


# Each register table's admin, with its CSV resource. The admins belong to the rooms
# below (claims, sources); the buttons are added from here, so they need not know of CSV.
for _model, _resource in (
    (Visit, VisitResource),
    (Outlet, OutletResource),
    (Origin, OriginResource),
    (Source, SourceResource),
    (Metric, MetricResource),
    (Claim, ClaimResource),
    (Evidence, EvidenceResource),
    (FollowUp, FollowUpResource),
):
    extend_admin(_model, RegisterImportExportMixin, resource_classes=[_resource])
