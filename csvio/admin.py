"""The admin's CSV import and export, on the list of every register table.

Each register table's admin class declares `factregister.admin_tools.TableTransfer`;
`register_tables` (called from `csvio.apps.CsvioConfig.ready`) gives each of those admins a
`CsvTransfer` with the table's resource. `CsvTransfer` uses django-import-export's admin views
for the export and the import form, with its own preview and confirm:

- the preview (csvio/preview.py) gives the counts first (new, changed, unchanged, refused), then the
  new, changed and refused rows, every row on request, 100 a page, each changed row with only the cells
  it changes, their stored and new values; so a file of any length gives small pages;
- the uploaded file waits on the server under a token bound to the session (csvio/uploads.py); the
  confirm form carries only that token, never a file name.
"""

from typing import Any
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST
from import_export.admin import ExportMixin, ImportExportMixin
from import_export.fields import Field
from import_export.formats.base_formats import CSV
from import_export.forms import ImportForm, SelectableFieldsExportForm

from claims.models import (
    Claim,
    ClaimTranslation,
    Entity,
    EntityRole,
    Evidence,
    FollowUp,
    Metric,
    Visit,
    VisitTranslation,
)
from csvio import files, preview, tables, uploads
from csvio.resources import (
    ClaimResource,
    ClaimTranslationResource,
    EntityResource,
    EntityRoleResource,
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

#: wrong rows kept on the dry run's result (import-export's); the preview pages through all of them
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


class CsvExportForm(SelectableFieldsExportForm):
    """The export form, with CSV chosen: import-export puts an empty choice ("---") first."""

    def _init_formats(self, formats):
        super()._init_formats(formats)
        self.fields["format"].choices = [choice for choice in self.fields["format"].choices if choice[0] != ""]
        self.fields["format"].initial = "0"


def with_change_note(resource_class: type[RegisterResource]) -> type[RegisterResource]:
    """`resource_class` with an empty `change_note` column last: an editor who changes a published record in
    the file writes the reason there, and the import puts it on the record (csvio.rows.Table.change)."""
    meta = type("Meta", (resource_class.Meta,), {"fields": [*resource_class.Meta.fields, "change_note"]})
    return type(
        resource_class.__name__,
        (resource_class,),
        {
            "__module__": __name__,
            "Meta": meta,
            "change_note": Field(column_name="change_note", readonly=True),
            "dehydrate_change_note": lambda self, obj: "",
        },
    )


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
    export_form_class = CsvExportForm
    import_template_name = "admin/csvio/import.html"

    def __init__(self, model_admin, resource_class: type[RegisterResource]):
        # Not import-export's __init__: the list page stays the admin's own (TableTransfer draws the buttons).
        self.model_admin = model_admin
        self.model = model_admin.model
        self.opts = model_admin.opts
        self.admin_site = model_admin.admin_site
        self.resource_classes = [resource_class]
        takes_note = "change_note" in tables.TABLES[resource_class.table_name].optional
        self.export_resource_class = with_change_note(resource_class) if takes_note else resource_class

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

    def get_export_resource_classes(self, request):
        """The table's resource, with an empty `change_note` column where the table's import reads one."""
        return [self.export_resource_class]

    def get_export_queryset(self, request):
        # import-export's own reading of the list's filters and search, run on the admin whose list it is, with what
        # the resource's columns read beyond the rows' fields (a claim's mentions).
        return self.export_resource_class().prepared(ExportMixin.get_export_queryset(self.model_admin, request))

    def import_action(self, request, **kwargs):
        """The upload form; on a file, the dry run's preview, and a Confirm when nothing is wrong.

        A GET with `page` or `show` is a page of the preview waiting for this session (csvio.preview)."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        uploads.remove_old()
        form = self.create_import_form(request)
        shown: dict = {}
        if request.method == "POST":
            uploads.discard(request)  # a new upload replaces the one waiting
            if form.is_valid():
                shown = self._preview(request, form)
        elif "page" in request.GET or "show" in request.GET:
            shown = self._waiting_preview(request)
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
            **shown,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, [self.import_template_name], context)

    def _preview(self, request, form) -> dict:
        """The dry run of the uploaded file; its preview waits with it, the file only if it passed."""
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
            shown_rows=0,  # the preview's rows are csvio.preview's
            shown_errors=PREVIEW_ERRORS,
        )
        built = preview.build(result.report, result.file_rows)
        passed = result.report.ok
        token = uploads.keep(
            request, form.data_bytes if passed else None, table=self.table, file_name=upload.name, preview=built
        )
        return {"result": result, **self._preview_context(request, token, built, confirmable=passed)}

    def _waiting_preview(self, request) -> dict:
        waiting = uploads.waiting_preview(request, table=self.table)
        if waiting is None:
            messages.error(
                request,
                "No import preview is waiting for you here: it was confirmed, cancelled or cleared. "
                "Upload the file again.",
            )
            return {}
        token, built, confirmable = waiting
        return self._preview_context(request, token, built, confirmable=confirmable)

    def _preview_context(self, request, token: str, built: dict, *, confirmable: bool) -> dict:
        """The counts, one page of rows and the links to the others; the Confirm when the file passed."""
        show_all = request.GET.get("show") == "all"
        shown = preview.page(built, number=request.GET.get("page", 1), show_all=show_all)
        base = {"show": "all"} if show_all else {}
        context: dict[str, Any] = {
            "preview": {
                **built["counts"],
                "page": shown,
                "show_all": show_all,
                "previous_url": _query(base, page=shown.previous_page_number()) if shown.has_previous() else None,
                "next_url": _query(base, page=shown.next_page_number()) if shown.has_next() else None,
                "all_url": _query({"show": "all"}, page=1),
                "noteworthy_url": _query({}, page=1),
            },
        }
        if confirmable:
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


def _query(params: dict, **more) -> str:
    return "?" + urlencode({**params, **more})


def register_tables() -> None:
    """Give each register table's admin list its CSV import and export (see TableTransfer)."""
    for model, resource in (
        (Visit, VisitResource),
        (Entity, EntityResource),
        (EntityRole, EntityRoleResource),
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
