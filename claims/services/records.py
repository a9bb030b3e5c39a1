"""The steps of the public record a change takes, as ClaimEvent rows, and how a change is described on it."""

from django.utils import timezone

from claims.models import Claim, ClaimEvent
from claims.services.copies_fast import Prototype

# A bulk write records a step for most of the claims it writes.
_events = Prototype(ClaimEvent)


def event_for(*, claim: Claim, kind: str, user, note: str = "", from_status: str = "", at=None) -> ClaimEvent:
    """The ClaimEvent recording one step of `claim`'s workflow (unsaved)."""
    event = _events.new()
    event.claim = claim
    event.claim_ref = claim.ref
    event.kind = kind
    event.from_status = from_status
    event.to_status = claim.status
    event.verdict_summary = claim.verdict_summary
    event.note = note.strip()
    event.title = claim.text
    event.user = user if getattr(user, "pk", None) else None
    event.at = at or timezone.now()
    return event


def update_for(*, claim: Claim, user, note: str, changes: list[dict], at) -> ClaimEvent:
    """An update on a published claim's record: what changed (`changes`, see `describe`) and why."""
    event = event_for(claim=claim, kind=ClaimEvent.Kind.UPDATE, user=user, note=note, from_status=claim.status, at=at)
    event.changes = changes
    return event


def shown(instance, name: str) -> str:
    """A field's value as a reader would read it (a related record by its name, a choice by its label)."""
    field = instance._meta.get_field(name)
    if field.is_relation:
        related = getattr(instance, name)
        return "" if related is None else str(related)
    if field.choices:
        return str(getattr(instance, f"get_{name}_display")())
    value = getattr(instance, field.attname)
    return "" if value is None else str(value)


def describe(before, after, fields, *, prefix: str = "") -> list[dict]:
    """The public record of a change: for each field, its label and the value before and after."""
    return [
        {
            "field": name,
            "label": f"{prefix}{before._meta.get_field(name).verbose_name}",
            "before": shown(before, name),
            "after": shown(after, name),
        }
        for name in fields
    ]


def evidence_label(evidence) -> str:
    """A piece of evidence as the record names it: its source, its stance and its passage."""
    return f"{evidence.source} ({evidence.get_stance_display().lower()}): {evidence.quote}"


__all__ = ["describe", "event_for", "evidence_label", "shown", "update_for"]
