"""The entities' CSV tables (`entities`, `entity_roles`) and the entity columns of claims.csv.

A claim names its speaker entity by ref (`speaker_entity`), the role it spoke in by the role's title among the
speaker's roles (`speaker_role`), and the entities it names by their refs, separated by "; " (`mentions`). The
claims and their mentions are written through their writers in the same transaction: the claims first, then
the mentions (claims.entities.services.ClaimMentionWriter).
"""

from typing import Any

from claims.entities.services import ClaimMentionWriter, EntityRoleWriter, EntityWriter
from claims.models import ClaimMention, Entity, EntityRole
from claims.services import core
from csvio.rows import RowError, RowOutcome, StaleRows, Table, VersionedTable, column_of
from factregister.lookups import matching

MENTIONS = "mentions"
SEPARATOR = "; "
ENTITY_COLUMNS = ["speaker_entity", "speaker_role", MENTIONS]


class EntityTable(VersionedTable):
    name, model, writer = "entities", Entity, EntityWriter
    columns = ["ref", "kind", "name"]
    optional = [
        "name_fa",
        "name_ru",
        "name_kk",
        "name_kk_latn",
        "other_names",
        "description",
        "country",
        "wikidata_id",
        "version",
        "change_note",
    ]
    key = ("ref",)
    stripped = frozenset({"ref", "kind", "country", "wikidata_id", "version"})


class EntityRoleTable(Table):
    """An entity's roles, a row per role; a role is named by its entity's ref and its title."""

    name, model, writer = "entity_roles", EntityRole, EntityRoleWriter
    columns = ["entity", "title"]
    optional = ["title_fa", "title_ru", "title_kk", "organisation", "start_date", "end_date"]
    key = ("entity", "title")
    references = {"entity": (Entity, "ref"), "organisation": (Entity, "ref")}
    stripped = frozenset({"start_date", "end_date"})

    def key_of(self, values, refs):
        entity = refs["entity"].get(values.get("entity", "").strip())
        return (entity.pk if entity else values.get("entity", "").strip(), values.get("title", ""))

    def stored(self, keys, refs):
        ids = {k[0] for k in keys if isinstance(k[0], int)}
        return {(obj.entity_id, obj.title): obj for obj in matching(EntityRole.objects.all(), "entity_id", ids)}


