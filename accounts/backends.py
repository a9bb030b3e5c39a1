"""Logging in: Django's own password check, which never lets the register's system account in."""

from django.contrib.auth.backends import ModelBackend

from accounts.roles import is_system_account


class AccountBackend(ModelBackend):
    """ModelBackend, refusing the system account whatever its password, staff flag or active flag say.

    `user_can_authenticate` is asked both at login and on every request of a session, so a session opened for
    the system account some other way is not honoured either.
    """

    def user_can_authenticate(self, user) -> bool:
        return not is_system_account(user) and super().user_can_authenticate(user)
