"""What a triage decision on a reader's tip needs: pure functions, as the register's other rules."""

from claims.rules.base import Problem, Problems, has

PERM_CHANGE_TIP = "claims.change_tip"
READER_FIELDS = ("statement", "where_said", "link", "language", "contact")


def tip_received_problems(*, text_fields: dict[str, str]) -> Problems:
    """A new tip: plain text only. Control characters (a binary file pasted or posted) are refused by name."""
    problems = []
    for name, value in text_fields.items():
        if any(ord(c) < 32 and c not in "\n\r\t" or 0x7F <= ord(c) < 0xA0 for c in value or ""):
            problems.append(Problem(name, "This field holds control characters: send plain text only."))
    return problems


def tip_decision_problems(
    *,
    user,
    status: str,
    changed: list[str],
    reason: str,
    claim_id: int | None,
    duplicate_of_id: int | None,
    duplicate_of_claim_id: int | None,
    own_id: int | None,
) -> Problems:
    """What is wrong with an editor's decision on a tip (`changed`: the fields the decision changes)."""
    if not has(user, PERM_CHANGE_TIP):
        return [Problem("", "You may not triage readers' tips.", permission=True)]
    problems = [
        Problem(name, "What the reader sent is kept as they sent it: it cannot be edited.")
        for name in changed
        if name in READER_FIELDS
    ]
    if status == "declined" and not reason.strip():
        problems.append(Problem("reason", "Say why the tip is declined."))
    if status == "logged" and claim_id is None:
        problems.append(Problem("claim", "Choose the claim this tip was logged as."))
    if status == "duplicate":
        if (duplicate_of_id is None) == (duplicate_of_claim_id is None):
            problems.append(Problem("duplicate_of", "Choose the earlier tip or the claim it repeats (one of them)."))
        elif duplicate_of_id is not None and duplicate_of_id == own_id:
            problems.append(Problem("duplicate_of", "A tip cannot be a duplicate of itself."))
    return problems
