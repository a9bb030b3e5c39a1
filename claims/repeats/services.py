"""Linking claims as appearances of one statement, unlinking them, and dismissing a suggestion."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q

from claims import services
from claims.models import Claim, RepeatDismissal
from claims.repeats.queries import group, root_id

PERM_LINK = "claims.change_claim"
PERM_DISMISS = "claims.add_repeatdismissal"


def _require_change(user, claims) -> None:
    if not (user and user.has_perm(PERM_LINK)):
        raise PermissionDenied("You may not link claims as appearances of one statement.")
    if any(c.is_published for c in claims) and not services.can_publish(user):
        raise PermissionDenied("One of these claims is published: only editors change published claims.")


def _save_repeat_of(claim: Claim, root: int | None) -> None:
    claim.repeat_of_id = root
    claim.version += 1
    claim.full_clean(exclude=["ref"], validate_unique=False, validate_constraints=False)
    claim.save(update_fields=["repeat_of", "version", "updated_at"])


@transaction.atomic
def repeat_link(*, claim: Claim, other: Claim, user) -> Claim:
    """Record that `claim` and `other` are appearances of one statement; returns the statement's root.

    Their groups merge under the earlier-logged root, so every appearance points at the same claim.
    """
    if claim.pk == other.pk:
        raise ValidationError("A claim cannot be linked as an appearance of itself.")
    fresh = Claim.objects.select_for_update().in_bulk([claim.pk, other.pk])
    roots = {root_id(fresh[claim.pk]), root_id(fresh[other.pk])}
    if len(roots) == 1:
        raise ValidationError(f"'{claim.ref}' and '{other.ref}' are already appearances of the same statement.")
    members = list(Claim.objects.select_for_update().filter(Q(pk__in=roots) | Q(repeat_of_id__in=roots)).order_by("pk"))
    _require_change(user, members)
    root = min(roots)
    for member in members:
        wanted = None if member.pk == root else root
        if member.repeat_of_id != wanted:
            _save_repeat_of(member, wanted)
    RepeatDismissal.objects.filter(Q(claim=claim, other=other) | Q(claim=other, other=claim)).delete()
    for given in (claim, other):
        given.refresh_from_db()
    return Claim.objects.get(pk=root)


@transaction.atomic
def repeat_unlink(*, claim: Claim, user) -> None:
    """Take `claim` out of its statement group; if it was the root, the next-logged appearance becomes root."""
    members = list(group(claim).select_for_update().order_by("pk"))
    if len(members) < 2:
        raise ValidationError(f"'{claim.ref}' is not linked to any other appearance.")
    _require_change(user, members)
    rest = [m for m in members if m.pk != claim.pk]
    new_root = rest[0].pk
    for member in rest:
        wanted = None if member.pk == new_root else new_root
        if member.repeat_of_id != wanted:
            _save_repeat_of(member, wanted)
    this = next(m for m in members if m.pk == claim.pk)
    if this.repeat_of_id is not None:
        _save_repeat_of(this, None)
    claim.refresh_from_db()


@transaction.atomic
def repeat_dismiss(*, claim: Claim, other: Claim, user) -> RepeatDismissal:
    """Record that `other` is not the statement `claim` makes, so it is not suggested for either again."""
    if not (user and user.has_perm(PERM_DISMISS)):
        raise PermissionDenied("You may not dismiss suggested repeats.")
    if claim.pk == other.pk:
        raise ValidationError("A claim cannot be dismissed as a repeat of itself.")
    if root_id(claim) == root_id(other):
        raise ValidationError(
            f"'{claim.ref}' and '{other.ref}' are linked as appearances of one statement: unlink them instead."
        )
    existing = RepeatDismissal.objects.filter(Q(claim=claim, other=other) | Q(claim=other, other=claim)).first()
    if existing:
        return existing
    dismissal = RepeatDismissal(claim=claim, other=other, dismissed_by=user if getattr(user, "pk", None) else None)
    dismissal.full_clean()
    dismissal.save()
    return dismissal
