"""People, organisations and places, their roles and the entities a claim names, through the write core.

`entity_save`, `entity_role_save`, `claim_mentions_set` and the deletions are the steps the admin, the CSV
import and the demo loader take. A change to any of them is public when a published claim says or names the
entity (its page and the claim's markup show it), so the freshness stamp moves then and only then.
"""

from dataclasses import dataclass, field

from claims import rules
from claims.entities.queries import claims_speaking_in, claims_using, organisation_of, speakers_in, wikidata_holders
from claims.models import Claim, ClaimMention, Entity, EntityRole
from claims.services.core import DELETE, NEW, UPDATE, Change, Refused, Writer, apply, apply_one

ENTITY_FIELDS = (
    "ref",
    "kind",
    "name",
    "name_fa",
    "name_ru",
    "name_kk",
    "name_kk_latn",
    "other_names",
    "description",
    "country",
    "wikidata_id",
)
ENTITY_ROLE_FIELDS = ("entity", "title", "title_fa", "title_ru", "title_kk", "organisation", "start_date", "end_date")
CLAIM_MENTION_FIELDS = ("claim", "entity")


def _action(change: Change) -> str:
    return {NEW: "add", DELETE: "delete"}.get(change.kind, "change")


# --- Entities ----------------------------------------------------------------------------------------------
@dataclass
class EntityFacts:
    using: dict[int, dict[str, bool]] = field(default_factory=dict)  # the claims that say or name each entity
    speaker_of: dict[int, list[str]] = field(default_factory=dict)  # of those whose kind changes
    wikidata: dict[str, tuple[int, str]] = field(default_factory=dict)  # the stored holder of each id proposed
    proposed_ids: dict[str, list[Change]] = field(default_factory=dict)  # the changes giving each id
    organisation_of: dict[int, list[str]] = field(default_factory=dict)  # of those deleted


def _gives_wikidata_id(change: Change) -> bool:
    return change.kind in (NEW, UPDATE) and (change.kind == NEW or "wikidata_id" in change.fields)


class EntityWriter(Writer):
    model = Entity
    fields = ENTITY_FIELDS
    versioned = True

    def facts(self, changes: list[Change]) -> EntityFacts:
        stored = [c for c in changes if c.current is not None]
        facts = EntityFacts(
            using=claims_using(c.current.pk for c in stored),
            speaker_of=speakers_in(c.current.pk for c in stored if c.kind == UPDATE and "kind" in c.fields),
            organisation_of=organisation_of(c.current.pk for c in stored if c.kind == DELETE),
        )
        for change in changes:
            if _gives_wikidata_id(change) and change.proposed.wikidata_id:
                facts.proposed_ids.setdefault(change.proposed.wikidata_id, []).append(change)
        facts.wikidata = wikidata_holders(facts.proposed_ids)
        # A stored holder giving its id up in the same change set no longer holds it.
        leaving = {c.current.pk for c in stored if _gives_wikidata_id(c)}
        facts.wikidata = {key: held for key, held in facts.wikidata.items() if held[0] not in leaving}
        return facts

    def problems(self, change: Change, facts: EntityFacts) -> rules.Problems:
        found = rules.permission_problems(self.user, Entity, _action(change))
        if found:
            return found
        if change.kind == DELETE:
            entity = change.current
            refs = list(facts.using.get(entity.pk, {}))
            return rules.in_use_problems(what=f"Entity '{entity.ref}'", refs=refs) + rules.organisation_problems(
                ref=entity.ref, roles=facts.organisation_of.get(entity.pk, [])
            )
        entity = change.proposed
        problems = []
        if _gives_wikidata_id(change):
            others = [c.proposed.ref for c in facts.proposed_ids.get(entity.wikidata_id, []) if c is not change]
            holder = facts.wikidata.get(entity.wikidata_id)
            if holder and holder[0] != entity.pk:
                others.insert(0, holder[1])
            problems += rules.wikidata_problems(wikidata_id=entity.wikidata_id, taken_by=(others or [None])[0])
        if change.current is not None:
            speaker_of = facts.speaker_of.get(change.current.pk, [])
            problems += rules.speaker_kind_problems(ref=entity.ref, kind=entity.kind, speaker_of=speaker_of)
        return problems

    def is_public(self, change: Change, facts: EntityFacts) -> bool:
        return change.current is not None and any(facts.using.get(change.current.pk, {}).values())


# --- Roles -------------------------------------------------------------------------------------------------
@dataclass
class RoleFacts:
    speaking: dict[int, dict[str, bool]] = field(default_factory=dict)  # the claims spoken in each role
    using: dict[int, dict[str, bool]] = field(default_factory=dict)  # the claims that say or name each entity


