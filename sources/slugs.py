"""Refs made from a title or a statement: in Latin letters, a dash or slash between words a hyphen, cut at a word.

Cyrillic is romanised by the BGN/PCGN systems (Russian 1947, Kazakh 1979: "Тоқаев" -> "toqayev",
"Токаев" -> "tokayev", "Щучинск" -> "shchuchinsk"), Persian by the UN system of 1967 for its consonants
("خ" kh, "ژ" zh, "ق" q, "و" v), with the vowels its letters write (alef a, ye i or y, vav u or v; the short
vowels are not written, so "تهران" is "thran"). Marks over Latin letters are dropped ("Türkiye" ->
"turkiye"). Then django.utils.text.slugify.
"""

import re

from django.utils.text import slugify

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
    # Kazakh
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}  # fmt: skip
# "е" and "ё" are "ye" and "yo" at the start of a word and after a vowel or a sign ("Токаев" -> "Tokayev").
CYRILLIC_VOWELS = frozenset("аеёиоуыэюяәөұүіъь")
IOTATED = {"е": "ye", "ё": "yo"}

PERSIAN = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "e", "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s",
    "ض": "z", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "ك": "k", "گ": "g",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "h", "ء": "", "ئ": "y", "ؤ": "v",
}  # fmt: skip
PERSIAN_VOWEL_LETTERS = frozenset("اآأإویيى")
YE = frozenset("یيى")
VAV = "و"
# Persian and Arabic-Indic digits.
DIGITS = {ord(digit): str(value) for value, digit in enumerate("۰۱۲۳۴۵۶۷۸۹")} | {
    ord(digit): str(value) for value, digit in enumerate("٠١٢٣٤٥٦٧٨٩")
}
# Dashes and slashes between words: "Kazakhstan–Iran", "Astana/Tehran". A zero-width non-joiner joins a
# Persian word's parts ("تفاهم‌نامه").
BETWEEN_WORDS = re.compile(r"[‐‑‒–—―/\\⁄]")


def transliterate(text: str) -> str:
    """`text` in Latin letters (Cyrillic and Persian romanised; other scripts left as they are)."""
    text = BETWEEN_WORDS.sub(" ", text).replace("\u200c", "").translate(DIGITS)
    out: list[str] = []
    for index, char in enumerate(text):
        lower = char.lower()
        before = text[index - 1].lower() if index else " "
        if lower in CYRILLIC:
            if lower in IOTATED and (not before.isalpha() or before in CYRILLIC_VOWELS):
                latin = IOTATED[lower]
            else:
                latin = CYRILLIC[lower]
            out.append(latin.capitalize() if char != lower else latin)
        elif char in PERSIAN or char in YE or char == VAV:
            out.append(_persian(text, index))
        else:
            out.append(char)
    return "".join(out)


def _persian(text: str, index: int) -> str:
    char = text[index]
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    starts, ends = not _persian_letter(before), not _persian_letter(after)
    after_initial_alef = before == "ا" and (index < 2 or not _persian_letter(text[index - 2]))
    if char in YE:  # i after a consonant ("میلیون"), and after an alef that starts a word ("ایران")
        if starts or (before in PERSIAN_VOWEL_LETTERS and not after_initial_alef):
            return "y"
        return "i"
    if char == VAV:  # "and"; v at a word's start and after a vowel letter; else u ("تور", "او")
        if starts and ends:
            return "va"
        if starts or (before in PERSIAN_VOWEL_LETTERS and not after_initial_alef):
            return "v"
        return "u"
    if char == "ا" and starts and (after in YE or after == VAV):
        return ""  # the ye or vav after it says the vowel
    if char == "ه" and ends and not starts and before not in PERSIAN_VOWEL_LETTERS:
        return "e"  # the silent h that ends "نامه"
    return PERSIAN[char]


def _persian_letter(char: str) -> bool:
    return char in PERSIAN or char in YE or char == VAV


def ascii_slug(text: str, max_length: int) -> str:
    """A slug of `text`, in Latin letters, of at most `max_length` characters."""
    return cut_at_word(slugify(transliterate(text)), max_length)


def cut_at_word(slug: str, max_length: int) -> str:
    """`slug` cut after its last whole word within `max_length` (a first word longer than that, at the limit)."""
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    return cut[: cut.rindex("-")] if "-" in cut else slug[:max_length]
