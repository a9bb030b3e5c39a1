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
    return pysbd.Segmenter(language=language if language in LANGUAGES else "en", clean=False, char_span=True)


def sentences(text: str, language: str = "en") -> list[Sentence]:
    """The sentences of `text`, in order, each with its offsets in `text`."""
    segmenter = _segmenter(language)
    found = []
    for number, line in enumerate(match for match in LINE.finditer(text) if match.group().strip()):
        for span in segmenter.segment(line.group()):
            piece = span.sent
            stripped = piece.strip()
            if not stripped:
                continue
            start = line.start() + span.start + (len(piece) - len(piece.lstrip()))
            found.append(Sentence(stripped, start, start + len(stripped), number))
    return found
