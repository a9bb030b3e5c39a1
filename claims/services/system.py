"""The account that command-line jobs (the demo loader, imports run from the command line) act as."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims.roles import EDITOR, SYSTEM_USERNAME


def system_user(username: str = SYSTEM_USERNAME):
    """The system account: an Editor, so the rules and permission checks apply to it as to anyone, but with no
    password and no staff flag, so it cannot log in."""
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"is_staff": False, "is_active": True}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(name=EDITOR))
    return user


__all__ = ["SYSTEM_USERNAME", "system_user"]
