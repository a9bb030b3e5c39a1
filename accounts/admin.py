"""People's accounts in the admin: each user's role at a glance, and what a Desk admin may change.

A Desk admin manages accounts and their roles without being a superuser: they
can add people, give and take roles, reset passwords and deactivate accounts.
They cannot make anyone a superuser or grant permissions outside the roles
(those fields are not on their form), and they cannot change a superuser's
account (which would let them log in as one).
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group

from accounts.roles import roles_of
from claims.roles import ROLES

User = get_user_model()
# The fields only a superuser may set.
SUPERUSER_ONLY = ("is_superuser", "user_permissions")


@admin.display(description="Role")
def role(user) -> str:
    if user.is_superuser:
        return "Superuser (bypasses roles)"
    return ", ".join(roles_of(user)) or "No role"


class RegisterUserAdmin(UserAdmin):
    list_display = ["username", "email", role, "is_active", "is_staff", "last_login"]
    list_filter = ["groups", "is_active", "is_staff", "is_superuser"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser:
            return fieldsets
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f not in SUPERUSER_ONLY]})
            for name, options in fieldsets
        ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups" and not request.user.is_superuser:
            kwargs["queryset"] = Group.objects.filter(name__in=ROLES.values())
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        if not request.user.is_superuser:
            # Whatever a crafted form posts, only a superuser makes superusers.
            obj.is_superuser = User.objects.filter(pk=obj.pk, is_superuser=True).exists() if obj.pk else False
        super().save_model(request, obj, form, change)


admin.site.unregister(User)
admin.site.register(User, RegisterUserAdmin)
