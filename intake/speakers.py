"""Who made the statement in an article's sentence: a first guess for the claim's speaker, with what it rests on.

The guess rests on the text, nearest first:

1. the sentence's own attribution: "…,” Tokayev said" / "…,” said Tokayev" (the quotation's own), then
   "according to the Iranian Ministry of Industry, Mine and Trade", then "Pezeshkian stressed that…";
2. a pronoun or a title as the attribution ("he said", "the minister claimed"): the last person named as a
   speaker, with a title or by a name of the register's speakers, earlier in the sentence or in the three
   sentences before it ("the minister" never stands for someone named with another title);
3. a quotation with no attribution of its own: the speaker whose attribution ends it later in the paragraph
   ("“We will build it. It will take two years,” he said."), or, for a sentence that opens with a
   quotation, the person the paragraph's sentence just before gives its words to ("“We consider Iran a
   partner,” Nurtleu stated. “We fully support…”");
4. a sentence with neither attribution nor quotation: the person's whose words both the sentence before and
   the sentence after it give, else the outlet's own words.

Otherwise the guess says it does not know (an empty name). It is never a pronoun ("We", "Our"), never the
outlet for a quoted person, and never a speaker of the register's earlier claims that the text does not
name: the register's speakers only say how a name the text gives is written ("Tokayev" -> "Kassym-Jomart
Tokayev, President of Kazakhstan"). Reads English; bench/checkworthy.py measures it on the demo's quotes.
"""

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from intake.segment import Sentence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that give what they say, or the quotation before them, to their subject.
SAYS = (
    r"said|says|stated|states|noted|notes|added|adds|told|tells|announced|announces|stressed|stresses|"
    r"emphasi[sz]ed|emphasi[sz]es|highlighted|highlights|underscored|underlined|explained|remarked|declared|"
    r"asserted|insisted|argued|claimed|claims|confirmed|reported|pointed out|recalled|urged|warned|wrote|"
    r"described|expressed|called|praised|welcomed|reiterated|reaffirmed|acknowledged|admitted|instructed|invited|"
    r"proposed|suggested|outlined|revealed|promised|pledged|vowed|observed|commented|replied|expects"
)
# What may come between a subject and its verb: "Tokayev also said", "Pezeshkian has repeatedly stressed".
BETWEEN = r"(?:(?:also|further|later|then|again|repeatedly|earlier|previously|has|have|had)\s+)*"
SUBJECT_SAYS = re.compile(rf"\s*,?\s*{BETWEEN}\b(?:{SAYS})\b")
SAYS_SUBJECT = re.compile(r"(?:^|[,”\"’»])\s*(?:said|says|added|noted|stated|stressed|explained)\s+")
ACCORDING_TO = re.compile(
    r"\b(?:according to|as (?:reported|stated|announced) by|in the words of)\s+"
    r"(?:(?:data|figures|statistics|estimates|reports?|a (?:statement|report|press release)) (?:from|by|of)\s+)?",
    re.IGNORECASE,
)
# "Pezeshkian, who is in Astana…, called": the name before a relative clause.
RELATIVE = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s*,\s*(?:who|whose)\b[^,]*,?\s*$")
# Words that never name a speaker, however they are written.
PRONOUNS = _words(
    "i me my we us our you your he him his she her they them their it its this that these those who one someone "
    "officials sources experts analysts observers"
)
POSSESSIVES = _words("my our your his her their its")
# "the minister claimed": the person the text has just named with a title.
TITLE_WORDS = (
    r"president|minister|deputy|ambassador|governor|mayor|chairman|chairwoman|speaker|secretary|spokes(?:man|woman|"
    r"person)|envoy|official|leader|head|chief|director|diplomat|adviser|advisor|akim"
)
TITLED = re.compile(rf"^(?:the|\w+[’']s)\s+(?:[a-z]+\s+)?({TITLE_WORDS})$", re.IGNORECASE)
# "the report said", "a spokesman for the ministry said": a subject the text does not name.
UNNAMED = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Aa]n?|\w+[’']s)\s+(?:[\w-]+\s+){0,2}[a-z][\w-]*$"
)
PLAIN_SAYS = re.compile(r"\b(?:said|says|told|stated|added|noted|stressed|claimed|announced|explained|warned|wrote)$")
# Titles and the adjectives before them, dropped from a person's name ("Kazakh President Kassym-Jomart Tokayev").
TITLES = _words(
    "President Vice Minister Deputy Prime Foreign First Kazakh Kazakhstani Iranian Turkmen Mr Ms Mrs Dr Ambassador "
    "Governor Mayor Chairman Chairwoman Speaker Secretary Spokesman Spokeswoman Spokesperson Envoy Head Chief "
    "General Director Akim Sheikh Ayatollah Adviser Advisor Excellency"
)
# Words of a title's portfolio, never of a person's name: "Minister of Foreign Affairs Murat Nurtleu".
PORTFOLIOS = _words(
    "Affairs Trade Integration Industry Mine Mines Culture Information Economy Economic Finance Energy Agriculture "
    "Transport Justice Defence Defense Interior Health Education Science Roads Urban Development Foreign State "
    "Republic Islamic Council Ministers Cabinet"
)
# A person's title and the name after it: "President Masoud Pezeshkian", "Deputy Prime Minister Nurtleu".
PERSON_TITLES = (
    "President|Prime Minister|Minister|Ambassador|Governor|Mayor|Chairman|Chairwoman|Speaker|Secretary|Spokesman|"
    "Spokeswoman|Spokesperson|Envoy|Akim|Sheikh|Ayatollah|Adviser|Advisor|Director|Mr|Ms|Mrs|Dr"
)
TITLED_NAME = re.compile(rf"\b({PERSON_TITLES})\.?\s+((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)")
# Words that make a name a body's: the name is kept whole, with the adjective before it.
BODIES = re.compile(
    r"\b(?:Ministry|Ministries|Office|Agency|Committee|Council|Commission|Bank|Organi[sz]ation|Chamber|Union|"
    r"Government|Embassy|Customs|Service|Railways?|Corporation|Company|Authority|Department|Administration|"
    r"Parliament|Majlis|Mazhilis|Senate|Assembly|Akorda|Presidency|Centre|Center|Institute|University|Fund|"
    r"Association|Federation|Court|Police|IRNA|Kazinform|TASS|Reuters|IAEA)\b"
)
# A word (with a lower-case prefix such as "al-"), or a comma: names of bodies hold commas.
WORD = re.compile(r"[\w’'.-]*\w|,")
CONNECTORS = frozenset({"of", "and", "for", "the", "on", ","})
# A quotation: opened and closed, opened and not closed, or closed at the start of the sentence.
QUOTATION = re.compile(r"“[^”]*”?|^[^“”]*”|«[^»]*»?|\"[^\"]*\"?")
OPENING = '“"«'


