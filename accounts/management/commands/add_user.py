"""`manage.py add_user USERNAME --role contributor|editor|desk-admin`: an account that keeps its role."""

import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.roles import account_create
from claims.roles import ROLES


class Command(BaseCommand):
    help = (
        "Create an active staff account in one or more roles (never a superuser, whom roles cannot restrain) "
        "and print a one-time password, or read the password from standard input."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--role",
            action="append",
            required=True,
            choices=list(ROLES),
            help="contributor, editor or desk-admin; repeat it for several roles.",
        )
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--password-stdin", action="store_true", help="Read the password from standard input instead."
        )

    def handle(self, *args, username, role, email, password_stdin, **options):
        password = None
        if password_stdin:
            password = sys.stdin.readline().rstrip("\n")
            if not password:
                raise CommandError("No password on standard input.")
        try:
            user, password = account_create(username=username, roles=role, email=email, password=password)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        roles = ", ".join(ROLES[name] for name in role)
        self.stdout.write(f"Created '{user.username}' ({roles}), staff, not a superuser.")
        if not password_stdin:
            self.stdout.write(f"One-time password, shown only now: {password}")
            self.stdout.write("It works until they replace it: the admin asks them for a new one when they log in.")
