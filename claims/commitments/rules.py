"""The rules for following up a commitment: a check is recorded once, dated, never in the future, never edited."""

import datetime
from collections.abc import Iterable

from django.utils import timezone

from claims.rules.base import Problem, Problems, can_change_published, has, published_refusal

PERM_ADD_FOLLOW_UP = "claims.add_followup"
PERM_DELETE_FOLLOW_UP = "claims.delete_followup"


def follow_up_date_problem(checked_on: datetime.date | None) -> str | None:
    if checked_on and checked_on > timezone.localdate():
        return "A follow-up records a check already made: the date cannot be in the future."
    return None


def follow_up_problems(
    *, user, ref: str, claim_is_published: bool, changed: Iterable[str] = (), checked_on: datetime.date | None = None
) -> Problems:
    """What is wrong with recording a check on commitment `ref` (`changed`: the fields of a recorded check changed).

    A check is never edited: a later check is added instead, with its own date, and the earlier one
    stays on the record.
    """
    changed = list(changed)
    if changed:
        return [
            Problem(
                name,
                f"A recorded check of claim '{ref}' is never edited: add a later check instead (a new row with its "
                "own date); the earlier one stays on the record.",
            )
            for name in changed
        ]
    if not has(user, PERM_ADD_FOLLOW_UP):
        return [Problem("", "You may not follow up commitments.", permission=True)]
    if claim_is_published and not can_change_published(user):
        return [Problem("claim", published_refusal(ref, "the follow-ups"), permission=True)]
    problem = follow_up_date_problem(checked_on)
    return [Problem("checked_on", problem)] if problem else []


def follow_up_delete_problems(*, user, ref: str, claim_is_published: bool) -> Problems:
    if not has(user, PERM_DELETE_FOLLOW_UP):
        return [Problem("", "You may not delete follow-ups.", permission=True)]
    if claim_is_published and not can_change_published(user):
        return [Problem("", published_refusal(ref, "the follow-ups"), permission=True)]
    return []


__all__ = [
    "PERM_ADD_FOLLOW_UP",
    "PERM_DELETE_FOLLOW_UP",
    "follow_up_date_problem",
    "follow_up_delete_problems",
    "follow_up_problems",
]
