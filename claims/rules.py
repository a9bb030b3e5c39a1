"""The register's rules, written once: what is wrong with a proposed change?

Each function here looks at a change someone proposes (a verdict, a publication,
a withdrawal, an edit, a piece of evidence added or removed) and returns the
problems with it, without writing anything and without asking the database for
more than the user's permissions. Every path that writes calls them: the
services (admin forms, actions, the demo loader) and the CSV import, which
checks a whole file before writing any of it.

A problem names the field (a form field or a CSV column) it is about, and says
whether it is a matter of permission (the person may not do this at all) or of
the change itself.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from claims.models import Status

PERM_CHANGE = "claims.change_claim"
PERM_SET_VERDICT = "claims.set_verdict"
PERM_PUBLISH = "claims.publish_claim"
PERM_DELETE = "claims.delete_claim"
PERM_ADD_EVIDENCE = "claims.add_evidence"
PERM_CHANGE_EVIDENCE = "claims.change_evidence"
PERM_DELETE_EVIDENCE = "claims.delete_evidence"


@dataclass(frozen=True)
class Problem:
    field: str  # "" when it is about the change as a whole
    message: str
    permission: bool = False


Problems = list[Problem]


def raise_for(problems: Problems) -> None:
    """Raise PermissionDenied for the first permission problem, else one ValidationError naming each field."""
    for problem in problems:
        if problem.permission:
            raise PermissionDenied(problem.message)
    if problems:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field or "__all__", []).append(problem.message)
        raise ValidationError(by_field)


def by_field(problems: Problems) -> dict[str, list[str]]:
    """The problems' messages grouped by field, "" for the change as a whole."""
    grouped: dict[str, list[str]] = {}
    for problem in problems:
        grouped.setdefault(problem.field, []).append(problem.message)
    return grouped


# --- Who may do what -----------------------------------------------------------------
def has(user, permission: str) -> bool:
    return bool(user and user.has_perm(permission))


def can_set_status(user, status: str) -> bool:
    return has(user, PERM_SET_VERDICT if status in Status.verdicts() else PERM_CHANGE)


def can_publish(user) -> bool:
    return has(user, PERM_PUBLISH)


def can_change_published(user) -> bool:
    """A published claim, its evidence and its follow-ups are public: only editors change them."""
    return can_publish(user)


def published_refusal(ref: str, what: str = "") -> str:
    """The refusal every path gives a contributor's change to published content (`what`: the part changed)."""
    included = f" ({what} included)" if what else ""
    return f"Claim '{ref}' is a published claim: only an editor can change it{included}."


def refused_fields(changed: Iterable[str], message: str, *, default: str = "") -> Problems:
    """One permission problem per changed field (`default` when none is named), so a form or a CSV row
    shows the refusal where the change is."""
    names = list(changed) or [default]
    return [Problem(name, message, permission=True) for name in names]


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
    if status not in Status.values:
        return [Problem("status", f"'{status}' is not a status. Use one of: {', '.join(Status.values)}.")]
    if not can_set_status(user, status):
        return [
            Problem(
                "status",
                f"You may not set the status '{Status(status).label}': only editors set verdicts.",
                permission=True,
            )
        ]
    if not has(user, PERM_SET_VERDICT) and (before[0] in Status.verdicts() or summary != before[1]):
        # An editor's verdict stands until an editor changes it: sending it back to review undoes it too.
        return [
            Problem(
                "status" if status != before[0] else "verdict_summary",
                f"Claim '{ref}' has an editor's verdict ('{Status(before[0]).label}'): only editors change or undo "
                "a verdict."
                if before[0] in Status.verdicts()
                else "Only editors write verdict summaries.",
                permission=True,
            )
        ]
    if not was_published:
        return []
    problems = []
    if status not in Status.verdicts():
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
    if status in (Status.DISPUTED, Status.FALSE):
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


def publishing_problems(*, status: str, summary: str, independence: Independence) -> list[str]:
    """Why a claim with this verdict may not be published; empty when it may."""
    problems = []
    if status not in Status.verdicts():
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
    reasons = publishing_problems(status=status, summary=summary, independence=independence)
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


def unpublish_problems(*, user, ref: str, was_published: bool, reason: str) -> Problems:
    if not can_publish(user):
        return [Problem("is_published", "You may not unpublish claims: only editors publish.", permission=True)]
    if not reason.strip():
        return [Problem("reason", "Give the reason for unpublishing.")]
    if not was_published:
        return [Problem("is_published", f"Claim '{ref}' is not published.")]
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


# --- Evidence --------------------------------------------------------------------------
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


# --- Follow-ups of commitments -----------------------------------------------------------
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


# --- Sources ---------------------------------------------------------------------------
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
