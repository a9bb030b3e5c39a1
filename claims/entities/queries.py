"""The reads the entity rules need, each once for a whole change set: which claims say or name an entity, and what
the speakers a change gives claims are (their kind, their roles)."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from claims import rules
from claims.models import Claim, ClaimMention, Entity, EntityRole

# The fields of a claim that say who made the statement: the attribution as written, the entity, its role.
SPEAKER_FIELDS = ("speaker", "speaker_entity", "speaker_role")
_LINKS = {"speaker_entity", "speaker_role"}


def claims_using(entity_ids: Iterable[int]) -> dict[int, dict[str, bool]]:
    """For each entity, the claims that say it (or speak in one of its roles) or name it: {ref: is_published}."""
    ids = set(entity_ids) - {None}
    found: dict[int, dict[str, bool]] = {}
    if not ids:
        return found
    rows = [
        *Claim.objects.filter(speaker_entity__in=ids).values_list("speaker_entity_id", "ref", "is_published"),
        *Claim.objects.filter(speaker_role__entity__in=ids).values_list(
            "speaker_role__entity_id", "ref", "is_published"
        ),
        *ClaimMention.objects.filter(entity__in=ids).values_list("entity_id", "claim__ref", "claim__is_published"),
    ]
    for entity_id, ref, is_published in rows:
        found.setdefault(entity_id, {})[ref] = is_published
    return found


def speakers_in(entity_ids: Iterable[int]) -> dict[int, list[str]]:
    """For each entity, the refs of the claims whose speaker it is."""
    found: dict[int, list[str]] = {}
    rows = Claim.objects.filter(speaker_entity__in=set(entity_ids) - {None}).values_list("speaker_entity_id", "ref")
    for entity_id, ref in rows:
        found.setdefault(entity_id, []).append(ref)
    return found


def claims_speaking_in(role_ids: Iterable[int]) -> dict[int, dict[str, bool]]:
    """For each role, the claims whose speaker spoke in it: {ref: is_published}."""
    found: dict[int, dict[str, bool]] = {}
    rows = Claim.objects.filter(speaker_role__in=set(role_ids) - {None}).values_list(
        "speaker_role_id", "ref", "is_published"
    )
    for role_id, ref, is_published in rows:
        found.setdefault(role_id, {})[ref] = is_published
    return found


def wikidata_holders(ids: Iterable[str]) -> dict[str, tuple[int, str]]:
    """The entity that has each of these Wikidata ids: {id: (pk, ref)}."""
    wanted = set(ids) - {""}
    rows = Entity.objects.filter(wikidata_id__in=wanted).values_list("wikidata_id", "pk", "ref") if wanted else []
    return {wikidata_id: (pk, ref) for wikidata_id, pk, ref in rows}


def organisation_of(entity_ids: Iterable[int]) -> dict[int, list[str]]:
    """For each entity, the roles of other entities it is the organisation of ('entity: title')."""
    found: dict[int, list[str]] = {}
    ids = set(entity_ids) - {None}
    if not ids:
        return found
    rows = EntityRole.objects.filter(organisation__in=ids).exclude(entity__in=ids)
    for organisation_id, name, title in rows.values_list("organisation_id", "entity__name", "title"):
        found.setdefault(organisation_id, []).append(f"{name}: {title}")
    return found


@dataclass
class Speakers:
    """The speaker entities and roles the claims of a change set are given, read once: the facts of
    `rules.speaker_problems`."""

    checked: set = field(default_factory=set)  # the changes that set a speaker entity or role
    entities: dict[int, tuple[str, str]] = field(default_factory=dict)  # id: (name, kind)
    roles: dict[int, tuple[str, int]] = field(default_factory=dict)  # id: (title, the entity's id)

    def problems(self, change) -> rules.Problems:
        if change not in self.checked:
            return []
        claim = change.proposed
        name, kind = self.entities.get(claim.speaker_entity_id, ("", None))
        title, owner = self.roles.get(claim.speaker_role_id, ("", None))
        return rules.speaker_problems(
            speaker=name, speaker_kind=kind, role=title, role_owner=owner, speaker_id=claim.speaker_entity_id
        )


def speakers_of(changes) -> Speakers:
    """The facts of the speakers that these claim changes (new or updated) set."""
    speakers = Speakers()
    speakers.checked = {c for c in changes if c.proposed is not None and (c.current is None or _LINKS & set(c.fields))}
    claims = [c.proposed for c in speakers.checked]
    entity_ids = {claim.speaker_entity_id for claim in claims} - {None}
    role_ids = {claim.speaker_role_id for claim in claims} - {None}
    if entity_ids:
        rows = Entity.objects.filter(pk__in=entity_ids).values_list("pk", "name", "kind")
        speakers.entities = {pk: (name, kind) for pk, name, kind in rows}
    if role_ids:
        roles = EntityRole.objects.filter(pk__in=role_ids).values_list("pk", "title", "entity_id")
        speakers.roles = {pk: (title, entity_id) for pk, title, entity_id in roles}
    return speakers


__all__ = [
    "SPEAKER_FIELDS",
    "Speakers",
    "claims_speaking_in",
    "claims_using",
    "organisation_of",
    "speakers_in",
    "speakers_of",
    "wikidata_holders",
]
