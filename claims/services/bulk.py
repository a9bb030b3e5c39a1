"""Many claims and pieces of evidence at once (a CSV file), under the same rules as one at a time.

The import checks every row before it writes any: `claim_problems` and
`evidence_problems` say what is wrong with one row's change, using
claims.rules as the services do, from facts the import has read for the whole
file at once. `write_claims` and `write_evidence` then write the file's rows in
bulk with their history rows, bump their versions and record the same
workflow steps (ClaimEvent rows) the services would.
"""

from dataclasses import dataclass, field
from typing import Any

from claims import rules, versions
from claims.models import Claim, ClaimEvent, Evidence
from claims.services.content import CLAIM_CONTENT_FIELDS, EVIDENCE_FIELDS, describe
from claims.services.quotes import check_claim_quotes, check_evidence_quotes
from claims.services.workflow import event_for, events_for_change
from factregister.history import create_many, create_with_history, update_with_history


@dataclass
class Change:
    """One row's change: the record as stored (None: new) and as the row would leave it."""

    stored: Any  # a Claim or an Evidence, as stored; None when new
    instance: Any
    fields: list[str] = field(default_factory=list)  # the fields the row changes
    note: str = ""


def claim_problems(*, user, change: Change, independence: rules.Independence) -> rules.Problems:
    """What is wrong with one claim row (keys are CSV columns; the reason is `change_note`)."""
    stored, claim = change.stored, change.instance
    was_published = bool(stored and stored.is_published)
    problems: rules.Problems = []
    problems += rules.verdict_problems(
        user=user,
        ref=claim.ref,
        was_published=was_published,
        before=(stored.status, stored.verdict_summary) if stored else ("unverified", ""),
        status=claim.status,
        summary=claim.verdict_summary,
        note=change.note,
        independence=independence if was_published else None,
    )
    if claim.is_published and not was_published:
        problems += rules.publish_problems(
            user=user,
            ref=claim.ref,
            was_published=False,
            status=claim.status,
            summary=claim.verdict_summary,
            independence=independence,
            quote_found=claim.quote_found,
        )
    elif was_published and not claim.is_published:
        problems.append(
            rules.Problem(
                "is_published",
                f"Claim '{claim.ref}' is published; an import cannot unpublish it, because unpublishing needs a "
                "reason. Use the admin's Unpublish action.",
            )
        )
    if claim.published_at != (stored.published_at if stored else None) and not rules.can_publish(user):
        problems.append(
            rules.Problem("published_at", "You may not set publication dates: only editors publish.", permission=True)
        )
    if stored is not None:
        problems += rules.content_problems(
            user=user,
            ref=claim.ref,
            is_published=was_published,
            changed=[name for name in change.fields if name in CLAIM_CONTENT_FIELDS or name == "repeat_of"],
            note=change.note,
        )
    return as_columns(problems)


def evidence_problems(*, user, change: Change, claim: Claim) -> rules.Problems:
    """What is wrong with one evidence row (the reason for a published claim's change is `change_note`)."""
    action = "add" if change.stored is None else "change"
    if change.stored is not None and not change.fields:
        return []
    problems = rules.evidence_problems(
        user=user,
        action=action,
        ref=claim.ref,
        claim_is_published=claim.is_published,
        note=change.note,
        changed=change.fields if change.stored is not None else (),
    )
    return as_columns(problems)


def as_columns(problems: rules.Problems) -> rules.Problems:
    """The problems as CSV columns: the reason the rules call `note` is the file's `change_note` column
    (a permission problem names the field changed, evidence's own `note` included)."""
    return [
        rules.Problem("change_note" if p.field == "note" and not p.permission else p.field, p.message, p.permission)
        for p in problems
    ]


def _prove_quotes(model, changes: list[Change]) -> None:
    """Check each row's quote against the kept copy of its source, and write the finding where it changed."""
    (check_claim_quotes if model is Claim else check_evidence_quotes)([c.instance for c in changes])
    for change in changes:
        if change.stored is not None and change.stored.quote_found != change.instance.quote_found:
            change.fields = [*change.fields, "quote_found"]


def _write(model, changes: list[Change], *, user, now, reason: str) -> None:
    _prove_quotes(model, changes)
    new = [c.instance for c in changes if c.stored is None]
    updated = [c for c in changes if c.stored is not None]
    create_with_history(new, model, user=user, reason=reason, now=now)
    if updated:
        for change in updated:
            change.fields = [*change.fields, versions.bump(change.instance)]
        fields = sorted({name for change in updated for name in change.fields})
        update_with_history([c.instance for c in updated], model, fields, user=user, reason=reason, now=now)


def write_claims(changes: list[Change], *, user, now, reason: str) -> None:
    """Write the claims rows (checked already) with their history, new versions and workflow steps."""
    user = user if getattr(user, "pk", None) else None
    for change in changes:
        if change.stored is not None:
            change.instance.updated_at = now
            change.fields = [*change.fields, "updated_at"]
        if change.instance.is_published and not change.instance.published_at:
            change.instance.published_at = now
            change.fields = [*change.fields, "published_at"]
    content = {
        id(change): [name for name in change.fields if name in CLAIM_CONTENT_FIELDS]
        for change in changes
        if change.stored is not None and change.stored.is_published
    }
    _write(Claim, changes, user=user, now=now, reason=reason)
    events = []
    for change in changes:
        if content.get(id(change)):
            update = event_for(
                claim=change.instance,
                kind=ClaimEvent.Kind.UPDATE,
                user=user,
                note=change.note,
                from_status=change.instance.status,
                at=now,
            )
            update.changes = describe(change.stored, change.instance, content[id(change)])
            events.append(update)
        events += events_for_change(before=change.stored, after=change.instance, user=user, at=now, note=change.note)
    create_many(events, ClaimEvent)


def write_evidence(changes: list[Change], *, user, now, reason: str) -> None:
    """Write the evidence rows (checked already) with their history and new versions; a published claim's
    evidence added or changed is an update on its record."""
    user = user if getattr(user, "pk", None) else None
    before = {id(change): change.stored for change in changes}
    _write(Evidence, changes, user=user, now=now, reason=reason)
    events = []
    for change in changes:
        evidence, stored = change.instance, before[id(change)]
        if not evidence.claim.is_published:
            continue
        if stored is None:
            described = [
                {
                    "field": "evidence",
                    "label": "Evidence added",
                    "before": "",
                    "after": f"{evidence.source} ({evidence.get_stance_display().lower()}): {evidence.quote}",
                }
            ]
        else:
            fields = [name for name in change.fields if name in EVIDENCE_FIELDS]
            described = describe(stored, evidence, fields, prefix=f"Evidence from {evidence.source}: ")
        if described:
            event = event_for(
                claim=evidence.claim,
                kind=ClaimEvent.Kind.UPDATE,
                user=user,
                note=change.note,
                from_status=evidence.claim.status,
                at=now,
            )
            event.changes = described
            events.append(event)
    create_many(events, ClaimEvent)
