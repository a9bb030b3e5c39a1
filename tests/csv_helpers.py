"""Shared pieces for the CSV tests: building files and snapshotting the database."""

from claims.models import Claim, ClaimEvent, Evidence, Visit
from sources.models import Outlet, Source

CLAIM_HEADER = "ref,article,visit,speaker,text,quote,topic,status,verdict_summary,is_published"


def csv_bytes(*lines: str, bom: bool = False, crlf: bool = False) -> bytes:
    text = ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")
    return ("\ufeff" if bom else "").encode() + text.encode("utf-8")


def snapshot() -> dict:
    """Everything an import could write, to compare before and after."""
    return {
        "visits": list(Visit.objects.order_by("pk").values()),
        "outlets": list(Outlet.objects.order_by("pk").values()),
        "sources": list(Source.objects.order_by("pk").values()),
        "claims": list(Claim.objects.order_by("pk").values()),
        "evidence": list(Evidence.objects.order_by("pk").values()),
        "events": ClaimEvent.objects.count(),
        "history": Claim.history.count()
        + Evidence.history.count()
        + Source.history.count()
        + Outlet.history.count()
        + Visit.history.count(),
    }