@dataclass(frozen=True)
class SpeakerGuess:
    name: str  # empty when the text does not say
    why: str  # what in the text the guess rests on, for the editor

    def __str__(self):
        return self.name or "not known"


def _capitalised(word: str) -> bool:
    """'Tokayev', 'IRNA', 'al-Farabi'; not 'the', 'said'."""
    head, _, rest = word.partition("-")
    return word[:1].isupper() or (len(head) <= 3 and head.islower() and rest[:1].isupper())


def _masked(sentence: str) -> str:
    """The sentence with the words inside quotation marks blanked (the marks kept, the length the same): a verb in
    a quotation ("We have stated…") attributes nothing."""

    def blank(match: re.Match) -> str:
        text = match.group()
        first = text[0] if text[0] in OPENING else " "
        last = text[-1] if len(text) > 1 and text[-1] in '”"»' else " "
        return first + " " * (len(text) - 2) + last if len(text) > 1 else " "

    return QUOTATION.sub(blank, sentence)


def _run(phrase: str, *, last: bool) -> str:
    """A person's name from a phrase the connectors of a body's name were let into: its last (or first) run of
    capitalised words ("Astana, Pezeshkian" -> "Pezeshkian"). A body's name is kept whole."""
    if BODIES.search(phrase):
        return phrase.strip(" ,")
    runs = [run.strip() for run in re.split(r",|\b(?:of|and|for|the|on)\b", phrase) if run.strip()]
    return (runs[-1] if last else runs[0]) if runs else ""


def _name_before(text: str, end: int) -> str:
    """The subject ending at `end`: a name, a pronoun or "the minister"; empty when there is none."""
    words = list(WORD.finditer(text, 0, end))
    if not words:
        return ""
    if words[-1].group().lower() in PRONOUNS:
        return words[-1].group()
    start = None
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group()
        if _capitalised(word):
            start = words[index].start()
        elif not (word in CONNECTORS and start is not None and index > 0 and _capitalised(words[index - 1].group())):
            break
    if start is not None:
        return _run(text[start:end], last=True)
    relative = RELATIVE.search(text, 0, end)
    if relative:
        return _run(relative.group(1), last=True)
    for size in (3, 2):
        phrase = " ".join(word.group() for word in words[-size:])
        if TITLED.match(phrase):
            return phrase
    return ""


