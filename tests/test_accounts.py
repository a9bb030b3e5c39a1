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
    # Not Editor: a desk admin who is not an editor cannot give that role (test_a_desk_admin_makes_nobody_an_editor).
    assert {g.name for g in form.fields["groups"].queryset} == {CONTRIBUTOR, DESK_ADMIN}
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


# --- who gives the Editor role, and whose account a desk admin may change ------------------------------
def user_form(user, **changes) -> dict:
    """What the user admin's change form posts for `user` saved as it is, with `changes`."""
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "groups": [group.pk for group in user.groups.all()],
        "date_joined_0": f"{user.date_joined:%Y-%m-%d}",
        "date_joined_1": f"{user.date_joined:%H:%M:%S}",
        "initial-date_joined_0": f"{user.date_joined:%Y-%m-%d}",
        "initial-date_joined_1": f"{user.date_joined:%H:%M:%S}",
    }
    data.update({flag: "on" for flag in ("is_active", "is_staff") if getattr(user, flag)})
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def change_user(client, user, **changes):
    return client.post(reverse("admin:auth_user_change", args=[user.pk]), user_form(user, **changes))


def roles(user) -> set[str]:
    return set(User.objects.get(pk=user.pk).groups.values_list("name", flat=True))


def test_a_desk_admin_makes_nobody_an_editor(desk_admin_client):
    """The reported attack: a desk admin adds the Editor group to their own account, then publishes."""
    desk_admin = User.objects.get(username="desk-admin")
    farid = UserFactory(username="farid", role=CONTRIBUTOR)
    editor_group = ensure_role(EDITOR)
    for account in (desk_admin, farid):
        response = change_user(desk_admin_client, account, groups=[ensure_role(DESK_ADMIN).pk, editor_group.pk])
        assert response.status_code == 200, response  # the form again, with the error in place
        assert "groups" in response.context["adminform"].form.errors
        assert EDITOR not in roles(account)
    desk_admin.refresh_from_db()
    assert not desk_admin.has_perm("claims.publish_claim")
    # The roles a desk admin may give, they give.
    assert change_user(desk_admin_client, farid, groups=[ensure_role(DESK_ADMIN).pk]).status_code == 302
    assert roles(farid) == {DESK_ADMIN}


@pytest.mark.parametrize("granter", ["editor-and-desk-admin", "superuser"])
def test_an_editor_who_is_a_desk_admin_or_a_superuser_gives_the_editor_role(client, granter):
    if granter == "superuser":
        user = UserFactory(username="root", is_superuser=True)
    else:
        user = UserFactory(username="chief", role=EDITOR)
        user.groups.add(ensure_role(DESK_ADMIN))
    client.force_login(user)
    farid = UserFactory(username="farid", role=CONTRIBUTOR)
    response = change_user(client, farid, groups=[ensure_role(EDITOR).pk])
    assert response.status_code == 302
    assert roles(farid) == {EDITOR}
    # And takes it away again.
    assert change_user(client, User.objects.get(pk=farid.pk), groups=[ensure_role(CONTRIBUTOR).pk]).status_code == 302
    assert roles(farid) == {CONTRIBUTOR}


def test_a_desk_admin_cannot_take_over_an_editors_account(desk_admin_client, client):
    """Setting an editor's password, or renaming and reactivating their account, would make a desk admin an
    editor by another route: an editor's account is read-only to a desk admin who is not one."""
    editor = UserFactory(username="farid", role=EDITOR)
    before = User.objects.filter(pk=editor.pk).values().get()
    page = desk_admin_client.get(reverse("admin:auth_user_change", args=[editor.pk]))
    assert page.status_code == 200 and not page.context["has_change_permission"]
    password = reverse("admin:auth_user_password_change", args=[editor.pk])
    assert desk_admin_client.get(password).status_code == 403
    new = {"password1": "a desk admin's choice 2025", "password2": "a desk admin's choice 2025"}
    assert desk_admin_client.post(password, {**new, "usable_password": "true"}).status_code == 403
    assert change_user(desk_admin_client, editor, email="desk@example.org", is_active=None).status_code == 403
    assert User.objects.filter(pk=editor.pk).values().get() == before
    assert not User.objects.get(pk=editor.pk).check_password("a desk admin's choice 2025")
    # A contributor's password they reset (the contributor is then asked for a new one: test_one_time_password).
    contributor = UserFactory(username="casey", role=CONTRIBUTOR)
    reset = desk_admin_client.post(
        reverse("admin:auth_user_password_change", args=[contributor.pk]), {**new, "usable_password": "true"}
    )
    assert reset.status_code == 302
    assert User.objects.get(pk=contributor.pk).check_password("a desk admin's choice 2025")


