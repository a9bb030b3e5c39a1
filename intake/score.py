"""Which sentences are worth checking, by transparent rules: each rule that matches adds its weight and its reason.

A sentence is check-worthy when its score reaches CHECKWORTHY. The rules look for what a fact-checker
can check: numbers, money, percentages, dates, counts of documents or people, comparisons, superlatives
and rankings ("the largest supplier", "ahead of Russia", "a record"), named officials and bodies,
attribution, promises and plans, signed documents. They read English, and the commonest words of
Russian and Persian reports. bench/checkworthy.py measures them against the
sentences the demo register quotes.
"""

import re
from dataclasses import dataclass

NUMBER_WORDS = (
    r"\w+fold|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|"
    r"thousand|million|billion|trillion|dozens?|half"
)
MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
MONTHS_SHORT = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
COUNTED = (
    r"agreements?|documents?|memorand(?:a|ums?)|treaties|protocols?|contracts?|deals?|projects?|companies|firms|"
    r"people|delegates|business(?:men| leaders)|leaders|students|manuscripts|visitors|tourists|workers|"
    r"ethnic \w+|trucks|wagons|containers|flights|tons|tonnes|kilometers|kilometres|years|months"
)


@dataclass(frozen=True)
class Rule:
    reason: str
    weight: int
    pattern: re.Pattern
    case: bool  # matched as written; else against the sentence in lower case

    def search(self, text: str, lowered: str) -> bool:
        return bool(self.pattern.search(text if self.case else lowered))


def rule(reason: str, weight: int, pattern: str, *, case: bool = False) -> Rule:
    # Lower-cased patterns on lower-cased text: several times faster than re.IGNORECASE on these alternations.
    # (The patterns use no escape whose meaning changes with case, such as \S or \B.)
    return Rule(reason, weight, re.compile(pattern if case else pattern.lower()), case)


RULES = [
    rule("a number", 1, rf"\d|\b(?:{NUMBER_WORDS})\b|млн|млрд|тысяч|میلیون|میلیارد|هزار"),
    rule(
        "money",
        2,
        r"[$€£₸]\s?\d|\b\d[\d.,]*\s?(?:dollars|euros|tenge|rials?|USD|EUR)\b|\b(?:dollars|USD)\b|долл|тенге|دلار|ریال",
    ),
    rule("a percentage", 2, r"\d\s?%|\bper ?cent\b|процент|درصد"),
    rule(
        "a date",
        1,
        rf"\b(?:{MONTHS})\b|\b(?:{MONTHS_SHORT})\.? \d|\b(?:{WEEKDAYS})\b|\b(?:19|20)\d\d\b|"
        r"\b(?:this|last|next|past) (?:year|month|week)\b|\bby the end of\b",
    ),
    rule(
        "a count of documents, people or things",
        2,
        rf"\b(?:\d[\d,]*|{NUMBER_WORDS}|several|multiple|dozens of)\s+(?:\w+[\s-]+){{0,2}}(?:{COUNTED})\b",
    ),
    rule(
        "a comparison",
        1,
        r"\b(?:more|less|fewer|higher|lower|larger|smaller|greater|bigger) than\b|\bcompared (?:to|with)\b|"
        r"\b(?:grew|grown|growth|increased?|rose|risen|doubled|tripled|fell|declined?|drop(?:ped)?)\b|"
        r"\bover the past\b|\bup to\b|больше|рост|افزایش",
    ),
    rule(
        "a superlative or ranking",
        2,
        r"\b(?:largest|biggest|highest|lowest|greatest|smallest|fastest|longest|best|worst|first|last|record|"
        r"top|leading|most|least|only|ahead of|behind only|ranks?|ranked|number one|second|third)\b|"
        r"\b(?:second|third)-(?:largest|biggest|highest)\b|крупнейш|впервые|первы|بزرگترین|بیشترین|نخستین|اولین",
    ),
    rule(
        "trade, investment, building or production",
        1,
        r"\b(?:trade|exports?|imports?|turnover|investments?|investors?|production|produce|goods|tariffs?|customs|"
        r"port|railway|corridor|zone|market|construction|plant|factory|terminal|hub)\b|торгов|товарооборот|инвест|تجارت|صادرات|سرمایه",
    ),
    rule(
        "an absolute or a denial",
        1,
        r"\b(?:never|always|no|none|nothing|only|since|every|all)\b|никогда|هرگز",
    ),
    rule(
        "a named official or body",
        1,
        r"\b(?:President|Prime Minister|Minister|Ministry|Deputy|Ambassador|Governor|Mayor|Chairman|Speaker|Secretary|"
        r"Government|Parliament|Majlis|Council|Commission|Committee|Organi[sz]ation|Union|Agency|University|Bank|"
        r"Railways?|Corporation|Company|Chamber|IAEA|UN|SCO|EAEU|OIC|CIS|Akorda)\b|президент|министр|رئیس|وزیر",
    ),
    rule(
        "attribution",
        1,
        r"\b(?:said|says|say|stated|states|noted|notes|added|told|announced|reported|confirmed|declared|stressed|"
        r"claimed|claims|insisted|argued|asserted|"
        r"emphasi[sz]ed|highlighted|described|expressed|called|pointed out|recalled|according to)\b|"
        r"заявил|сказал|отметил|по словам|گفت|اظهار|به گفته",
    ),
    rule(
        "a promise or plan",
        2,
        r"\b(?:will|shall|would|agreed to|plans?|planned|planning|roadmap|road map|aims?|aiming|target|goal|"
        r"intends?|committed|commitment|pledged?|ready to|readiness|expects?|expected|expectations|to raise|"
        r"to increase|to boost|to reach|programme|program|initiative|to establish|to launch|to build|building)\b|"
        r"будет|планир|дорожн|برنامه|خواهد",
    ),
    rule(
        "a checkable event",
        2,
        r"\b(?:met|meet|meeting|visited|visits?|travell?ed|departed|arrived|received|receives|held|hosted|toured|"
        r"attended|launched|established|opened|handed over|sent|invited|instructed|welcomed|allocated|crafted|"
        r"reside|resides|operate|operates|elected|appointed|founded|built|delivered|awarded|conferred|"
        r"exported|imported|shipped|transported|accompan(?:ied|ying)|scheduled|brought|reached|signed)\b|"
        r"встретил|посетил|прибыл|провел|دیدار|سفر|بازدید",
    ),
    rule(
        "names people, places or bodies",
        1,
        # Three capitalised words after the sentence's first: names, not the start of a sentence.
        r"\s[A-Z\u0400-\u042F][\w’'-]+(?:.*?\s[A-Z\u0400-\u042F][\w’'-]+){2}",
        case=True,
    ),
    rule(
        "a signed document",
        2,
        r"\b(?:signed|signing|agreements?|memorand(?:a|ums?)|MoUs?|treaty|treaties|protocol|accord|contracts?|"
        r"deals?|declaration|statement|documents?)\b|подписал|соглашени|меморандум|امضا|توافق|تفاهم",
    ),
]