def _name_after(text: str, start: int) -> str:
    """The name starting at `start` ("the Iranian Ministry of Industry, Mine and Trade"), a pronoun, "his office"
    or "the minister"; empty when there is none."""
    words = list(WORD.finditer(text, start))
    if not words:
        return ""
    first = words[0].group()
    if first.lower() in POSSESSIVES and len(words) > 1:
        return f"{first} {words[1].group()}"
    if first.lower() in PRONOUNS:
        return first
    end = None
    for index, match in enumerate(words):
        word = match.group()
        if _capitalised(word):
            end = match.end()
        elif index == 0 and word == "the":
            continue
        elif not (word in CONNECTORS and index + 1 < len(words) and _capitalised(words[index + 1].group())):
            break
    if end is not None:
        return _run(text[start:end], last=False)
    for size in (3, 2):
        phrase = " ".join(word.group() for word in words[:size])
        if TITLED.match(phrase):
            return phrase
    return ""


def _speaker_name(phrase: str) -> str:
    """A name as a speaker: a body's whole, without "the" ('the Iranian Ministry of Industry, Mine and Trade'
    -> 'Iranian Ministry of Industry, Mine and Trade'); a person's without titles, portfolios or possessives, at
    most two words ('Kazakh President Kassym-Jomart Tokayev' -> 'Kassym-Jomart Tokayev')."""
    phrase = phrase.strip(" ,")
    if phrase[:4].lower() == "the ":
        phrase = phrase[4:]
    if BODIES.search(phrase):
        return phrase
    words = [
        word
        for word in phrase.split()
        if _capitalised(word) and word.rstrip(".") not in TITLES | PORTFOLIOS and not word.endswith(("’s", "'s"))
    ]
    return " ".join(words[-2:])


@lru_cache(maxsize=4096)  # each sentence is read again as its neighbours' context
def attribution(sentence: str) -> tuple[str, str, int]:
    """Who the sentence itself says is speaking, as it says it, how, and where: ('Tokayev', '…,” Tokayev said',
    40); ('he', 'he noted', 0) for a pronoun; ('', '', -1) when it says nothing."""
    masked = _masked(sentence)
    found: list[tuple[int, int, str, str]] = []  # (strength, where, who, how): the least wins
    for match in SAYS_SUBJECT.finditer(masked):
        who = _name_after(sentence, match.end())
        if who and _kind(who) != "unnamed":  # "…, noted that": a verb's object, not its subject
            found.append((0, match.end(), who, f"{match.group().strip(' ,”’»')} {who}"))
    for match in ACCORDING_TO.finditer(masked):
        who = _name_after(sentence, match.end())
        if who:
            found.append((1, match.end(), who, f"according to {who}"))
    for match in SUBJECT_SAYS.finditer(masked):
        who = _name_before(sentence, match.start())
        unnamed = UNNAMED.search(masked, 0, match.start())
        if not who and unnamed and PLAIN_SAYS.search(match.group()):  # "Iran's foreign minister said"
            who = unnamed.group()
        if who:
            where = sentence.rfind(who, 0, match.start())
            after_quotation = masked[:where].rstrip(" ,").endswith(("”", '"', "»"))  # the quotation's own
            found.append((0 if after_quotation else 2, where, who, f"{who} {match.group().strip(' ,')}"))
    if not found:
        return "", "", -1
    _, where, who, how = min(found)
    return who, how, where


def speaker_index(speakers: Iterable[str]) -> dict[str, str]:
    """The people among the register's speakers (written "Name, role"), by the last word of their name in lower
    case: how a name the text gives is written in the register ('tokayev' -> 'Kassym-Jomart Tokayev, President
    of Kazakhstan')."""
    index: dict[str, str] = {}
    for speaker in speakers:
        name, comma, _ = speaker.partition(",")
        words = name.split()
        if comma and words and all(_capitalised(word) for word in words) and len(words[-1]) >= 3:
            index.setdefault(words[-1].lower(), speaker)
    return index


def _written(who: str, speakers: Mapping[str, str]) -> str:
    name = _speaker_name(who)
    if not name or BODIES.search(name):
        return name
    return speakers.get(name.split()[-1].lower(), name)


