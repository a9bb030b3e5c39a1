"""Linking claims as appearances of one statement, unlinking them, and dismissing a suggestion.

A link is a change of each claim's `repeat_of`, written by the claims writer
(claims.services.claims), so it is checked, versioned and recorded like any other change
to a claim: for a published claim it is an update on its record, with the reason given.
Groups stay flat: every appearance points at the statement's first logged appearance.
"""

from django.core.exceptions import ValidationError
from django.db.models import Q

from claims import rules
from claims.models import Claim, RepeatDismissal
from claims.repeats.queries import group, root_id
from claims.services.claims import ClaimWriter
from claims.services.core import Change, Refused, Writer, acting, apply, apply_one

LINK_NOTE = "Linked as another appearance of the same statement."
UNLINK_NOTE = "No longer linked as an appearance of the same statement."


def _relink(members: list[Claim], root: Claim, *, user, note: str, leaving: Claim | None = None) -> None:
    """Point every member at `root` (the root itself, and `leaving`, at nothing), in one change set."""
    changes = []
    for member in members:
        wanted = None if member.pk in (root.pk, getattr(leaving, "pk", None)) else root
        if member.repeat_of_id != (wanted.pk if wanted else None):
            changes.append(Change(target=member, values={"repeat_of": wanted}, note=note))
    if changes:
        try:
            apply(ClaimWriter(user=user), changes)
        except Refused as refused:
            refused.raise_for_one()


def _published_members_allow(members: list[Claim], *, user) -> None:
    """Merging or splitting a group changes the statement every published member appears as: each of them,
    changed or not, must be one the user may change."""
    for member in members:
        if member.is_published:
            rules.raise_for(rules.repeat_link_problems(user=user, ref=member.ref, is_published=True, note=LINK_NOTE))


def repeat_link(*, claim: Claim, other: Claim, user, note: str = "") -> Claim:
    """Record that `claim` and `other` are appearances of one statement; returns the statement's root.

    Their groups merge under the earlier-logged root, so every appearance points at the same claim.
    `note` is the reason on the record of the published claims among them.
    """
    if claim.pk == other.pk:
        raise ValidationError("A claim cannot be linked as an appearance of itself.")
    fresh = Claim.objects.in_bulk([claim.pk, other.pk])
    roots = {root_id(fresh[claim.pk]), root_id(fresh[other.pk])}
    if len(roots) == 1:
        raise ValidationError(f"'{claim.ref}' and '{other.ref}' are already appearances of the same statement.")
    members = list(Claim.objects.filter(Q(pk__in=roots) | Q(repeat_of_id__in=roots)).order_by("pk"))
    _published_members_allow(members, user=user)
    root = next(member for member in members if member.pk == min(roots))
    _relink(members, root, user=user, note=note or LINK_NOTE)
    dismissals = RepeatDismissal.objects.filter(Q(claim=claim, other=other) | Q(claim=other, other=claim))
    changes = [Change(target=dismissal, delete=True) for dismissal in dismissals]
    if changes:
        apply(DismissalWriter(user=user, undoing=True), changes)
    for given in (claim, other):
        given.refresh_from_db()
    return Claim.objects.get(pk=root.pk)


def repeat_unlink(*, claim: Claim, user, note: str = "") -> None:
    """Take `claim` out of its statement group; if it was the root, the next-logged appearance becomes root."""
    members = list(group(claim).order_by("pk"))
    if len(members) < 2:
        raise ValidationError(f"'{claim.ref}' is not linked to any other appearance.")
    _published_members_allow(members, user=user)
    new_root = next(m for m in members if m.pk != claim.pk)
    _relink(members, new_root, user=user, note=note or UNLINK_NOTE, leaving=claim)
    claim.refresh_from_db()


class DismissalWriter(Writer):
    """A suggestion an editor dismissed: the desk's own record, never public."""

    model = RepeatDismissal
    fields = ("claim", "other", "dismissed_by")

    def __init__(self, *, user, undoing: bool = False):
        super().__init__(user=user)
        self.undoing = undoing  # a link made since removes the dismissals it contradicts

    def problems(self, change: Change, facts) -> rules.Problems:
        return [] if self.undoing else rules.dismiss_problems(user=self.user)

    def is_public(self, change: Change, facts) -> bool:
        return False


def repeat_dismiss(*, claim: Claim, other: Claim, user) -> RepeatDismissal:
    """Record that `other` is not the statement `claim` makes, so it is not suggested for either again."""
    if claim.pk == other.pk:
        raise ValidationError("A claim cannot be dismissed as a repeat of itself.")
    if root_id(claim) == root_id(other):
        raise ValidationError(
            f"'{claim.ref}' and '{other.ref}' are linked as appearances of one statement: unlink them instead."
        )
    existing = RepeatDismissal.objects.filter(Q(claim=claim, other=other) | Q(claim=other, other=claim)).first()
    if existing:
        return existing
    dismissal = RepeatDismissal(claim=claim, other=other, dismissed_by=acting(user))
    apply_one(DismissalWriter(user=user), Change(instance=dismissal))
    return dismissal


__all__ = ["DismissalWriter", "repeat_dismiss", "repeat_link", "repeat_unlink"]
