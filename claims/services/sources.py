"""Changing a source, and proposing a change to one, under the rules for what published claims cite.

A source a published claim cites is public: its page, its title and its address are what readers
follow from the claim. Only editors change it, with a reason, and the change is an update on the
record of every published claim that cites it (claims.rules.source_problems). A contributor who
finds it wrong proposes the change (a SourceChangeProposal); an editor applies it or turns it down.
Every change to a stored source (the admin's source page and history revert, the CSV import) comes here.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from claims import rules
from claims.models import Claim, ClaimEvent
from claims.public import public_sources
from claims.services.content import changes_to, describe
from claims.services.workflow import event_for
from factregister.history import update_with_history
from sources.models import Source, SourceChangeProposal

BATCH = 2000
# The fields of a source the register stores; `ref` is set by the admin's own form.
SOURCE_FIELDS = ("ref", "title", "outlet", "kind", "url", "published_on", "language", "notes", "origin")
# What a reader sees of a source: a change to one of these is an update on the record of the claims citing it.
SOURCE_PUBLIC_FIELDS = tuple(name for name in SOURCE_FIELDS if name not in rules.SOURCE_INTERNAL_FIELDS)


def cited_by_published(source_ids) -> set[int]:
    """Which of these sources a published claim cites (as its article, evidence or a follow-up's source)."""
    ids = [pk for pk in source_ids if pk is not None]
    if not ids:
        return set()
    return set(public_sources().filter(pk__in=ids).values_list("pk", flat=True))


def claims_citing(source_ids) -> dict[int, list[Claim]]:
    """The published claims citing each of these sources."""
    ids = list(source_ids)
    claim_ids: dict[int, set[int]] = {pk: set() for pk in ids}
    published = Claim.objects.published()
    for via in ("article", "evidence__source", "follow_ups__source"):
        for source_id, claim_id in published.filter(**{f"{via}__in": ids}).values_list(via, "pk").distinct():
            claim_ids[source_id].add(claim_id)
    # What a step on the record reads of its claim (claims.services.workflow.event_for), no more: an
    # article may have thousands of claims.
    fields = ("pk", "ref", "status", "verdict_summary", "text")
    claims = Claim.objects.only(*fields).in_bulk({pk for found in claim_ids.values() for pk in found})
    return {source_id: [claims[pk] for pk in sorted(found)] for source_id, found in claim_ids.items()}


def update_events(*, before: Source, after: Source, fields, user, note: str, claims, at) -> list[ClaimEvent]:
    """The updates on the record of each published claim citing a source when its public fields change."""
    shown = [name for name in fields if name in SOURCE_PUBLIC_FIELDS]
    if not shown:
        return []
    changes = describe(before, after, shown, prefix="Source: ")
    events = []
    for claim in claims:
        event = event_for(
            claim=claim, kind=ClaimEvent.Kind.UPDATE, user=user, note=note, from_status=claim.status, at=at
        )
        event.changes = changes
        events.append(event)
    return events


@transaction.atomic
def source_update(*, source: Source, user, values: dict, change_note: str = "") -> Source:
    """Change a source's fields (`values`). A source a published claim cites changes only by an editor,
    with `change_note`, and the change goes on the record of each published claim citing it."""
    unknown = set(values) - set(SOURCE_FIELDS)
    if unknown:
        raise ValidationError(f"Not a field of a source: {', '.join(sorted(unknown))}.")
    current = Source.objects.select_for_update().get(pk=source.pk)
    changed = changes_to(current, values)
    cited = bool(cited_by_published([current.pk]))
    rules.raise_for(
        rules.source_problems(user=user, ref=current.ref, cited_by_published=cited, changed=changed, note=change_note)
    )
    if not changed:
        return current
    before = Source.objects.get(pk=current.pk)
    for name, value in changed.items():
        setattr(current, name, value)
    current.full_clean()
    current._change_reason = change_note.strip()  # type: ignore[attr-defined]  # simple-history reads it
    current.save(update_fields=list(changed))
    if cited:
        ClaimEvent.objects.bulk_create(
            update_events(
                before=before,
                after=current,
                fields=changed,
                user=_user_or_none(user),
                note=change_note,
                claims=claims_citing([current.pk])[current.pk],
                at=timezone.now(),
            ),
            batch_size=BATCH,
        )
    if source is not current:
        source.refresh_from_db()
    return current


def write_sources(changes, *, user, now, reason: str) -> None:
    """The CSV import's changed sources (checked already by claims.rules.source_problems): written with their
    history rows, and on the record of the published claims citing them."""
    if not changes:
        return
    user = _user_or_none(user)
    fields = sorted({name for change in changes for name in change.fields})
    update_with_history([change.instance for change in changes], Source, fields, user=user, reason=reason, now=now)
    citing = claims_citing([change.instance.pk for change in changes])
    events = []
    for change in changes:
        events += update_events(
            before=change.stored,
            after=change.instance,
            fields=change.fields,
            user=user,
            note=change.note,
            claims=citing[change.instance.pk],
            at=now,
        )
    ClaimEvent.objects.bulk_create(events, batch_size=BATCH)


def _user_or_none(user):
    return user if getattr(user, "pk", None) else None


# --- Proposals ---------------------------------------------------------------------------------
@transaction.atomic
def source_change_propose(*, source: Source, user, title: str = "", url: str = "", reason: str) -> SourceChangeProposal:
    """Ask an editor to retitle a source or point it at another address, saying why. Nothing changes until
    an editor applies it."""
    if not rules.has(user, "sources.add_sourcechangeproposal"):
        raise PermissionDenied("You may not propose changes to sources.")
    proposal = SourceChangeProposal(
        source=source,
        title=(title or "").strip(),
        url=(url or "").strip(),
        reason=(reason or "").strip(),
        proposed_by=_user_or_none(user),
    )
    proposal.full_clean()
    if not changes_to(source, proposal.proposed_values()):
        raise ValidationError("The source already reads like this: there is nothing to change.")
    proposal.save()
    return proposal


def _decidable(proposal: SourceChangeProposal, user) -> SourceChangeProposal:
    if not rules.can_change_published(user):
        raise PermissionDenied("Only editors apply or turn down proposed changes to sources.")
    current = SourceChangeProposal.objects.select_for_update().get(pk=proposal.pk)
    if current.status != SourceChangeProposal.Status.PENDING:
        raise ValidationError(f"This proposal was {current.get_status_display().lower()} already.")
    return current


def _decide(proposal: SourceChangeProposal, status: str, *, user, note: str) -> SourceChangeProposal:
    proposal.status, proposal.decided_by, proposal.decided_at = status, _user_or_none(user), timezone.now()
    proposal.decision_note = (note or "").strip()
    proposal.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    return proposal


@transaction.atomic
def source_change_apply(*, proposal: SourceChangeProposal, user, note: str = "") -> Source:
    """Make the proposed change, as the editor's own (on the record, with the proposal's reason or `note`)."""
    current = _decidable(proposal, user)
    reason = (note or "").strip() or current.reason
    source = source_update(source=current.source, user=user, values=current.proposed_values(), change_note=reason)
    _decide(current, SourceChangeProposal.Status.APPLIED, user=user, note=note)
    return source


@transaction.atomic
def source_change_reject(*, proposal: SourceChangeProposal, user, note: str) -> SourceChangeProposal:
    """Turn a proposal down, saying why; the source stays as it is."""
    current = _decidable(proposal, user)
    if not (note or "").strip():
        raise ValidationError({"decision_note": "Say why the change is turned down: the proposer reads it."})
    current.status, current.decided_by, current.decided_at = (
        current.Status.REJECTED,
        _user_or_none(user),
        timezone.now(),
    )
    current.decision_note = note.strip()
    current.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    return current


__all__ = [
    "SOURCE_FIELDS",
    "cited_by_published",
    "claims_citing",
    "source_change_apply",
    "source_change_propose",
    "source_change_reject",
    "source_update",
    "write_sources",
]
