"""`manage.py create_local_editor`: a first login for a developer's machine, never anywhere else."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from claims.roles import EDITOR

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
            editors = Group.objects.get(name=EDITOR)
        except Group.DoesNotExist:
            raise CommandError(f"The '{EDITOR}' group does not exist: run `manage.py migrate` first.") from None

        password = secrets.token_urlsafe(12)
        with transaction.atomic():
            user = users.create_user(username=USERNAME, password=password, is_staff=True)
            user.groups.add(editors)
        self.stdout.write(
            "Created a local editor (staff, Editor group) with a random password, shown only now:\n"
            f"  URL:      {login_url}\n"
            f"  username: {USERNAME}\n"
            f"  password: {password}\n"
            f"Change it with `manage.py changepassword {USERNAME}`."
        )
