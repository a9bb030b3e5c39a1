"""People's accounts in the admin: each user's role at a glance, and what a Desk admin may change.

A Desk admin manages accounts and their roles without being a superuser: they can add people, give and take
the roles they may give (accounts.roles.grantable_roles: never Editor unless they are an editor too), reset
passwords and deactivate accounts. They cannot make anyone a superuser or grant permissions outside the roles
(those fields are not on their form), and they cannot change an account holding more than they could give
(a superuser's, or an editor's for a desk admin who is not one), which would let them log in as it. Nobody
changes the register's system account.
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied

from accounts.passwords import mark_one_time
from accounts.roles import check_username, grantable_roles, is_system_account, may_manage, roles_of

User = get_user_model()
# The fields only a superuser may set.
SUPERUSER_ONLY = ("is_superuser", "user_permissions")


class AccountCreationForm(AdminUserCreationForm):
    def clean_username(self):
        username = super().clean_username()
        check_username(username)
        return username


class AccountChangeForm(UserChangeForm):
    def clean_username(self):
        username = self.cleaned_data.get("username")
        check_username(username)
        return username


@admin.display(description="Role")
def role(user) -> str:
    if is_system_account(user):
        return "System account (cannot log in)"
    if user.is_superuser:
        return "Superuser (bypasses roles)"
    return ", ".join(roles_of(user)) or "No role"


class RegisterUserAdmin(UserAdmin):
    form = AccountChangeForm
    add_form = AccountCreationForm
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
            # Only the roles this person may give; a crafted form naming another group is refused as invalid.
            kwargs["queryset"] = Group.objects.filter(name__in=grantable_roles(request.user))
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def has_change_permission(self, request, obj=None):
        if obj is not None and not may_manage(request.user, obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and not may_manage(request.user, obj):
            return False
        return super().has_delete_permission(request, obj)

    def delete_queryset(self, request, queryset):
        if any(not may_manage(request.user, user) for user in queryset):
            raise PermissionDenied(
                "The selection holds an account you may not delete (the system account or one "
                "holding more than you could give)."
            )
        super().delete_queryset(request, queryset)

    def save_model(self, request, obj, form, change):
        if not request.user.is_superuser:
            # Whatever a crafted form posts, only a superuser makes superusers.
            obj.is_superuser = User.objects.filter(pk=obj.pk, is_superuser=True).exists() if obj.pk else False
        super().save_model(request, obj, form, change)
        if not change and obj.has_usable_password():
            mark_one_time(obj)  # the person who added the account chose it

    def user_change_password(self, request, id, form_url=""):
        """A password set here for someone else is one-time: they choose their own when they log in with it."""
        before = User.objects.filter(pk=id).values_list("password", flat=True).first()
        response = super().user_change_password(request, id, form_url)
        user = User.objects.filter(pk=id).first()
        if user is not None and user.password != before and user.pk != request.user.pk and user.has_usable_password():
            mark_one_time(user)
        return response


admin.site.unregister(User)
admin.site.register(User, RegisterUserAdmin)
