"""A claim's evidence: citing a source, changing what it says, removing it, through the write core.

`EvidenceWriter` checks a whole set of changes at once (a claim page's evidence inline, a CSV file) against
the claims as they are, locked while the set is written: who may change a published claim's evidence, a
claim's own article that cannot corroborate it, and the independent evidence a published verdict keeps,
counted as the whole set would leave it. Evidence added to, changed on or removed from a published
claim is an update on its record, with the reason given.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from claims import rules
from claims.figures.models import FIGURE_FIELDS
from claims.models import Claim, ClaimEvent, Evidence
from claims.services.core import DELETE, NEW, UPDATE, Change, Writer, acting, apply_one
from claims.services.independence import count_independence, evidence_of
from claims.services.quotes import copies_of, quote_state
from claims.services.records import describe, evidence_label, update_for
from factregister.lookups import matching

EVIDENCE_FIELDS = ("claim", "source", "stance", "quote", "paraphrased", "note", *FIGURE_FIELDS)
# Changes that can take from a claim the independent evidence its verdict needs.
WEAKENING = {"claim", "source", "stance"}


@dataclass
class EvidenceFacts:
    claims: dict[int, Claim] = field(default_factory=dict)
    # Claims that would be left without the independent evidence their published verdict needs, and why.
    weakened: dict[int, str] = field(default_factory=dict)
    quote_found: dict[Change, bool | None] = field(default_factory=dict)


def _claim_ids(change: Change) -> list[int]:
    ids = []
    for evidence in (change.current, change.proposed):
        if evidence is not None and evidence.claim_id is not None and evidence.claim_id not in ids:
            ids.append(evidence.claim_id)
    return ids


class EvidenceWriter(Writer):
    model = Evidence
    fields = (*EVIDENCE_FIELDS, "added_by")
    versioned = True

    def lock(self, ids):
        rows = matching(Evidence.objects.select_related("source").select_for_update(of=("self",)), "id", ids)
        return {row.pk: row for row in rows}

    def facts(self, changes: list[Change]) -> EvidenceFacts:
        facts = EvidenceFacts()
        ids = {pk for change in changes for pk in _claim_ids(change)}
        claims = Claim.objects.select_related("article").filter(pk__in=ids)
        if self.locking:
            claims = claims.select_for_update(of=("self",))
        facts.claims = {claim.pk: claim for claim in claims}
        # A claim not saved yet (the admin's add page checks its evidence first) is as its form has it.
        for change in changes:
            claim = change.proposed.claim if change.proposed is not None and change.proposed.claim_id is None else None
            if claim is not None:
                facts.claims.setdefault(0, claim)
        self._weakened(changes, facts)
        proven = [c for c in changes if c.kind == NEW or {"quote", "source", "paraphrased"} & set(c.fields)]
        copies = copies_of(c.proposed.source_id for c in proven if c.proposed is not None)
        for change in proven:
            evidence = change.proposed
            facts.quote_found[change] = quote_state(
                evidence.quote, copies.get(evidence.source_id), paraphrased=evidence.paraphrased
            )
        return facts

    @staticmethod
    def _weakened(changes: list[Change], facts: EvidenceFacts) -> None:
        """Count each published claim's independent evidence before and after the whole set."""
        published = {pk for pk, claim in facts.claims.items() if pk and claim.is_published}
        touched = {pk for change in changes for pk in _claim_ids(change) if pk in published}
        if not touched:
            return
        before = evidence_of(touched)
        after = {pk: {item.pk: item for item in items} for pk, items in before.items()}
        for change in changes:
            if change.current is not None and change.current.claim_id in after:
                after[change.current.claim_id].pop(change.current.pk, None)
        for change in changes:
            evidence = change.proposed
            if evidence is not None and evidence.claim_id in after:
                after[evidence.claim_id][evidence.pk or -id(change)] = evidence
        for pk in touched:
            claim = facts.claims[pk]
            key = claim.article.independence_key

            def count(items, key=key):
                return count_independence(key, [(item.source.independence_key, item.stance) for item in items])

            problem = rules.independent_evidence_problem(
                ref=claim.ref, is_published=True, status=claim.status, left=count(after[pk].values())
            )
            # A claim published before a stricter rule may lack what it now needs: a change that takes nothing
            # from it is not what breaks it.
            if problem and not rules.independence_problem(claim.status, count(before[pk])):
                facts.weakened[pk] = problem

    def problems(self, change: Change, facts: EvidenceFacts) -> rules.Problems:
        action = {NEW: "add", UPDATE: "change", DELETE: "delete"}[change.kind]
        claims = [facts.claims[pk] for pk in _claim_ids(change) or [0] if pk in facts.claims]
        problems: rules.Problems = []
        for claim in claims:
            problems += rules.evidence_problems(
                user=self.user,
                action=action,
                ref=claim.ref,
                claim_is_published=claim.is_published,
                changed=change.fields if change.kind == UPDATE else (),
            )
        if problems:
            return problems
        evidence = change.proposed
        if evidence is not None:
            owner = facts.claims.get(evidence.claim_id or 0)
            if owner is not None:
                problems += rules.own_article_problem(
                    stance=evidence.stance, source_id=evidence.source_id, article_id=owner.article_id
                )
        if change.kind == DELETE or WEAKENING & set(change.fields):
            for pk in _claim_ids(change):
                if pk in facts.weakened:
                    problems.append(rules.Problem("source" if "source" in change.fields else "", facts.weakened[pk]))
        for claim in claims:
            problems += rules.update_note_problem(ref=claim.ref, is_published=claim.is_published, note=change.note)
        return problems

    def derive(self, changes: list[Change], facts: EvidenceFacts, *, now) -> None:
        for change in changes:
            evidence = change.proposed
            if evidence is None:
                continue
            if change.current is None and evidence.added_by_id is None:
                evidence.added_by = acting(self.user)
            if change in facts.quote_found and evidence.quote_found != facts.quote_found[change]:
                evidence.quote_found = facts.quote_found[change]
                if change.current is not None:
                    change.fields.append("quote_found")

    def events(self, change: Change, facts: EvidenceFacts, *, now) -> list[ClaimEvent]:
        user = acting(self.user)
        current, evidence = change.current, change.proposed

        def update(claim_id: int, changes: list[dict]) -> list[ClaimEvent]:
            claim = facts.claims.get(claim_id)
            if claim is None or not claim.is_published or not changes:
                return []
            return [update_for(claim=claim, user=user, note=change.note, changes=changes, at=now)]

        added = [
            {"field": "evidence", "label": change.options.get("label", "Evidence added"), "before": "", "after": ""}
        ]
        removed = [{"field": "evidence", "label": "Evidence removed", "before": "", "after": ""}]
        if change.kind == NEW:
            added[0]["after"] = evidence_label(evidence)
            return update(evidence.claim_id, added)
        if change.kind == DELETE:
            removed[0]["before"] = evidence_label(current)
            return update(current.claim_id, removed)
        if evidence.claim_id != current.claim_id:
            removed[0]["before"], added[0]["after"] = evidence_label(current), evidence_label(evidence)
            return update(current.claim_id, removed) + update(evidence.claim_id, added)
        shown = [name for name in change.fields if name in EVIDENCE_FIELDS]
        return update(evidence.claim_id, describe(current, evidence, shown, prefix=f"Evidence from {current.source}: "))

    def is_public(self, change: Change, facts: EvidenceFacts) -> bool:
        return any(facts.claims[pk].is_published for pk in _claim_ids(change) if pk in facts.claims)


