"""Every quote proven: each claim's and each piece of evidence's quote checked against the kept copy of its source.

A quote is found when it is in the copy verbatim, whitespace and typographic quote marks aside
(sources.models.normalise_quote). The result is stored on the row (`quote_found`, None while the source
has no kept copy, or for a paraphrase) by the claim and evidence writers whenever a quote or its source
changes, and again by `quotes_recheck` when a copy is kept, replaced or removed and by
`manage.py check_quotes`. A finding is a stored fact about a quote, not a change of what it says: it is
written through the write core (history rows, the freshness stamp when a published claim's page shows
it) but takes no new version, so an editor's open form stays current.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from claims.models import Claim, Evidence
from claims.services.core import Change, Writer, apply
from factregister.lookups import matching
from sources.models import ArticleCopy

BATCH = 2000


def copies_of(source_ids: Iterable[int | None]) -> dict[int, ArticleCopy]:
    """The kept copies of these sources, by source id (one query)."""
    ids = {pk for pk in source_ids if pk is not None}
    if not ids:
        return {}
    return {copy.source_id: copy for copy in ArticleCopy.objects.filter(source_id__in=ids)}


def quote_state(quote: str, copy: ArticleCopy | None, *, paraphrased: bool = False) -> bool | None:
    """True or False: the quote is in the copy or not; None: nothing to check it against (or a paraphrase)."""
    if copy is None or paraphrased:
        return None
    return copy.contains(quote)


def check_claim_quote(claim: Claim, copies: dict[int, ArticleCopy] | None = None) -> bool | None:
    """Set `claim.quote_found` from the kept copy of its article (read unless `copies` holds it); return it."""
    copies = copies_of([claim.article_id]) if copies is None else copies
    claim.quote_found = quote_state(claim.quote, copies.get(claim.article_id))
    return claim.quote_found


def check_evidence_quote(evidence: Evidence, copies: dict[int, ArticleCopy] | None = None) -> bool | None:
    copies = copies_of([evidence.source_id]) if copies is None else copies
    evidence.quote_found = quote_state(evidence.quote, copies.get(evidence.source_id), paraphrased=evidence.paraphrased)
    return evidence.quote_found


def check_claim_quotes(claims: Iterable[Claim]) -> None:
    """Set `quote_found` on many claims, reading the copies of their articles at once."""
    claims = list(claims)
    copies = copies_of(claim.article_id for claim in claims)
    for claim in claims:
        check_claim_quote(claim, copies)


def check_evidence_quotes(evidence: Iterable[Evidence]) -> None:
    evidence = list(evidence)
    copies = copies_of(item.source_id for item in evidence)
    for item in evidence:
        check_evidence_quote(item, copies)


@dataclass(frozen=True)
class Mismatch:
    """A quote not found in the kept copy of its source."""

    kind: str  # "claim" or "evidence"
    pk: int
    claim_ref: str
    source_ref: str
    quote: str

    def __str__(self):
        what = (
            f"claim '{self.claim_ref}'" if self.kind == "claim" else f"evidence {self.pk} on claim '{self.claim_ref}'"
        )
        return f"{what}: quote not found in the kept copy of '{self.source_ref}': {self.quote}"


class FindingsWriter(Writer):
    """Stores `quote_found` on claims or evidence (`model`): no version, no step on the record."""

    fields = ("quote_found",)
    default_reason = "Quote checked against the kept copy"

    def __init__(self, model, *, user=None):
        super().__init__(user=user)
        self.model = model  # type: ignore[misc]

    def lock(self, ids):
        rows = self.model._default_manager.select_for_update(of=("self",))
        if self.model is Evidence:
            rows = rows.select_related("claim")
        return {row.pk: row for row in matching(rows, "id", ids)}

    def validate(self, change: Change) -> list:
        return []

    def is_public(self, change: Change, facts) -> bool:
        record = change.current
        return bool(record.is_published if isinstance(record, Claim) else record.claim.is_published)


def quotes_recheck(*, source_ids: Iterable[int] | None = None) -> list[Mismatch]:
    """Check again every quote citing these sources (None: every source with a kept copy, and every quote
    whose source has none), store what was found where it changed, and return the quotes not found."""
    claims = Claim.objects.all()
    evidence = Evidence.objects.all()
    if source_ids is not None:
        source_ids = list(source_ids)
        claims, evidence = claims.filter(article_id__in=source_ids), evidence.filter(source_id__in=source_ids)
    copies = copies_of(
        source_ids if source_ids is not None else ArticleCopy.objects.values_list("source_id", flat=True)
    )
    mismatches: list[Mismatch] = []
    changed: dict[type[Claim] | type[Evidence], list[Change]] = {Claim: [], Evidence: []}
    rows = claims.select_related("article").only("id", "ref", "quote", "quote_found", "article__ref").order_by("pk")
    for claim in rows.iterator(chunk_size=BATCH):
        found = quote_state(claim.quote, copies.get(claim.article_id))
        if found is False:
            mismatches.append(Mismatch("claim", claim.pk, claim.ref, claim.article.ref, claim.quote))
        if found != claim.quote_found:
            changed[Claim].append(Change(target=claim, values={"quote_found": found}, validated=True))
    cited = evidence.select_related("claim", "source").only(
        "id", "quote", "paraphrased", "quote_found", "claim__ref", "source__ref"
    )
    for item in cited.order_by("pk").iterator(chunk_size=BATCH):
        found = quote_state(item.quote, copies.get(item.source_id), paraphrased=item.paraphrased)
        if found is False:
            mismatches.append(Mismatch("evidence", item.pk, item.claim.ref, item.source.ref, item.quote))
        if found != item.quote_found:
            changed[Evidence].append(Change(target=item, values={"quote_found": found}, validated=True))
    for model, found_changes in changed.items():
        if found_changes:
            apply(FindingsWriter(model), found_changes)
    return mismatches


__all__ = [
    "FindingsWriter",
    "Mismatch",
    "check_claim_quote",
    "check_claim_quotes",
    "check_evidence_quote",
    "check_evidence_quotes",
    "copies_of",
    "quote_state",
    "quotes_recheck",
]
