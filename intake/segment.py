"""An article's text as sentences, with where each sits in the text, by pysbd's rule-based segmenter.

pysbd knows each language's abbreviations ("Dr.", "U.S.", "Dec. 11", "г.") and keeps a quotation's
closing mark with its sentence. Lines are split first: a headline or a caption is a line of its own
and never runs into the paragraph after it.

pysbd's work grows with the square of what it is given (each abbreviation it finds rewrites the whole
text; its own offsets search the text again from the start for every sentence), so it is only ever given
bounded pieces, and the offsets are found here, once, moving forward:

- a line is one piece up to PIECE characters (every paragraph of a news article); a longer line is cut
  at the last place before the limit where a sentence surely ends (a full stop after a lower-case word,
  outside quotation marks and brackets), which is where pysbd would split it too;
- a piece with no such place, or as dense with full stops as a list of initials, and everything after
  the first PYSBD_BUDGET characters, is split by a simple rule that reads each character once (a
  sentence ends at . ! ? … followed by a space);
- after MAX_SENTENCES sentences, the rest of the text is kept in chunks of whole lines.

So any text up to INTAKE_MAX_BYTES splits in time that grows with its length, and an article of normal
size is split exactly as pysbd alone would split it. bench/sentence_split.py measures both.
"""

import bisect
import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

import pysbd

# pysbd's languages; another language's text is split by the English rules, which know the common marks.
LANGUAGES = frozenset(pysbd.languages.LANGUAGE_CODES)
LINE = re.compile(r"[^\n]+")

# The longest piece pysbd is given: about 300 words, longer than the paragraphs of the five demo articles
# (at most 739 characters). pysbd takes up to 25 ms on a piece this long, however it is written.
PIECE = 2_000
# pysbd splits this many characters of a text; the rest is split by the simple rule. About 16,000 words,
# longer than any news article; pysbd splits prose at 3 to 8 microseconds a character, so about a second.
PYSBD_BUDGET = 100_000
# What a call of pysbd costs before it reads a character (about 300 microseconds), in characters of the
# budget: a text of a million one-word lines gets no more of pysbd's time than one long paragraph.
CALL = 100
# After this many sentences (a hundred times a long article's), the rest of a text is kept in chunks of whole
# lines up to PIECE characters: a text of full stops would otherwise be millions of one-word sentences.
MAX_SENTENCES = 20_000
# A piece with more sentence marks than one in this many characters is a list of initials or numbers,
# or a text made to be slow: pysbd's work on it grows fastest and it gains nothing from pysbd's rules.
DENSE = 12

ENDS = ".!?…؟"
# A sentence surely ends here: its mark after a word of three or more letters with no capital ("said.",
# not "Dr.", "U.S." or "Jan."), closing quotes or brackets after the mark, then a space before a capital,
# an opening quote or bracket, or a letter of a script without capitals.
SURE_END = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZА-ЯЁ]{3,}[.!?…؟][\"'”’»)\]]*(\s+)(?=[\"“«(\[]?[^\W\d_a-zа-яё])")
QUOTES = re.compile(r"[\"“”«»()\[\]]")
OPENING, CLOSING = "“«([", "”»)]"
# The simple rule: a sentence ends at a run of sentence marks (and the quotes or brackets closing after it)
# followed by a space, or at the end of the piece. A sentence starts at a character that is not a space and
# is read chunk by chunk (a word, the spaces before another word, marks not followed by a space), each
# quantifier possessive, so that nothing is ever read twice however the marks and spaces fall.
SIMPLE = re.compile(rf"(?=\S)(?:[^\s{ENDS}]++|\s++(?=\S)|[{ENDS}]++[\"'”’»)\]]*+(?=\S))*+(?:[{ENDS}]++[\"'”’»)\]]*+)?")


class Sentence(NamedTuple):  # a tuple: a text of the largest size can hold a million sentences
    text: str  # as in the copy, without the whitespace around it
    start: int  # offsets in the copy's text: copy.text[start:end] == text
    end: int
    paragraph: int  # the line (paragraph, headline) it is on, counted from 0


@cache
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language if language in LANGUAGES else "en", clean=False)


def sentences(text: str, language: str = "en") -> list[Sentence]:
    """The sentences of `text`, in order, each with its offsets in `text`."""
    segmenter = _segmenter(language)
    found: list[Sentence] = []
    budget = PYSBD_BUDGET
    number = -1
    for line in LINE.finditer(text):
        if line.group().isspace():
            continue
        number += 1
        for start, end, careful in _pieces(text, line.start(), line.end()):
            spans = None
            if budget and careful and not _dense(text, start, end):
                cost = end - start + CALL
                if cost <= budget:
                    budget -= cost
                    spans = _by_pysbd(segmenter, text, start, end)
                else:
                    budget = 0
            if spans is None:
                spans = _by_simple_rule(text, start, end)
            found.extend(Sentence(text[a:b], a, b, number) for a, b in spans)
            if len(found) >= MAX_SENTENCES:
                found.extend(_in_chunks(text, end, number))
                return found
    return found


