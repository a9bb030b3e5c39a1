"""A newsroom adds contributors who stay contributors: add_user, the Desk admin role, the superuser check."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.checks import run_checks
from django.core.management import CommandError, call_command
from django.urls import reverse

from claims.roles import CONTRIBUTOR, DESK_ADMIN, EDITOR
from tests.factories import ClaimFactory, UserFactory, ensure_role

pytestmark = pytest.mark.django_db
User = get_user_model()


def add_user(*args, stdin=None):
    out = io.StringIO()
    if stdin is not None:
        import sys

        real, sys.stdin = sys.stdin, io.StringIO(stdin)
        try:
            call_command("add_user", *args, stdout=out)
        finally:
            sys.stdin = real
    else:
        call_command("add_user", *args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("role", "group"), [("contributor", CONTRIBUTOR), ("editor", EDITOR), ("desk-admin", DESK_ADMIN)]
)
def test_add_user_makes_a_staff_account_in_its_role_never_a_superuser(role, group):
    out = add_user("amina", "--role", role, "--email", "amina@example.org")
    user = User.objects.get(username="amina")
    assert user.is_active and user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == [group]
    assert user.email == "amina@example.org"
    password = out.split("One-time password, shown only now: ")[1].split()[0]
    assert user.check_password(password)


def test_a_contributor_made_with_add_user_cannot_publish(client):
    add_user("casey", "--role", "contributor", "--password-stdin", stdin="a long and private passphrase\n")
    user = User.objects.get(username="casey")
    assert user.check_password("a long and private passphrase")
    assert not user.has_perm("claims.publish_claim") and not user.has_perm("claims.set_verdict")
    client.force_login(user)
    claim = ClaimFactory()
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    statuses = {value for value, _ in page.context["adminform"].form.fields["status"].choices}
    assert statuses == {"unverified", "in_review"}
    assert not page.context["can_publish"]


def test_add_user_refuses_a_taken_name_and_an_empty_password():
    add_user("dana", "--role", "editor")
    with pytest.raises(CommandError, match="already an account called 'dana'"):
        add_user("dana", "--role", "contributor")
    with pytest.raises(CommandError, match="No password"):
        add_user("erin", "--role", "editor", "--password-stdin", stdin="\n")
    assert not User.objects.filter(username="erin").exists()


@pytest.fixture
def desk_admin_client(client):
    user = UserFactory(username="desk-admin", role=DESK_ADMIN)
    client.force_login(user)
    return client


def test_a_desk_admin_manages_accounts_and_roles(desk_admin_client):
    response = desk_admin_client.get(reverse("admin:auth_user_changelist"))
    assert response.status_code == 200 and b"Role" in response.content
    added = desk_admin_client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "farid",
            "password1": "a long and private passphrase",
            "password2": "a long and private passphrase",
            "usable_password": "true",
        },
    )
    assert added.status_code == 302
    farid = User.objects.get(username="farid")
    change = reverse("admin:auth_user_change", args=[farid.pk])
    form = desk_admin_client.get(change).context["adminform"].form
    assert "is_superuser" not in form.fields and "user_permissions" not in form.fields
    assert {g.name for g in form.fields["groups"].queryset} == {CONTRIBUTOR, EDITOR, DESK_ADMIN}
    saved = desk_admin_client.post(
        change,
        {
            "username": "farid",
            "is_active": "on",
            "is_staff": "on",
            "is_superuser": "on",
            "groups": [ensure_role(CONTRIBUTOR).pk],
            "date_joined_0": "2025-12-01",
            "date_joined_1": "09:00:00",
            "initial-date_joined_0": "2025-12-01",
            "initial-date_joined_1": "09:00:00",
        },
    )
    assert saved.status_code == 302, saved.context["adminform"].form.errors if saved.context else saved
    farid.refresh_from_db()
    assert farid.is_staff and not farid.is_superuser
    assert list(farid.groups.values_list("name", flat=True)) == [CONTRIBUTOR]


def test_a_desk_admin_cannot_touch_a_superuser_or_publish(desk_admin_client):
    root = UserFactory(username="root", is_superuser=True)
    assert desk_admin_client.get(reverse("admin:auth_user_change", args=[root.pk])).status_code in (200, 403)
    posted = desk_admin_client.post(
        reverse("admin:auth_user_password_change", args=[root.pk]), {"password1": "x" * 20, "password2": "x" * 20}
    )
    assert posted.status_code == 403
    assert desk_admin_client.get(reverse("admin:claims_claim_changelist")).status_code == 403
    desk_admin = User.objects.get(username="desk-admin")
    assert not desk_admin.has_perm("claims.publish_claim")


def test_the_user_list_shows_each_role():
    from accounts.admin import role

    assert role(UserFactory(username="c", role=CONTRIBUTOR)) == CONTRIBUTOR
    assert role(UserFactory(username="s", is_superuser=True)) == "Superuser (bypasses roles)"


def test_a_superuser_in_a_role_group_is_warned_about():
    UserFactory(username="root", is_superuser=True, role=CONTRIBUTOR)
    UserFactory(username="plain-editor", role=EDITOR)
    warnings = [m for m in run_checks(databases=["default"]) if m.id == "accounts.W001"]
    assert [w.obj for w in warnings] == ["root"]
    assert "superusers bypass roles" in warnings[0].msg


def test_the_local_editor_is_an_editor_and_names_the_port(settings):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("create_local_editor", "--port", "8001", stdout=out)
    user = User.objects.get(username="editor")
    assert not user.is_superuser and list(user.groups.values_list("name", flat=True)) == [EDITOR]
    assert "http://127.0.0.1:8001/admin/" in out.getvalue()
