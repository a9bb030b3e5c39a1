"""Giving people roles: the one way an account is made (add_user, create_local_editor, the admin), and who
may give which role and change whose account.

A superuser gives every role. A desk admin gives and takes Contributor and Desk admin; Editor only when they
are an editor too, so that nobody makes themselves (or a friend) an editor without already being one. A
non-superuser changes only accounts whose every role they could give: setting an editor's password would
otherwise let a desk admin log in as an editor. Nobody changes the system account (claims.roles.SYSTEM_USERNAME),
which never logs in.
"""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.passwords import mark_one_time
from claims.roles import CONTRIBUTOR, DESK_ADMIN, EDITOR, ROLES, SYSTEM_USERNAME


def role_groups():
    """The groups that are roles, in the order the roles are listed."""
    groups = {group.name: group for group in Group.objects.filter(name__in=ROLES.values())}
    return [groups[name] for name in ROLES.values() if name in groups]


def roles_of(user) -> list[str]:
    return [group.name for group in user.groups.all() if group.name in ROLES.values()]


def is_system_account(user) -> bool:
    """The account command-line jobs act as: it never logs in, and nobody changes it in the admin."""
    return user.get_username() == SYSTEM_USERNAME


def check_username(username: str | None) -> None:
    """Refuse the system account's name for a person's account (it could never log in, and jobs would act as it)."""
    if username == SYSTEM_USERNAME:
        raise ValidationError(f"'{SYSTEM_USERNAME}' is the register's system account, which nobody logs in as.")


def grantable_roles(user) -> set[str]:
    """The roles (group names) `user` may give or take away."""
    if user.is_superuser:
        return set(ROLES.values())
    if not user.is_active or not user.has_perm("auth.change_user"):
        return set()
    grantable = {CONTRIBUTOR, DESK_ADMIN}
    if EDITOR in roles_of(user):
        grantable.add(EDITOR)
    return grantable


def may_manage(user, account) -> bool:
    """Whether `user` may change `account` (its name, password, roles, whether it is active or staff).

    Never the system account; a superuser's account only by a superuser; for anyone else, only an account
    whose every group is a role they may give and which holds no permission of its own.
    """
    if is_system_account(account):
        return False
    if user.is_superuser:
        return True
    if account.is_superuser:
        return False
    if account.pk is None:
        return True
    if account.user_permissions.exists():
        return False
    return {group.name for group in account.groups.all()} <= grantable_roles(user)


@transaction.atomic
def account_create(*, username: str, roles: list[str], email: str = "", password: str | None = None):
    """An active staff account in the given roles (keys of claims.roles.ROLES), never a superuser.

    Returns the user and the password it was given: `password`, or a random one to be shown once, which its
    owner replaces when they first log in (accounts.passwords).
    """
    unknown = [role for role in roles if role not in ROLES]
    if unknown or not roles:
        raise ValidationError(f"Give one or more roles from: {', '.join(ROLES)}.")
    check_username(username)
    users = get_user_model().objects
    if users.filter(username=username).exists():
        raise ValidationError(f"There is already an account called '{username}'.")
    groups = list(Group.objects.filter(name__in=[ROLES[role] for role in roles]))
    if len(groups) != len(set(roles)):
        raise ValidationError("The role groups do not exist yet: run `manage.py migrate` first.")
    chosen = password is not None
    password = password or secrets.token_urlsafe(12)
    user = users.create_user(username=username, email=email, password=password, is_staff=True)
    user.groups.add(*groups)
    if not chosen:
        mark_one_time(user)
    return user, password
