"""The newsroom's roles are real groups, created by a migration, with exactly their permissions."""

import pytest
from django.contrib.auth.models import Group

from claims.roles import CONTRIBUTOR, EDITOR, ROLE_PERMISSIONS

pytestmark = pytest.mark.django_db


def perms(group_name):
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=group_name).permissions.select_related("content_type")
    }


def test_migration_created_both_roles_with_their_permissions():
    for name, pairs in ROLE_PERMISSIONS.items():
        assert perms(name) == {f"{app}.{code}" for app, code in pairs}


def test_only_editors_set_verdicts_and_publish():
    assert {"claims.set_verdict", "claims.publish_claim", "claims.delete_claim"} <= perms(EDITOR)
    assert not {"claims.set_verdict", "claims.publish_claim", "claims.delete_claim"} & perms(CONTRIBUTOR)


def test_contributors_log_claims_and_evidence():
    assert {"claims.add_claim", "claims.change_claim", "claims.add_evidence", "sources.add_source"} <= perms(
        CONTRIBUTOR
    )


def test_user_in_a_role_gets_its_permissions(contributor, editor):
    assert contributor.has_perm("claims.add_claim") and not contributor.has_perm("claims.publish_claim")
    assert editor.has_perm("claims.publish_claim")


@pytest.mark.django_db(transaction=True)
def test_the_roles_come_back_after_a_flush():
    """A flush empties auth's tables; the import's system user still gets its Editor group (it raised
    Group.DoesNotExist, and the concurrent-import test failed whenever it ran after a flushing test)."""
    from django.core.management import call_command

    from claims.services import system_user

    call_command("flush", "--noinput", verbosity=0)
    assert {CONTRIBUTOR, EDITOR} <= set(Group.objects.values_list("name", flat=True))
    assert Group.objects.get(name=EDITOR).permissions.exists()
    assert system_user().groups.filter(name=EDITOR).exists()


def test_who_may_give_which_role():
    """Editor is given only by a superuser or by a desk admin who is an editor too; nobody else gives roles."""
    from accounts.roles import grantable_roles
    from claims.roles import DESK_ADMIN
    from tests.factories import UserFactory, ensure_role

    chief = UserFactory(username="chief", role=EDITOR)
    chief.groups.add(ensure_role(DESK_ADMIN))
    assert grantable_roles(UserFactory(username="root", is_superuser=True)) == {CONTRIBUTOR, EDITOR, DESK_ADMIN}
    assert grantable_roles(chief) == {CONTRIBUTOR, EDITOR, DESK_ADMIN}
    assert grantable_roles(UserFactory(username="desk", role=DESK_ADMIN)) == {CONTRIBUTOR, DESK_ADMIN}
    assert grantable_roles(UserFactory(username="editor", role=EDITOR)) == set()
    assert grantable_roles(UserFactory(username="contributor", role=CONTRIBUTOR)) == set()
