"""One-time passwords: a password someone else chose for an account is replaced at its first login.

`add_user` and `create_local_editor` print a random password, and a desk admin may set one in the admin; whoever
chose it knows it. Such a password is recorded (`mark_one_time`, by its hash). Logging in with it marks the
session, and every admin page then leads to the password change page until the account's password is another
one; the new password may not be the same again (`NotTheCurrentPasswordValidator`), so the one-time password is
never accepted after that. A password the person chose themselves (`add_user --password-stdin`, their own change)
is never one-time.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse

from accounts.models import OneTimePassword
from factregister.middleware import DATABASE_UNAVAILABLE, database_unavailable_response

SESSION_KEY = "accounts_one_time_password"
# The admin pages someone who must choose a password may still open.
STILL_OPEN = ("admin:password_change", "admin:password_change_done", "admin:logout", "admin:jsi18n")


def mark_one_time(user) -> None:
    """Record that `user`'s current password was chosen by someone else."""
    OneTimePassword.objects.update_or_create(user=user, defaults={"password": user.password})


def is_one_time(user) -> bool:
    """Whether `user` still has the password someone else chose for them."""
    return OneTimePassword.objects.filter(user=user, password=user.password).exists()


def note_login(sender, request, user, **kwargs) -> None:
    """On `user_logged_in`: a login with a one-time password must be followed by a new password."""
    if request is not None and hasattr(request, "session") and is_one_time(user):
        request.session[SESSION_KEY] = True


class OneTimePasswordMiddleware:
    """Sends a session that logged in with a one-time password to the password change page, from every admin page.

    Only admin addresses are looked at (a public page must never read the session), and only a session marked at
    login costs a query: the mark goes once the account's password is no longer the one-time one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(reverse("admin:index")):
            return self.get_response(request)
        try:
            marked = request.session.get(SESSION_KEY)
        except DATABASE_UNAVAILABLE:  # the first read of the session: answered as every page is while it is down
            return database_unavailable_response(request)
        if marked:
            if request.user.is_authenticated and is_one_time(request.user):
                if request.path not in {reverse(name) for name in STILL_OPEN}:
                    messages.warning(
                        request,
                        "Choose your own password to go on: the one you logged in with was set for you, and works "
                        "only until you replace it.",
                    )
                    return redirect("admin:password_change")
            else:
                del request.session[SESSION_KEY]
                if request.user.is_authenticated:
                    OneTimePassword.objects.filter(user=request.user).delete()
        return self.get_response(request)


class NotTheCurrentPasswordValidator:
    """A new password must differ from the account's current one, or a one-time password would live on."""

    def validate(self, password, user=None):
        if user is not None and user.pk is not None and user.has_usable_password() and user.check_password(password):
            raise ValidationError("Choose a password different from the current one.", code="password_unchanged")

    def get_help_text(self):
        return "Your password must differ from the current one."
