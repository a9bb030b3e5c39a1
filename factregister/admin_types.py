"""What the admin's mixins are mixed into, named for mypy: `class SearchMixin(ModelAdminBase)`.

At run time each name is `object`, so a mixin stays a plain mixin placed in front of the admin class
it extends, as Django's own mixins are. Under type checking it is the class the mixin will be combined
with, so mypy checks the mixin's `self.message_user(...)`, `super().get_urls()` and the like against it.
django-simple-history ships no types: a mixin of its history admin is checked against nothing more
than `Any`.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from django import forms
    from django.contrib.admin import ModelAdmin
    from django.contrib.admin.options import InlineModelAdmin
    from simple_history.admin import SimpleHistoryAdmin

    ModelAdminBase = ModelAdmin[Any]
    InlineAdminBase = InlineModelAdmin[Any, Any]
    HistoryAdminBase = SimpleHistoryAdmin
    ModelFormBase = forms.ModelForm[Any]
else:
    ModelAdminBase = InlineAdminBase = HistoryAdminBase = ModelFormBase = object
