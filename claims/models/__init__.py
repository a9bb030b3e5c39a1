"""What was said about the visits, and what the register found.

choices.py (statuses and the rating scale, topics, stances), visits.py, claims.py (Claim, and FormerRef: the
addresses a claim had), evidence.py, notes.py (ClaimNote: the desk's internal notes), record.py (ClaimEvent: each
step of the public record), translations.py (the register's words in its readers' languages), search.py
(ClaimSearch: a claim's words, folded, as the search matches them). The models of the app's feature packages
(figures, commitments, repeats, entities) live in those packages and are re-exported here,
which is where Django registers them.
"""

from claims.commitments.models import FollowUp, FollowUpStatus
from claims.entities.models import ClaimMention, Entity, EntityKind, EntityRole
from claims.figures.models import Metric, StatedFigure
from claims.models.choices import RATING_BEST, RATING_SCALE, RATING_WORST, Stance, Status, Topic
from claims.models.claims import Claim, ClaimQuerySet, FormerRef, IndexedHistory
from claims.models.evidence import Evidence
from claims.models.notes import ClaimNote
from claims.models.record import ClaimEvent, EventKind
from claims.models.search import ClaimSearch
from claims.models.translations import (
    ClaimTranslation,
    EventTranslation,
    EvidenceTranslation,
    Translation,
    TranslationStatus,
    VisitTranslation,
)
from claims.models.visits import Visit
from claims.repeats.models import RepeatDismissal
from claims.tips.models import Tip, TipStatus
from claims.transparency.models import TransparencyPage

__all__ = [
    "RATING_BEST",
    "RATING_SCALE",
    "RATING_WORST",
    "Claim",
    "ClaimEvent",
    "ClaimMention",
    "ClaimNote",
    "ClaimQuerySet",
    "ClaimSearch",
    "ClaimTranslation",
    "Entity",
    "EntityKind",
    "EntityRole",
    "EventKind",
    "EventTranslation",
    "Evidence",
    "EvidenceTranslation",
    "FollowUp",
    "FollowUpStatus",
    "FormerRef",
    "IndexedHistory",
    "Metric",
    "RepeatDismissal",
    "Stance",
    "StatedFigure",
    "Status",
    "Tip",
    "TipStatus",
    "Topic",
    "Translation",
    "TranslationStatus",
    "TransparencyPage",
    "Visit",
    "VisitTranslation",
]
