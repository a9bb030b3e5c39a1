"""Admin pieces shared by the register's apps: bounded inlines, live reverts, the "View on site" check,
and `TableTransfer`, the import and export buttons that an app higher up (csvio) provides for the
admin lists of the apps below it."""

from collections.abc import Callable
from typing import Any, ClassVar, Protocol
from urllib.parse import urlencode

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.forms.models import BaseInlineFormSet
from django.http import Http404
from django.urls import NoReverseMatch, URLPattern, reverse

from factregister.admin_types import HistoryAdminBase, InlineAdminBase


class Transfer(Protocol):
    """The import and export views of one admin list, as the app that registered them builds them."""

    def get_urls(self) -> list[URLPattern]: ...

    def changelist_context(self, request) -> dict[str, Any]: ...


class TableTransfer:
    """Import and Export buttons on this admin's list, with views from the app registered for its model.

    The admin declares the mixin in its class statement; the views behind the buttons belong to the app
    that knows the file format, which registers them per model when Django starts:
    `csvio.apps.CsvioConfig.ready` calls `TableTransfer.register(Claim, CsvTransfer.for_resource(...))`
    for each register table, and `csvio/admin.py: CsvTransfer` holds the views (upload and preview,
    confirm, export). So `claims` and `sources` need not import `csvio`, and a model nothing is registered
    for has no buttons and no import or export addresses. The buttons are drawn by
    `templates/admin/change_list_object_tools.html` from the context the transfer gives.
    """

    #: what builds the transfer of each model's admin, filled by `register`
    transfers: ClassVar[dict[type[Model], Callable[[admin.ModelAdmin], Transfer]]] = {}

    @classmethod
    def register(cls, model: type[Model], build: Callable[[admin.ModelAdmin], Transfer]) -> None:
        """Give `model`'s admin list the import and export views `build(model_admin)` returns."""
        cls.transfers[model] = build

    def get_transfer(self) -> Transfer | None:
        """This admin's transfer, built on first use (the admin exists before the apps are ready)."""
        model_admin: Any = self
        if "_transfer" not in vars(self):
            build = self.transfers.get(model_admin.model)
            self._transfer = build(model_admin) if build else None
        return self._transfer

    def get_urls(self):
        transfer = self.get_transfer()
        return [*(transfer.get_urls() if transfer else []), *super().get_urls()]  # type: ignore[misc]

    def changelist_view(self, request, extra_context=None):
        transfer = self.get_transfer()
        if transfer:
            extra_context = {**(extra_context or {}), **transfer.changelist_context(request)}
        return super().changelist_view(request, extra_context)  # type: ignore[misc]


class BoundedInlineFormSet(BaseInlineFormSet):
    """The first `max_shown` rows of an inline, in its order, so a change page costs the same whatever the
    parent holds (an article with 26,000 claims). `total` and `see_all_url` tell the page about the rest."""

    max_shown = 20
    see_all_url: str | None = None
    rows_name = "rows"

    def get_queryset(self):
        if not hasattr(self, "_bounded"):
            everything = super().get_queryset()
            self._bounded = list(everything[: self.max_shown])
            # Counted only when the page is full: a parent with few rows costs no extra query.
            self.total = everything.count() if len(self._bounded) == self.max_shown else len(self._bounded)
        return self._bounded

    @property
    def hidden_count(self) -> int:
        self.get_queryset()
        return self.total - len(self._bounded)


class BoundedInlineMixin(InlineAdminBase):
    """An inline that shows its first `max_shown` rows and links to the change list of the rest.

    For inlines whose existing rows are read-only or deleted one by one (rules that read every row of
    the parent at once, like a claim's evidence, need every row on the form)."""

    formset = BoundedInlineFormSet
    max_shown = BoundedInlineFormSet.max_shown

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The inline's own template (tabular or stacked), wrapped with the note about the rows not shown.
        self.bounded_base_template = self.template
        self.template = "admin/edit_inline/bounded.html"

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        opts = self.model._meta
        attributes = {"max_shown": self.max_shown, "see_all_url": None, "rows_name": opts.verbose_name_plural}
        if obj is not None and obj.pk is not None and request.user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            try:
                changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
            except NoReverseMatch:
                changelist = None
            if changelist:
                # The formset factory sets `fk` (the ForeignKey) on the class; django-stubs types it as a descriptor.
                fk = formset.fk.name  # type: ignore[attr-defined]
                attributes["see_all_url"] = f"{changelist}?{urlencode({f'{fk}__id__exact': obj.pk})}"
        return type(formset.__name__, (formset,), attributes)


class LiveRevertMixin(HistoryAdminBase):
    """The history page's Revert asks the live record, not the old version, who may change it.

    simple-history checks the permission against the historical instance it rebuilds, so a
    version from before publication would let anyone who may change an unpublished record
    overwrite a published one. Here a revert (a POST) is refused unless the admin's `may_revert`
    (its own `has_change_permission` unless it says more) allows changing the record as it stands
    now, and the Revert button is hidden on the same test. A deleted record is brought back from its list of deleted
    rows, never by a revert. The save itself is the admin's `save_model`, which writes through
    the services like the change page.
    """

    def may_revert(self, request, live) -> bool:
        """Whether the user may overwrite the live record with an old version of it."""
        return self.has_change_permission(request, live)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        live = self.get_object(request, unquote(object_id))
        request.history_live_object = live
        if request.method == "POST" and (live is None or not self.may_revert(request, live)):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def revert_disabled(self, request, obj=None):
        live = getattr(request, "history_live_object", None)
        if live is None or not self.may_revert(request, live):
            return True
        return super().revert_disabled(request, obj)


def view_on_site(request, content_type_id: int, object_id: str):
    """The admin's "View on site" link, followed only by someone who may see the object in the admin.

    Django's own (contenttypes' `shortcut`) asks only that the user be staff, so any staff account (a desk
    admin) could learn an unpublished claim's public address, whose ref is made of its words, by its id.
    """
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except ContentType.DoesNotExist:
        raise Http404 from None
    model_admin = admin.site._registry.get(model) if model is not None else None
    if model_admin is None or not model_admin.has_view_or_change_permission(request):
        raise PermissionDenied
    return shortcut(request, content_type_id, object_id)


class LabelledAutocompleteJsonView(AutocompleteJsonView):
    """The admin's autocomplete, each choice labelled by its ModelAdmin's `autocomplete_label(obj)` if it has one.

    A model's `__str__` is what the public reads (a source's title); an editor picking one of many sources with
    the same title needs more (the outlet and the date). The related rows the label reads are those the admin's
    `list_select_related` names, read in the same query.
    """

    def get_queryset(self):
        queryset = super().get_queryset()
        related = getattr(self.model_admin, "list_select_related", None)
        return queryset.select_related(*related) if isinstance(related, (list, tuple)) and related else queryset

    def serialize_result(self, obj, to_field_name):
        label = getattr(self.model_admin, "autocomplete_label", None)
        if label is None:
            return super().serialize_result(obj, to_field_name)
        return {"id": str(getattr(obj, to_field_name)), "text": label(obj)}
