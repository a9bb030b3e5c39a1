"""The rules for linking claims as appearances of one statement: who may, and groups that stay flat."""

from claims.rules.base import PERM_CHANGE, Problem, Problems, can_change_published, has

PERM_DISMISS = "claims.add_repeatdismissal"


def repeat_link_problems(*, user, ref: str, is_published: bool, note: str) -> Problems:
    """Who may change which statement claim `ref` repeats. For a published claim it is an update on its record:
    its page lists the statement's other appearances."""
    if not has(user, PERM_CHANGE):
        return [Problem("repeat_of", "You may not link claims as appearances of one statement.", permission=True)]
    if is_published and not can_change_published(user):
        return [
            Problem(
                "repeat_of",
                f"Claim '{ref}' is published: only editors change which statement it repeats.",
                permission=True,
            )
        ]
    if is_published and not note.strip():
        return [
            Problem(
                "note",
                f"Claim '{ref}' is published, so linking or unlinking it is an update on its public record: give the "
                "reason for it.",
            )
        ]
    return []


def repeat_shape_problems(*, ref: str, target_ref: str | None, target_is_repeat: bool, has_repeats: bool) -> Problems:
    """Groups stay flat: every appearance points at the statement's first appearance (its root), which points
    at nothing. `target_is_repeat` and `has_repeats` describe the register as the whole change would leave it."""
    if target_ref is None:
        return []
    if target_ref == ref:
        return [Problem("repeat_of", "A claim cannot repeat itself.")]
    if target_is_repeat:
        return [
            Problem(
                "repeat_of",
                f"'{target_ref}' is itself an appearance of another claim's statement: point at that claim (the "
                "statement's first appearance) instead.",
            )
        ]
    if has_repeats:
        return [
            Problem(
                "repeat_of",
                f"Other claims are appearances of '{ref}''s statement: it stays their first appearance. Link them all "
                "to the other statement from the claim's page instead.",
            )
        ]
    return []


def dismiss_problems(*, user) -> Problems:
    if not has(user, PERM_DISMISS):
        return [Problem("", "You may not dismiss suggested repeats.", permission=True)]
    return []


__all__ = ["PERM_DISMISS", "dismiss_problems", "repeat_link_problems", "repeat_shape_problems"]
