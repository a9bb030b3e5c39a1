"""The rules for a claim's evidence: who may add, change or remove it, and what a published verdict keeps."""

from collections.abc import Iterable

from claims.rules.base import Problem, Problems, can_change_published, has, published_refusal, refused_fields
from claims.rules.claims import Independence, independence_problem, update_note_problem

PERM_ADD_EVIDENCE = "claims.add_evidence"
PERM_CHANGE_EVIDENCE = "claims.change_evidence"
PERM_DELETE_EVIDENCE = "claims.delete_evidence"


def independent_evidence_problem(*, ref: str, is_published: bool, status: str, left: Independence) -> str | None:
    """A published claim keeps the independent evidence its verdict was published on.

    `left` counts the claim's independent evidence as it would be after the change.
    """
    if not is_published:
        return None
    problem = independence_problem(status, left)
    if problem is None:
        return None
    return (
        f"Claim '{ref}' is published and would lose its last evidence from another source: {problem}. A "
        "published claim must keep at least one piece of evidence from a source independent of its article, as "
        "its verdict needs. Add other evidence first, or unpublish the claim."
    )


def evidence_problems(
    *, user, action: str, ref: str, claim_is_published: bool, note: str | None = None, changed: Iterable[str] = ()
) -> Problems:
    """Who may add, change or delete (`action`) evidence of claim `ref`, and, for a published claim, why.

    `note` None: the reason is asked for elsewhere (a form's own field). `changed`: the fields changed,
    where the refusal is shown (else on `claim`).
    """
    permission = {"add": PERM_ADD_EVIDENCE, "change": PERM_CHANGE_EVIDENCE, "delete": PERM_DELETE_EVIDENCE}[action]
    if not has(user, permission):
        return [Problem("", f"You may not {action} evidence.", permission=True)]
    if claim_is_published and not can_change_published(user):
        return refused_fields(changed, published_refusal(ref, "the evidence"), default="claim")
    if note is None:
        return []
    return update_note_problem(ref=ref, is_published=claim_is_published, note=note)


def own_article_problem(*, stance: str, source_id, article_id) -> Problems:
    """A claim's own article does not corroborate it."""
    if stance == "corroborates" and source_id is not None and source_id == article_id:
        return [Problem("source", "A claim cannot cite its own article as corroboration of itself.")]
    return []


__all__ = [
    "PERM_ADD_EVIDENCE",
    "PERM_CHANGE_EVIDENCE",
    "PERM_DELETE_EVIDENCE",
    "evidence_problems",
    "independent_evidence_problem",
    "own_article_problem",
]
