"""The accounts app's configuration: its system checks, and the one-time password noted at each login."""

from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts and roles"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import checks  # noqa: F401 - registers the system checks
        from accounts.passwords import note_login

        user_logged_in.connect(note_login, dispatch_uid="accounts-one-time-password")
