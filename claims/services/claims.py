"""Claims: logging them, their content, verdicts, publication, withdrawal and deletion, through the write core.

`ClaimWriter` says what the rules make of a change to a claim and what it puts on the public record; the functions
below are the one-row steps the admin, the intake and the demo loader take, and the bulk steps of the admin's actions.
The CSV import hands its rows to the same writer.

A change to what the public sees of a published claim (its ref, wording, speaker and the entity and role it names,
article, visit, topic or figure, the statement it repeats) is an update on the record: it needs a reason and is kept
as a ClaimEvent that the claim's page, the corrections log and the feed show, with what changed. Changing a published
claim's verdict is a correction; publishing, withdrawing and deleting are steps of their own.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from claims import refs, rules
from claims.entities.queries import SPEAKER_FIELDS, Speakers, speakers_of
from claims.figures.models import FIGURE_FIELDS
from claims.models import Claim, ClaimEvent, FormerRef, Status
from claims.repeats.queries import link_shapes, published_among
from claims.rules import Independence
from claims.services.core import DELETE, NEW, Change, Outcome, Writer, acting, apply, apply_one, unchecked_fields
from claims.services.independence import articles_of, count_independence, evidence_of
from claims.services.quotes import copies_of, quote_state
from claims.services.records import describe, event_for, update_for

# The fields of a claim that say what was claimed, by whom and where.
CLAIM_CONTENT_FIELDS = (
    "ref",
    "article",
    "visit",
    *SPEAKER_FIELDS,
    "topic",
    "text",
    "quote",
    *FIGURE_FIELDS,
    "is_commitment",
    "commitment_due",
    "commitment_due_is_reading",
    "commitment_horizon",
    "commitment_first_made",
)
# What the public sees change on a published claim, beside its verdict: an update on its record.
RECORDED_FIELDS = (*CLAIM_CONTENT_FIELDS, "repeat_of")
WORKFLOW_FIELDS = ("status", "verdict_summary", "is_published", "published_at")
# The desk's own fields: never on the public record, and a change to them alone leaves the public's dates alone.
INTERNAL_FIELDS = ("assigned_to",)
PUBLISH, UNPUBLISH = "publish", "unpublish"


@dataclass
class ClaimFacts:
    """What the claim rules need beyond the rows, read once for a whole change set."""

    independence: dict[Change, Independence] = field(default_factory=dict)
    quote_found: dict[Change, bool | None] = field(default_factory=dict)
    reserved: dict[str, str] = field(default_factory=dict)
    # For each change to `repeat_of`: (the target's ref, whether it is itself a repeat, whether the claim has repeats).
    repeats: dict[Change, tuple[str | None, bool, bool]] = field(default_factory=dict)
    # Of the claims linked or unlinked, those the public can read: only they may be named on the record.
    published_targets: set[int] = field(default_factory=set)
    speakers: Speakers = field(default_factory=Speakers)  # the speaker entities and roles the changes give


def _becomes_published(change: Change) -> bool:
    return bool(change.proposed is not None and change.proposed.is_published) and not (
        change.current is not None and change.current.is_published
    )


def _verdict_changes(change: Change) -> bool:
    return change.current is not None and bool({"status", "verdict_summary"} & set(change.fields))


class ClaimWriter(Writer):
    model = Claim
    fields = (*RECORDED_FIELDS, *WORKFLOW_FIELDS, *INTERNAL_FIELDS, "created_by")
    versioned = True
    touched = ("updated_at",)
    internal = INTERNAL_FIELDS

    def __init__(self, *, user, reason: str = "", by_import: bool = False):
        super().__init__(user=user, reason=reason)
        self.by_import = by_import

    # --- the facts ----------------------------------------------------------------------------
    def facts(self, changes: list[Change]) -> ClaimFacts:
        live = [c for c in changes if c.kind != DELETE]
        facts = ClaimFacts(speakers=speakers_of(live))
        weighed = [c for c in live if _becomes_published(c) or (c.current is not None and c.current.is_published)]
        stored = evidence_of(c.current.pk for c in weighed if c.current is not None)
        # Each article's independence key, read once for the set (not once per claim through `claim.article`).
        articles = articles_of([c.proposed for c in weighed])
        for change in weighed:
            found = stored.get(change.current.pk, []) if change.current is not None else []
            facts.independence[change] = count_independence(
                articles[change.proposed.article_id].independence_key,
                [(item.source.independence_key, item.stance) for item in found],
            )
        proven = [c for c in live if c.kind == NEW or _becomes_published(c) or {"quote", "article"} & set(c.fields)]
        copies = copies_of(c.proposed.article_id for c in proven)
        for change in proven:
            facts.quote_found[change] = quote_state(change.proposed.quote, copies.get(change.proposed.article_id))
        named = {c.proposed.ref for c in live if c.proposed.ref and (c.kind == NEW or "ref" in c.fields)}
        if named:
            own = {c.current.pk for c in live if c.current is not None} | {c.proposed.pk for c in live if c.proposed.pk}
            facts.reserved = refs.reserved(named, claim_ids=own)
        self._repeat_facts(
            [c for c in live if "repeat_of" in c.fields or (c.kind == NEW and c.proposed.repeat_of_id)], changes, facts
        )
        return facts

    @staticmethod
    def _repeat_facts(linked: list[Change], changes: list[Change], facts: ClaimFacts) -> None:
        """Whether each new link keeps the groups flat, as the whole change set leaves them."""
        if not linked:
            return
        named = {c.proposed.repeat_of_id for c in linked} | {c.current.repeat_of_id for c in linked if c.current}
        facts.published_targets = published_among(named - {None})
        after = {c.current.pk: c.proposed.repeat_of_id for c in changes if c.current is not None and c.kind != DELETE}
        links = [(c.current.pk if c.current is not None else None, c.proposed.repeat_of_id) for c in linked]
        for change, shape in zip(linked, link_shapes(links, after=after), strict=True):
            facts.repeats[change] = shape

    # --- the rules ----------------------------------------------------------------------------
    def validate(self, change: Change) -> rules.Problems:
        # A verdict or a publication changes no content: the rules of the fields it sets are all it needs.
        if change.current is not None and not set(change.fields) & set(RECORDED_FIELDS):
            kept = unchecked_fields(Claim, change)
            try:
                change.proposed.full_clean(exclude=kept, validate_unique=False, validate_constraints=False)
            except ValidationError as error:
                return [rules.Problem(name, m) for name, ms in error.message_dict.items() for m in ms]
            return []
        return super().validate(change)

    def problems(self, change: Change, facts: ClaimFacts) -> rules.Problems:
        user, current, proposed = self.user, change.current, change.proposed
        if change.kind == DELETE:
            return rules.delete_problems(
                user=user, ref=current.ref, is_published=current.is_published, reason=change.note
            )
        if current is None:
            found = rules.create_problems(user=user)
            if found:
                return found
        was_published = bool(current and current.is_published)
        ref = proposed.ref
        problems = rules.verdict_problems(
            user=user,
            ref=ref,
            was_published=was_published,
            before=(current.status, current.verdict_summary) if current else (Status.UNVERIFIED, ""),
            status=proposed.status,
            summary=proposed.verdict_summary,
            note=change.note,
            independence=facts.independence.get(change) if was_published else None,
        )
        if proposed.is_published and (not was_published or change.intent == PUBLISH):
            problems += rules.publish_problems(
                user=user,
                ref=ref,
                was_published=was_published,
                status=proposed.status,
                summary=proposed.verdict_summary,
                independence=facts.independence.get(change, Independence()),
                quote_found=facts.quote_found.get(change),
                quote_override=change.options.get("quote_override", ""),
            )
        elif not proposed.is_published and (was_published or change.intent == UNPUBLISH):
            problems += rules.unpublish_problems(
                user=user, ref=ref, was_published=was_published, reason=change.note, by_import=self.by_import
            )
        dated = "published_at" in change.fields if current else proposed.published_at is not None
        problems += rules.publication_date_problems(user=user, changed=dated) + facts.speakers.problems(change)
        if current is not None:
            content = [name for name in change.fields if name in CLAIM_CONTENT_FIELDS]
            problems += rules.content_problems(
                user=user, ref=current.ref, is_published=was_published, changed=content, note=change.note
            )
        if change in facts.repeats:
            problems += rules.repeat_link_problems(user=user, ref=ref, is_published=was_published, note=change.note)
            target_ref, target_is_repeat, has_repeats = facts.repeats[change]
            problems += rules.repeat_shape_problems(
                ref=ref, target_ref=target_ref, target_is_repeat=target_is_repeat, has_repeats=has_repeats
            )
        if "assigned_to" in change.fields or (current is None and proposed.assigned_to_id):
            problems += rules.assignment_problems(assignee=proposed.assigned_to)
        if ref in facts.reserved and (current is None or "ref" in change.fields):
            problems.append(rules.Problem("ref", facts.reserved[ref]))
        return problems

    # --- the write ----------------------------------------------------------------------------
    def derive(self, changes: list[Change], facts: ClaimFacts, *, now) -> None:
        for change in changes:
            claim = change.proposed
            if claim is None:
                continue
            if change.current is None and claim.created_by_id is None:
                claim.created_by = acting(self.user)
            if change in facts.quote_found and claim.quote_found != facts.quote_found[change]:
                claim.quote_found = facts.quote_found[change]
                if change.current is not None:
                    change.fields.append("quote_found")
            if claim.is_published and not claim.published_at:
                claim.published_at = now
                if change.current is not None:
                    change.fields.append("published_at")

    def events(self, change: Change, facts: ClaimFacts, *, now) -> list[ClaimEvent]:
        user, current, claim = acting(self.user), change.current, change.proposed
        if change.kind == DELETE:
            steps = []
            if current.is_published:
                steps.append(self._step(current, ClaimEvent.Kind.UNPUBLISHED, user, change.note, now))
            steps.append(self._step(current, ClaimEvent.Kind.DELETED, user, change.note, now))
            for step in steps:
                step.claim = None  # the claim is gone; its ref stays on the step
            return steps
        was_published = bool(current and current.is_published)
        steps = []
        shown = [name for name in change.fields if name in RECORDED_FIELDS]
        if was_published and claim.is_published and shown:
            changes = self._described(current, claim, shown, facts)
            if changes:
                steps.append(update_for(claim=claim, user=user, note=change.note, changes=changes, at=now))
        if change.options.get("restored"):
            return [self._step(claim, ClaimEvent.Kind.STATUS, user, change.options["restored"], now)]
        before = (current.status, current.verdict_summary) if current else (Status.UNVERIFIED, "")
        verdict_changed = (claim.status, claim.verdict_summary) != before
        if verdict_changed:
            kind = ClaimEvent.Kind.CORRECTION if was_published and claim.is_published else ClaimEvent.Kind.STATUS
            steps.append(event_for(claim=claim, kind=kind, user=user, note=change.note, from_status=before[0], at=now))
        if claim.is_published and not was_published:
            note = change.options.get("publish_note", "" if verdict_changed else change.note)
            override = change.options.get("quote_override", "").strip()
            if facts.quote_found.get(change) is False and override:
                note = f"{note.strip()} Published although {rules.QUOTE_NOT_FOUND}: {override}".strip()
            steps.append(self._step(claim, ClaimEvent.Kind.PUBLISHED, user, note, now))
        elif was_published and not claim.is_published:
            steps.append(self._step(claim, ClaimEvent.Kind.UNPUBLISHED, user, change.note, now))
        return steps

    @staticmethod
    def _described(current: Claim, claim: Claim, shown: list[str], facts: ClaimFacts) -> list[dict]:
        """The record of a change: a link to another appearance names that claim only if the public can read it
        (its page lists only published appearances); a link between unpublished statements is not on it."""
        changes = describe(current, claim, shown)
        for entry in changes:
            if entry["field"] == "repeat_of":
                entry["before"] = entry["before"] if current.repeat_of_id in facts.published_targets else ""
                entry["after"] = entry["after"] if claim.repeat_of_id in facts.published_targets else ""
        return [entry for entry in changes if entry["field"] != "repeat_of" or entry["before"] or entry["after"]]

    @staticmethod
    def _step(claim: Claim, kind: str, user, note: str, at) -> ClaimEvent:
        return event_for(claim=claim, kind=kind, user=user, note=note, from_status=claim.status, at=at)

    def after(self, changes: list[Change], facts: ClaimFacts, *, now) -> None:
        for change in changes:
            if change.kind != NEW and change.proposed is not None and "ref" in change.fields:
                _keep_former_ref(claim=change.proposed, old=change.current.ref, at=now)

    def is_public(self, change: Change, facts) -> bool:
        return bool(change.current is not None and change.current.is_published) or bool(
            change.proposed is not None and change.proposed.is_published
        )


def _keep_former_ref(*, claim: Claim, old: str, at) -> None:
    """Keep `old` as a former address of `claim` (whose ref is now `claim.ref`) if the public knew it by it.

    The new ref, if it was one of the claim's own former refs, is its address again.
    """
    FormerRef.objects.filter(claim=claim, ref=claim.ref).delete()
    if refs.was_public(claim, old):
        FormerRef.objects.update_or_create(ref=old, defaults={"claim": claim, "changed_at": at})


# --- One claim at a time -------------------------------------------------------------------------
def _one(change: Change, *, user, given: Claim | None = None) -> Claim:
    apply_one(ClaimWriter(user=user), change)
    result = change.proposed or change.current
    if given is not None and given is not result and given.pk is not None:
        given.refresh_from_db()
    return result


def claim_create(*, claim: Claim, user) -> Claim:
    """Log `claim` (a new, unsaved Claim with its content set): it starts unverified and unpublished."""
    if claim.pk is not None:
        raise ValidationError(f"Claim '{claim.ref}' is logged already.")
    claim.status, claim.verdict_summary, claim.is_published, claim.published_at = Status.UNVERIFIED, "", False, None
    return _one(Change(instance=claim), user=user)


def claim_update(*, claim: Claim, user, values: dict, seen_version: int | None = None, change_note: str = "") -> Claim:
    """Change what `claim` says (the fields in `values`), if the editor's copy is current and the rules allow.

    `seen_version` is the version the editor opened (None: do not compare). A published claim's
    change needs `change_note`, and is put on the record.
    """
    unknown = set(values) - set(RECORDED_FIELDS)
    if unknown:
        raise ValidationError(f"Not a claim's content: {', '.join(sorted(unknown))}.")
    return _one(
        Change(target=claim, values=values, seen_version=seen_version, note=change_note), user=user, given=claim
    )


def claim_set_verdict(*, claim: Claim, user, status: str, verdict_summary: str | None = None, note: str = "") -> Claim:
    """Set the status (and, optionally, the verdict summary), recording who, when and why.

    Changing the verdict of a published claim is a correction: it needs a reason and is listed
    in the public corrections log.
    """
    return _one(Change(target=claim, values=_verdict(status, verdict_summary), note=note), user=user, given=claim)


def claim_send_to_review(*, claim: Claim, user, note: str = "") -> Claim:
    if claim.is_published:
        raise ValidationError(f"Claim '{claim.ref}' is published; unpublish it before sending it back to review.")
    return claim_set_verdict(claim=claim, user=user, status=Status.IN_REVIEW, note=note)


def claim_publish(*, claim: Claim, user, note: str = "", quote_override: str = "") -> Claim:
    """Publish a claim whose verdict is ready. The first publication date is kept for good.

    Its quote is checked against the kept copy of its article as it is now; a quote not found there is
    published only with `quote_override`, the editor's reason, which goes on the public record.
    """
    change = Change(target=claim, values={"is_published": True}, note=note, intent=PUBLISH)
    change.options["quote_override"] = quote_override
    return _one(change, user=user, given=claim)


def claim_unpublish(*, claim: Claim, user, reason: str) -> Claim:
    """Take a claim off the public register. The reason is recorded; mirrors learn of it as a withdrawal."""
    change = Change(target=claim, values={"is_published": False}, note=reason or "", intent=UNPUBLISH)
    return _one(change, user=user, given=claim)


def claim_delete(*, claim: Claim, user, reason: str = "") -> None:
    """Delete a claim. A published one needs a reason, and is reported to mirrors as withdrawn."""
    apply_one(ClaimWriter(user=user), Change(target=claim, delete=True, note=reason))


# --- Many claims at once: the admin's actions ------------------------------------------------------
def _verdict(status: str, summary: str | None) -> dict:
    return {"status": status} if summary is None else {"status": status, "verdict_summary": summary.strip()}


def claims_apply(
    claims: Iterable[Claim], *, user, values: dict, note: str = "", intent: str = "", options: dict | None = None
) -> Outcome:
    """One step over many claims in one transaction: each is checked on its own, those refused are named and
    left as they were, the rest are written together (one stamp move, one commit readers see at once)."""
    changes = [
        Change(target=claim, values=dict(values), note=note, intent=intent, options=dict(options or {}))
        for claim in claims
    ]
    return apply(ClaimWriter(user=user), changes, partial=True)


def claims_set_verdict(claims, *, user, status: str, verdict_summary: str | None = None, note: str = "") -> Outcome:
    return claims_apply(claims, user=user, values=_verdict(status, verdict_summary), note=note)


def claims_send_to_review(claims, *, user) -> Outcome:
    return claims_apply(claims, user=user, values={"status": Status.IN_REVIEW})


def claims_publish(claims, *, user, quote_override: str = "") -> Outcome:
    options = {"quote_override": quote_override}
    return claims_apply(claims, user=user, values={"is_published": True}, intent=PUBLISH, options=options)


def claims_unpublish(claims, *, user, reason: str) -> Outcome:
    return claims_apply(claims, user=user, values={"is_published": False}, note=reason, intent=UNPUBLISH)


__all__ = [
    "CLAIM_CONTENT_FIELDS",
    "INTERNAL_FIELDS",
    "ClaimWriter",
    "claim_create",
    "claim_delete",
    "claim_publish",
    "claim_send_to_review",
    "claim_set_verdict",
    "claim_unpublish",
    "claim_update",
    "claims_apply",
    "claims_publish",
    "claims_send_to_review",
    "claims_set_verdict",
    "claims_unpublish",
]
