"""First guesses for a claim logged from a sentence: who said it, its topic and its visit. The editor checks them.

The speaker is read from the attribution ("Tokayev said", "according to Pezeshkian", "he noted" after
a sentence that names him) and matched to a speaker the register already has, so the same person is
written the same way; failing that, the name as the article gives it; a sentence with no attribution is
the outlet's own voice. The topic is the one whose words the sentence uses most. The visit is the one
the article's date falls in or just after, else the one whose place or guest the sentence names.
"""

import datetime
import re
from collections.abc import Sequence

from claims.filters import distinct_speakers
from claims.models import Topic, Visit
from sources.models import Source

ATTRIBUTION = re.compile(
    r"\b(?:said|says|stated|noted|added|told|announced|stressed|emphasi[sz]ed|highlighted|described|expressed|"
    r"called|recalled|urged|according to|asserted|praised|welcomed)\b",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"^(?:“|\")?(?:he|she|they)\b|\b(?:he|she) (?:said|added|noted|stated|told|stressed)\b", re.I)
NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?)(?:\s+[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?)*")
TITLES = {"President", "Minister", "Deputy", "Prime", "Foreign", "Kazakh", "Iranian", "Mr", "Ms", "Dr"}

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


def _names(text: str) -> list[str]:
    """Capitalised names in `text`, titles dropped ('President Tokayev' -> 'Tokayev')."""
    found = []
    for match in NAME.finditer(text):
        words = [w for w in match.group().split() if w not in TITLES]
        if words:
            found.append(" ".join(words))
    return found


def known_speaker(name: str, speakers: Sequence[str]) -> str | None:
    """The register's way of writing `name`: a speaker whose name (before the comma) contains its last word."""
    last = name.split()[-1].lower()
    for speaker in speakers:
        person = speaker.split(",")[0].lower()
        if re.search(rf"\b{re.escape(last)}\b", person):
            return speaker
    return None


def guess_speaker(sentence: str, before: Sequence[str], *, source: Source, speakers: Sequence[str]) -> str:
    """Who made the statement in `sentence` (`before`: the sentences before it, nearest last)."""
    if ATTRIBUTION.search(sentence) or sentence.lstrip().startswith(("“", '"')):
        candidates = [] if PRONOUN.search(sentence) else _names(sentence)
        # "he said": the last person the sentences before it name.
        for text in [sentence, *reversed(before)] if not candidates else [sentence]:
            for name in (_names(text) if text is not sentence else candidates) or []:
                speaker = known_speaker(name, speakers)
                if speaker:
                    return speaker
        if candidates:
            return candidates[0]
    return source.outlet.name if source.outlet else ""


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


def register_speakers() -> list[str]:
    return distinct_speakers(published=False, limit=500)
