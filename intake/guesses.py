"""First guesses for a claim logged from a sentence: who said it, its topic and its visit. The editor checks them.

The speaker is guessed from the text by intake.speakers, and written as the register already writes
that person. The topic is the one whose words the sentence uses most. The visit is the one the
article's date falls in or just after, else the one whose place or guest the sentence names.
"""

import datetime
import re
from collections.abc import Sequence

from claims.filters import distinct_speakers
from claims.models import Topic, Visit
from intake.speakers import SpeakerGuess, guess_speaker, speaker_index
from sources.models import Source

__all__ = ["SpeakerGuess", "guess_speaker", "guess_topic", "guess_visit", "register_speakers"]

TOPIC_WORDS = {
    Topic.TRADE: r"trade|turnover|exports?|imports?|invest\w*|business|economic|market",
    Topic.AGREEMENTS: r"agreements?|memorand\w*|treaty|protocol|signed|roadmap|documents?",
    Topic.TRANSPORT: r"transport\w*|corridor|railway|rail|transit|logistics|port|road|route",
    Topic.ENERGY: r"energy|oil|gas|electric\w*|power",
    Topic.AGRICULTURE: r"agricultur\w*|wheat|barley|grain|food|farm\w*|water",
    Topic.CULTURE: r"cultur\w*|exhibition|heritage|art|tourism|language",
    Topic.DIPLOMACY: r"visit|talks|met|meeting|relations|diplomatic|ambassador|partner\w*|summit|conference",
    Topic.HEALTH: r"health\w*|medical|medicine|vaccine|hospital|disease",
    Topic.EDUCATION: r"universit\w*|students?|education|academic|doctorate|research",
    Topic.HISTORY: r"histor\w*|ancient|century|centuries|khan\w*|manuscripts?|archiv\w*|silk road",
    Topic.SECURITY: r"security|nuclear|weapons?|terror\w*|military|defen[cs]e",
}
TOPIC_PATTERNS = {topic: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for topic, words in TOPIC_WORDS.items()}


def guess_topic(sentence: str) -> str:
    counts = {topic: len(pattern.findall(sentence)) for topic, pattern in TOPIC_PATTERNS.items()}
    best = max(counts, key=lambda topic: counts[topic])
    return best if counts[best] else Topic.OTHER


def _mentions(visit: Visit, text: str) -> bool:
    names = [visit.location, visit.host_country_name]
    return any(re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE) for name in names if name)


def guess_visit(sentence: str, *, source: Source, visits: Sequence[Visit]) -> Visit | None:
    """The visit the article's date falls in (from a week before to a week after), and among several the one
    whose place or host country the sentence, else the article's title, names."""
    published = source.published_on
    week = datetime.timedelta(days=7)
    candidates = list(visits)
    if published:
        candidates = [v for v in visits if v.start_date - week <= published <= v.end_date + week] or candidates
    for text in (sentence, source.title):
        named = [visit for visit in candidates if _mentions(visit, text)]
        if len(named) == 1:
            return named[0]
    return candidates[0] if len(candidates) == 1 else None


def register_speakers() -> dict[str, str]:
    """The register's speakers, to write a name the way the register writes it (intake.speakers.speaker_index)."""
    return speaker_index(distinct_speakers(published=False, limit=500))
