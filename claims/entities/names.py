"""A query's names, in any script or common misspelling, matched with the spellings the register knows.

Every spelling of every entity (`Entity.spellings()`: each script's name and the other spellings) and the
hand list of claims/names.py are read once into a `NameIndex`, kept with the public cache until the register
changes (`name_index()`), so a search costs no more with more entities. A query's words (or two or three in a
row, "Bandar Abbas") match a name when, after `claims.text.fold` and without spaces or hyphens:

- they are one of its spellings ("Бандар-Аббас", "بندر عباس", "Маңғыстау" = "Мангистау" once folded);
- a single word is a word of a person's spelling ("Токаев" of "Касым-Жомарт Токаев");
- a Cyrillic word is one of them with a Russian case ending of up to two letters ("Токаева");
- a single word of at least MIN_SIMILAR letters is as close as NAME_SIMILARITY, by pg_trgm's trigram
  similarity, to a one-word spelling in the same script, no more than two letters longer or shorter
  ("Пезешкиян" ~ "Пезешкиан", "Ashgabad" ~ "Ashgabat").

The search then looks for any spelling of the name where the reader typed it (claims/search.py): the claims a
person said or that name a place carry all its spellings in their search text (claims/searchindex.py).
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from claims.names import NAME_FORMS
from claims.text import WORD, fold, trigrams

CASE_ENDING = 2
MIN_SIMILAR = 5
NAME_SIMILARITY = 0.5
LONGEST = 3  # words of a query read as one name at most
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


def key(text: str) -> str:
    """A spelling as names are compared: folded, without spaces or hyphens."""
    return "".join(fold(text).replace("-", " ").split())


def script(text: str) -> str:
    for letter in text:
        if "\u0400" <= letter <= "\u04ff":
            return "cyrillic"
        if "\u0600" <= letter <= "\u06ff":
            return "arabic"
    return "latin"


@dataclass
class NameIndex:
    """The known names: each a label (the register's spelling) and its folded spellings; the keys that find them."""

    labels: list[str] = field(default_factory=list)
    spellings: list[tuple[str, ...]] = field(default_factory=list)
    exact: dict[str, list[int]] = field(default_factory=dict)
    # One-word keys with their script and trigrams, for the misspellings.
    similar: list[tuple[str, str, frozenset[str], list[int]]] = field(default_factory=list)

    def add(self, label: str, spellings: list[str], *, words: bool) -> None:
        number = len(self.labels)
        self.labels.append(label)
        self.spellings.append(tuple(dict.fromkeys(fold(s).replace("-", " ") for s in spellings if fold(s).strip())))
        keys = {key(s) for s in spellings}
        if words:
            keys.update(key(word) for s in spellings for word in fold(s).replace("-", " ").split() if len(word) >= 4)
        for found in keys - {""}:
            self.exact.setdefault(found, []).append(number)

    def finish(self) -> "NameIndex":
        self.similar = [
            (found, script(found), frozenset(trigrams(found)), numbers)
            for found, numbers in self.exact.items()
            if len(found) >= MIN_SIMILAR
        ]
        return self

    def lookup(self, typed: str, *, one_word: bool) -> list[int]:
        """The names `typed` (a word, or words run together by `key`) is a spelling of; none: []."""
        if typed in self.exact:
            return self.exact[typed]
        if script(typed) == "cyrillic":
            for cut in range(1, CASE_ENDING + 1):
                stem = typed[:-cut]
                if len(stem) >= 4 and stem in self.exact and script(stem) == "cyrillic":
                    return self.exact[stem]
        if not one_word or len(typed) < MIN_SIMILAR:
            return []
        grams, written = trigrams(typed), script(typed)
        best, score = [], NAME_SIMILARITY
        for found, found_script, found_grams, numbers in self.similar:
            if found_script != written or abs(len(found) - len(typed)) > 2:
                continue
            similarity = len(grams & found_grams) / len(grams | found_grams)
            if similarity >= score:
                best, score = numbers, similarity
        return best


@dataclass
class NameMatch:
    """Words of a query that are a known name: as typed, folded, and the name's label and spellings."""

    typed: str
    folded: str
    label: str
    spellings: tuple[str, ...]


def build() -> NameIndex:
    """Every entity's spellings (persons' single words too), then the hand list's: one query."""
    from claims.models import Entity

    index = NameIndex()
    for entity in Entity.objects.order_by("pk"):
        index.add(entity.name, entity.spellings(), words=entity.kind == Entity.Kind.PERSON)
    return _with_hand_list(index).finish()


def _with_hand_list(index: NameIndex) -> NameIndex:
    for label, forms in NAME_FORMS.items():
        index.add(label, [label, *forms], words=False)
    return index


@lru_cache(maxsize=1)
def hand_list() -> NameIndex:
    """The hand list's names alone (claims/names.py): what is known with no database at hand."""
    return _with_hand_list(NameIndex()).finish()


def name_index(request=None) -> NameIndex:
    """The known names, kept with the public cache until the register changes."""
    from factregister import publiccache

    return publiccache.value(request, "search-names", build)


def tokens(text: str) -> list[str]:
    """The query's tokens as typed: split at spaces and at hyphens inside words, joiners taken out."""
    joined = text.replace("\u200c", "").replace("\u200d", "")
    spaced = "".join(
        " "
        if char in _DASHES and 0 < i < len(joined) - 1 and joined[i - 1].isalnum() and joined[i + 1].isalnum()
        else char
        for i, char in enumerate(joined)
    )
    return spaced.split()


def find(text: str, index: NameIndex) -> tuple[list[str], list[NameMatch]]:
    """The query's tokens that are not names (as typed), and the names found, longest run of words first."""
    words = tokens(text)
    rest: list[str] = []
    found: list[NameMatch] = []
    position = 0
    while position < len(words):
        for length in range(min(LONGEST, len(words) - position), 0, -1):
            run = words[position : position + length]
            if not all(word.isalnum() for word in run):
                continue
            numbers = index.lookup(key("".join(run)), one_word=length == 1)
            if numbers:
                spellings = tuple(dict.fromkeys(s for number in numbers for s in index.spellings[number]))
                typed = " ".join(run)
                found.append(NameMatch(typed, fold(typed), index.labels[numbers[0]], spellings))
                position += length
                break
        else:
            rest.append(words[position])
            position += 1
    return rest, found


def register_spelling(word: str, index: NameIndex | None = None) -> str | None:
    """The register's spelling of `word` when it is a spelling of a known name (or one with a Russian case
    ending), else None; misspellings are left to the search's own matching. `index`: the hand list's by default."""
    numbers = (index or hand_list()).lookup(key(word), one_word=False)
    return (index or hand_list()).labels[numbers[0]] if numbers else None


def in_register_spelling(text: str, index: NameIndex | None = None) -> tuple[str, list[tuple[str, str]]]:
    """`text` with every known name in the register's spelling, and the (typed, register's) pairs changed."""
    changed: list[tuple[str, str]] = []

    def swap(match: re.Match) -> str:
        word = match.group(0)
        name = register_spelling(word, index)
        if name is None or name == word:
            return word
        if key(name) != key(word):
            changed.append((word, name))
        return name

    # Persian names may hold a zero-width non-joiner, which \w does not match: join it first.
    return WORD.sub(swap, text.replace("\u200c", "")), changed
