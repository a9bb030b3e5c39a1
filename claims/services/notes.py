"""The desk's own writes: who a claim is assigned to, and its internal notes. Neither reaches the public.

An assignment is a change to the claim through its writer (claims.services.claims.ClaimWriter), whose
`internal` fields leave the claim's public dates and the register's freshness stamp as they were. A note
is appended through `NoteWriter`; notes are never edited or deleted one by one, so the thread stays what
the desk said, in order.
"""

from collections.abc import Iterable

from django.utils import timezone

from claims import rules
from claims.models import Claim, ClaimNote
from claims.services.claims import ClaimWriter
from claims.services.core import NEW, Change, Outcome, Writer, acting, apply, apply_one


def claims_assign(claims: Iterable[Claim], *, user, assignee) -> Outcome:
    """Assign `claims` to `assignee` (None: to nobody); those the rules refuse are named in the outcome."""
    changes = [Change(target=claim, values={"assigned_to": assignee}) for claim in claims]
    return apply(ClaimWriter(user=user), changes, partial=True)


class NoteWriter(Writer):
    """Internal notes: added by someone who may change the claim, never changed afterwards."""

    model = ClaimNote
    fields = ("claim", "author", "text", "at")

    def problems(self, change: Change, facts) -> rules.Problems:
        if change.kind != NEW:
            return [rules.Problem("", "An internal note is kept as it was written: add another note instead.")]
        return rules.permission_problems(self.user, ClaimNote, "add")

    def is_public(self, change: Change, facts) -> bool:
        return False


def note_add(*, claim: Claim, user, text: str) -> ClaimNote:
    """Add `text` to `claim`'s internal notes, signed by `user` and dated now."""
    note = ClaimNote(claim=claim, author=acting(user), text=text.strip(), at=timezone.now())
    change = apply_one(NoteWriter(user=user), Change(instance=note))
    return change.proposed


__all__ = ["NoteWriter", "claims_assign", "note_add"]