class EntityRoleWriter(Writer):
    model = EntityRole
    fields = ENTITY_ROLE_FIELDS

    def facts(self, changes: list[Change]) -> RoleFacts:
        entities = {c.current.entity_id for c in changes if c.current is not None}
        entities |= {c.proposed.entity_id for c in changes if c.proposed is not None}
        return RoleFacts(
            speaking=claims_speaking_in(c.current.pk for c in changes if c.current is not None),
            using=claims_using(entities),
        )

    def problems(self, change: Change, facts: RoleFacts) -> rules.Problems:
        found = rules.permission_problems(self.user, EntityRole, _action(change))
        if found or change.current is None:
            return found
        refs = list(facts.speaking.get(change.current.pk, {}))
        if change.kind == DELETE:
            return rules.in_use_problems(what=f"Role '{change.current.title}'", refs=refs)
        if "entity" in change.fields:
            return rules.role_owner_problems(title=change.current.title, refs=refs)
        return []

    def is_public(self, change: Change, facts: RoleFacts) -> bool:
        if change.current is not None and any(facts.speaking.get(change.current.pk, {}).values()):
            return True
        roles = [role for role in (change.current, change.proposed) if role is not None]
        return any(any(facts.using.get(role.entity_id, {}).values()) for role in roles)


# --- The entities a claim names ----------------------------------------------------------------------------
@dataclass
class MentionFacts:
    claims: dict[int, Claim] = field(default_factory=dict)
    named: set[tuple[int, int]] = field(default_factory=set)  # (claim, entity) pairs already stored


class ClaimMentionWriter(Writer):
    model = ClaimMention
    fields = CLAIM_MENTION_FIELDS

    def facts(self, changes: list[Change]) -> MentionFacts:
        mentions = [c.current or c.proposed for c in changes]
        claims = Claim.objects.filter(pk__in={m.claim_id for m in mentions}).only("ref", "is_published")
        if self.locking:
            claims = claims.select_for_update()
        new = {(c.proposed.claim_id, c.proposed.entity_id) for c in changes if c.kind in (NEW, UPDATE)}
        stored = ClaimMention.objects.filter(claim__in={pair[0] for pair in new}).values_list("claim_id", "entity_id")
        return MentionFacts(claims={claim.pk: claim for claim in claims}, named=set(stored) & new if new else set())

    def problems(self, change: Change, facts: MentionFacts) -> rules.Problems:
        mention = change.current or change.proposed
        claim = facts.claims.get(mention.claim_id)
        if claim is None:
            return []  # the model's own rules name the missing claim
        found = rules.mention_problems(
            user=self.user, ref=claim.ref, claim_is_published=claim.is_published, delete=change.kind == DELETE
        )
        pair = (change.proposed.claim_id, change.proposed.entity_id) if change.proposed is not None else None
        if not found and pair in facts.named and (change.kind == NEW or "entity" in change.fields):
            found = [rules.Problem("entity", f"Claim '{claim.ref}' names this entity already.")]
        return found

    def is_public(self, change: Change, facts: MentionFacts) -> bool:
        claim = facts.claims.get((change.current or change.proposed).claim_id)
        return bool(claim and claim.is_published)


# --- The steps -----------------------------------------------------------------------------------------------
def _values(record, names) -> dict:
    return {name: getattr(record, name) for name in names}


def entity_save(*, user, entity: Entity) -> Entity:
    """Add `entity` (new) or write its fields as they are now (stored: checked against the version it was read at).
    Returns the entity as written; `entity`'s version follows."""
    if entity._state.adding:
        apply_one(EntityWriter(user=user), Change(instance=entity))
        return entity
    change = Change(target=entity, values=_values(entity, ENTITY_FIELDS), seen_version=entity.version)
    apply_one(EntityWriter(user=user), change)
    written = change.proposed or change.current
    entity.version = written.version
    return written


def entity_delete(*, user, entity: Entity) -> None:
    apply_one(EntityWriter(user=user), Change(target=entity, delete=True))


def entity_role_save(*, user, role: EntityRole) -> EntityRole:
    """Add `role` (new) or write its fields as they are now."""
    if role._state.adding:
        apply_one(EntityRoleWriter(user=user), Change(instance=role))
        return role
    change = apply_one(EntityRoleWriter(user=user), Change(target=role, values=_values(role, ENTITY_ROLE_FIELDS)))
    return change.proposed or change.current


def entity_role_delete(*, user, role: EntityRole) -> None:
    apply_one(EntityRoleWriter(user=user), Change(target=role, delete=True))


def claim_mentions_set(*, user, claim: Claim, entities) -> None:
    """Make `claim` name exactly `entities`: the mentions missing are added, the others taken off, in one write."""
    wanted = {entity.pk: entity for entity in entities}
    stored = list(ClaimMention.objects.filter(claim=claim))
    changes = [Change(target=mention, delete=True) for mention in stored if mention.entity_id not in wanted]
    have = {mention.entity_id for mention in stored}
    changes += [
        Change(instance=ClaimMention(claim=claim, entity=entity)) for pk, entity in wanted.items() if pk not in have
    ]
    if changes:
        try:
            apply(ClaimMentionWriter(user=user), changes)
        except Refused as refused:
            refused.raise_for_one()


__all__ = [
    "CLAIM_MENTION_FIELDS",
    "ENTITY_FIELDS",
    "ENTITY_ROLE_FIELDS",
    "ClaimMentionWriter",
    "EntityRoleWriter",
    "EntityWriter",
    "claim_mentions_set",
    "entity_delete",
    "entity_role_delete",
    "entity_role_save",
    "entity_save",
]
