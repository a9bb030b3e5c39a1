"""`manage.py create_local_editor`: a first login for a developer's machine, never anywhere else."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.roles import account_create

USERNAME = "editor"


class Command(BaseCommand):
    help = (
        "With DEBUG on and nobody able to log in yet, create a staff user 'editor' in the Editor group with a "
        "random password, and print how to log in. Does nothing otherwise."
    )

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000, help="The port `make run` serves on (PORT).")

    def handle(self, *args, port=8000, **options):
        login_url = f"http://127.0.0.1:{port}/admin/"
        if not settings.DEBUG:
            self.stdout.write("No local editor created: DEBUG is off. This command only acts on a developer's machine.")
            return
        users = get_user_model().objects
        # The register's system account (used by load_demo and imports) has no
        # usable password, so it does not count as someone who can log in.
        people = users.exclude(password__startswith=UNUSABLE_PASSWORD_PREFIX)
        if people.exists():
            self.stdout.write(
                f"No local editor created: {people.count()} user(s) who can log in already exist. "
                f"Log in at {login_url} with one of them (`manage.py changepassword <username>` resets a password)."
            )
            return
        if users.filter(username=USERNAME).exists():
            self.stdout.write(f"No local editor created: a user named '{USERNAME}' exists but cannot log in.")
            return
        try:
            # An editor, as add_user makes one: never a superuser, so the Editor role is what it can do.
            user, password = account_create(username=USERNAME, roles=["editor"])
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(
            f"Created a local editor '{user.username}' (staff, Editor role) with a random password, shown only now:\n"
            f"  URL:      {login_url}\n"
            f"  username: {USERNAME}\n"
            f"  password: {password}\n"
            "The admin asks you for a password of your own when you first log in with it. Add colleagues with "
            "`.venv/bin/python manage.py add_user NAME --role contributor` (or editor, desk-admin)."
        )
