"""Repeated claims: the same statement reported by several articles.

Each statement is a group: its first logged appearance (the root, whose
`repeat_of` is empty) and the claims whose `repeat_of` points at it. Groups
stay flat: linking two groups points every member at the earlier root.

Suggestions rank existing claims by trigram similarity of their text, the
measure PostgreSQL's pg_trgm computes: there it is the `%` operator, served
by the GIN index of migration 0006. SQLite has no pg_trgm, so the same
measure is computed here in Python over a bounded set of candidates (those
sharing a long word with the text); both give the same scores.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import Aggregate, CharField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

from claims import services
from claims.models import Claim, RepeatDismissal

SUGGESTIONS = 5
# pg_trgm's own default for the `%` operator (pg_trgm.similarity_threshold).
MIN_SIMILARITY = 0.3
# PostgreSQL's first, cheaper pass (see _postgresql).
STRICT_SIMILARITY = 0.6
# SQLite fallback: how many candidates at most are scored in Python, and on how many words they are found.
FALLBACK_CANDIDATES = 3000
FALLBACK_WORDS = 4

PERM_LINK = "claims.change_claim"
PERM_DISMISS = "claims.add_repeatdismissal"


@dataclass
class Suggestion:
    claim: Claim
    similarity: float


# --- Similarity (pg_trgm's, in Python) --------------------------------------------
_WORD = re.compile(r"\w+", re.UNICODE)


def trigrams(text: str) -> set[str]:
    """pg_trgm's trigrams: each lower-cased word padded with two spaces before and one after."""
    grams = set()
    for word in _WORD.findall(text.lower()):
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def similarity(a: str, b: str) -> float:
    """pg_trgm's similarity(): shared trigrams over all trigrams of both texts."""
    first, second = trigrams(a), trigrams(b)
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


# --- Groups ------------------------------------------------------------------
def root_id(claim: Claim) -> int:
    return claim.repeat_of_id or claim.pk


def group(claim: Claim):
    """Every claim in `claim`'s statement group, itself included (not filtered by publication)."""
    root = root_id(claim)
    return Claim.objects.filter(Q(pk=root) | Q(repeat_of_id=root))


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
    if connection.vendor == "postgresql":
        from django.contrib.postgres.aggregates import StringAgg

        refs = StringAgg("ref", delimiter=",")
    else:
        refs = _GroupConcat("ref")
    return Subquery(others.annotate(refs=refs).values("refs"), output_field=CharField())


def split_refs(value: str | None) -> list[str]:
    return sorted(value.split(",")) if value else []


def _excluded_ids(claim: Claim | None) -> set[int]:
    if claim is None or claim.pk is None:
        return set()
    excluded = set(group(claim).values_list("pk", flat=True)) | {claim.pk}
    pairs = RepeatDismissal.objects.filter(Q(claim=claim) | Q(other=claim)).values_list("claim_id", "other_id")
    for first, second in pairs:
        excluded.update((first, second))
    return excluded


# --- Suggestions -------------------------------------------------------------
def suggestions(claim: Claim, *, limit: int = SUGGESTIONS) -> list[Suggestion]:
    """Existing claims that likely say what `claim` says, best first.

    Leaves out the claim itself, its statement group and pairs an editor dismissed.
    """
    return suggestions_for_text(claim.text, exclude=_excluded_ids(claim), limit=limit)


def suggestions_for_text(text: str, *, exclude: set[int] = frozenset(), limit: int = SUGGESTIONS) -> list[Suggestion]:
    text = " ".join((text or "").split())
    if not trigrams(text):
        return []
    if connection.vendor == "postgresql":
        return _postgresql(text, exclude, limit)
    return _fallback(text, exclude, limit)


def _postgresql(text: str, exclude: set[int], limit: int) -> list[Suggestion]:
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


def _fallback(text: str, exclude: set[int], limit: int) -> list[Suggestion]:
    words = sorted({w for w in _WORD.findall(text.lower()) if len(w) >= 4}, key=len, reverse=True)[:FALLBACK_WORDS]
    if not words:
        words = _WORD.findall(text.lower())[:FALLBACK_WORDS]
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


# --- Workflow ----------------------------------------------------------------
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
    RepeatDismissal.objects.filter(
        Q(claim=claim, other=other) | Q(claim=other, other=claim)
    ).delete()
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
