"""Searching the register's claims: full-text on PostgreSQL, every word somewhere on SQLite.

A search matches the claims' search text (`ClaimSearch`, claims/searchindex.py): each claim's own words,
every spelling of its speaker's and named entities' names, and its published translations, all folded by
`claims.text.fold`, which folds the query too, so a word typed in any script's letter forms, digits or
diacritics finds the same claims on SQLite and on PostgreSQL. A name typed in Latin, Cyrillic or Persian
script, or misspelled, is looked for in any of its spellings (claims/entities/names.py). When nothing
matches, `did_you_mean` offers the closest words the published register uses, in the script typed (trigram
similarity, as pg_trgm measures it).

What a search may ask is bounded before any query runs (`search_problem`): its length, and its
minus signs. PostgreSQL reads a minus sign before a word as "not", and stacks one "not" per minus
sign in a row; past 32 its parser fails ("tsquery stack too small"). Every page, the CSV, the API
and the admin refuse a search outside the bounds with a 400 naming the parameter, and `search()`
and `candidates()` refuse one too, so no caller can send it to the database.
"""

import re
from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.core.exceptions import ValidationError
from django.db import connection, models

from claims.entities.names import NameIndex, NameMatch, find, in_register_spelling, key, name_index, script
from claims.models.search import SEARCH_CONFIGS
from claims.text import WORD, fold, similarity
from factregister import lookups

# "Did you mean": a word is replaced by the register's closest word when they are at least this similar
# (pg_trgm's word_similarity_threshold); words shorter than MIN_LENGTH are left alone.
SUGGEST_SIMILARITY = 0.45
MIN_LENGTH = 4
# A search ranks at most this many matches, the newest: its cost stays flat however many claims match.
SEARCH_CANDIDATES = 1000
# The vocabulary: the words of the newest VOCABULARY_CLAIMS published claims, their speakers and the visits.
VOCABULARY_CLAIMS = 5000

# The claim's own fields the search matches (with its entities' names and its published translations:
# claims/searchindex.py), and migration 0003's configuration, kept for its index.
SEARCH_FIELDS = ("text", "quote", "speaker", "verdict_summary")
SEARCH_CONFIG = "english"

# What a search may ask: at most this many characters, and this many minus signs (a minus sign
# before a word leaves the word out; one inside a word, "Iran-Kazakhstan", joins two). Real searches
# stay far inside both; PostgreSQL's parser fails at 33 minus signs in a row.
SEARCH_MAX_LENGTH = 200
SEARCH_MAX_MINUS_SIGNS = 16
# The same bounds as a regular expression, read alike by Python and by JSON Schema (ECMA 262): the
# API's schema gives it, so schema-driven clients send only searches the register runs. No NUL either.
SEARCH_PATTERN = f"^[^-\\u0000]*(?:-[^-\\u0000]*){{0,{SEARCH_MAX_MINUS_SIGNS}}}$"


class SearchRefused(ValueError):
    """A search outside the bounds: the message says which, in words a reader can act on."""


def search_problem(text: str) -> str | None:
    """Why `text` cannot be searched, or None. Costs nothing: no query, one pass over at most a few
    hundred characters."""
    if len(text) > SEARCH_MAX_LENGTH:
        return (
            f"The search is {len(text):,} characters long; a search may have at most {SEARCH_MAX_LENGTH}. "
            "Use fewer words."
        )
    minus_signs = text.count("-")
    if minus_signs > SEARCH_MAX_MINUS_SIGNS:
        return (
            f"The search has {minus_signs:,} minus signs (-); a search may have at most {SEARCH_MAX_MINUS_SIGNS}. "
            "A minus sign before a word leaves out the claims with that word."
        )
    if "\x00" in text:
        return "The search contains a NUL character, which no claim has."
    return None


def validate_search(text: str) -> None:
    """A form field's validator: the search's problem as a ValidationError."""
    problem = search_problem(text)
    if problem:
        raise ValidationError(problem, code="search")


def _refuse_if_unsearchable(text: str) -> None:
    problem = search_problem(text)
    if problem:
        raise SearchRefused(problem)


