"""The admin's CSV import and export, on the list of every register table.

Each register table's admin class declares `factregister.admin_tools.TableTransfer`;
`register_tables` (called from `csvio.apps.CsvioConfig.ready`) gives each of those admins a
`CsvTransfer` with the table's resource. `CsvTransfer` uses django-import-export's admin views
for the export and the import form, with its own preview and confirm:

- the preview shows the first `PREVIEW_ROWS` rows and the first `PREVIEW_ERRORS` wrong rows, with
  counts of all, so a file of any length gives a small page;
- the uploaded file waits on the server under a token bound to the session (csvio/uploads.py); the
  confirm form carries only that token, never a file name.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST
from import_export.admin import ExportMixin, ImportExportMixin
from import_export.formats.base_formats import CSV
from import_export.forms import ImportForm

from claims.models import Claim, ClaimTranslation, Evidence, FollowUp, Metric, Visit, VisitTranslation
from csvio import files, uploads
from csvio.resources import (
    ClaimResource,
    ClaimTranslationResource,
    EvidenceResource,
    FollowUpResource,
    MetricResource,
    OriginResource,
    OutletResource,
    RegisterResource,
    SourceResource,
    VisitResource,
    VisitTranslationResource,
)
from factregister.admin_tools import TableTransfer
from sources.models import Origin, Outlet, Source

#: rows of a valid file the preview shows; the rest are counted
PREVIEW_ROWS = 100
#: wrong rows the preview lists with their problems; the rest are counted
PREVIEW_ERRORS = 500


class CsvImportForm(ImportForm):
    """Refuses an empty, binary, non-UTF-8 or oversized file with the importer's own message."""

    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        try:
            files.check_size(upload.size)
            data = b"".join(upload.chunks())
            self.text = files.decode(data)
        except files.CsvFileError as error:
            raise forms.ValidationError(str(error)) from None
        self.data_bytes = data
        return upload


class ConfirmForm(forms.Form):
    """The preview's Confirm and Cancel: the token of the file waiting on the server, nothing else."""

    token = forms.CharField(widget=forms.HiddenInput(), max_length=64)


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