# What lowers a score: words of praise and emphasis with nothing to check, and a line without a full stop.
RHETORIC = re.compile(
    r"\b(?:importance|vital|necessity|need for|the need|deep|deepen|enduring|praised|"
    r"underscor\w*|hails?|heartfelt|brotherly|friendship|solidarity|spirit|symboli[sz]\w*|shared vision|"
    r"legacy|momentum|potential|trust|trusted|reliable|alignment|aligns|strong ties|congratulat\w*|greetings|"
    r"welfare|opportunity|firm)\b",
)
# The page around the article: newsletter offers, photo credits, sharing prompts. Shown, never flagged.
FURNITURE = re.compile(
    r"\b(?:subscribe|sign up|newsletter|stories sent|photo credit|photo:|read more|follow us|share this)\b",
    re.IGNORECASE,
)
HEADLINE_END = (".", "!", "?", "…", ".”", '."', "?”", ",”", ".’")

CHECKWORTHY = 3
# Shorter than this, a line is a headline, a caption or a byline: shown, never flagged.
MIN_WORDS = 6


@dataclass(frozen=True)
class Score:
    score: int
    reasons: tuple[str, ...]

    @property
    def checkworthy(self) -> bool:
        return self.score >= CHECKWORTHY


def score(text: str) -> Score:
    """The sentence's score and the reasons for it, strongest first."""
    lowered = text.lower()
    matched = [r for r in RULES if r.search(text, lowered)]
    reasons = [r.reason for r in sorted(matched, key=lambda r: -r.weight)]
    total = sum(r.weight for r in matched)
    praise = len(RHETORIC.findall(lowered))
    if praise:
        total -= min(praise, 2)
        reasons.append("less: praise or emphasis")
    if not text.endswith(HEADLINE_END):
        total -= 1
        reasons.append("less: a headline or caption")
    if len(text.split()) < MIN_WORDS or FURNITURE.search(text):
        total = min(total, CHECKWORTHY - 1)
    return Score(total, tuple(reasons))


def any_number(text: str) -> bool:
    """The baseline the rules are measured against: a sentence with a digit in it."""
    return bool(re.search(r"\d", text))
