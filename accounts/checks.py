"""System checks on accounts: a superuser in a role group is a role that does not hold."""

from django.contrib.auth import get_user_model
from django.core.checks import Tags, Warning, register
from django.db import DatabaseError

from claims.roles import ROLES


@register(Tags.security, Tags.database)
def superusers_bypass_roles(app_configs, databases=None, **kwargs):
    """Warn about each superuser who is also in a role group: superusers bypass every role."""
    if not databases:
        return []
    try:
        names = list(
            get_user_model()
            .objects.filter(is_superuser=True, groups__name__in=ROLES.values())
            .values_list("username", flat=True)
            .distinct()
        )
    except DatabaseError:  # not migrated yet
        return []
    return [
        Warning(
            f"The superuser '{name}' is also in a role group: superusers bypass roles, so that role is not "
            "enforced for them.",
            hint=f"Make '{name}' a normal account with `manage.py add_user` (or untick 'Superuser status'), or "
            "take them out of the role groups.",
            obj=name,
            id="accounts.W001",
        )
        for name in names
    ]