def _people(text: str, speakers: Mapping[str, str]) -> list[tuple[int, str, str]]:
    """The people `text` names, where, and their titles as far as known: as its speaker, with a title
    ("President Masoud Pezeshkian"), or by a name of the register's speakers (whose role is its title)."""
    people = [(match.start(2), _speaker_name(match.group(2)), match.group(1)) for match in TITLED_NAME.finditer(text)]
    who, _, where = attribution(text)
    if who and _kind(who) == "name" and not BODIES.search(who):
        people.append((where, _speaker_name(who), ""))
    for match in re.finditer(r"\b[A-Z][\w’'-]{2,}", text):
        if match.group().lower() in speakers:
            people.append((match.start(), match.group(), speakers[match.group().lower()].partition(",")[2]))
    return sorted(person for person in people if person[1])


def _kind(who: str) -> str:
    """'name', 'pronoun' (he, the minister: someone named before), or 'unnamed' (we, his office, officials)."""
    first = who.split()[0].lower()
    if first in POSSESSIVES and " " in who:
        return "unnamed"
    if who.lower() in ("he", "she") or TITLED.match(who):
        return "pronoun"
    if first in PRONOUNS or not any(_capitalised(word) for word in who.split()):
        return "unnamed"
    return "name"


def _own(sentences: Sequence[Sentence], index: int, speakers: Mapping[str, str]) -> SpeakerGuess | None:
    """The guess from the sentence's own attribution, a pronoun's resolved; None when it has none."""
    text = sentences[index].text
    who, how, where = attribution(text)
    if not who:
        return None
    kind = _kind(who)
    if kind == "name":
        return SpeakerGuess(_written(who, speakers), how)
    if kind == "unnamed":
        return SpeakerGuess("", f"{how}: the text does not name who")
    # "he": the last person named; "the minister": the last person named, but not one named with another title.
    title = TITLED.match(who)
    for earlier in [text[:where], *(s.text for s in reversed(sentences[max(index - 3, 0) : index]))]:
        people = [
            (name, titles)
            for _, name, titles in _people(earlier, speakers)
            if title is None or not titles or title.group(1).lower() in titles.lower()
        ]
        if people:
            person = people[-1][0]
            return SpeakerGuess(_written(person, speakers), f"{how}: {person}, named just before")
    return SpeakerGuess("", f"{how}, but the sentences before do not name who")


def _quotation(text: str) -> bool:
    return any(mark in text for mark in '“”«»"')


def _opens(text: str) -> bool:
    """A quotation opens in `text` and does not close in it."""
    return text.count("“") > text.count("”") or text.count("«") > text.count("»") or text.count('"') % 2 == 1


def guess_speaker(
    sentences: Sequence[Sentence], index: int, *, outlet: str, speakers: Mapping[str, str] | None = None
) -> SpeakerGuess:
    """Who made the statement in sentences[index] of an article by `outlet`. `speakers`: speaker_index() of the
    register's speakers, to write a name the text gives the register's way."""
    speakers = speakers or {}
    sentence = sentences[index]
    own = _own(sentences, index, speakers)
    if own is not None:
        return own
    same_paragraph_before = index > 0 and sentences[index - 1].paragraph == sentence.paragraph
    if not _quotation(sentence.text):
        # Between two sentences that give their words to the same person, a sentence is theirs too.
        if 0 < index < len(sentences) - 1:
            first, then = _own(sentences, index - 1, speakers), _own(sentences, index + 1, speakers)
            if first is not None and then is not None and first.name and first.name == then.name:
                return SpeakerGuess(first.name, f"between two sentences giving {first.name}'s words")
        if outlet:
            return SpeakerGuess(outlet, "no attribution: the outlet's own words")
        return SpeakerGuess("", "no attribution, and the source has no outlet")
    # A quotation without its attribution: the paragraph's, at most five sentences on, or just before it.
    if _opens(sentence.text):  # “We will build it. It will take two years,” he said.
        for later in range(index + 1, min(index + 6, len(sentences))):
            if sentences[later].paragraph != sentence.paragraph:
                break
            found = _own(sentences, later, speakers)
            if found is not None:
                if found.name:
                    return SpeakerGuess(found.name, f"the quotation ends with “{found.why}”")
                break
            if _quotation(sentences[later].text) and not _opens(sentences[later].text):
                break
    if same_paragraph_before and sentence.text[:1] in OPENING:
        found = _own(sentences, index - 1, speakers)
        if found is not None and found.name:
            return SpeakerGuess(found.name, f"a quotation after “{found.why}” in the sentence before")
    return SpeakerGuess("", "a quotation the text does not attribute")
