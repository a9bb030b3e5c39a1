"""Comparing words and texts: one folding for the search's index and its queries, and pg_trgm's trigram
similarity computed the same way in Python.

`fold` is the only normalisation the search knows: the search index (claims/searchindex.py) stores folded
text and every query is folded before it is matched, on SQLite and PostgreSQL alike, so the two agree by
construction. It makes one form of what readers type differently for the same word: case; Arabic and Persian
letter forms (ي/ى → ی, ك → ک, ة and ۀ → ه, hamza and madda on alef), the zero-width (non-)joiner, tatweel and
the Arabic vowel marks; Persian and Arabic-Indic digits (۱۴۰۴ → 1404); the Kazakh letters that Russian
spelling writes with its nearest letter (қ → к, ғ → г, ң → н, ө → о, ұ and ү → у, і → и, ә → а, һ → х) and
ё → е; Latin diacritics (Pezeşkiyan → pezeskiyan); dashes and non-breaking spaces, and a hyphen inside a word
is a space (Бандар-Аббас → бандар аббас). A minus sign before a word is kept: the search reads it as "not".

Used by the search (names in other scripts, "did you mean") and by the repeats suggestions.
"""

import re
import unicodedata

WORD = re.compile(r"\w+", re.UNICODE)

# Letters that vary within a script for the same sound, after decomposition (NFKD has already taken the hamza
# and madda off alef, yeh and waw): Arabic and Persian forms, Kazakh Cyrillic letters that Russian spelling
# writes with its nearest letter, and the digits of Persian and Arabic script.
_SAME_LETTER = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ة": "ه",
        "ە": "ه",  # U+06D5, what NFKD leaves of heh with yeh above (ۀ)
        "ۀ": "ه",
        "ٱ": "ا",
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
        **{chr(0x0660 + n): str(n) for n in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + n): str(n) for n in range(10)},  # Persian digits
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-"),  # dashes, minus signs
        **dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000", " "),  # non-breaking and other spaces
    }
)
# The combining marks dropped once letters are decomposed: Latin diacritics, Cyrillic and Arabic marks (the
# harakat, superscript alef, hamza and madda); not the breve of Cyrillic й (a letter of its own), nor of ў.
_MARKS = re.compile(
    r"[\u0300-\u0305\u0307-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]|(?<![иу])\u0306"
)


def fold(text: str) -> str:
    """`text` in the one form the search indexes and queries: see the module's docstring."""
    if text.isascii():  # most of the register: nothing to decompose or translate
        return _spaced_hyphens(text.lower())
    decomposed = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return _spaced_hyphens(unicodedata.normalize("NFC", decomposed).translate(_SAME_LETTER))


def _spaced_hyphens(text: str) -> str:
    """A hyphen between two letters or digits as a space ("бандар-аббас" is "бандар аббас"); one before a word,
    the search's "not", is kept. (A split, not a regular expression: five times faster on a claim's text.)"""
    if "-" not in text:
        return text
    parts = text.split("-")
    joined = [parts[0]]
    for left, right in zip(parts, parts[1:], strict=False):
        inner = (
            bool(left and right) and (left[-1].isalnum() or left[-1] == "_") and (right[0].isalnum() or right[0] == "_")
        )
        joined += [" " if inner else "-", right]
    return "".join(joined)


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
