"""A statement's group: its first logged appearance (the root) and the claims that repeat it.

Groups stay flat: every appearance's `repeat_of` points at the root.
"""

from django.db import connection
from django.db.models import Aggregate, CharField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

from claims.models import Claim


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


class _GroupConcat(Aggregate):
    """SQLite's group_concat; PostgreSQL uses StringAgg."""

    function = "GROUP_CONCAT"
    output_field = CharField()


def appearance_refs():
    """An annotation: the refs of a claim's other published appearances, comma-separated (no extra query).

    Read it with `split_refs()`. Refs are slugs, so they never hold a comma.
    """
    root = Coalesce(OuterRef("repeat_of_id"), OuterRef("pk"))
    others = (
        Claim.objects.published()
        .filter(Q(pk=root) | Q(repeat_of_id=root))
        .exclude(pk=OuterRef("pk"))
        .order_by()
        .annotate(statement=Value(1))
        .values("statement")
    )
    refs: Aggregate
    if connection.vendor == "postgresql":
        from django.contrib.postgres.aggregates import StringAgg

        refs = StringAgg("ref", delimiter=",")
    else:
        refs = _GroupConcat("ref")
    return Subquery(others.annotate(refs=refs).values("refs"), output_field=CharField())


def split_refs(value: str | None) -> list[str]:
    return sorted(value.split(",")) if value else []
