"""An article's page for editors: its kept copy as sentences, the check-worthy ones with their reasons,
the ones already logged with their claims, a coverage line, and a "Log as claim" and a "Use as evidence
for…" link on each sentence.

The page shows the first SHOWN sentences, at most SHOWN_CHARACTERS of text: every sentence costs the page
its score, its guesses and its links, and a text of the largest size the intake takes can hold tens of
thousands of sentences. The copy is kept whole, and every quote is checked against all of it.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse

from claims.models import Claim, Evidence, Visit
from intake import guesses
from intake.score import Score, score
from intake.segment import Sentence, from_spans, sentences
from sources.models import ArticleCopy, normalise_quote


@dataclass
class Line:
    sentence: Sentence
    score: Score
    speaker: guesses.SpeakerGuess | None = None
    claims: list[Claim] = field(default_factory=list)  # logged from this sentence
    evidence: list[Evidence] = field(default_factory=list)  # citing this sentence
    log_url: str = ""
    evidence_url: str = ""

    @property
    def logged(self) -> bool:
        return bool(self.claims or self.evidence)


# Ten times the sentences of a long news article (a 5,000-word article has about 250), and twice the text
# of one of 16,000 words.
SHOWN = 2_000
SHOWN_CHARACTERS = 200_000


@dataclass
class Coverage:
    sentences: int  # shown
    checkworthy: int
    logged: int
    checkworthy_logged: int
    total: int = 0  # in the whole copy, when more than are shown

    def __str__(self):
        counts = f"{self.checkworthy:,} check-worthy, {self.logged:,} logged"
        if self.total > self.sentences:
            return f"{self.total:,} sentences; the first {self.sentences:,} are shown, of which {counts}"
        return f"{self.sentences:,} sentences, {counts}"


def _overlaps(sentence: str, quote: str) -> bool:
    """The sentence is (part of) the quote, or the quote is part of the sentence."""
    return bool(quote) and (sentence in quote or quote in sentence)


def split(copy: ArticleCopy, limit: int | None = None) -> tuple[list[Sentence], int]:
    """The copy's first `limit` sentences (all by default) and how many it has: as the intake split them,
    unless the source's language has changed since."""
    language = copy.source.language
    if copy.sentences and copy.sentences_language == language:
        return from_spans(copy.text, copy.sentences[:limit]), len(copy.sentences)
    found = sentences(copy.text, language)
    return found[:limit], len(found)


def scored(copy: ArticleCopy) -> list[tuple[Sentence, Score]]:
    return [(sentence, score(sentence.text)) for sentence in split(copy)[0]]


def _fitting(found: list[Sentence], characters: int) -> int:
    """How many of the first sentences hold at most `characters` of text (at least one)."""
    size = 0
    for count, sentence in enumerate(found):
        size += len(sentence.text)
        if size > characters:
            return max(count, 1)
    return len(found)


def article_lines(copy: ArticleCopy, *, links: bool = True) -> tuple[list[list[Line]], Coverage]:
    """The copy's sentences by paragraph, each with its score, the claims and evidence quoting it, and its links."""
    source = copy.source
    claims = [(claim, normalise_quote(claim.quote)) for claim in Claim.objects.filter(article=source).order_by("pk")]
    cited = Evidence.objects.filter(source=source, paraphrased=False).select_related("claim").order_by("pk")
    evidence = [(item, normalise_quote(item.quote)) for item in cited]
    speakers = guesses.register_speakers() if links else {}
    outlet = source.outlet.name if source.outlet else ""
    visits = list(Visit.objects.all()) if links else []
    add_claim, add_evidence = reverse("admin:claims_claim_add"), reverse("admin:claims_evidence_add")
    paragraphs: list[list[Line]] = []
    shown, total = split(copy, SHOWN)
    shown = shown[: _fitting(shown, SHOWN_CHARACTERS)]
    for index, sentence in enumerate(shown):
        found = score(sentence.text)
        plain = normalise_quote(sentence.text)
        line = Line(
            sentence,
            found,
            claims=[claim for claim, quote in claims if _overlaps(plain, quote)],
            evidence=[item for item, quote in evidence if _overlaps(plain, quote)],
        )
        if links:
            visit = guesses.guess_visit(sentence.text, source=source, visits=visits)
            line.speaker = guesses.guess_speaker(shown, index, outlet=outlet, speakers=speakers)
            prefill: dict[str, str | int] = {
                "article": source.pk,
                "quote": sentence.text,
                "topic": guesses.guess_topic(sentence.text),
            }
            if line.speaker.name:  # none when the text does not say: the editor fills it in
                prefill["speaker"] = line.speaker.name
            if visit is not None:
                prefill["visit"] = visit.pk
            line.log_url = f"{add_claim}?{urlencode(prefill)}"
            line.evidence_url = f"{add_evidence}?{urlencode({'source': source.pk, 'quote': sentence.text})}"
        if not paragraphs or paragraphs[-1][0].sentence.paragraph != sentence.paragraph:
            paragraphs.append([])
        paragraphs[-1].append(line)
    lines = [line for paragraph in paragraphs for line in paragraph]
    coverage = Coverage(
        sentences=len(lines),
        checkworthy=sum(line.score.checkworthy for line in lines),
        logged=sum(line.logged for line in lines),
        checkworthy_logged=sum(line.logged and line.score.checkworthy for line in lines),
        total=total,
    )
    return paragraphs, coverage