def _in_chunks(text: str, start: int, number: int) -> Iterator[Sentence]:
    """text[start:] (`start` on line `number`) as chunks of whole lines of at most PIECE characters (a longer
    line in pieces), each on the line it begins on."""
    chunk: list[int] = []  # start, end, line
    for line in LINE.finditer(text, start):
        if line.group().isspace():
            continue
        if not (line.start() == start and start > 0 and text[start - 1] != "\n"):  # not the rest of a line
            number += 1
        if chunk and line.end() - chunk[0] <= PIECE:
            chunk[1] = line.end()
            continue
        if chunk:
            yield _sentence(text, *chunk)
            chunk = []
        if line.end() - line.start() <= PIECE:
            chunk = [line.start(), line.end(), number]
        else:
            for begin, end, _ in _pieces(text, line.start(), line.end()):
                yield _sentence(text, begin, end, number)
    if chunk:
        yield _sentence(text, *chunk)


def _sentence(text: str, start: int, end: int, number: int) -> Sentence:
    piece = text[start:end]
    first = start + len(piece) - len(piece.lstrip())
    last = start + len(piece.rstrip())
    return Sentence(text[first:last], first, last, number)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """The line text[start:end] in pieces of at most PIECE characters, each with whether pysbd may split it
    (False: no place in it where a sentence surely ends)."""
    if end - start <= PIECE:
        yield start, end, True
        return
    cuts, outside = _sure_ends(text, start, end)
    while end - start > PIECE:
        limit = start + PIECE
        # The last sure end within the limit, outside quotes if there is one, else inside them.
        cut = _last_before(outside, start, limit) or _last_before(cuts, start, limit)
        if cut:
            yield start, cut, True
        else:
            space = text.rfind(" ", start + 1, limit)
            cut = space if space > start else limit
            yield start, cut, False
        start = cut
    yield start, end, True


def _sure_ends(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Where sentences surely end in text[start:end] (the offsets of the space after them): all, and those
    outside quotation marks and brackets. One pass over the line."""
    cuts: list[int] = []
    outside: list[int] = []
    depth, straight = 0, False
    marks = QUOTES.finditer(text, start, end)
    mark = next(marks, None)
    for match in SURE_END.finditer(text, start, end):
        at = match.start(1)
        while mark is not None and mark.start() < at:
            char = mark.group()
            if char == '"':
                straight = not straight
            elif char in OPENING:
                depth += 1
            elif char in CLOSING:
                depth = max(depth - 1, 0)
            mark = next(marks, None)
        cuts.append(at)
        if not depth and not straight:
            outside.append(at)
    return cuts, outside


def _last_before(cuts: list[int], start: int, limit: int) -> int:
    """The last of the sorted `cuts` after `start` and at most `limit`, else 0."""
    index = bisect.bisect_right(cuts, limit) - 1
    return cuts[index] if index >= 0 and cuts[index] > start else 0


def _dense(text: str, start: int, end: int) -> bool:
    if end - start < 10 * DENSE:  # a short line of initials costs nothing
        return False
    marks = sum(text.count(mark, start, end) for mark in ENDS)
    return marks * DENSE > end - start


def _by_pysbd(segmenter: pysbd.Segmenter, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences pysbd finds in text[start:end], as offsets in `text` found moving forward. With clean=False
    pysbd gives back each sentence as it is in the piece; should one not be found where the last one ended,
    the rest of the piece is split by the simple rule, so that no text is lost."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for sentence in segmenter.processor(text[start:end]).process():
        stripped = sentence.strip()
        if not stripped:
            continue
        at = text.find(stripped, cursor, end)
        if at < 0 or (at > cursor and not text[cursor:at].isspace()):
            break
        spans.append((at, at + len(stripped)))
        cursor = at + len(stripped)
    if cursor < end and not text[cursor:end].isspace():
        spans.extend(_by_simple_rule(text, cursor, end))
    return spans


def _by_simple_rule(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of text[start:end] by the simple rule, as offsets in `text`."""
    return [match.span() for match in SIMPLE.finditer(text, start, end)]


def from_spans(text: str, spans: list) -> list[Sentence]:
    """The sentences stored as [start, end, line] offsets (sources.ArticleCopy.sentences)."""
    return [Sentence(text[start:end], start, end, line) for start, end, line in spans]