class ClaimEntityColumns:
    """claims.csv's `speaker_role` and `mentions` columns, mixed into its table (`speaker_entity` is a plain
    reference by ref). Each claim's wanted mentions ride on its record (`_mentions`) from the check to the write."""

    user = None

    def stored(self, keys, refs):
        found = super().stored(keys, refs)  # type: ignore[misc]
        self._stored_claims = found
        return found

    # --- reading a row ------------------------------------------------------------------------
    def build(self, values, stored, refs):
        role = values.get("speaker_role")
        mentions = values.get(MENTIONS)
        values = {name: value for name, value in values.items() if name not in ("speaker_role", MENTIONS)}
        instance, changed, problems = super().build(values, stored, refs)  # type: ignore[misc]
        if role is not None and "speaker_entity" not in problems:
            self._read_role(instance, stored, role.strip(), changed, problems)
        if mentions is not None:
            self._read_mentions(instance, stored, mentions, changed, problems)
        return instance, changed, problems

    def _read_role(self, claim, stored, title: str, changed: list, problems: dict) -> None:
        role = None
        if title:
            if claim.speaker_entity_id is None:
                problems["speaker_role"] = [
                    f"'{title}' is read among the speaker's roles: give the claim's speaker_entity too."
                ]
                return
            entity, roles = self._roles_of(claim.speaker_entity_id)
            role = roles.get(title)
            if role is None:
                known = ", ".join(f"'{t}'" for t in sorted(roles)) or "none yet"
                problems["speaker_role"] = [
                    f"'{title}' is not one of the roles of entity '{entity}' (its roles: {known}); add it to the "
                    "entity_roles table first."
                ]
                return
        if (stored.speaker_role_id if stored else None) != (role.pk if role else None):
            changed.append("speaker_role")
        claim.speaker_role = role

    def _roles_of(self, entity_id: int) -> tuple[str, dict[str, EntityRole]]:
        """The entity's ref and its roles by title, read once per entity and file."""
        known = self.__dict__.setdefault("_roles", {})
        if entity_id not in known:
            ref = Entity.objects.filter(pk=entity_id).values_list("ref", flat=True).first() or ""
            known[entity_id] = (ref, {role.title: role for role in EntityRole.objects.filter(entity_id=entity_id)})
        return known[entity_id]

    def _read_mentions(self, claim, stored, cell: str, changed: list, problems: dict) -> None:
        refs = list(dict.fromkeys(part.strip() for part in cell.split(";") if part.strip()))
        if "_entities" not in self.__dict__:
            self._entities = dict(Entity.objects.values_list("ref", "pk"))
        unknown = [ref for ref in refs if ref not in self._entities]
        if unknown:
            problems[MENTIONS] = [f"There is no entity with ref '{ref}'." for ref in unknown]
            return
        claim._mentions = {self._entities[ref] for ref in refs}
        if claim._mentions != (self._stored_mentions().get(stored.pk, set()) if stored else set()):
            changed.append(MENTIONS)

    def _stored_mentions(self) -> dict[int, set[int]]:
        """The entities each stored claim of the file names, read once for the file."""
        if "_mentioned" not in self.__dict__:
            self._mentioned: dict[int, set[int]] = {}
            ids = [claim.pk for claim in getattr(self, "_stored_claims", {}).values()]
            rows = ClaimMention.objects.values_list("claim_id", "entity_id")
            for claim_id, entity_id in matching(rows, "claim_id", ids):
                self._mentioned.setdefault(claim_id, set()).add(entity_id)
        return self._mentioned

    @classmethod
    def stored_cell(cls, stored, name: str) -> str | None:
        """The stored claim's cell of a column that is not a field of its own, as the file writes it (the import
        preview's changed cells: a query for each shown)."""
        if name == MENTIONS:
            return SEPARATOR.join(sorted(stored.mentions.values_list("entity__ref", flat=True)))
        if name == "speaker_role":
            return stored.speaker_role.title if stored.speaker_role_id else ""
        return None

    # --- checking and writing -------------------------------------------------------------------
    def change(self, outcome: RowOutcome) -> core.Change:
        if MENTIONS not in outcome.changed:
            return super().change(outcome)  # type: ignore[misc]
        outcome.changed.remove(MENTIONS)
        try:
            return super().change(outcome)  # type: ignore[misc]
        finally:
            outcome.changed.append(MENTIONS)

    def mention_changes(self, outcomes: list[RowOutcome]) -> list[core.Change]:
        """The mentions the rows add and take off (a new claim's once it is written: its record is the row's)."""
        rows = [o for o in outcomes if MENTIONS in o.changed]
        stored = {o.stored.pk for o in rows if o.stored is not None}
        mentions: dict[int, list[ClaimMention]] = {}
        for mention in matching(ClaimMention.objects.all(), "claim_id", stored):
            mentions.setdefault(mention.claim_id, []).append(mention)
        changes = []
        for outcome in rows:
            claim: Any = outcome.stored or outcome.instance
            wanted: set[int] = outcome.instance._mentions  # type: ignore[attr-defined]
            have = mentions.get(claim.pk, []) if claim.pk else []
            changes += [core.Change(target=m, delete=True, row=outcome.row) for m in have if m.entity_id not in wanted]
            named = {m.entity_id for m in have}
            changes += [
                core.Change(instance=ClaimMention(claim=claim, entity_id=pk), row=outcome.row, validated=True)
                for pk in sorted(wanted - named)
            ]
        return changes

    def check_rows(self, outcomes: list[RowOutcome], errors: list[RowError]) -> None:
        super().check_rows(outcomes, errors)  # type: ignore[misc]
        changes = self.mention_changes(outcomes)
        found = core.check(ClaimMentionWriter(user=self.user), changes) if changes else {}
        for change, problems in found.items():
            errors.extend(RowError(change.row or 0, MENTIONS, problem.message) for problem in problems)

    def write(self, outcomes: list[RowOutcome], *, now) -> None:
        super().write(outcomes, now=now)  # type: ignore[misc]
        changes = self.mention_changes(outcomes)
        if not changes:
            return
        try:
            core.apply(ClaimMentionWriter(user=self.user), changes, now=now)
        except core.Refused as refused:
            raise StaleRows(
                [
                    RowError(c.row or 0, column_of(p), p.message)
                    for c, problems in refused.problems.items()
                    for p in problems
                ]
            ) from None


__all__ = ["ENTITY_COLUMNS", "MENTIONS", "SEPARATOR", "ClaimEntityColumns", "EntityRoleTable", "EntityTable"]
