"""How a room higher up the house adds to the admin of a room below it.

`sources` knows nothing of claims, and neither knows of CSV; yet the source page
logs claims and every list has CSV buttons. The higher room re-registers the
lower room's admin with its own mixins in front, here, in one documented way,
so the lower room's code stays free of the higher room's imports. Apps are
autodiscovered in INSTALLED_APPS order, so the lower room's admin is registered
first.
"""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied


def extend_admin(model, *mixins, site=admin.site, **attributes):
    """Re-register `model` with `mixins` in front of its admin class and `attributes` set on it."""
    registered = type(site.get_model_admin(model))
    site.unregister(model)
    extended = type(registered.__name__, (*mixins, registered), {"__module__": mixins[0].__module__, **attributes})
    site.register(model, extended)
    return extended


class LiveRevertMixin:
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
