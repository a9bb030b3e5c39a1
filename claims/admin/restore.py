"""Bringing back what was deleted or overwritten, from the admin.

Deletions and earlier versions stay in django-simple-history; these mixins
give the claim and evidence pages a "Deleted" list with Restore buttons, and
make the history page's Revert restore a claim's content without touching its
workflow state (verdict and publication change only through the services).
"""

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Model, QuerySet
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from claims.models import Claim
from factregister.admin_types import HistoryAdminBase, ModelAdminBase

# The fields a revert leaves as they are now: the workflow's, and the lock.
WORKFLOW_STATE = ("status", "verdict_summary", "is_published", "published_at", "created_by_id", "version")


class RestoreDeletedAdminMixin(ModelAdminBase):
    """A list of deleted rows with a Restore button for each; the restoring is a service's job."""

    change_list_template = "admin/claims/change_list_with_deleted.html"
    # Each admin sets both: the history rows of its deleted records, and the service that brings one back
    # (history_id=..., user=...) -> the restored record.
    deleted_records: Callable[[], QuerySet]
    restore_deleted: Callable[..., Model]

    def _url_name(self, suffix: str) -> str:
        return f"{self.opts.app_label}_{self.opts.model_name}_{suffix}"

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("deleted/", wrap(self.deleted_view), name=self._url_name("deleted")),
            path("deleted/<int:history_id>/restore/", wrap(self.restore_view), name=self._url_name("restore")),
        ] + super().get_urls()

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "deleted_url": reverse(f"admin:{self._url_name('deleted')}")}
        return super().changelist_view(request, extra_context)

    def deleted_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        page = Paginator(self.deleted_records(), 50).get_page(request.GET.get("page"))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Deleted {self.opts.verbose_name_plural}",
            "opts": self.opts,
            "page": page,
            "can_restore": self.has_add_permission(request) and self.has_delete_permission(request),
            "restore_url_name": f"admin:{self._url_name('restore')}",
        }
        return TemplateResponse(request, "admin/claims/deleted_list.html", context)

    def restore_view(self, request, history_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_change_permission(request):
            raise PermissionDenied
        try:
            restored = self.restore_deleted(history_id=history_id, user=request.user)
        except (ValidationError, PermissionDenied) as error:
            text = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
            self.message_user(request, f"Not restored — {text}", messages.ERROR)
            return HttpResponseRedirect(reverse(f"admin:{self._url_name('deleted')}"))
        self.message_user(request, f"Restored {self.opts.verbose_name} '{restored}'.", messages.SUCCESS)
        return HttpResponseRedirect(reverse(f"admin:{self._url_name('change')}", args=[restored.pk]))


class RevertContentOnlyMixin(HistoryAdminBase):
    """The history page's Revert restores a claim's wording, not its verdict or publication.

    simple-history builds the form from the old version, workflow fields and
    lock included; saving that would re-publish or change a verdict behind the
    services' back, or trip the edit lock. So the old version's workflow state
    is replaced by the live one before the form is built.
    """

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        request.reverting_claim = True
        with transaction.atomic():
            return super().history_form_view(request, object_id, version_id, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None and getattr(request, "reverting_claim", False):
            live = Claim.objects.filter(pk=obj.pk).values(*WORKFLOW_STATE).first()
            if live is None:
                raise PermissionDenied("This claim is deleted: restore it from the list of deleted claims.")
            for field, value in live.items():
                setattr(obj, field, value)
        return super().get_form(request, obj, change=change, **kwargs)