class CsvTransfer(ImportExportMixin):
    """CSV import (upload and preview, then confirm or cancel) and export for one register table's admin.

    import-export's mixin is written to be part of a ModelAdmin; here it is an object beside the
    admin, given the admin's model, site and media, and asking the admin for its current list when
    exporting. Its permission checks (settings.IMPORT_EXPORT_*_PERMISSION_CODE) apply unchanged.
    """

    formats = [CSV]
    export_formats = [CSV, ExcelCSV]
    import_form_class = CsvImportForm
    import_template_name = "admin/csvio/import.html"

    def __init__(self, model_admin, resource_class: type[RegisterResource]):
        # Not import-export's __init__: the list page stays the admin's own (TableTransfer draws the buttons).
        self.model_admin = model_admin
        self.model = model_admin.model
        self.opts = model_admin.opts
        self.admin_site = model_admin.admin_site
        self.resource_classes = [resource_class]

    @classmethod
    def for_resource(cls, resource_class: type[RegisterResource]):
        """What `TableTransfer.register` calls to build the transfer of an admin."""
        return lambda model_admin: cls(model_admin, resource_class)

    @property
    def media(self):
        return self.model_admin.media

    @property
    def table(self) -> str:
        return self.resource_classes[0].table_name

    def _url_name(self, view: str) -> str:
        return f"{self.opts.app_label}_{self.opts.model_name}_{view}"

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("import/", wrap(self.import_action), name=self._url_name("import")),
            path("process_import/", wrap(self.process_import), name=self._url_name("process_import")),
            path("export/", wrap(self.export_action), name=self._url_name("export")),
        ]

    def _url(self, view: str) -> str:
        return reverse(f"admin:{self._url_name(view)}", current_app=self.admin_site.name)

    def changelist_context(self, request) -> dict:
        """The addresses of the Import and Export buttons this user may use."""
        return {
            "transfer_import_url": self._url("import") if self.has_import_permission(request) else None,
            "transfer_export_url": self._url("export") if self.has_export_permission(request) else None,
        }

    def get_export_queryset(self, request):
        # import-export's own reading of the list's filters and search, run on the admin whose list it is.
        return ExportMixin.get_export_queryset(self.model_admin, request)

    def import_action(self, request, **kwargs):
        """The upload form; on a file, the dry run's preview, and a Confirm when nothing is wrong."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        uploads.remove_old()
        form = self.create_import_form(request)
        preview = {}
        if request.method == "POST":
            uploads.discard(request)  # a new upload replaces the one waiting
            if form.is_valid():
                preview = self._preview(request, form)
        resource_class = self.resource_classes[0]
        context = {
            **self.admin_site.each_context(request),
            "title": "Import",
            "form": form,
            "opts": self.opts,
            "media": self.media + form.media,
            "fields_list": [
                (
                    resource_class.get_display_name(),
                    [field.column_name for field in resource_class().get_user_visible_fields()],
                )
            ],
            "import_error_display": self.import_error_display,
            **preview,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, [self.import_template_name], context)

    def _preview(self, request, form) -> dict:
        """The dry run of the uploaded file, bounded for the page; the file waits for Confirm if it passed."""
        upload = form.cleaned_data["import_file"]
        try:
            dataset = CSV().create_dataset(form.text)
        except Exception as error:  # the csv module's and tablib's errors on a malformed file
            self.add_data_read_fail_error_to_form(form, error)
            return {}
        resource = self.choose_import_resource_class(form, request)(**self.get_import_resource_kwargs(request))
        result = resource.import_data(
            dataset,
            dry_run=True,
            raise_errors=False,
            file_name=upload.name,
            user=request.user,
            shown_rows=PREVIEW_ROWS,
            shown_errors=PREVIEW_ERRORS,
        )
        context = {"result": result, "preview": preview_counts(result)}
        if not result.has_errors() and not result.has_validation_errors():
            token = uploads.keep(request, form.data_bytes, table=self.table, file_name=upload.name)
            context["confirm_form"] = ConfirmForm(initial={"token": token})
        return context

    @method_decorator(require_POST)
    def process_import(self, request, **kwargs):
        """Confirm (import the waiting file for real) or Cancel (remove it); a token not waiting writes nothing."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        token = str(request.POST.get("token", ""))
        if "cancel" in request.POST:
            uploads.cancel(request, token, table=self.table)
            messages.info(request, "The import was cancelled; nothing was written.")
            return HttpResponseRedirect(self._url("changelist"))
        try:
            data, file_name = uploads.take(request, token, table=self.table)
        except uploads.NotWaiting as error:
            messages.error(request, str(error))
            return HttpResponseRedirect(self._url("import"))
        dataset = CSV().create_dataset(files.decode(data))
        resource = self.resource_classes[0](**self.get_import_resource_kwargs(request))
        result = resource.import_data(
            dataset, dry_run=False, file_name=file_name, user=request.user, retain_instance_in_row_result=True
        )
        return self.process_result(result, request)

    def add_success_message(self, result, request):
        """After the confirmed import: its problems when the write was refused, not "Import finished"."""
        if not result.has_validation_errors():
            super().add_success_message(result, request)
            return
        problems = [
            f"Row {row.number}: {message}" if row.number > 1 else message
            for row in result.invalid_rows[:5]
            for messages_ in row.error_dict.values()
            for message in messages_
        ]
        messages.error(request, " ".join(problems))


def preview_counts(result) -> dict:
    """What the preview page says of the whole file, beside the rows it shows."""
    totals = result.totals
    shown = sum(1 for _ in result.valid_rows())
    valid = totals["new"] + totals["update"] + totals["skip"]
    wrong = max(totals["invalid"], len(result.invalid_rows))  # a wrong header is a wrong "row 1", not counted
    return {
        "rows": result.total_rows,
        "new": totals["new"],
        "changed": totals["update"],
        "unchanged": totals["skip"],
        "shown": shown,
        "not_shown": valid - shown,
        "wrong_rows": wrong,
        "wrong_rows_not_shown": wrong - len(result.invalid_rows),
    }


def register_tables() -> None:
    """Give each register table's admin list its CSV import and export (see TableTransfer)."""
    for model, resource in (
        (Visit, VisitResource),
        (Origin, OriginResource),
        (Outlet, OutletResource),
        (Source, SourceResource),
        (Metric, MetricResource),
        (Claim, ClaimResource),
        (Evidence, EvidenceResource),
        (FollowUp, FollowUpResource),
        (ClaimTranslation, ClaimTranslationResource),
        (VisitTranslation, VisitTranslationResource),
    ):
        TableTransfer.register(model, CsvTransfer.for_resource(resource))
