"""Sources and outlets, and proposals to change a source, through the write core.

A source a published claim cites is public: its page, its title and its address are what readers
follow from the claim. Only editors change it, with a reason, and the change is an update on the
record of every published claim that cites it (claims.rules.source_problems). A contributor who
finds it wrong proposes the change (a SourceChangeProposal); an editor applies it or turns it down.
An outlet that published a public source is named on the claim's page: only editors change it.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from claims import rules
from claims.models import Claim, ClaimEvent, Evidence, FollowUp
from claims.public import public_outlets, public_sources
from claims.services.core import DELETE, NEW, Change, Writer, acting, apply_one, create_one, delete_one, update_one
from claims.services.records import describe, update_for
from sources.models import Origin, Outlet, Source, SourceChangeProposal

# The fields of a source the register stores.
SOURCE_FIELDS = (
    "ref",
    "title",
    "outlet",
    "kind",
    "url",
    "archive_url",
    "published_on",
    "language",
    "notes",
    "origin",
)
# What a reader sees of a source: a change to one of these is an update on the record of the claims citing it.
SOURCE_PUBLIC_FIELDS = tuple(name for name in SOURCE_FIELDS if name not in rules.SOURCE_INTERNAL_FIELDS)
OUTLET_FIELDS = ("name", "country", "kind", "website")
ORIGIN_FIELDS = ("key", "label", "published_on", "country")


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
    # What a step on the record reads of its claim (claims.services.records.event_for), no more: an
    # article may have thousands of claims.
    fields = ("pk", "ref", "status", "verdict_summary", "text")
    claims = Claim.objects.only(*fields).in_bulk({pk for found in claim_ids.values() for pk in found})
    return {source_id: [claims[pk] for pk in sorted(found)] for source_id, found in claim_ids.items()}


def cited_at_all(source_ids) -> set[int]:
    """Which of these sources any claim cites, published or not."""
    ids = list(source_ids)
    found = set(Claim.objects.filter(article_id__in=ids).values_list("article_id", flat=True))
    found |= set(Evidence.objects.filter(source_id__in=ids).values_list("source_id", flat=True))
    found |= set(FollowUp.objects.filter(source_id__in=ids).values_list("source_id", flat=True))
    return found


# --- Sources -------------------------------------------------------------------------------------
@dataclass
class SourceFacts:
    cited: set[int] = field(default_factory=set)
    citing: dict[int, list[Claim]] = field(default_factory=dict)
    in_use: set[int] = field(default_factory=set)


class SourceWriter(Writer):
    model = Source
    fields = SOURCE_FIELDS

    def facts(self, changes: list[Change]) -> SourceFacts:
        stored = [c.current.pk for c in changes if c.current is not None]
        cited = cited_by_published(stored)
        deleted = [c.current.pk for c in changes if c.kind == DELETE]
        return SourceFacts(
            cited=cited,
            citing=claims_citing(cited) if cited else {},
            in_use=cited_at_all(deleted) if deleted else set(),
        )

    def problems(self, change: Change, facts: SourceFacts) -> rules.Problems:
        if change.kind == NEW:
            return rules.permission_problems(self.user, Source, "add")
        source = change.current
        if change.kind == DELETE:
            return rules.permission_problems(self.user, Source, "delete") or rules.source_delete_problems(
                user=self.user, ref=source.ref, cited=source.pk in facts.in_use
            )
        return rules.source_problems(
            user=self.user,
            ref=source.ref,
            cited_by_published=source.pk in facts.cited,
            changed=change.fields,
            note=change.note,
        )

    def derive(self, changes: list[Change], facts, *, now) -> None:
        for change in changes:
            if change.proposed is not None:
                # What Source.save() would do; bulk writes do not call it.
                change.proposed.clean()

    def events(self, change: Change, facts: SourceFacts, *, now) -> list[ClaimEvent]:
        shown = [name for name in change.fields if name in SOURCE_PUBLIC_FIELDS]
        if change.kind == NEW or change.current.pk not in facts.cited or not shown:
            return []
        changes = describe(change.current, change.proposed, shown, prefix="Source: ")
        user = acting(self.user)
        return [
            update_for(claim=claim, user=user, note=change.note, changes=changes, at=now)
            for claim in facts.citing.get(change.current.pk, [])
        ]

    def is_public(self, change: Change, facts: SourceFacts) -> bool:
        if change.kind == NEW or change.current.pk not in facts.cited:
            return False
        return change.kind == DELETE or bool(set(change.fields) & set(SOURCE_PUBLIC_FIELDS))


def source_create(*, source: Source, user) -> Source:
    """Add a source (a new, unsaved Source)."""
    apply_one(SourceWriter(user=user), Change(instance=source))
    return source


def source_update(*, source: Source, user, values: dict, change_note: str = "") -> Source:
    """Change a source's fields (`values`). A source a published claim cites changes only by an editor,
    with `change_note`, and the change goes on the record of each published claim citing it."""
    change = Change(target=source, values=values, note=change_note)
    apply_one(SourceWriter(user=user), change)
    result = change.proposed or change.current
    if source is not result:
        source.refresh_from_db()
    return result


def source_delete(*, source: Source, user) -> None:
    apply_one(SourceWriter(user=user), Change(target=source, delete=True))


# --- Outlets -------------------------------------------------------------------------------------
@dataclass
class OutletFacts:
    public: set[int] = field(default_factory=set)
    with_sources: set[int] = field(default_factory=set)


class OutletWriter(Writer):
    model = Outlet
    fields = OUTLET_FIELDS

    def facts(self, changes: list[Change]) -> OutletFacts:
        stored = [c.current.pk for c in changes if c.current is not None]
        if not stored:
            return OutletFacts()
        public = set(public_outlets().filter(pk__in=stored).values_list("pk", flat=True))
        deleted = [c.current.pk for c in changes if c.kind == DELETE]
        with_sources = set(Source.objects.filter(outlet_id__in=deleted).values_list("outlet_id", flat=True))
        return OutletFacts(public=public, with_sources=with_sources)

    def problems(self, change: Change, facts: OutletFacts) -> rules.Problems:
        if change.kind == NEW:
            return rules.permission_problems(self.user, Outlet, "add")
        outlet = change.current
        public = outlet.pk in facts.public
        if change.kind == DELETE:
            found = rules.permission_problems(self.user, Outlet, "delete") or rules.outlet_delete_problems(
                user=self.user, name=outlet.name, public=public
            )
            if not found and outlet.pk in facts.with_sources:
                found = [rules.Problem("", f"Outlet '{outlet.name}' has sources: remove or move them first.")]
            return found
        return rules.permission_problems(self.user, Outlet, "change") or rules.outlet_problems(
            user=self.user, name=outlet.name, public=public, changed=change.fields
        )

    def is_public(self, change: Change, facts: OutletFacts) -> bool:
        return change.kind != NEW and change.current.pk in facts.public


def outlet_create(*, outlet: Outlet, user) -> Outlet:
    return create_one(OutletWriter(user=user), outlet)


def outlet_update(*, outlet: Outlet, user, values: dict) -> Outlet:
    return update_one(OutletWriter(user=user), outlet, values)


def outlet_delete(*, outlet: Outlet, user) -> None:
    delete_one(OutletWriter(user=user), outlet)


def outlet_named(name: str, *, user) -> Outlet:
    """The outlet called `name`, added if the register does not know it yet."""
    found = Outlet.objects.filter(name=name).first()
    return found or outlet_create(outlet=Outlet(name=name), user=user)


# --- Origins -------------------------------------------------------------------------------------
@dataclass
class OriginFacts:
    public: set[str] = field(default_factory=set)
    carried: set[str] = field(default_factory=set)


class OriginWriter(Writer):
    """The statements and wire copies sources carry. A label a published claim's page shows is changed only by
    editors; a key stays while sources carry it."""

    model = Origin
    fields = ORIGIN_FIELDS

    def facts(self, changes: list[Change]) -> OriginFacts:
        keys = [c.current.key for c in changes if c.current is not None]
        if not keys:
            return OriginFacts()
        # The column holds the origin's key (Source.origin refers to Origin.key).
        public = {str(key) for key in public_sources().filter(origin__in=keys).values_list("origin", flat=True)}
        carried = {str(key) for key in Source.objects.filter(origin__in=keys).values_list("origin", flat=True)}
        return OriginFacts(public=public, carried=carried)

    def problems(self, change: Change, facts: OriginFacts) -> rules.Problems:
        if change.kind == NEW:
            return rules.permission_problems(self.user, Origin, "add")
        key = change.current.key
        if change.kind == DELETE:
            return rules.permission_problems(self.user, Origin, "delete") or rules.origin_delete_problems(
                key=key, carried=key in facts.carried
            )
        return rules.permission_problems(self.user, Origin, "change") or rules.origin_problems(
            user=self.user, key=key, public=key in facts.public, carried=key in facts.carried, changed=change.fields
        )

    def is_public(self, change: Change, facts: OriginFacts) -> bool:
        return change.kind != NEW and change.current.key in facts.public


def origin_create(*, origin: Origin, user) -> Origin:
    return create_one(OriginWriter(user=user), origin)


def origin_update(*, origin: Origin, user, values: dict) -> Origin:
    return update_one(OriginWriter(user=user), origin, values)


def origin_delete(*, origin: Origin, user) -> None:
    delete_one(OriginWriter(user=user), origin)


# --- Proposals -----------------------------------------------------------------------------------
class ProposalWriter(Writer):
    """A change to a source asked for and decided: the desk's own record, never public."""

    model = SourceChangeProposal
    fields = ("source", "title", "url", "reason", "status", "proposed_by", "decided_by", "decided_at", "decision_note")

    def problems(self, change: Change, facts) -> rules.Problems:
        if change.kind == NEW:
            found = rules.proposal_problems(user=self.user)
            if not found and not _changes_source(change.proposed):
                found = [rules.Problem("", "The source already reads like this: there is nothing to change.")]
            return found
        current = change.current
        found = rules.proposal_decision_problems(
            user=self.user,
            status=current.get_status_display().lower(),
            pending=current.status == SourceChangeProposal.Status.PENDING,
            note=change.proposed.decision_note,
        )
        if not found and change.proposed.status == SourceChangeProposal.Status.REJECTED:
            found = rules.rejection_problems(note=change.proposed.decision_note)
        return found

    def is_public(self, change: Change, facts) -> bool:
        return False


