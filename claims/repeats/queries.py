"""A statement's group: its first logged appearance (the root) and the claims that repeat it.

Groups stay flat: every appearance's `repeat_of` points at the root.
"""

from django.db.models import OuterRef, Q
from django.db.models.functions import Coalesce

from claims.models import Claim
from claims.refs import joined_refs, split_refs


def root_id(claim: Claim) -> int:
    return claim.repeat_of_id or claim.pk


def group(claim: Claim):
    """Every claim in `claim`'s statement group, itself included (not filtered by publication)."""
    root = root_id(claim)
    return Claim.objects.filter(Q(pk=root) | Q(repeat_of_id=root))


def other_appearances(claim: Claim) -> list[Claim]:
    """The published claims that are other appearances of `claim`'s statement (one query)."""
    return list(public_appearances(claim))


def public_appearances(claim: Claim):
    """The statement's other published appearances: who else reported it, where, when."""
    root = root_id(claim)
    return (
        Claim.objects.published()
        .with_related()
        .filter(Q(pk=root) | Q(repeat_of_id=root))
        .exclude(pk=claim.pk)
        .order_by("article__published_on", "id")
    )


def appearance_refs():
    """An annotation: the refs of a claim's other published appearances, comma-separated (no extra query).

    Read it with `split_refs()`.
    """
    root = Coalesce(OuterRef("repeat_of_id"), OuterRef("pk"))
    others = Claim.objects.published().filter(Q(pk=root) | Q(repeat_of_id=root)).exclude(pk=OuterRef("pk"))
    return joined_refs(others)


__all__ = ["appearance_refs", "group", "other_appearances", "public_appearances", "root_id", "split_refs"]
