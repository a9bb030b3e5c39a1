"""The admin's CSV import and export buttons, shared by every register model's admin."""

from django import forms
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV
from import_export.forms import ImportForm

from claims import csvio


class CsvImportForm(ImportForm):
    """Refuses an empty, binary, non-UTF-8 or oversized file with the importer's own message."""

    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        try:
            csvio.check_size(upload.size)
            data = b"".join(upload.chunks())
            csvio.decode(data)
        except csvio.CsvFileError as error:
            raise forms.ValidationError(str(error)) from None
        upload.seek(0)
        return upload


class RegisterImportExportMixin(ImportExportMixin):
    """Import (with the dry-run preview) and export of the current filtered list, as CSV."""

    formats = [CSV]
    import_form_class = CsvImportForm