def _changes_source(proposal: SourceChangeProposal) -> bool:
    source = proposal.source
    return any(getattr(source, name) != value for name, value in proposal.proposed_values().items())


def source_change_propose(*, source: Source, user, title: str = "", url: str = "", reason: str) -> SourceChangeProposal:
    """Ask an editor to retitle a source or point it at another address, saying why. Nothing changes until
    an editor applies it."""
    proposal = SourceChangeProposal(
        source=source,
        title=(title or "").strip(),
        url=(url or "").strip(),
        reason=(reason or "").strip(),
        proposed_by=acting(user),
    )
    apply_one(ProposalWriter(user=user), Change(instance=proposal))
    return proposal


def _decision(proposal, status: str, *, user, note: str) -> Change:
    values = {
        "status": status,
        "decided_by": acting(user),
        "decided_at": timezone.now(),
        "decision_note": (note or "").strip(),
    }
    return Change(target=proposal, values=values, intent="decide")


@transaction.atomic
def source_change_apply(*, proposal: SourceChangeProposal, user, note: str = "") -> Source:
    """Make the proposed change, as the editor's own (on the record, with the proposal's reason or `note`)."""
    decision = apply_one(
        ProposalWriter(user=user), _decision(proposal, SourceChangeProposal.Status.APPLIED, user=user, note=note)
    )
    current = decision.proposed
    reason = (note or "").strip() or current.reason
    return source_update(source=current.source, user=user, values=current.proposed_values(), change_note=reason)


def source_change_reject(*, proposal: SourceChangeProposal, user, note: str) -> SourceChangeProposal:
    """Turn a proposal down, saying why; the source stays as it is."""
    decision = apply_one(
        ProposalWriter(user=user), _decision(proposal, SourceChangeProposal.Status.REJECTED, user=user, note=note)
    )
    return decision.proposed


__all__ = [
    "ORIGIN_FIELDS",
    "OUTLET_FIELDS",
    "SOURCE_FIELDS",
    "SOURCE_PUBLIC_FIELDS",
    "OriginWriter",
    "OutletWriter",
    "ProposalWriter",
    "SourceWriter",
    "cited_by_published",
    "claims_citing",
    "origin_create",
    "origin_delete",
    "origin_update",
    "outlet_create",
    "outlet_delete",
    "outlet_named",
    "outlet_update",
    "source_change_apply",
    "source_change_propose",
    "source_change_reject",
    "source_create",
    "source_delete",
    "source_update",
]
