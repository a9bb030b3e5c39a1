"""The verification workflow: verdicts, publication, withdrawal and deletion of claims.

Each function locks the claim's row, asks claims.rules what is wrong with the
change, then writes everything or nothing and records the step as a ClaimEvent.
Refusals raise PermissionDenied or ValidationError with a message an editor can
act on.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from claims import rules, versions
from claims.models import Claim, ClaimEvent, Evidence, Stance, Status
from claims.services.quotes import check_claim_quote

# Kept here for the callers that ask the services, not the rules, who may do what.
PERM_CHANGE, PERM_SET_VERDICT, PERM_PUBLISH = rules.PERM_CHANGE, rules.PERM_SET_VERDICT, rules.PERM_PUBLISH
can_set_status, can_publish = rules.can_set_status, rules.can_publish


# --- Reads the rules need ----------------------------------------------------------------
def independent_evidence(claim: Claim):
    """Evidence from sources independent of the claim's article: other documents, not of the article's origin."""
    evidence = claim.evidence.exclude(source_id=claim.article_id)
    origin = claim.article.origin
    return evidence.exclude(source__origin=origin) if origin else evidence


def count_independence(article_key: str, evidence: list[tuple[str, str]]) -> rules.Independence:
    """rules.Independence from (source's independence key, stance) pairs: distinct independent sources."""
    independent = [(key, stance) for key, stance in evidence if key != article_key]
    return rules.Independence(
        corroborating=len({key for key, stance in independent if stance == Stance.CORROBORATES}),
        any=len({key for key, _ in independent}),
    )


def independence(claim: Claim, *, without: Evidence | None = None, plus: Evidence | None = None):
    """How many independent sources corroborate `claim`, and how many bear on it at all.

    `without` and `plus` describe a proposed change: the counts as they would be after it.
    """
    if claim.pk is None:
        return rules.Independence()
    rows = claim.evidence.select_related("source").only("id", "stance", "source__id", "source__origin")
    pairs = [(item.source.independence_key, item.stance) for item in rows if without is None or item.pk != without.pk]
    if plus is not None:
        pairs.append((plus.source.independence_key, plus.stance))
    return count_independence(claim.article.independence_key, pairs)


def publishing_problems(claim: Claim, *, status: str | None = None, verdict_summary: str | None = None) -> list[str]:
    """Why `claim` (with the given verdict, if any) may not be published; empty when it may."""
    return rules.publishing_problems(
        status=claim.status if status is None else status,
        summary=claim.verdict_summary if verdict_summary is None else verdict_summary,
        independence=independence(claim),
    )


def check_verdict_change(*, claim: Claim, user, status: str, verdict_summary: str, note: str) -> None:
    """Everything `claim_set_verdict` would refuse, without writing; forms call this in clean()."""
    rules.raise_for(
        rules.verdict_problems(
            user=user,
            ref=claim.ref,
            was_published=claim.is_published,
            before=(claim.status, claim.verdict_summary),
            status=status,
            summary=verdict_summary,
            note=note,
            independence=independence(claim) if claim.is_published else None,
        )
    )


# --- The record of each step -------------------------------------------------------------
def event_for(*, claim: Claim, kind: str, user, note: str = "", from_status: str = "", at=None) -> ClaimEvent:
    """The ClaimEvent recording one step of `claim`'s workflow (unsaved)."""
    return ClaimEvent(
        claim=claim,
        claim_ref=claim.ref,
        kind=kind,
        from_status=from_status,
        to_status=claim.status,
        verdict_summary=claim.verdict_summary,
        note=note.strip(),
        title=claim.text,
        user=user if getattr(user, "pk", None) else None,
        at=at or timezone.now(),
    )


def events_for_change(*, before: Claim | None, after: Claim, user, at, note: str = "") -> list[ClaimEvent]:
    """The steps recorded when a claim goes from `before` (None: new) to `after`, whatever made the change.

    A verdict change is a status step, or a correction when the claim was
    published; publishing and unpublishing are steps of their own.
    """
    before_status = before.status if before else Status.UNVERIFIED
    before_summary = before.verdict_summary if before else ""
    was_published = bool(before and before.is_published)
    events = []
    if (after.status, after.verdict_summary) != (before_status, before_summary):
        kind = ClaimEvent.Kind.CORRECTION if was_published and after.is_published else ClaimEvent.Kind.STATUS
        events.append(event_for(claim=after, kind=kind, user=user, note=note, from_status=before_status, at=at))
    if after.is_published and not was_published:
        events.append(
            event_for(claim=after, kind=ClaimEvent.Kind.PUBLISHED, user=user, from_status=after.status, at=at)
        )
    return events


def _record(*, claim: Claim, kind: str, user, note: str = "", from_status: str = "", at=None) -> ClaimEvent:
    event = event_for(claim=claim, kind=kind, user=user, note=note, from_status=from_status, at=at)
    event.save()
    return event


def locked(claim: Claim) -> Claim:
    """The claim's current row, locked for the rest of the transaction."""
    return Claim.objects.select_for_update().get(pk=claim.pk)


def _save(current: Claim, fields: list[str], *, given: Claim | None = None) -> Claim:
    """Save `fields` of the locked `current` with the next version, and bring `given` up to date."""
    current.save(update_fields=[*fields, versions.bump(current), "updated_at"])
    if given is not None and given is not current:
        given.refresh_from_db()
    return current


# --- Verdicts and publication ----------------------------------------------------------------
@transaction.atomic
def claim_set_verdict(*, claim: Claim, user, status: str, verdict_summary: str | None = None, note: str = "") -> Claim:
    """Set the status (and, optionally, the verdict summary), recording who, when and why.

    Changing the verdict of a published claim is a correction: it needs a reason
    and is listed in the public corrections log.
    """
    current = locked(claim)
    summary = current.verdict_summary if verdict_summary is None else verdict_summary.strip()
    check_verdict_change(claim=current, user=user, status=status, verdict_summary=summary, note=note)
    if (status, summary) == (current.status, current.verdict_summary):
        return current
    before = Claim(status=current.status, verdict_summary=current.verdict_summary, is_published=current.is_published)
    current.status, current.verdict_summary = status, summary
    # Only the status and the summary change here, and the rules have checked them: the unique
    # and check constraints (a query each) stay with the database to enforce.
    current.full_clean(exclude=["ref"], validate_unique=False, validate_constraints=False)
    _save(current, ["status", "verdict_summary"], given=claim)
    for event in events_for_change(before=before, after=current, user=user, at=timezone.now(), note=note):
        event.save()
    return current


def claim_send_to_review(*, claim: Claim, user, note: str = "") -> Claim:
    if claim.is_published:
        raise ValidationError(f"Claim '{claim.ref}' is published; unpublish it before sending it back to review.")
    return claim_set_verdict(claim=claim, user=user, status=Status.IN_REVIEW, note=note)


@transaction.atomic
def claim_publish(*, claim: Claim, user, note: str = "", quote_override: str = "") -> Claim:
    """Publish a claim whose verdict is ready. The first publication date is kept for good.

    Its quote is checked against the kept copy of its article as it is now; a quote not found there is
    published only with `quote_override`, the editor's reason, which goes on the public record.
    """
    current = locked(claim)
    found = check_claim_quote(current)
    rules.raise_for(
        rules.publish_problems(
            user=user,
            ref=current.ref,
            was_published=current.is_published,
            status=current.status,
            summary=current.verdict_summary,
            independence=independence(current),
            quote_found=found,
            quote_override=quote_override,
        )
    )
    if found is False:
        reason = f"Published although {rules.QUOTE_NOT_FOUND}: {quote_override.strip()}"
        note = f"{note.strip()} {reason}".strip()
    now = timezone.now()
    current.is_published = True
    current.published_at = current.published_at or now
    _save(current, ["is_published", "published_at", "quote_found"], given=claim)
    _record(claim=current, kind=ClaimEvent.Kind.PUBLISHED, user=user, note=note, from_status=current.status, at=now)
    return current


@transaction.atomic
def claim_unpublish(*, claim: Claim, user, reason: str) -> Claim:
    """Take a claim off the public register. The reason is recorded; mirrors learn of it as a withdrawal."""
    current = locked(claim)
    rules.raise_for(
        rules.unpublish_problems(user=user, ref=current.ref, was_published=current.is_published, reason=reason or "")
    )
    current.is_published = False
    _save(current, ["is_published"], given=claim)
    _record(claim=current, kind=ClaimEvent.Kind.UNPUBLISHED, user=user, note=reason, from_status=current.status)
    return current


@transaction.atomic
def claim_delete(*, claim: Claim, user, reason: str = "") -> None:
    """Delete a claim. A published one needs a reason, and is reported to mirrors as withdrawn."""
    if not rules.has(user, rules.PERM_DELETE):
        raise PermissionDenied("You may not delete claims.")
    current = locked(claim)
    if current.is_published:
        if not rules.can_publish(user):
            raise PermissionDenied("Only editors may delete a published claim.")
        if not reason.strip():
            raise ValidationError({"reason": "Give the reason for deleting a published claim."})
        _record(claim=current, kind=ClaimEvent.Kind.UNPUBLISHED, user=user, note=reason, from_status=current.status)
    _record(claim=current, kind=ClaimEvent.Kind.DELETED, user=user, note=reason, from_status=current.status)
    current.delete()


@transaction.atomic
def apply_to_each(claims, step) -> tuple[list[str], list[tuple[str, Exception]]]:
    """Run `step(claim)` on each claim, all in one transaction: the editors' bulk actions.

    Each claim's step runs in a savepoint of its own, so a claim that is refused
    (ValidationError, PermissionDenied) is left as it was and the rest go ahead;
    what went ahead is committed once, so readers see the whole batch at the same
    moment and the register's freshness stamp moves once, not once per claim.
    Returns the refs done and (ref, error) for each refused claim.
    """
    done: list[str] = []
    refused: list[tuple[str, Exception]] = []
    for claim in claims:
        try:
            with transaction.atomic():
                step(claim)
        except (ValidationError, PermissionDenied) as error:
            refused.append((claim.ref, error))
        else:
            done.append(claim.ref)
    return done, refused


def system_user(username: str = "register-system"):
    """The account that command-line jobs (demo load, imports) act as.

    It is an Editor, so the workflow rules and permission checks apply to it as
    to anyone, but it has no password and cannot log in.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from claims.roles import EDITOR

    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"is_staff": False, "is_active": True}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(name=EDITOR))
    return user


__all__ = [
    "PERM_CHANGE",
    "PERM_PUBLISH",
    "PERM_SET_VERDICT",
    "apply_to_each",
    "can_publish",
    "can_set_status",
    "check_verdict_change",
    "count_independence",
    "independence",
    "claim_delete",
    "claim_publish",
    "claim_send_to_review",
    "claim_set_verdict",
    "claim_unpublish",
    "event_for",
    "events_for_change",
    "independent_evidence",
    "locked",
    "publishing_problems",
    "system_user",
]
