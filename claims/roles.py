"""The newsroom's roles, as Django groups.

Contributors log claims and evidence and move claims between `unverified` and
`in_review`; Editors do everything to the register, including verdicts and
publishing; Desk admins manage people's accounts and roles (and nothing of the
register itself). Someone can hold more than one role. The services enforce
these permissions whatever path a change takes; a superuser bypasses them all,
which is why accounts are made with `manage.py add_user`, never as superusers.
"""

CONTRIBUTOR = "Contributor"
EDITOR = "Editor"
DESK_ADMIN = "Desk admin"
# The account command-line jobs (the demo load, imports) act as: an Editor that nobody logs in as
# (claims.services.system_user makes it; accounts.backends refuses it a login, the user admin any change).
SYSTEM_USERNAME = "register-system"

# (app_label, codename) pairs for each role.
_CONTRIBUTOR_PERMS = [
    ("claims", "view_visit"),
    ("claims", "add_claim"),
    ("claims", "change_claim"),
    ("claims", "view_claim"),
    ("claims", "add_evidence"),
    ("claims", "change_evidence"),
    ("claims", "delete_evidence"),
    ("claims", "view_evidence"),
    ("claims", "view_claimevent"),
    ("claims", "add_claimnote"),
    ("claims", "view_claimnote"),
    ("claims", "view_metric"),
    ("claims", "add_followup"),
    ("claims", "change_followup"),
    ("claims", "view_followup"),
    ("claims", "add_repeatdismissal"),
    ("claims", "view_repeatdismissal"),
    ("sources", "add_origin"),
    ("sources", "view_origin"),
    ("sources", "add_outlet"),
    ("sources", "change_outlet"),
    ("sources", "view_outlet"),
    ("sources", "add_source"),
    ("sources", "change_source"),
    ("sources", "view_source"),
    ("sources", "add_sourcechangeproposal"),
    ("sources", "view_sourcechangeproposal"),
    ("sources", "add_articlecopy"),
    ("sources", "change_articlecopy"),
    ("sources", "view_articlecopy"),
    ("sources", "view_sourcecheck"),
    # Translations: contributors draft them; editors review, publish and delete (claims.rules.translations).
    ("claims", "add_claimtranslation"),
    ("claims", "change_claimtranslation"),
    ("claims", "view_claimtranslation"),
    ("claims", "add_visittranslation"),
    ("claims", "change_visittranslation"),
    ("claims", "view_visittranslation"),
    ("claims", "add_evidencetranslation"),
    ("claims", "change_evidencetranslation"),
    ("claims", "view_evidencetranslation"),
    ("claims", "add_eventtranslation"),
    ("claims", "change_eventtranslation"),
    ("claims", "view_eventtranslation"),
    # Entities: contributors add and link the people, organisations and places they log; editors delete them.
    ("claims", "add_entity"),
    ("claims", "change_entity"),
    ("claims", "view_entity"),
    ("claims", "add_entityrole"),
    ("claims", "change_entityrole"),
    ("claims", "view_entityrole"),
    ("claims", "add_claimmention"),
    ("claims", "change_claimmention"),
    ("claims", "view_claimmention"),
    ("claims", "delete_claimmention"),
]
_EDITOR_EXTRA = [
    ("claims", "set_verdict"),
    ("claims", "publish_claim"),
    ("claims", "delete_claim"),
    ("claims", "add_visit"),
    ("claims", "change_visit"),
    ("claims", "delete_visit"),
    ("claims", "add_metric"),
    ("claims", "change_metric"),
    ("claims", "delete_metric"),
    ("claims", "delete_followup"),
    ("claims", "delete_repeatdismissal"),
    ("sources", "change_origin"),
    ("sources", "delete_origin"),
    ("claims", "view_tip"),
    ("claims", "change_tip"),
    ("sources", "delete_outlet"),
    ("sources", "delete_source"),
    ("sources", "delete_articlecopy"),
    ("sources", "change_sourcecheck"),
    ("claims", "delete_claimtranslation"),
    ("claims", "delete_visittranslation"),
    ("claims", "delete_evidencetranslation"),
    ("claims", "delete_eventtranslation"),
    ("claims", "delete_entity"),
    ("claims", "delete_entityrole"),
]
# Accounts, not the register: no is_superuser and no raw permissions (the user admin hides those fields).
_DESK_ADMIN_PERMS = [
    ("auth", "view_user"),
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("auth", "view_group"),
    # The transparency pages (who runs the register, funding, corrections policy, contact) are the desk's.
    ("claims", "view_transparencypage"),
    ("claims", "add_transparencypage"),
    ("claims", "change_transparencypage"),
]
ROLE_PERMISSIONS = {
    CONTRIBUTOR: _CONTRIBUTOR_PERMS,
    EDITOR: _CONTRIBUTOR_PERMS + _EDITOR_EXTRA,
    DESK_ADMIN: _DESK_ADMIN_PERMS,
}
# The roles in the order the admin shows them, with the short name `add_user --role` takes.
ROLES = {"contributor": CONTRIBUTOR, "editor": EDITOR, "desk-admin": DESK_ADMIN}


def sync_roles(group_model, permission_model, *, missing_ok: bool = False) -> None:
    """Create the groups and give each exactly its role's permissions (idempotent).

    `missing_ok` lets an early migration skip permissions of models that a later
    migration creates; that migration syncs the roles again.
    """
    for name, pairs in ROLE_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=name)
        perms = []
        for app_label, codename in pairs:
            try:
                perms.append(permission_model.objects.get(content_type__app_label=app_label, codename=codename))
            except permission_model.DoesNotExist:
                if not missing_ok:
                    raise
        group.permissions.set(perms)