class SearchDocument(models.Expression):
    """The claim's stored full-text document: `document` of its `ClaimSearch` row (PostgreSQL, migration 0021).

    Not a model field, so that SQLite and every write leave it alone. It resolves to the search row's
    column first (joining it), so that it names the right alias when the query is relabelled as a subquery.
    """

    def __init__(self, key=None):
        from django.contrib.postgres.search import SearchVectorField

        super().__init__(output_field=SearchVectorField())
        self.key = key

    def get_source_expressions(self):
        return [self.key] if self.key is not None else []

    def set_source_expressions(self, exprs):
        (self.key,) = exprs or (None,)

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False):
        clone = self.copy()
        clone.key = query.resolve_ref("search_text__en")
        return clone

    def as_sql(self, compiler, connection):
        return f"{compiler.quote_name_unless_alias(self.key.alias)}.document", []


# A word or a quoted phrase with a minus sign before it: left out.
EXCLUDED = re.compile(r'(?:^|(?<=\s))-+("[^"]*"?|[^\s"]+)')


@dataclass
class Plan:
    """A search as it is run, folded: the words that are not names (the reader's operators kept), the words and
    phrases left out, and the names."""

    rest: str
    excluded: list[str]
    names: list[NameMatch]

    def is_empty(self) -> bool:
        return not self.names and not WORD.search(self.rest) and not self.excluded


def plan(text: str, request=None) -> Plan:
    """`text` folded, its names found among the entities' and the hand list's spellings (claims/entities/names.py)."""
    rest, names = find(text, name_index(request))
    folded = fold(" ".join(rest))
    excluded = [match.strip('"') for match in EXCLUDED.findall(folded)]
    return Plan(EXCLUDED.sub(" ", folded), [words for words in excluded if WORD.search(words)], names)


def spelled_names(text: str, request=None) -> list[tuple[str, str]]:
    """The (typed, register's spelling) pairs of the names in `text` written otherwise than the register does."""
    return [(name.typed, name.label) for name in plan(text, request).names if key(name.typed) != key(name.label)]


def search(claims, text: str, *, newest=("-published_at", "-id"), request=None):
    """Claims matching the words of `text`: at most SEARCH_CANDIDATES of them, best match first.

    The cost does not grow with the number of matches: `candidates()` reads at most
    SEARCH_CANDIDATES matches, only those are ranked, and a page says "at least" when the
    cap is reached. PostgreSQL ranks them by full-text relevance, then newest first;
    SQLite lists them newest first. A search outside the bounds raises SearchRefused.
    """
    _refuse_if_unsearchable(text)
    planned = plan(text, request)
    if planned.is_empty():
        return claims
    found = _candidates(claims, planned, newest)
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchRank

        return (
            among(claims, found)
            .annotate(search_rank=SearchRank(SearchDocument(), _query(planned)))
            .order_by("-search_rank", *newest)
        )
    return claims.filter(pk__in=found).order_by(*newest)


def among(claims, found):
    """`claims` narrowed to the candidates `found`, their ids read now and sent as one array (PostgreSQL).

    Left as a subquery, the candidates' LIMIT hid from the planner how few they are: to
    count or list them it read the ids of every published claim (80,000 at 100,000 claims)
    into a hash, where 1,000 lookups by primary key take a millisecond. Read once here, the
    count and the page each look up the ids they are given (`factregister.lookups.among`),
    at any size of the register.
    """
    return lookups.among(claims, "pk", [row["pk"] for row in found])


def candidates(claims, text: str, *, newest=("-published_at", "-id"), request=None):
    """The primary keys of at most SEARCH_CANDIDATES of `claims` matching the words of `text` (no words: none).

    A search outside the bounds raises SearchRefused.
    """
    _refuse_if_unsearchable(text)
    planned = plan(text, request)
    if planned.is_empty():
        return claims.none().values("pk")
    return _candidates(claims, planned, newest)


def _candidates(claims, planned: Plan, newest):
    """The candidates for a planned search.

    PostgreSQL finds them with full-text search over the search rows' stored `document` (migration 0021)
    and its GIN index, and takes the first SEARCH_CANDIDATES in the index's order: a LIMIT with no ORDER
    BY lets it stop reading claims there, where choosing the newest would read every match (16,550 for
    "rail freight" in a million claims) to sort them. SQLite, which has no such index, needs every word
    (and each name in one of its spellings) somewhere in the folded columns and takes the newest (`newest`).
    """
    if connection.vendor == "postgresql":
        matches = claims.annotate(search_document=SearchDocument()).filter(search_document=_query(planned))
        return matches.order_by().values("pk")[:SEARCH_CANDIDATES]
    matching = models.Q()
    for word in WORD.findall(planned.rest):
        matching &= _anywhere(word)
    for words in planned.excluded:
        matching &= ~_anywhere(words)
    for name in planned.names:
        matching &= reduce(or_, (_anywhere(spelling) for spelling in (name.folded, *name.spellings)))
    return claims.filter(matching).order_by(*newest).values("pk")[:SEARCH_CANDIDATES]


