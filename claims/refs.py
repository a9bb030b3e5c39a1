"""A claim's address: the ref it has now, and the refs it had while the public could read it.

A published claim's ref is its permalink, the key mirrors store it under and what
other sites link to. When an editor changes it, the old ref is kept as a
FormerRef: the old address answers a permanent redirect to the new one (pages
and API), the API lists it in the claim's `previous_refs`, and no other claim
may take it. The claims writer (claims.services.claims) records the change;
nothing else changes a stored claim's ref (an import's rows are keyed on it).

A ref is never given to another claim once readers could know it: a former
address, the ref of a claim withdrawn or deleted after publication (its page
keeps the public record of what was withdrawn, and when).
"""

from django.db import connection
from django.db.models import Aggregate, CharField, OuterRef, QuerySet, Subquery, Value

from claims import public_record
from claims.models import Claim, ClaimEvent, FormerRef
from factregister.lookups import matching


def was_public(claim: Claim, ref: str) -> bool:
    """Whether readers knew `claim` by `ref`: it is published, or a public step was taken under that ref."""
    if claim.is_published:
        return True
    return ClaimEvent.objects.filter(claim=claim, claim_ref=ref, kind__in=ClaimEvent.Kind.on_the_record()).exists()


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
    if now and now != ref and public_record.withdrawn(ref) is None and public_record.withdrawn(now) is not None:
        return now
    return None


def feed_redirect(ref: str) -> str | None:
    """The ref of the published claim that had the ref `ref` before, if any (the API has no withdrawn pages)."""
    return Claim.objects.published().filter(former_refs__ref=ref).values_list("ref", flat=True).first()


def reserved(refs, *, claim_ids=()) -> dict[str, str]:
    """Of `refs`, those no claim but the ones in `claim_ids` may take, each with why (a few queries however many).

    A ref the claims in `claim_ids` held themselves (a deleted claim brought back) is theirs again.
    """
    refs, own = list(refs), set(claim_ids)
    history = list(matching(Claim.history.values_list("ref", "id", "is_published"), "ref", refs))
    held = {ref for ref, pk, _ in history if pk in own}
    found: dict[str, str] = {}
    for former in matching(FormerRef.objects.only("ref", "claim_id"), "ref", refs):
        if former.claim_id not in own:
            found[former.ref] = FormerRef.problem_for(former.ref, claim_id=None) or ""
    on_record = ClaimEvent.objects.filter(kind__in=ClaimEvent.Kind.on_the_record()).values_list("claim_ref", "claim_id")
    for ref, claim_id in matching(on_record, "claim_ref", refs):
        if claim_id not in own and ref not in held and ref not in found:
            found[ref] = (
                f"'{ref}' was the address of a claim the public could read, which was withdrawn or has another "
                "address now: its page keeps that record. Choose another ref."
            )
    published = {pk for _, pk, was_published in history if was_published}
    living = set(Claim.objects.filter(pk__in=published).values_list("pk", flat=True)) if published else set()
    for ref, pk, was_published in history:
        if was_published and pk not in own and pk not in living and ref not in held and ref not in found:
            found[ref] = (
                f"'{ref}' was the address of a published claim since deleted: refs the public knew are never "
                "given to another claim."
            )
    return found


class _GroupConcat(Aggregate):
    """SQLite's group_concat(X, separator); PostgreSQL uses StringAgg."""

    function = "GROUP_CONCAT"
    output_field = CharField()


def joined_refs(rows: QuerySet, *, field: str = "ref", delimiter: str = ",") -> Subquery:
    """An annotation: `field` of every row of the correlated `rows`, joined by `delimiter`, in one column (no
    extra query); sorted on PostgreSQL, in the rows' order on SQLite.

    Read it with `split_refs()` when joined by commas: refs are slugs, so they never hold one.
    """
    joined: Aggregate
    if connection.vendor == "postgresql":
        from django.contrib.postgres.aggregates import StringAgg

        joined = StringAgg(field, delimiter=delimiter, order_by=field)
    else:
        joined = _GroupConcat(field, Value(delimiter))
    grouped = rows.order_by().annotate(together=Value(1)).values("together")
    return Subquery(grouped.annotate(refs=joined).values("refs"), output_field=CharField())


def previous_refs():
    """An annotation: a claim's former refs (see `joined_refs`)."""
    return joined_refs(FormerRef.objects.filter(claim_id=OuterRef("pk")))


def split_refs(value: str | None) -> list[str]:
    return sorted(value.split(",")) if value else []
