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


def published_among(ids) -> set[int]:
    """Which of these claims the public can read."""
    return set(Claim.objects.published().filter(pk__in=list(ids)).values_list("pk", flat=True)) if ids else set()


def link_shapes(links: list[tuple[int | None, int | None]], *, after: dict[int, int | None]) -> list[tuple]:
    """For each proposed link (claim id, None for a new claim; the claim it would repeat, or None), as a set of
    changes leaves the register (`after`: each changed claim's `repeat_of` then): the target's ref, whether the
    target is itself a repeat, and whether other claims repeat the claim (then it stays their root)."""
    targets = {target for _, target in links if target}
    rows = Claim.objects.filter(pk__in=targets).values_list("pk", "repeat_of_id", "ref")
    stored = {pk: root for pk, root, _ in rows}
    refs = {pk: ref for pk, _, ref in rows}
    members = [pk for pk, _ in links if pk is not None]
    pointing: dict[int | None, set[int]] = {}
    for pk, root in Claim.objects.filter(repeat_of_id__in=members).values_list("pk", "repeat_of_id"):
        if after.get(pk, root) == root:
            pointing.setdefault(root, set()).add(pk)
    for changed, new_root in after.items():
        if new_root in members:
            pointing.setdefault(new_root, set()).add(changed)
    shapes: list[tuple[str | None, bool, bool]] = []
    for member, target in links:
        if target is None:
            shapes.append((None, False, False))
            continue
        target_root = after[target] if target in after else stored.get(target)
        target_is_repeat = target_root is not None
        shapes.append((refs.get(target), target_is_repeat, bool(member is not None and pointing.get(member))))
    return shapes


__all__ = [
    "appearance_refs",
    "group",
    "link_shapes",
    "other_appearances",
    "public_appearances",
    "published_among",
    "root_id",
    "split_refs",
]