# --- the system account -----------------------------------------------------------------------------------
@pytest.fixture
def system():
    from claims.services import system_user

    return system_user()


def test_the_system_account_is_the_one_services_make(system):
    from accounts.roles import is_system_account
    from claims.roles import SYSTEM_USERNAME

    assert system.username == SYSTEM_USERNAME and is_system_account(system)
    assert not system.has_usable_password() and EDITOR in roles(system)


@pytest.mark.parametrize("who", ["desk-admin", "superuser"])
def test_nobody_changes_the_system_account_in_the_admin(client, system, who):
    user = (
        UserFactory(username="root", is_superuser=True)
        if who == "superuser"
        else UserFactory(username="desk-admin", role=DESK_ADMIN)
    )
    client.force_login(user)
    before = User.objects.filter(pk=system.pk).values().get()
    page = client.get(reverse("admin:auth_user_change", args=[system.pk]))
    assert page.status_code == 200 and not page.context["has_change_permission"]
    assert "System account (cannot log in)" in client.get(reverse("admin:auth_user_changelist")).content.decode()
    new = {"password1": "a long and private passphrase", "password2": "a long and private passphrase"}
    password = reverse("admin:auth_user_password_change", args=[system.pk])
    assert client.post(password, {**new, "usable_password": "true"}).status_code == 403
    assert change_user(client, system, is_staff="on", username="backdoor").status_code == 403
    assert client.post(reverse("admin:auth_user_delete", args=[system.pk]), {"post": "yes"}).status_code == 403
    bulk = client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "delete_selected", "_selected_action": [system.pk], "post": "yes"},
    )
    # A superuser is refused the deletion; a desk admin is not even offered the action.
    assert bulk.status_code == (403 if who == "superuser" else 200)
    assert User.objects.filter(pk=system.pk).values().get() == before


def test_nobody_takes_the_system_accounts_name(desk_admin_client, system):
    from claims.roles import SYSTEM_USERNAME

    system.delete()  # a fresh register, before the first import made it
    added = desk_admin_client.post(
        reverse("admin:auth_user_add"),
        {
            "username": SYSTEM_USERNAME,
            "password1": "x" * 20 + "a!",
            "password2": "x" * 20 + "a!",
            "usable_password": "true",
        },
    )
    assert added.status_code == 200 and "username" in added.context["adminform"].form.errors
    farid = UserFactory(username="farid", role=CONTRIBUTOR)
    renamed = change_user(desk_admin_client, farid, username=SYSTEM_USERNAME)
    assert renamed.status_code == 200 and "username" in renamed.context["adminform"].form.errors
    with pytest.raises(CommandError, match="system account"):
        add_user(SYSTEM_USERNAME, "--role", "editor")
    assert not User.objects.filter(username=SYSTEM_USERNAME).exists()


def test_the_system_account_cannot_log_in_whatever_is_set_on_it(client, system):
    """Even with a password, staff status and a session made for it some other way."""
    system.set_password("a long and private passphrase")
    system.is_staff = True
    system.save()
    login = client.post(
        reverse("admin:login"),
        {"username": system.username, "password": "a long and private passphrase", "next": "/admin/"},
    )
    assert login.status_code == 200 and login.context["form"].errors
    assert "_auth_user_id" not in client.session
    client.force_login(system)
    page = client.get(reverse("admin:claims_claim_changelist"))
    assert page.status_code == 302 and page["Location"].startswith(reverse("admin:login"))
