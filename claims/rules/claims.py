"""The rules of a claim's life: logging it, its verdict, publication, withdrawal, its content, deletion."""

from collections.abc import Iterable
from dataclasses import dataclass

from claims.models import Status
from claims.rules.base import (
    PERM_CHANGE,
    PERM_DELETE,
    PERM_SET_VERDICT,
    Problem,
    Problems,
    can_change_published,
    can_publish,
    has,
    published_refusal,
    refused_fields,
)

PERM_ADD = "claims.add_claim"
# Read once: Status.values and Status.verdicts() build a new list at every call, and an import asks for them on
# every row.
_STATUSES = frozenset(Status.values)
_VERDICTS = frozenset(Status.verdicts())


def can_set_status(user, status: str) -> bool:
    return has(user, PERM_SET_VERDICT if status in _VERDICTS else PERM_CHANGE)


def create_problems(*, user) -> Problems:
    if not has(user, PERM_ADD):
        return [Problem("", "You may not log claims.", permission=True)]
    return []


# --- Verdicts --------------------------------------------------------------------------
def verdict_problems(
    *,
    user,
    ref: str,
    was_published: bool,
    before: tuple[str, str],
    status: str,
    summary: str,
    note: str,
    independence: "Independence | None" = None,
) -> Problems:
    """What is wrong with taking a claim's (status, verdict summary) from `before` to (status, summary).

    A published claim's new verdict needs what publishing it would need; `independence` counts its
    independent evidence (None: not checked here).
    """
    if (status, summary) == before:
        return []
    if status not in _STATUSES:
        return [Problem("status", f"'{status}' is not a status. Use one of: {', '.join(Status.values)}.")]
    if not can_set_status(user, status):
        return [
            Problem(
                "status",
                f"You may not set the status '{Status(status).label}': only editors set verdicts.",
                permission=True,
            )
        ]
    if not has(user, PERM_SET_VERDICT) and (before[0] in _VERDICTS or summary != before[1]):
        # An editor's verdict stands until an editor changes it: sending it back to review undoes it too.
        return [
            Problem(
                "status" if status != before[0] else "verdict_summary",
                f"Claim '{ref}' has an editor's verdict ('{Status(before[0]).label}'): only editors change or undo "
                "a verdict."
                if before[0] in _VERDICTS
                else "Only editors write verdict summaries.",
                permission=True,
            )
        ]
    if not was_published:
        return []
    problems = []
    if status not in _VERDICTS:
        problems.append(
            Problem(
                "status",
                "A published claim must keep a verdict. Unpublish it first to send it back for review.",
            )
        )
    if not summary.strip():
        problems.append(Problem("verdict_summary", "A published claim must keep its verdict summary."))
    if not problems and independence is not None:
        missing = independence_problem(status, independence)
        if missing:
            problems.append(Problem("status", f"Claim '{ref}' is published and cannot take this verdict: {missing}."))
    if not problems and not note.strip():
        problems.append(
            Problem(
                "note",
                f"Claim '{ref}' is published, so this verdict change is a correction: give the reason for it. "
                "It appears in the public corrections log.",
            )
        )
    return problems


# --- Publishing ------------------------------------------------------------------------
@dataclass(frozen=True)
class Independence:
    """How much of a claim's evidence comes from sources independent of its own article.

    A source is independent of the article when it is another document and does not share the
    article's origin (the same readout or wire copy): claims.services.independence counts them.
    """

    corroborating: int = 0  # independent sources that corroborate
    any: int = 0  # independent sources of any stance


def independence_needed(status: str) -> str | None:
    """What a verdict needs from independent sources to be published: "corroborating", "any" or nothing."""
    if status in (Status.VERIFIED, Status.PARTLY_VERIFIED):
        return "corroborating"
    if status in (Status.DISPUTED, Status.MISLEADING, Status.FALSE):
        return "any"
    return None


def independence_problem(status: str, independence: Independence) -> str | None:
    """What the claim's independent evidence lacks for this status to be published, if anything."""
    if status == Status.UNVERIFIABLE:
        return None
    if independence.any == 0:
        return (
            "it has no evidence from a source other than its own article (an independent one: not a copy of "
            "the same readout or wire story)"
        )
    if independence_needed(status) == "corroborating" and independence.corroborating == 0:
        return (
            f"a '{Status(status).label}' verdict needs corroborating evidence from a source independent of the "
            "claim's article, and none of its independent sources corroborates it"
        )
    return None


def why_not_publishable(*, status: str, summary: str, independence: Independence) -> list[str]:
    """Why a claim with this verdict may not be published yet, in words an editor reads; empty when it may."""
    problems = []
    if status not in _VERDICTS:
        problems.append(f"its status is '{Status(status).label}', not a verdict")
    if not summary.strip():
        problems.append("it has no verdict summary")
    problem = independence_problem(status, independence)
    if problem:
        problems.append(problem)
    return problems


