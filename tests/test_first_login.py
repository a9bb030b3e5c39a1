"""A newcomer logs in with the one-time password they were given and must choose their own before anything else;
after that the one-time password is never accepted again."""

import io
import re
import sys

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from claims.roles import CONTRIBUTOR, DESK_ADMIN
from tests.factories import UserFactory, ensure_role

pytestmark = pytest.mark.django_db
User = get_user_model()
THEIR_OWN = "a passphrase only amina knows"


def add_user(*args, stdin=None) -> str:
    out = io.StringIO()
    real = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        call_command("add_user", *args, stdout=out)
    finally:
        sys.stdin = real
    return out.getvalue()


def one_time_password(out: str) -> str:
    return re.search(r"One-time password, shown only now: (\S+)", out).group(1)


def log_in(client, username, password):
    return client.post(
        reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"}, follow=True
    )


def landed_on(response) -> str:
    return response.redirect_chain[-1][0] if response.redirect_chain else response.request["PATH_INFO"]


def change_password(client, old, new):
    return client.post(
        reverse("admin:password_change"),
        {"old_password": old, "new_password1": new, "new_password2": new},
        follow=True,
    )


def test_the_one_time_password_from_add_user_must_be_replaced_at_first_login(client):
    given = one_time_password(add_user("amina", "--role", "contributor"))
    change_page = reverse("admin:password_change")

    # Logging in with it lands on the password change page, which says why.
    response = log_in(client, "amina", given)
    assert response.status_code == 200 and landed_on(response) == change_page
    assert "Choose your own password" in response.content.decode()
    # Every admin page leads there until the password is replaced, after logging out and in again too.
    for page in (reverse("admin:index"), reverse("admin:claims_claim_changelist"), reverse("admin:claims_claim_add")):
        assert landed_on(client.get(page, follow=True)) == change_page, page
    client.post(reverse("admin:logout"))
    assert landed_on(log_in(client, "amina", given)) == change_page
    # Public pages are not held up.
    assert client.get("/claims/").status_code == 200

    # The same password again is refused, in place.
    same = change_password(client, given, given)
    assert landed_on(same) == change_page
    assert "different from the current one" in same.content.decode()

    # Their own password: the admin opens.
    done = change_password(client, given, THEIR_OWN)
    assert landed_on(done) == reverse("admin:password_change_done")
    assert client.get(reverse("admin:claims_claim_changelist")).status_code == 200

    # The one-time password is never accepted again; their own is, with no detour.
    client.post(reverse("admin:logout"))
    refused = log_in(client, "amina", given)
    assert landed_on(refused) == reverse("admin:login") and refused.context["form"].errors
    welcome = log_in(client, "amina", THEIR_OWN)
    assert landed_on(welcome) == reverse("admin:index") and welcome.status_code == 200


def test_someone_who_chose_their_own_password_is_not_asked_for_another(client):
    add_user("farid", "--role", "editor", "--password-stdin", stdin=f"{THEIR_OWN}\n")
    response = log_in(client, "farid", THEIR_OWN)
    assert landed_on(response) == reverse("admin:index") and response.status_code == 200
    assert client.get(reverse("admin:claims_claim_changelist")).status_code == 200


def test_the_local_editors_printed_password_is_one_time_too(client, settings):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("create_local_editor", stdout=out)
    given = re.search(r"password: (\S+)", out.getvalue()).group(1)
    assert landed_on(log_in(client, "editor", given)) == reverse("admin:password_change")
    change_password(client, given, THEIR_OWN)
    assert client.get(reverse("admin:claims_claim_changelist")).status_code == 200


@pytest.mark.parametrize("how", ["added", "reset"])
def test_a_password_a_desk_admin_sets_is_one_time(client, how):
    desk_admin = UserFactory(username="dana", role=DESK_ADMIN)
    client.force_login(desk_admin)
    chosen = "a desk admin's choice 2025"
    if how == "added":
        client.post(
            reverse("admin:auth_user_add"),
            {"username": "casey", "password1": chosen, "password2": chosen, "usable_password": "true"},
        )
        casey = User.objects.get(username="casey")
        casey.groups.add(ensure_role(CONTRIBUTOR))
        User.objects.filter(pk=casey.pk).update(is_staff=True)  # ticked on the next page of the admin
    else:
        casey = UserFactory(username="casey", role=CONTRIBUTOR)
        reset = client.post(
            reverse("admin:auth_user_password_change", args=[casey.pk]),
            {"password1": chosen, "password2": chosen, "usable_password": "true"},
        )
        assert reset.status_code == 302
    # The desk admin's own session goes on undisturbed.
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 200
    client.post(reverse("admin:logout"))
    assert landed_on(log_in(client, "casey", chosen)) == reverse("admin:password_change")
    change_password(client, chosen, THEIR_OWN)
    assert client.get(reverse("admin:claims_claim_changelist")).status_code == 200
