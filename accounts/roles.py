"""Giving people roles: the one way an account is made (add_user, create_local_editor, the admin)."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction

from claims.roles import ROLES


def role_groups():
    """The groups that are roles, in the order the roles are listed."""
    groups = {group.name: group for group in Group.objects.filter(name__in=ROLES.values())}
    return [groups[name] for name in ROLES.values() if name in groups]


def roles_of(user) -> list[str]:
    return [group.name for group in user.groups.all() if group.name in ROLES.values()]


@transaction.atomic
def account_create(*, username: str, roles: list[str], email: str = "", password: str | None = None):
    """An active staff account in the given roles (keys of claims.roles.ROLES), never a superuser.

    Returns the user and the password it was given: `password`, or a random one to be shown once.
    """
    unknown = [role for role in roles if role not in ROLES]
    if unknown or not roles:
        raise ValidationError(f"Give one or more roles from: {', '.join(ROLES)}.")
    users = get_user_model().objects
    if users.filter(username=username).exists():
        raise ValidationError(f"There is already an account called '{username}'.")
    groups = list(Group.objects.filter(name__in=[ROLES[role] for role in roles]))
    if len(groups) != len(set(roles)):
        raise ValidationError("The role groups do not exist yet: run `manage.py migrate` first.")
    password = password or secrets.token_urlsafe(12)
    user = users.create_user(username=username, email=email, password=password, is_staff=True)
    user.groups.add(*groups)
    return user, password
