"""An article's text as sentences, with where each sits in the text, by pysbd's rule-based segmenter.

pysbd knows each language's abbreviations ("Dr.", "U.S.", "Dec. 11", "г.") and keeps a quotation's
closing mark with its sentence. Lines are split first: a headline or a caption is a line of its own
and never runs into the paragraph after it.
"""

import re
from dataclasses import dataclass
from functools import cache

import pysbd

# pysbd's languages; another language's text is split by the English rules, which know the common marks.
LANGUAGES = frozenset(pysbd.languages.LANGUAGE_CODES)
LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Sentence:
    text: str  # as in the copy, without the whitespace around it
    start: int  # offsets in the copy's text: copy.text[start:end] == text
    end: int
    paragraph: int  # the line (paragraph, headline) it is on, counted from 0


@cache
def _segmenter(language: str) -> pysbd.Segmenter:
    # Offsets are found below, not by pysbd's char_span, which compiles a regular expression per sentence.
    return pysbd.Segmenter(language=language if language in LANGUAGES else "en", clean=False)


def sentences(text: str, language: str = "en") -> list[Sentence]:
    """The sentences of `text`, in order, each with its offsets in `text`."""
    segmenter = _segmenter(language)
    found = []
    for number, line in enumerate(match for match in LINE.finditer(text) if match.group().strip()):
        content, cursor = line.group(), 0
        for piece in segmenter.segment(content):
            stripped = piece.strip()
            if not stripped:
                continue
            at = content.find(stripped, cursor)
            if at < 0:  # pysbd gave back text not in the line (it does not, with clean=False): keep the line whole
                return _lines(text)
            cursor = at + len(stripped)
            found.append(Sentence(stripped, line.start() + at, line.start() + cursor, number))
    return found


def _lines(text: str) -> list[Sentence]:
    lines = [match for match in LINE.finditer(text) if match.group().strip()]
    found = []
    for number, line in enumerate(lines):
        content = line.group()
        start = line.start() + len(content) - len(content.lstrip())
        found.append(Sentence(content.strip(), start, start + len(content.strip()), number))
    return found


def from_spans(text: str, spans: list) -> list[Sentence]:
    """The sentences stored as [start, end, line] offsets (sources.ArticleCopy.sentences)."""
    return [Sentence(text[start:end], start, end, line) for start, end, line in spans]
