"""Shared pieces for the CSV tests: building files and snapshotting the database."""

from claims.models import (
    Claim,
    ClaimEvent,
    ClaimMention,
    ClaimTranslation,
    Entity,
    EntityRole,
    Evidence,
    Visit,
    VisitTranslation,
)
from sources.models import Origin, Outlet, Source

CLAIM_HEADER = "ref,article,visit,speaker,text,quote,topic,status,verdict_summary,is_published"


def csv_bytes(*lines: str, bom: bool = False, crlf: bool = False) -> bytes:
    text = ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")
    return ("\ufeff" if bom else "").encode() + text.encode("utf-8")


def snapshot() -> dict:
    """Everything an import could write, to compare before and after."""
    return {
        "visits": list(Visit.objects.order_by("pk").values()),
        "outlets": list(Outlet.objects.order_by("pk").values()),
        "origins": list(Origin.objects.order_by("pk").values()),
        "sources": list(Source.objects.order_by("pk").values()),
        "claims": list(Claim.objects.order_by("pk").values()),
        "evidence": list(Evidence.objects.order_by("pk").values()),
        "claim_translations": list(ClaimTranslation.objects.order_by("pk").values()),
        "visit_translations": list(VisitTranslation.objects.order_by("pk").values()),
        "entities": list(Entity.objects.order_by("pk").values()),
        "entity_roles": list(EntityRole.objects.order_by("pk").values()),
        "mentions": list(ClaimMention.objects.order_by("pk").values()),
        "events": ClaimEvent.objects.count(),
        "history": Claim.history.count()
        + Evidence.history.count()
        + Source.history.count()
        + Outlet.history.count()
        + Origin.history.count()
        + Visit.history.count()
        + ClaimTranslation.history.count()
        + VisitTranslation.history.count()
        + Entity.history.count()
        + EntityRole.history.count()
        + ClaimMention.history.count(),
    }


def empty_register() -> None:
    """Empty every table of the register (claims, sources, their history and the public record), as a new
    database is before a restore; accounts stay."""
    from django.apps import apps

    from claims.models import (
        Claim,
        ClaimEvent,
        ClaimMention,
        ClaimNote,
        ClaimSearch,
        ClaimTranslation,
        Entity,
        EntityRole,
        EventTranslation,
        Evidence,
        EvidenceTranslation,
        FollowUp,
        FormerRef,
        Metric,
        RepeatDismissal,
        Visit,
        VisitTranslation,
    )
    from claims.models.translations import TRANSLATION_MODELS
    from claims.tips.models import Tip
    from claims.transparency.models import TransparencyPage
    from sources.models import ArticleCopy, Origin, Outlet, SeenText, Source, SourceChangeProposal, SourceCheck

    models = [m for app in ("claims", "sources") for m in apps.get_app_config(app).get_models()]
    order = [
        ClaimSearch,
        *TRANSLATION_MODELS,
        Tip,
        TransparencyPage,
        EventTranslation,
        EvidenceTranslation,
        ClaimTranslation,
        VisitTranslation,
        ClaimNote,
        ClaimEvent,
        FormerRef,
        FollowUp,
        Evidence,
        RepeatDismissal,
        SourceChangeProposal,
        ClaimMention,
    ]
    order += [SeenText, SourceCheck, ArticleCopy, Claim, EntityRole, Entity, Metric, Source, Origin, Outlet, Visit]
    left = [m.__name__ for m in models if m not in order and not m.__name__.startswith("Historical")]
    assert not left, f"empty_register() does not know where to empty {left}: add them to its order"
    # The history last: deleting a row writes one.
    order += [m for m in models if m.__name__.startswith("Historical")]
    for model in order:
        model._base_manager.all().delete()
