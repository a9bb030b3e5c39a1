"""The rules for what published claims cite: sources, their outlets and kept copies; and proposals to change them.

A source a published claim cites is public: its title, address and the rest are what readers follow from
the claim, and its kept copy is what the claim's quote is proven against. Only editors change them, and
an editor's change is an update on the record of every published claim citing the source.
"""

from collections.abc import Iterable

from claims.rules.base import (
    Problem,
    Problems,
    can_change_published,
    has,
    permission_problems,
    refused_fields,
)

PERM_CHANGE_SOURCE = "sources.change_source"
# What readers never see of a source: the desk's own notes on it.
SOURCE_INTERNAL_FIELDS = frozenset({"notes"})
PROPOSE_INSTEAD = (
    "Propose the change instead (Source change proposals, in the admin): an editor applies it or turns it down."
)


def source_problems(*, user, ref: str, cited_by_published: bool, changed: Iterable[str], note: str = "") -> Problems:
    """What is wrong with changing the fields `changed` of source `ref`.

    A source a published claim cites is public: its title, address and the rest are what readers
    follow, so only editors change it, and an editor's change is an update on the record of every
    published claim that cites it (it needs a reason). Contributors propose the change instead; the
    desk's own notes on it (SOURCE_INTERNAL_FIELDS) anyone who may change sources keeps up to date.
    """
    changed = list(changed)
    if not changed:
        return []
    if not has(user, PERM_CHANGE_SOURCE):
        return [Problem("", "You may not change sources.", permission=True)]
    shown = [name for name in changed if name not in SOURCE_INTERNAL_FIELDS]
    if not cited_by_published or not shown:
        return []
    if not can_change_published(user):
        return refused_fields(
            shown,
            f"Source '{ref}' is cited by a published claim: only an editor can change it. {PROPOSE_INSTEAD}",
        )
    if not note.strip():
        return [
            Problem(
                "note",
                f"Source '{ref}' is cited by a published claim, so this change is an update on that claim's public "
                "record: give the reason for it.",
            )
        ]
    return []


def outlet_problems(*, user, name: str, public: bool, changed: Iterable[str]) -> Problems:
    """What is wrong with changing the fields `changed` of outlet `name`. An outlet whose sources a published
    claim cites is named on that claim's page: only editors change it."""
    changed = list(changed)
    if changed and public and not can_change_published(user):
        return refused_fields(
            changed, f"Outlet '{name}' published a source that a published claim cites: only an editor can change it."
        )
    return []


def outlet_delete_problems(*, user, name: str, public: bool) -> Problems:
    if public:
        return [
            Problem(
                "",
                f"Outlet '{name}' published a source that a published claim cites: it cannot be deleted.",
                permission=not can_change_published(user),
            )
        ]
    return []


def origin_problems(*, user, key: str, public: bool, carried: bool, changed: Iterable[str]) -> Problems:
    """What is wrong with changing the fields `changed` of origin `key`. Its label is read on the pages of the
    published claims whose sources carry it: only editors change it then. Its key is what those sources refer to:
    it stays while any source carries it."""
    changed = list(changed)
    if "key" in changed and carried:
        return [Problem("key", f"Origin '{key}' is carried by sources: its key stays. Change its label instead.")]
    if changed and public and not can_change_published(user):
        return refused_fields(
            changed, f"Origin '{key}' is named on a published claim's page: only an editor can change it."
        )
    return []


def origin_delete_problems(*, key: str, carried: bool) -> Problems:
    if carried:
        return [Problem("", f"Origin '{key}' is carried by sources: clear it from them first.")]
    return []


def source_delete_problems(*, user, ref: str, cited: bool) -> Problems:
    """A source that any claim cites (its article, evidence, a follow-up) stays: the claims lead to it."""
    if cited:
        return [Problem("", f"Source '{ref}' is cited by claims: remove what cites it first.")]
    return []


# --- Kept copies ---------------------------------------------------------------------------
PERM_ADD_COPY = "sources.add_articlecopy"
PERM_CHANGE_COPY = "sources.change_articlecopy"
PERM_DELETE_COPY = "sources.delete_articlecopy"


def copy_problems(*, user, ref: str, cited_by_published: bool, action: str, note: str = "") -> Problems:
    """What is wrong with keeping (`action` "add"), replacing ("change") or no longer keeping ("delete") the
    copy of source `ref`.

    The copy of a source a published claim cites is public content: the claim's page says its quote is
    checked against it, with its date and SHA-256. Taking, replacing or removing it is an editor's change,
    with a reason, on the record of every published claim citing the source.
    """
    permission = {"add": PERM_ADD_COPY, "change": PERM_CHANGE_COPY, "delete": PERM_DELETE_COPY}[action]
    if not has(user, permission):
        verb = {"add": "keep copies of", "change": "replace the copies of", "delete": "remove the copies of"}[action]
        return [Problem("", f"You may not {verb} articles.", permission=True)]
    if not cited_by_published:
        return []
    if not can_change_published(user):
        return [
            Problem(
                "",
                f"Source '{ref}' is cited by a published claim, whose quote is checked against its kept copy: only "
                "an editor can take, replace or remove that copy.",
                permission=True,
            )
        ]
    if not note.strip():
        return [
            Problem(
                "note",
                f"Source '{ref}' is cited by a published claim, so changing its kept copy is an update on that "
                "claim's public record: give the reason for it.",
            )
        ]
    return []


# --- Proposals -------------------------------------------------------------------------------
def proposal_problems(*, user) -> Problems:
    if not has(user, "sources.add_sourcechangeproposal"):
        return [Problem("", "You may not propose changes to sources.", permission=True)]
    return []


def proposal_decision_problems(*, user, status: str, pending: bool, note: str) -> Problems:
    """An editor applies or turns down a pending proposal; turning one down says why."""
    if not can_change_published(user):
        return [Problem("", "Only editors apply or turn down proposed changes to sources.", permission=True)]
    if not pending:
        return [Problem("", f"This proposal was {status} already.")]
    return []


def rejection_problems(*, note: str) -> Problems:
    if not note.strip():
        return [Problem("decision_note", "Say why the change is turned down: the proposer reads it.")]
    return []


# --- Records every reader sees: visits and metrics ----------------------------------------------------
def record_problems(*, user, model, action: str) -> Problems:
    """Visits and metrics are listed on the public register whatever their claims: who may add, change or delete
    them is the role's permission."""
    return permission_problems(user, model, action)


__all__ = [
    "PERM_ADD_COPY",
    "PERM_CHANGE_COPY",
    "PERM_CHANGE_SOURCE",
    "PERM_DELETE_COPY",
    "PROPOSE_INSTEAD",
    "SOURCE_INTERNAL_FIELDS",
    "copy_problems",
    "origin_delete_problems",
    "origin_problems",
    "outlet_delete_problems",
    "outlet_problems",
    "proposal_decision_problems",
    "proposal_problems",
    "record_problems",
    "rejection_problems",
    "source_delete_problems",
    "source_problems",
]
