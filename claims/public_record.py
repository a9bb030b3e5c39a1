"""The public record: what the register has said about each claim, and every change to it.

Once a claim is published, each later step the public sees (a correction of its
verdict, an update of its wording or evidence, its withdrawal and any
republication) stays on the record for good, even after the claim leaves the
register: the corrections log, the feed, the withdrawals feed and the claim's
own address (410 Gone, with the reason) keep saying what happened and why.
Nothing a reader once saw disappears without a public note.
"""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet

from claims.models import Claim, ClaimEvent

# The steps listed in the corrections log: everything after a claim was first published.
LOGGED = [ClaimEvent.Kind.CORRECTION, ClaimEvent.Kind.UPDATE, ClaimEvent.Kind.UNPUBLISHED]
LOG_KINDS = {
    "correction": ClaimEvent.Kind.CORRECTION,
    "update": ClaimEvent.Kind.UPDATE,
    "withdrawal": ClaimEvent.Kind.UNPUBLISHED,
}


def logged_events(kind: str | None = None) -> QuerySet:
    """Corrections, updates and withdrawals, newest first, of claims on the register or withdrawn from it.

    All three only ever happen to a published claim, so every one was on the public record.
    """
    kinds = [LOG_KINDS[kind]] if kind in LOG_KINDS else LOGGED
    return ClaimEvent.objects.filter(kind__in=kinds).select_related("claim").order_by("-at", "-id")


def feed_events() -> QuerySet:
    """The Atom feed's entries: publications too, of claims that are on the register or withdrawn."""
    return (
        ClaimEvent.objects.filter(kind__in=ClaimEvent.Kind.on_the_record())
        .select_related("claim")
        .order_by("-at", "-id")
    )


def withdrawals() -> QuerySet:
    """Withdrawals that still stand: not followed by a publication of the same ref.

    services.claim_delete records a withdrawal before deleting a published claim,
    so deletions of published claims are among these.
    """
    republished = ClaimEvent.objects.filter(
        claim_ref=OuterRef("claim_ref"), kind=ClaimEvent.Kind.PUBLISHED, at__gt=OuterRef("at")
    )
    return ClaimEvent.objects.filter(kind=ClaimEvent.Kind.UNPUBLISHED).exclude(Exists(republished))


def history(claim_ref: str, *, claim_id: int | None = None) -> list[ClaimEvent]:
    """Every step of the public record at `claim_ref`, and of claim `claim_id` under the refs it had before,
    oldest first; a publication after a withdrawal says so (`again`)."""
    at = Q(claim_ref=claim_ref) | Q(claim_id=claim_id) if claim_id else Q(claim_ref=claim_ref)
    steps = list(ClaimEvent.objects.filter(at, kind__in=ClaimEvent.Kind.on_the_record()).order_by("at", "id"))
    withdrawn_before = False
    for step in steps:
        again = step.kind == ClaimEvent.Kind.PUBLISHED and withdrawn_before
        setattr(step, "again", again)  # noqa: B010 - read by the templates; ClaimEvent declares no such field
        withdrawn_before = withdrawn_before or step.kind == ClaimEvent.Kind.UNPUBLISHED
    return steps


@dataclass
class Withdrawn:
    """A claim that was on the register and is no more: what it said, when it left, and why."""

    ref: str
    title: str
    withdrawn: ClaimEvent
    steps: list[ClaimEvent]
    deleted: bool


def withdrawn(ref: str) -> Withdrawn | None:
    """The withdrawal that stands for `ref`, with its record; None when `ref` was never published or is back."""
    if Claim.objects.published().filter(ref=ref).exists():
        return None
    standing = withdrawals().filter(claim_ref=ref).order_by("-at", "-id").first()
    if standing is None:
        return None
    steps = history(ref, claim_id=standing.claim_id)
    return Withdrawn(
        ref=ref,
        title=standing.title,
        withdrawn=standing,
        steps=steps,
        deleted=not Claim.objects.filter(ref=ref).exists(),
    )
