"""How a room higher up the house adds to the admin of a room below it.

`sources` knows nothing of claims, and neither knows of CSV; yet the source page
logs claims and every list has CSV buttons. The higher room re-registers the
lower room's admin with its own mixins in front, here, in one documented way,
so the lower room's code stays free of the higher room's imports. Apps are
autodiscovered in INSTALLED_APPS order, so the lower room's admin is registered
first.
"""

from django.contrib import admin


def extend_admin(model, *mixins, site=admin.site, **attributes):
    """Re-register `model` with `mixins` in front of its admin class and `attributes` set on it."""
    registered = type(site.get_model_admin(model))
    site.unregister(model)
    extended = type(registered.__name__, (*mixins, registered), {"__module__": mixins[0].__module__, **attributes})
    site.register(model, extended)
    return extended
