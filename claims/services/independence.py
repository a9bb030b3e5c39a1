"""How much of a claim's evidence comes from sources independent of its own article: reads the rules need.

A source is independent of the article when it is another document and does not share the
article's origin (the same readout or wire copy). claims.rules decides what a verdict needs;
these count what a claim has, one claim at a time (forms) or many at once (the write core).
"""

from collections.abc import Iterable

from claims.models import Claim, Evidence, Stance
from claims.rules import Independence
from factregister.lookups import matching
from sources.models import Source

# What a count reads of each piece of evidence.
_FIELDS = ("id", "claim_id", "stance", "source__id", "source__origin")


def independent_evidence(claim: Claim):
    """Evidence from sources independent of the claim's article: other documents, not of the article's origin."""
    evidence = claim.evidence.exclude(source_id=claim.article_id)
    origin = claim.article.origin_id
    return evidence.exclude(source__origin__key=origin) if origin else evidence


def count_independence(article_key: str, evidence: Iterable[tuple[str, str]]) -> Independence:
    """Independence from (source's independence key, stance) pairs: distinct independent sources."""
    independent = [(key, stance) for key, stance in evidence if key != article_key]
    return Independence(
        corroborating=len({key for key, stance in independent if stance == Stance.CORROBORATES}),
        any=len({key for key, _ in independent}),
    )


def independence(claim: Claim, *, without: Evidence | None = None, plus: Evidence | None = None) -> Independence:
    """How many independent sources corroborate `claim`, and how many bear on it at all.

    `without` and `plus` describe a proposed change: the counts as they would be after it.
    """
    if claim.pk is None:
        return Independence()
    rows = claim.evidence.select_related("source").only(*_FIELDS)
    pairs = [(item.source.independence_key, item.stance) for item in rows if without is None or item.pk != without.pk]
    if plus is not None:
        pairs.append((plus.source.independence_key, plus.stance))
    return count_independence(claim.article.independence_key, pairs)


def evidence_of(claim_ids: Iterable[int]) -> dict[int, list[Evidence]]:
    """Each claim's evidence, with its source's independence key at hand (one query; a slice each on SQLite)."""
    found: dict[int, list[Evidence]] = {pk: [] for pk in claim_ids}
    rows = Evidence.objects.select_related("source").only(*_FIELDS)
    for item in matching(rows, "claim_id", list(found)):
        found[item.claim_id].append(item)
    return found


def articles_of(claims: list[Claim]) -> dict:
    """The articles of `claims` by id: those already on a claim as it is, the rest in one query."""
    found = {c.article_id: c._state.fields_cache["article"] for c in claims if "article" in c._state.fields_cache}
    wanted = {c.article_id for c in claims if c.article_id is not None and c.article_id not in found}
    if wanted:
        found.update({source.pk: source for source in Source.objects.filter(pk__in=wanted).only("id", "origin_id")})
    return found


__all__ = ["articles_of", "count_independence", "evidence_of", "independence", "independent_evidence"]
