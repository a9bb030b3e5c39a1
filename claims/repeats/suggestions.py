"""Likely repeats: existing claims whose text is close to a claim's, best first.

Suggestions rank existing claims by trigram similarity of their text, the
measure PostgreSQL's pg_trgm computes: there it is the `%` operator, served
by the GIN index of migration 0006. SQLite has no pg_trgm, so the same
measure is computed here in Python over a bounded set of candidates (those
sharing a long word with the text); both give the same scores.
"""

from collections.abc import Set
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Q

from claims.models import Claim, RepeatDismissal
from claims.repeats.queries import group
from claims.text import WORD, similarity, trigrams

SUGGESTIONS = 5
# pg_trgm's own default for the `%` operator (pg_trgm.similarity_threshold).
MIN_SIMILARITY = 0.3
# PostgreSQL's first, cheaper pass (see _postgresql).
STRICT_SIMILARITY = 0.6
# SQLite fallback: how many candidates at most are scored in Python, and on how many words they are found.
FALLBACK_CANDIDATES = 3000
FALLBACK_WORDS = 4


@dataclass
class Suggestion:
    claim: Claim
    similarity: float


def _excluded_ids(claim: Claim | None) -> set[int]:
    if claim is None or claim.pk is None:
        return set()
    excluded = set(group(claim).values_list("pk", flat=True)) | {claim.pk}
    pairs = RepeatDismissal.objects.filter(Q(claim=claim) | Q(other=claim)).values_list("claim_id", "other_id")
    for first, second in pairs:
        excluded.update((first, second))
    return excluded


def suggestions(claim: Claim, *, limit: int = SUGGESTIONS) -> list[Suggestion]:
    """Existing claims that likely say what `claim` says, best first.

    Leaves out the claim itself, its statement group and pairs an editor dismissed.
    """
    return suggestions_for_text(claim.text, exclude=_excluded_ids(claim), limit=limit)


def suggestions_for_text(text: str, *, exclude: Set[int] = frozenset(), limit: int = SUGGESTIONS) -> list[Suggestion]:
    text = " ".join((text or "").split())
    if not trigrams(text):
        return []
    if connection.vendor == "postgresql":
        return _postgresql(text, exclude, limit)
    return _fallback(text, exclude, limit)


def _postgresql(text: str, exclude: Set[int], limit: int) -> list[Suggestion]:
    from django.contrib.postgres.search import TrigramSimilarity

    # `trigram_similar` is the `%` operator, which the GIN index answers at pg_trgm.similarity_threshold.
    # A register with many near-identical texts makes the `%` set large and slow at MIN_SIMILARITY, so a
    # strict pass runs first: when it already fills `limit`, its results are exactly the top of the loose
    # pass (every one scores above anything only the loose pass would add), and the loose pass is skipped.
    for threshold in (STRICT_SIMILARITY, MIN_SIMILARITY):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [str(threshold)])
            candidates = list(
                Claim.objects.filter(text__trigram_similar=text)
                .exclude(pk__in=exclude)
                .annotate(similarity=TrigramSimilarity("text", text))
                .filter(similarity__gte=threshold)
                .select_related("article__outlet", "visit")
                .order_by("-similarity", "id")[:limit]
            )
        if len(candidates) == limit:
            break
    return [Suggestion(claim, float(claim.similarity)) for claim in candidates]


def _fallback(text: str, exclude: Set[int], limit: int) -> list[Suggestion]:
    words = sorted({w for w in WORD.findall(text.lower()) if len(w) >= 4}, key=len, reverse=True)[:FALLBACK_WORDS]
    if not words:
        words = WORD.findall(text.lower())[:FALLBACK_WORDS]
    shares_a_word = Q()
    for word in words:
        shares_a_word |= Q(text__icontains=word)
    rows = (
        Claim.objects.filter(shares_a_word)
        .exclude(pk__in=exclude)
        .order_by("-id")
        .values_list("pk", "text")[:FALLBACK_CANDIDATES]
    )
    scored = [(similarity(text, other), pk) for pk, other in rows]
    best = sorted(((s, pk) for s, pk in scored if s >= MIN_SIMILARITY), key=lambda item: (-item[0], item[1]))[:limit]
    found = Claim.objects.select_related("article__outlet", "visit").in_bulk([pk for _, pk in best])
    return [Suggestion(found[pk], score) for score, pk in best if pk in found]
