"""A claim's address: the ref it has now, and the refs it had while the public could read it.

A published claim's ref is its permalink, the key mirrors store it under and what
other sites link to. When an editor changes it, the old ref is kept as a
FormerRef: the old address answers a permanent redirect to the new one (pages
and API), the API lists it in the claim's `previous_refs`, and no other claim
may take it. claims.services.claim_update records the change; nothing else
changes a stored claim's ref (an import's rows are keyed on it).
"""

import datetime

from django.db import connection
from django.db.models import Aggregate, CharField, OuterRef, QuerySet, Subquery, Value

from claims import record
from claims.models import Claim, ClaimEvent, FormerRef
from factregister.lookups import matching


def was_public(claim: Claim, ref: str) -> bool:
    """Whether readers knew `claim` by `ref`: it is published, or a public step was taken under that ref."""
    if claim.is_published:
        return True
    return ClaimEvent.objects.filter(claim=claim, claim_ref=ref, kind__in=ClaimEvent.Kind.on_the_record()).exists()


def ref_changed(*, claim: Claim, old: str, at: datetime.datetime) -> None:
    """Keep `old` as a former address of `claim` (whose ref is now `claim.ref`) if the public knew it by it.

    The new ref, if it was one of the claim's own former refs, is its address again.
    """
    FormerRef.objects.filter(claim=claim, ref=claim.ref).delete()
    if was_public(claim, old):
        FormerRef.objects.update_or_create(ref=old, defaults={"claim": claim, "changed_at": at})


def _last_ref(claim_id: int) -> str | None:
    """The ref a deleted claim had last, from its history."""
    rows = Claim.history.filter(id=claim_id).order_by("-history_date", "-history_id")
    return rows.values_list("ref", flat=True).first()


def page_redirect(ref: str) -> str | None:
    """Where a reader asking for the claim page at `ref` should be sent, if `ref` is a former address.

    To the claim's address now when it is published there, or when the claim was withdrawn (or
    deleted) under a later ref whose page keeps the record; otherwise nowhere: `ref`'s own page
    (a withdrawal under `ref` itself, or nothing) answers.
    """
    former = FormerRef.objects.filter(ref=ref).values_list("claim_id", flat=True).first()
    if former is None:
        return None
    claim = Claim.objects.filter(pk=former).only("ref", "is_published").first()
    if claim is not None and claim.is_published:
        return claim.ref
    now = claim.ref if claim is not None else _last_ref(former)
    if now and now != ref and record.withdrawn(ref) is None and record.withdrawn(now) is not None:
        return now
    return None


def feed_redirect(ref: str) -> str | None:
    """The ref of the published claim that had the ref `ref` before, if any (the API has no withdrawn pages)."""
    return Claim.objects.published().filter(former_refs__ref=ref).values_list("ref", flat=True).first()


def taken(refs: list[str]) -> dict[str, str]:
    """Of `refs`, those that are a claim's former address, each with why a new claim may not take it."""
    found: dict[str, str] = {}
    for former in matching(FormerRef.objects.only("ref"), "ref", refs):
        found[former.ref] = FormerRef.problem_for(former.ref, claim_id=None) or ""
    return found


class _GroupConcat(Aggregate):
    """SQLite's group_concat; PostgreSQL uses StringAgg."""

    function = "GROUP_CONCAT"
    output_field = CharField()


def joined_refs(rows: QuerySet, *, field: str = "ref") -> Subquery:
    """An annotation: `field` of every row of the correlated `rows`, comma-separated, in one column (no extra query).

    Read it with `split_refs()`. Refs are slugs, so they never hold a comma.
    """
    joined: Aggregate
    if connection.vendor == "postgresql":
        from django.contrib.postgres.aggregates import StringAgg

        joined = StringAgg(field, delimiter=",")
    else:
        joined = _GroupConcat(field)
    grouped = rows.order_by().annotate(together=Value(1)).values("together")
    return Subquery(grouped.annotate(refs=joined).values("refs"), output_field=CharField())


def previous_refs():
    """An annotation: a claim's former refs (see `joined_refs`)."""
    return joined_refs(FormerRef.objects.filter(claim_id=OuterRef("pk")))


def split_refs(value: str | None) -> list[str]:
    return sorted(value.split(",")) if value else []
