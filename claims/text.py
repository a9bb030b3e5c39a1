"""Comparing words and texts: pg_trgm's trigram similarity, computed the same way in Python,
and the letters that differ between ways of writing one name.

Used by the search (names in other scripts, "did you mean") and by the repeats suggestions.
"""

import re
import unicodedata

WORD = re.compile(r"\w+", re.UNICODE)

# Letters that vary within a script for the same sound: Arabic and Persian forms of kaf and yeh,
# Kazakh Cyrillic letters that Russian spelling writes with their nearest Russian letter, and ё.
_SAME_LETTER = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ة": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "қ": "к",
        "ғ": "г",
        "ң": "н",
        "ұ": "у",
        "ү": "у",
        "ө": "о",
        "ә": "а",
        "і": "и",
        "һ": "х",
        "ё": "е",
        "\u200c": "",  # the zero-width non-joiner inside Persian words
        "\u200d": "",
        "\u0640": "",  # tatweel
    }
)


def fold(text: str) -> str:
    """`text` lower-cased, compatibility-normalised and with variant letters made one, for matching."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_SAME_LETTER)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def trigrams(text: str) -> set[str]:
    """pg_trgm's trigrams: each lower-cased word padded with two spaces before and one after."""
    grams: set[str] = set()
    for word in WORD.findall(text.lower()):
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def similarity(a: str, b: str) -> float:
    """pg_trgm's similarity(): shared trigrams over all trigrams of both texts."""
    first, second = trigrams(a), trigrams(b)
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


_KAZAKH = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_PERSIAN = set("پچژگیک")


def language_of(word: str) -> tuple[str, str]:
    """A best guess at the (language, direction) a typed word is in, for marking it up: by its script."""
    letters = set(word)
    if any("\u0600" <= letter <= "\u06ff" for letter in letters):
        return ("fa" if letters & _PERSIAN else "ar"), "rtl"
    if any("\u0400" <= letter <= "\u04ff" for letter in letters):
        return ("kk" if letters & _KAZAKH else "ru"), "ltr"
    return "en", "ltr"