def publish_problems(
    *,
    user,
    ref: str,
    was_published: bool,
    status: str,
    summary: str,
    independence: Independence,
    quote_found: bool | None = None,
    quote_override: str = "",
) -> Problems:
    """What is wrong with publishing claim `ref`. `quote_found` is whether its quote is in the kept copy of its
    article (None: no copy kept); a quote not found needs `quote_override`, an editor's reason to publish anyway."""
    if not can_publish(user):
        return [Problem("is_published", "You may not publish claims: only editors publish.", permission=True)]
    if was_published:
        return [Problem("is_published", f"Claim '{ref}' is already published.")]
    reasons = why_not_publishable(status=status, summary=summary, independence=independence)
    if reasons:
        return [Problem("is_published", f"Claim '{ref}' cannot be published: " + "; ".join(reasons) + ".")]
    return quote_override_problems(ref=ref, quote_found=quote_found, reason=quote_override)


# --- Quotes --------------------------------------------------------------------------
QUOTE_NOT_FOUND = "its quote is not found in the kept copy of its article"


def quote_override_problems(*, ref: str, quote_found: bool | None, reason: str) -> Problems:
    """A claim whose quote is not in the kept copy of its article is published only on an editor's stated reason."""
    if quote_found is False and not reason.strip():
        return [
            Problem(
                "quote_override",
                f"Claim '{ref}' cannot be published: {QUOTE_NOT_FOUND}. Correct the quote, or publish it from the "
                "claim's page with your reason for publishing anyway; the reason goes on the public record.",
            )
        ]
    return []


def unpublish_problems(*, user, ref: str, was_published: bool, reason: str, by_import: bool = False) -> Problems:
    """What is wrong with withdrawing claim `ref`. A withdrawal's reason is written in the admin's Unpublish
    form: a file's row cannot carry one, so an import never withdraws."""
    if by_import and was_published:
        return [
            Problem(
                "is_published",
                f"Claim '{ref}' is published; an import cannot unpublish it, because unpublishing needs a reason. "
                "Use the admin's Unpublish action.",
            )
        ]
    if not can_publish(user):
        return [Problem("is_published", "You may not unpublish claims: only editors publish.", permission=True)]
    if not reason.strip():
        return [Problem("reason", "Give the reason for unpublishing.")]
    if not was_published:
        return [Problem("is_published", f"Claim '{ref}' is not published.")]
    return []


def publication_date_problems(*, user, changed: bool) -> Problems:
    """Only editors set when a claim was published (an import may carry the date)."""
    if changed and not can_publish(user):
        return [Problem("published_at", "You may not set publication dates: only editors publish.", permission=True)]
    return []


# --- Content ---------------------------------------------------------------------------
def update_note_problem(*, ref: str, is_published: bool, note: str) -> Problems:
    """A change to what the public sees of a published claim is an update on the record: it needs a reason."""
    if is_published and not note.strip():
        return [
            Problem(
                "note",
                f"Claim '{ref}' is published, so this change is an update on the public record: give the reason "
                "for it (a typo fix is a reason too). It is shown on the claim's page and in the corrections log.",
            )
        ]
    return []


def assignment_problems(*, assignee) -> Problems:
    """What is wrong with assigning a claim to `assignee` (None: to nobody): only an active staff account works on
    claims."""
    if assignee is None or (assignee.is_staff and assignee.is_active):
        return []
    return [Problem("assigned_to", f"'{assignee}' is not an active staff account: a claim is assigned to an editor.")]


def content_problems(*, user, ref: str, is_published: bool, changed: Iterable[str], note: str = "") -> Problems:
    """What is wrong with changing the fields `changed` of a claim (its wording, speaker, article...)."""
    changed = list(changed)
    if not changed:
        return []
    if not has(user, PERM_CHANGE):
        return [Problem("", "You may not change claims.", permission=True)]
    if is_published and not can_change_published(user):
        return refused_fields(changed, published_refusal(ref))
    return update_note_problem(ref=ref, is_published=is_published, note=note)


# --- Deleting and restoring ---------------------------------------------------------------
def delete_problems(*, user, ref: str, is_published: bool, reason: str) -> Problems:
    """A claim is deleted by someone who may; a published one only by an editor, with the reason, which the
    withdrawal on its record keeps."""
    if not has(user, PERM_DELETE):
        return [Problem("", "You may not delete claims.", permission=True)]
    if is_published:
        if not can_publish(user):
            return [Problem("", "Only editors may delete a published claim.", permission=True)]
        if not reason.strip():
            return [Problem("reason", f"Claim '{ref}' is published: give the reason for deleting it.")]
    return []


def restore_problems(*, user, model_name: str) -> Problems:
    """Bringing back what was deleted: a claim only by an editor (who may add and delete claims); evidence by
    whoever may add evidence (its claim's rules then apply as to any evidence added)."""
    if model_name == "claim" and not (has(user, PERM_ADD) and has(user, PERM_DELETE)):
        return [Problem("", "Only editors may restore deleted claims.", permission=True)]
    if model_name == "evidence" and not has(user, "claims.add_evidence"):
        return [Problem("", "You may not restore evidence.", permission=True)]
    return []


__all__ = [
    "PERM_ADD",
    "assignment_problems",
    "QUOTE_NOT_FOUND",
    "Independence",
    "can_set_status",
    "content_problems",
    "create_problems",
    "delete_problems",
    "independence_needed",
    "independence_problem",
    "publication_date_problems",
    "publish_problems",
    "quote_override_problems",
    "restore_problems",
    "unpublish_problems",
    "update_note_problem",
    "verdict_problems",
    "why_not_publishable",
]
