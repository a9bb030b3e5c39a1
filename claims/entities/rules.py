"""The rules for people, organisations and places: who speaks, in which role, with which Wikidata id, and what stays.

Pure functions, like the rest of claims.rules (which re-exports them): each is given what it needs (the
kinds, the owners of roles, the refs of the claims that use a record) and returns the problems.
"""

import re
from collections.abc import Sequence

from claims.rules.base import Problem, Problems, can_change_published, has, published_refusal

PERM_ADD_MENTION = "claims.add_claimmention"
PERM_DELETE_MENTION = "claims.delete_claimmention"
WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")
# How many claims' refs a refusal names before it counts the rest.
NAMED_REFS = 5


def claims_named(refs: Sequence[str]) -> str:
    """'a, b and c' or 'a, b, c, d, e and 3 more': the claims a refusal names."""
    refs = sorted(refs)
    if len(refs) > NAMED_REFS:
        return f"{', '.join(refs[:NAMED_REFS])} and {len(refs) - NAMED_REFS} more"
    return refs[0] if len(refs) == 1 else f"{', '.join(refs[:-1])} and {refs[-1]}"


def wikidata_problems(*, wikidata_id: str, taken_by: str | None) -> Problems:
    """A Wikidata id looks like Q123 and names one entity of the register (`taken_by`: the ref of another that has
    it)."""
    if not wikidata_id:
        return []
    if not WIKIDATA_ID.match(wikidata_id):
        message = f"'{wikidata_id}' is not a Wikidata item id: a Q followed by digits, e.g. Q1048."
        return [Problem("wikidata_id", message)]
    if taken_by:
        return [Problem("wikidata_id", f"Wikidata id {wikidata_id} is already given to entity '{taken_by}'.")]
    return []


def speaker_kind_problems(*, ref: str, kind: str, speaker_of: Sequence[str]) -> Problems:
    """An entity that is some claim's speaker stays a person or an organisation."""
    if kind != "place" or not speaker_of:
        return []
    return [
        Problem(
            "kind",
            f"Entity '{ref}' is the speaker of claim {claims_named(speaker_of)}: a speaker is a person or an "
            "organisation, never a place.",
        )
    ]


def speaker_problems(
    *, speaker: str, speaker_kind: str | None, role: str, role_owner: int | None, speaker_id: int | None
) -> Problems:
    """A claim's speaker is a person or an organisation, and the role it spoke in is one of the speaker's roles.

    `speaker` and `speaker_kind` name the speaker entity (None: no speaker entity), `role` the role's title and
    `role_owner` the id of the entity it belongs to (None: no role).
    """
    problems = []
    if speaker_kind == "place":
        message = f"'{speaker}' is a place: a speaker is a person or an organisation, never a place."
        problems.append(Problem("speaker_entity", message))
    if role_owner is not None and speaker_id is None:
        problems.append(Problem("speaker_role", f"Choose the speaker (entity) whose role '{role}' is."))
    elif role_owner is not None and role_owner != speaker_id:
        problems.append(
            Problem(
                "speaker_role",
                f"'{role}' is not one of {speaker}'s roles: choose one of theirs, or add the role to their entity.",
            )
        )
    return problems


def in_use_problems(*, what: str, refs: Sequence[str], field: str = "") -> Problems:
    """A record the claims `refs` use (their speaker, the role they spoke in, an entity they name) stays."""
    if not refs:
        return []
    return [Problem(field, f"{what} is used by claim {claims_named(refs)}: it stays while they use it.")]


def role_owner_problems(*, title: str, refs: Sequence[str]) -> Problems:
    """A role a claim's speaker spoke in stays that speaker's: moving it to another entity would change who spoke."""
    if not refs:
        return []
    return [
        Problem(
            "entity",
            f"Claim {claims_named(refs)} was spoken in the role '{title}': the role stays with its entity. Add a role "
            "to the other entity instead.",
        )
    ]


def organisation_problems(*, ref: str, roles: Sequence[str]) -> Problems:
    """An organisation named as the organisation of other entities' roles stays while they do."""
    if not roles:
        return []
    return [Problem("", f"Entity '{ref}' is the organisation of the roles {', '.join(sorted(roles))}: it stays.")]


def entity_restore_problems(*, user) -> Problems:
    """Bringing back a deleted entity (and the roles deleted with it) is for those who may delete entities."""
    if has(user, "claims.add_entity") and has(user, "claims.delete_entity"):
        return []
    return [Problem("", "Only editors may restore deleted entities.", permission=True)]


def mention_problems(*, user, ref: str, claim_is_published: bool, delete: bool = False) -> Problems:
    """Who may name an entity on claim `ref`, or take it off: what a published claim names is public."""
    permission = PERM_DELETE_MENTION if delete else PERM_ADD_MENTION
    if not has(user, permission):
        what = "take people and places off claims" if delete else "name people and places on claims"
        return [Problem("", f"You may not {what}.", permission=True)]
    if claim_is_published and not can_change_published(user):
        return [Problem("", published_refusal(ref, "the people and places it names"), permission=True)]
    return []


__all__ = [
    "PERM_ADD_MENTION",
    "PERM_DELETE_MENTION",
    "claims_named",
    "entity_restore_problems",
    "in_use_problems",
    "mention_problems",
    "organisation_problems",
    "role_owner_problems",
    "speaker_kind_problems",
    "speaker_problems",
    "wikidata_problems",
]