# --- One piece at a time ------------------------------------------------------------------------
def evidence_add(
    *, claim: Claim, user, source, stance: str, quote: str, note: str = "", change_note: str = "", **figure
) -> Evidence:
    """Cite `source` as evidence for `claim`: a passage of it (`quote`), and how it bears (`note`).

    For a published claim this is an update on the record, and needs `change_note`.
    """
    evidence = Evidence(claim=claim, source=source, stance=stance, quote=quote.strip(), note=note.strip(), **figure)
    apply_one(EvidenceWriter(user=user), Change(instance=evidence, note=change_note))
    return evidence


def evidence_update(
    *, evidence: Evidence, user, values: dict, seen_version: int | None = None, change_note: str = ""
) -> Evidence:
    """Change a piece of evidence (its passage, stance, source, figure, or the claim it is for)."""
    unknown = set(values) - set(EVIDENCE_FIELDS)
    if unknown:
        raise ValidationError(f"Not a field of evidence: {', '.join(sorted(unknown))}.")
    change = Change(target=evidence, values=values, seen_version=seen_version, note=change_note)
    apply_one(EvidenceWriter(user=user), change)
    result = change.proposed or change.current
    if evidence is not result:
        evidence.refresh_from_db()
    return result


def evidence_delete(*, evidence: Evidence, user, change_note: str = "") -> None:
    """Remove a piece of evidence; from a published claim only if it keeps what its verdict needs, and with a reason."""
    apply_one(EvidenceWriter(user=user), Change(target=evidence, delete=True, note=change_note))


def evidence_removal_problem(evidence: Evidence) -> str | None:
    """Why removing `evidence` would leave its published claim without the independent evidence its verdict
    needs, if it would (the evidence page says so before asking to confirm)."""
    change = Change(target=evidence, delete=True, current=evidence)
    return EvidenceWriter(user=None).facts([change]).weakened.get(evidence.claim_id)


__all__ = [
    "EVIDENCE_FIELDS",
    "EvidenceWriter",
    "evidence_add",
    "evidence_delete",
    "evidence_removal_problem",
    "evidence_update",
]
