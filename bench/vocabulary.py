"""The words the synthetic register is made of: offices, topics, periods and verdict phrases."""

import datetime

from claims.models import EventKind, Stance, Status, Topic
from sources.models import OutletKind, SourceKind

DAY = datetime.timedelta(days=1)
START = datetime.datetime(2025, 1, 6, 9, 0, tzinfo=datetime.UTC)
COUNTRIES = ["IR", "KZ", "TM", "RU", "CN", "TR", "GB", "US"]
LANGUAGES = ["en", "fa", "kk", "ru"]
OFFICES = [
    "President of Kazakhstan",
    "President of Iran",
    "Foreign Minister of Kazakhstan",
    "Foreign Minister of Iran",
    "Minister of Trade of Kazakhstan",
    "Minister of Roads of Iran",
    "Ambassador of Iran to Kazakhstan",
    "Spokesperson of the Ministry of Foreign Affairs",
    "Chair of the Chamber of Commerce",
    "Governor of Mangystau",
]
# Topic -> (subjects, measures, units): enough variety for full-text search to pick claims apart.
VOCABULARY = {
    Topic.TRADE: (
        ["trade turnover", "exports of grain", "imports of steel", "border trade", "barter deals"],
        ["rose", "fell", "doubled", "reached", "stalled"],
        "USD",
    ),
    Topic.AGREEMENTS: (
        ["memoranda of understanding", "roadmap documents", "customs agreements", "visa accords"],
        ["were signed", "were ratified", "were drafted", "were extended"],
        "documents",
    ),
    Topic.TRANSPORT: (
        ["rail freight", "the north-south corridor", "Caspian shipping", "transit cargo", "air routes"],
        ["grew", "shrank", "doubled", "resumed", "reached"],
        "tonnes",
    ),
    Topic.ENERGY: (
        ["gas swaps", "electricity exports", "oil deliveries", "uranium supply", "solar projects"],
        ["increased", "decreased", "tripled", "were suspended"],
        "cubic metres",
    ),
    Topic.AGRICULTURE: (
        ["wheat shipments", "barley sales", "livestock imports", "fruit exports"],
        ["rose", "fell", "recovered", "halved"],
        "tonnes",
    ),
    Topic.CULTURE: (
        ["cultural festivals", "film weeks", "museum exchanges", "translation programmes"],
        ["were held", "were announced", "were cancelled"],
        "events",
    ),
    Topic.DIPLOMACY: (
        ["consular offices", "official visits", "joint commissions", "embassy staff"],
        ["were opened", "were doubled", "were reduced", "met"],
        "meetings",
    ),
    Topic.HEALTH: (
        ["medical tourism", "pharmaceutical imports", "hospital partnerships"],
        ["grew", "fell", "were agreed"],
        "patients",
    ),
    Topic.EDUCATION: (
        ["student exchanges", "university branches", "scholarships"],
        ["expanded", "were founded", "were awarded"],
        "students",
    ),
    Topic.HISTORY: (
        ["Silk Road links", "historic treaties", "ancient caravan routes"],
        ["date back", "were restored", "were commemorated"],
        "years",
    ),
    Topic.SECURITY: (
        ["border patrols", "counter-narcotics operations", "joint exercises"],
        ["were stepped up", "were scaled back", "were planned"],
        "operations",
    ),
    Topic.OTHER: (
        ["tourist arrivals", "sister-city links", "sports fixtures"],
        ["rose", "fell", "were agreed"],
        "percent",
    ),
}
PERIODS = ["in 2024", "in the first half of 2025", "since 2020", "over five years", "January–September 2025"]
VERDICT_WORDS = {
    Status.VERIFIED: "matches",
    Status.PARTLY_VERIFIED: "partly matches",
    Status.DISPUTED: "is disputed by",
    Status.MISLEADING: "shows only part of",
    Status.FALSE: "contradicts",
    Status.UNVERIFIABLE: "cannot be checked against",
}


# Plain strings: TextChoices' class properties are rebuilt on every access, too slow per row.
TOPICS = [str(value) for value in Topic.values]
STANCES = [str(value) for value in Stance.values]
VERDICTS = [str(value) for value in Status.verdicts()]
OUTLET_KINDS = [str(value) for value in OutletKind.values]
SOURCE_KINDS = [str(value) for value in SourceKind.values]
UNVERIFIED, IN_REVIEW = str(Status.UNVERIFIED), str(Status.IN_REVIEW)
VERIFIED, DISPUTED, UNVERIFIABLE = str(Status.VERIFIED), str(Status.DISPUTED), str(Status.UNVERIFIABLE)
CORROBORATES = str(Stance.CORROBORATES)
STATUS_EVENT, PUBLISHED_EVENT = str(EventKind.STATUS), str(EventKind.PUBLISHED)
CORRECTION_EVENT, UNPUBLISHED_EVENT = str(EventKind.CORRECTION), str(EventKind.UNPUBLISHED)
VERDICT_WORDS = {str(status): words for status, words in VERDICT_WORDS.items()}
VOCABULARY = {str(topic): words for topic, words in VOCABULARY.items()}