def _anywhere(words: str) -> models.Q:
    """`words` (folded) in any language's column of the search row, starting a word there (SQLite).

    At the start of a word, as PostgreSQL matches words, not anywhere: "1" would otherwise find "5051".
    """
    starting = r"\b" + re.escape(words) if words[:1].isalnum() else re.escape(words)
    return reduce(or_, (models.Q(**{f"search_text__{language}__regex": starting}) for language in SEARCH_CONFIGS))


def _query(planned: Plan):
    """The full-text query: the words under every language's configuration, and each name in any spelling.

    A document holds each language under its own configuration (english, russian, simple), and a query's
    language is not known: so each part is asked under each configuration, any of which may match; and a word
    left out is left out under every configuration.
    """
    from django.contrib.postgres.search import SearchQuery

    parts = []
    if WORD.search(planned.rest):
        parts.append(_in_any_configuration(planned.rest, "websearch"))
    for words in planned.excluded:
        configs = dict.fromkeys(SEARCH_CONFIGS.values())
        parts += [SearchQuery(words, config=config, search_type="phrase", invert=True) for config in configs]
    for name in planned.names:
        spellings = dict.fromkeys((name.folded, *name.spellings))
        parts.append(reduce(or_, (_in_any_configuration(spelling, "phrase") for spelling in spellings)))
    return reduce(and_, parts)


def _in_any_configuration(text: str, search_type: str):
    from django.contrib.postgres.search import SearchQuery

    configs = dict.fromkeys(SEARCH_CONFIGS.values())
    return reduce(or_, (SearchQuery(text, config=config, search_type=search_type) for config in configs))


def search_vector():
    """Migration 0003's document (its expression index, since replaced by migrations 0008 and 0021)."""
    from django.contrib.postgres.search import SearchVector

    return SearchVector(*SEARCH_FIELDS, config=SEARCH_CONFIG)


def vocabulary(names: NameIndex | None = None) -> list[str]:
    """The words a reader may be trying to type, folded: from the search text of published claims (their own
    words, their entities' names in every script, their published translations), the visits and known names.

    Bounded: the newest VOCABULARY_CLAIMS published claims, so it costs the same at any size.
    Kept with `publiccache.value` until the register changes; `names`, the known names already read.
    """
    from claims.models import Claim, Visit

    found: set[str] = set()
    names = names or name_index()
    for spellings in names.spellings:
        found.update(word for spelling in spellings for word in WORD.findall(spelling))
    columns = [f"search_text__{language}" for language in SEARCH_CONFIGS]
    newest = Claim.objects.published().order_by("-published_at", "-id").values_list(*columns)
    for texts in newest[:VOCABULARY_CLAIMS]:
        found.update(WORD.findall(" ".join(text or "" for text in texts)))
    for title, location in Visit.objects.values_list("title", "location"):
        found.update(WORD.findall(fold(f"{title} {location}")))
    return sorted({word for word in found if len(word) >= MIN_LENGTH and not word.isdigit()})


def did_you_mean(text: str, known: list[str], names: NameIndex | None = None) -> str | None:
    """`text` with each word the register does not use replaced by the closest one it does, in the same script
    (Latin, Cyrillic or Persian); None if none is close. A known name (`names`, the hand list's by default) is
    not corrected: it is searched in the register's spelling."""
    spelled, _ = in_register_spelling(text, names)
    known_set = set(known)
    changed = False

    def closest(match) -> str:
        nonlocal changed
        word = match.group(0)
        if len(word) < MIN_LENGTH or word.isdigit() or fold(word) in known_set:
            return word
        written = script(word)
        scored = [(candidate, similarity(fold(word), candidate)) for candidate in known if script(candidate) == written]
        if not scored:
            return word
        best, score = max(scored, key=lambda pair: pair[1])
        if score < SUGGEST_SIMILARITY:
            return word
        changed = True
        return best

    suggestion = WORD.sub(closest, spelled) if known else spelled
    return suggestion if changed else None
