"""Write the demo register's people, organisations and places (claims.demo.entities), idempotently.

Entities are matched on their ref and roles on their person and title; each is written through the entity
writers only when a field differs, and a claim's mentions only when the set of entities differs, so a rerun
over unchanged data writes nothing. Each claim's speaker and role go into the claim's own values
(`speaker_values`), which the loader writes with the rest of the claim.
"""

from collections import defaultdict
from collections.abc import Callable
from contextlib import AbstractContextManager

from django.core.exceptions import ValidationError

from claims import services
from claims.demo import entities as data
from claims.entities.models import ClaimMention, Entity, EntityRole
from claims.entities.services import claim_mentions_set, entity_role_save, entity_save
from claims.models import Claim

# The claim's fields that link it to its speaker's entity, and the reason on the record when a stored claim
# gains the link.
LINK_FIELDS = ("speaker_entity", "speaker_role")
LINK_NOTE = "Linked the speaker to the register's page on them, with the office they spoke in."

# The loader's context manager that names the demo row a refusal came from.
Labelled = Callable[[str], AbstractContextManager]


def sync_entities(*, user, tally, labelled: Labelled) -> dict[str, Entity]:
    """Every entity of the demo data, created or brought to the data; by ref."""
    known = Entity.objects.in_bulk([row["ref"] for row in data.ENTITIES], field_name="ref")
    entities = {}
    for row in data.ENTITIES:
        with labelled(f"entity '{row['ref']}'"):
            entities[row["ref"]] = _save(known.get(row["ref"]), Entity, row, entity_save, "entity", user, tally)
    return entities


def sync_roles(*, entities: dict[str, Entity], user, tally, labelled: Labelled) -> dict[tuple[str, str], EntityRole]:
    """Every role of the demo data, by (person's ref, title)."""
    known = {
        (role.entity.ref, role.title): role
        for role in EntityRole.objects.filter(entity__in=list(entities.values())).select_related("entity")
    }
    roles = {}
    for row in data.ROLES:
        key = (row["entity"], row["title"])
        label = f"role '{row['title']}' of entity '{row['entity']}'"
        values = {
            **row,
            "entity": _lookup(entities, row["entity"], label=label),
            "organisation": _lookup(entities, row["organisation"], label=label) if row["organisation"] else None,
        }
        with labelled(label):
            roles[key] = _save(known.get(key), EntityRole, values, entity_role_save, "role", user, tally)
    return roles


def speaker_values(ref: str, *, entities: dict[str, Entity], roles: dict[tuple[str, str], EntityRole]) -> dict:
    """The speaker entity and role of the demo claim `ref`, as the claim's values; none for a claim the entity
    data does not list (tests/test_demo_entities.py holds every demo claim to being listed)."""
    label = f"claim '{ref}'"
    link = data.CLAIMS.get(ref)
    if link is None:
        return {}
    speaker = _lookup(entities, link["speaker"], label=label)
    role = None
    if link["role"]:
        role = roles.get((link["speaker"], link["role"]))
        if role is None:
            raise ValidationError(f"{label}: role '{link['role']}' of '{link['speaker']}' is not in the demo data.")
    return {"speaker_entity": speaker, "speaker_role": role}


def link_speaker(claim: Claim, values: dict, *, user) -> Claim:
    """Give a stored claim the speaker entity and role in `values` when they differ, with a reason of its own: a
    register loaded from an earlier version of the data gains the link, and its record says just that."""
    if all(getattr(claim, f"{name}_id") == (value.pk if value else None) for name, value in values.items()):
        return claim
    return services.claim_update(claim=claim, user=user, values=values, change_note=LINK_NOTE)


def sync_mentions(*, entities: dict[str, Entity], user, tally, labelled: Labelled) -> None:
    """Give each demo claim the mentions the data lists (and only those)."""
    claims = Claim.objects.in_bulk(list(data.CLAIMS), field_name="ref")
    current: dict[int, set[int]] = defaultdict(set)
    for claim_id, entity_id in ClaimMention.objects.filter(claim__in=list(claims.values())).values_list(
        "claim_id", "entity_id"
    ):
        current[claim_id].add(entity_id)
    for ref, link in data.CLAIMS.items():
        label = f"mentions of claim '{ref}'"
        claim = claims.get(ref)
        if claim is None:
            raise ValidationError(f"{label}: the claim is not in the demo data.")
        wanted = [_lookup(entities, mention, label=label) for mention in link["mentions"]]
        if {entity.pk for entity in wanted} == current[claim.pk]:
            tally.add("mentions", "unchanged")
            continue
        with labelled(label):
            claim_mentions_set(user=user, claim=claim, entities=wanted)
        tally.add("mentions", "updated" if current[claim.pk] else "created")


def _save(obj, model, values: dict, save: Callable, argument: str, user, tally):
    """Create the row, or change the fields that differ, through `save` (an entity writer); count the outcome."""
    kind = model._meta.verbose_name_plural
    if obj is None:
        tally.add(kind, "created")
        return save(user=user, **{argument: model(**values)})
    if all(getattr(obj, name) == value for name, value in values.items()):
        tally.add(kind, "unchanged")
        return obj
    for name, value in values.items():
        setattr(obj, name, value)
    tally.add(kind, "updated")
    return save(user=user, **{argument: obj})


def _lookup(entities: dict[str, Entity], ref: str, *, label: str) -> Entity:
    try:
        return entities[ref]
    except KeyError:
        raise ValidationError(f"{label}: entity '{ref}' is not in the demo data.") from None
