"""The only writers of readers' tips: receiving one from the public form, and the editors' decision on it.

Both go through the write core (claims.services.core) with `TipWriter`. A tip is never public, so no write
of one moves the register's freshness stamp.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone

from claims import rules
from claims.services.core import Change, Writer, apply_one
from claims.tips.models import Tip, TipStatus, new_reference
from claims.tips.rules import READER_FIELDS, tip_decision_problems, tip_received_problems

DECISION_FIELDS = ("status", "claim", "duplicate_of", "duplicate_of_claim", "reason")


class TipWriter(Writer):
    """A reader's tip (received from the public, who is nobody) or an editor's decision on it."""

    model = Tip
    fields = ("reference", "received_at", *READER_FIELDS, *DECISION_FIELDS)
    default_reason = "Tip triaged."

    def problems(self, change: Change, facts) -> rules.Problems:
        tip = change.proposed
        if change.current is None:
            return tip_received_problems(text_fields={name: getattr(tip, name) for name in READER_FIELDS})
        return tip_decision_problems(
            user=self.user,
            status=tip.status,
            changed=change.fields,
            reason=tip.reason,
            claim_id=tip.claim_id,
            duplicate_of_id=tip.duplicate_of_id,
            duplicate_of_claim_id=tip.duplicate_of_claim_id,
            own_id=tip.pk,
        )

    def derive(self, changes: list[Change], facts, *, now) -> None:
        for change in changes:
            if change.current is not None and change.fields:
                change.proposed.decided_by = self.user if getattr(self.user, "pk", None) else None
                change.proposed.decided_at = now
                change.fields += ["decided_by", "decided_at"]

    def is_public(self, change: Change, facts) -> bool:
        return False


def tip_receive(*, statement: str, where_said: str, link: str = "", language: str, contact: str = "", now=None) -> Tip:
    """Store a reader's tip under a new reference; raises ValidationError naming each field that is wrong."""
    now = now or timezone.now()
    values = {
        "statement": statement,
        "where_said": where_said,
        "link": link,
        "language": language,
        "contact": contact,
        "received_at": now,
        "status": TipStatus.NEW,
    }
    for _attempt in range(5):
        change = Change(values={**values, "reference": new_reference()})
        try:
            apply_one(TipWriter(user=None, reason="Sent by a reader."), change, now=now)
        except ValidationError as error:
            if "reference" in getattr(error, "error_dict", {}):
                continue  # the random reference was taken: draw another
            raise
        except IntegrityError:  # taken by a tip stored at the same moment
            continue
        return change.proposed
    raise RuntimeError("Could not draw an unused tip reference.")


def tip_decide(*, tip: Tip, user, **decision) -> Tip:
    """Record an editor's decision on `tip` (status, and the claim, the duplicate or the reason it needs)."""
    unknown = set(decision) - set(DECISION_FIELDS)
    if unknown:
        raise ValueError(f"Not a decision on a tip: {', '.join(sorted(unknown))}.")
    change = apply_one(TipWriter(user=user), Change(target=tip, values=decision))
    return change.proposed or tip
