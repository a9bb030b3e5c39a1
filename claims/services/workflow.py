"""The verification workflow. The admin, imports and any other writer call these.

Each function checks permission first, then the rule, then writes everything
or nothing. Refusals raise django.core.exceptions.PermissionDenied or
ValidationError with a message an editor can act on.
"""


from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from claims.models import Claim, ClaimEvent, Evidence, Status

PERM_CHANGE = "claims.change_claim"
PERM_SET_VERDICT = "claims.set_verdict"
PERM_PUBLISH = "claims.publish_claim"


# --- Permissions -------------------------------------------------------------
def can_set_status(user, status: str) -> bool:
    needed = PERM_SET_VERDICT if status in Status.verdicts() else PERM_CHANGE
    return bool(user and user.has_perm(needed))


def can_publish(user) -> bool:
    return bool(user and user.has_perm(PERM_PUBLISH))


def _require(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


# --- Rules -------------------------------------------------------------------
def independent_evidence(claim: Claim):
    """Evidence that comes from somewhere other than the claim's own article."""
    return claim.evidence.exclude(source_id=claim.article_id)


def publishing_problems(
    claim: Claim,
    *,
    status: str | None = None,
    verdict_summary: str | None = None,
    has_independent_evidence: bool | None = None,
) -> list[str]:
    """Why `claim` (with the given verdict, if any) may not be published; empty when it may.

    Bulk callers that already know whether the claim has independent evidence
    pass `has_independent_evidence` to spare one query per claim.
    """
    status = claim.status if status is None else status
    summary = claim.verdict_summary if verdict_summary is None else verdict_summary
    problems = []
    if status not in Status.verdicts():
        problems.append(f"its status is '{Status(status).label}', not a verdict")
    if not summary.strip():
        problems.append("it has no verdict summary")
    if has_independent_evidence is None:
        has_independent_evidence = bool(claim.pk and independent_evidence(claim).exists())
    if status != Status.UNVERIFIABLE and not has_independent_evidence:
        problems.append("it has no evidence from a source other than its own article")
    return problems


def check_publishable(claim: Claim, **verdict) -> None:
    problems = publishing_problems(claim, **verdict)
    if problems:
        raise ValidationError(f"Claim '{claim.ref}' cannot be published: " + "; ".join(problems) + ".")


def check_verdict_change(*, claim: Claim, user, status: str, verdict_summary: str, note: str) -> None:
    """Everything `claim_set_verdict` would refuse, without writing; forms call this in clean()."""
    if status not in Status.values:
        raise ValidationError({"status": f"'{status}' is not a status. Use one of: {', '.join(Status.values)}."})
    _require(
        can_set_status(user, status),
        f"You may not set the status '{Status(status).label}': only editors set verdicts.",
    )
    if claim.is_published:
        if status not in Status.verdicts():
            raise ValidationError(
                {"status": "A published claim must keep a verdict. Unpublish it first to send it back for review."}
            )
        if not verdict_summary.strip():
            raise ValidationError({"verdict_summary": "A published claim must keep its verdict summary."})
        if (status, verdict_summary) != (claim.status, claim.verdict_summary) and not note.strip():
            raise ValidationError(
                {"note": "This claim is published: give the reason for the correction. It appears in the public corrections log."}
            )


# --- Workflow ----------------------------------------------------------------
def _record(*, claim: Claim, kind: str, user, note: str = "", from_status: str = "", at=None) -> ClaimEvent:
    return ClaimEvent.objects.create(
        claim=claim,
        claim_ref=claim.ref,
        kind=kind,
        from_status=from_status,
        to_status=claim.status,
        verdict_summary=claim.verdict_summary,
        note=note,
        user=user if getattr(user, "pk", None) else None,
        at=at or timezone.now(),
    )


def _locked(claim: Claim) -> Claim:
    """The claim's current row, locked for the rest of the transaction."""
    return Claim.objects.select_for_update().get(pk=claim.pk)


@transaction.atomic
def claim_set_verdict(*, claim: Claim, user, status: str, verdict_summary: str | None = None, note: str = "") -> Claim:
    """Set the status (and, optionally, the verdict summary), recording who, when and why.

    Changing the verdict of a published claim is a correction: it needs a reason
    and is listed in the public corrections log.
    """
    current = _locked(claim)
    summary = current.verdict_summary if verdict_summary is None else verdict_summary.strip()
    check_verdict_change(claim=current, user=user, status=status, verdict_summary=summary, note=note)
    if (status, summary) == (current.status, current.verdict_summary):
        return current
    from_status = current.status
    current.status, current.verdict_summary = status, summary
    # Only the status and the summary change here, and check_verdict_change has already applied the
    # rules on them: the unique and check constraints (a query each) stay with the database to enforce.
    current.full_clean(exclude=["ref"], validate_unique=False, validate_constraints=False)
    current.version += 1
    current.save(update_fields=["status", "verdict_summary", "version", "updated_at"])
    kind = ClaimEvent.Kind.CORRECTION if current.is_published else ClaimEvent.Kind.STATUS
    _record(claim=current, kind=kind, user=user, note=note.strip(), from_status=from_status)
    claim.refresh_from_db()
    return current


def claim_send_to_review(*, claim: Claim, user, note: str = "") -> Claim:
    if claim.is_published:
        raise ValidationError(f"Claim '{claim.ref}' is published; unpublish it before sending it back to review.")
    return claim_set_verdict(claim=claim, user=user, status=Status.IN_REVIEW, note=note)


@transaction.atomic
def claim_publish(*, claim: Claim, user, note: str = "") -> Claim:
    """Publish a claim whose verdict is ready. The first publication date is kept for good."""
    _require(can_publish(user), "You may not publish claims: only editors publish.")
    current = _locked(claim)
    if current.is_published:
        raise ValidationError(f"Claim '{current.ref}' is already published.")
    check_publishable(current)
    now = timezone.now()
    current.is_published = True
    current.published_at = current.published_at or now
    current.version += 1
    current.save(update_fields=["is_published", "published_at", "version", "updated_at"])
    _record(claim=current, kind=ClaimEvent.Kind.PUBLISHED, user=user, note=note.strip(), from_status=current.status, at=now)
    claim.refresh_from_db()
    return current


@transaction.atomic
def apply_to_each(claims, step) -> tuple[list[str], list[tuple[str, Exception]]]:
    """Run `step(claim)` on each claim, all in one transaction: the editors' bulk actions.

    Each claim's step runs in a savepoint of its own, so a claim that is refused
    (ValidationError, PermissionDenied) is left as it was and the rest go ahead;
    what went ahead is committed once, so readers see the whole batch at the same
    moment and the register's freshness stamp moves once, not once per claim.
    Returns the refs done and (ref, error) for each refused claim.
    """
    done, refused = [], []
    for claim in claims:
        try:
            with transaction.atomic():
                step(claim)
        except (ValidationError, PermissionDenied) as error:
            refused.append((claim.ref, error))
        else:
            done.append(claim.ref)
    return done, refused


@transaction.atomic
def claim_unpublish(*, claim: Claim, user, reason: str) -> Claim:
    """Take a claim off the public register. The reason is recorded; mirrors learn of it as a withdrawal."""
    _require(can_publish(user), "You may not unpublish claims: only editors publish.")
    if not reason or not reason.strip():
        raise ValidationError({"reason": "Give the reason for unpublishing."})
    current = _locked(claim)
    if not current.is_published:
        raise ValidationError(f"Claim '{current.ref}' is not published.")
    current.is_published = False
    current.version += 1
    current.save(update_fields=["is_published", "version", "updated_at"])
    _record(claim=current, kind=ClaimEvent.Kind.UNPUBLISHED, user=user, note=reason.strip(), from_status=current.status)
    claim.refresh_from_db()
    return current


@transaction.atomic
def claim_delete(*, claim: Claim, user, reason: str = "") -> None:
    """Delete a claim. A published one needs a reason, and is reported to mirrors as withdrawn."""
    _require(bool(user and user.has_perm("claims.delete_claim")), "You may not delete claims.")
    current = _locked(claim)
    if current.is_published:
        _require(can_publish(user), "Only editors may delete a published claim.")
        if not reason.strip():
            raise ValidationError({"reason": "Give the reason for deleting a published claim."})
        _record(claim=current, kind=ClaimEvent.Kind.UNPUBLISHED, user=user, note=reason.strip(), from_status=current.status)
    _record(claim=current, kind=ClaimEvent.Kind.DELETED, user=user, note=reason.strip(), from_status=current.status)
    current.delete()


def evidence_removal_problem(evidence: Evidence) -> str | None:
    """Why removing `evidence` would break its published claim's publishing rule, if it would."""
    claim = evidence.claim
    if not claim.is_published or claim.status == Status.UNVERIFIABLE or evidence.source_id == claim.article_id:
        return None
    if not independent_evidence(claim).exclude(pk=evidence.pk).exists():
        return (
            f"Claim '{claim.ref}' is published and this is its last evidence from another source; "
            "add other evidence or unpublish the claim first."
        )
    return None


@transaction.atomic
def evidence_add(*, claim: Claim, source, stance: str, quote: str, note: str = "", user) -> Evidence:
    _require(bool(user and user.has_perm("claims.add_evidence")), "You may not add evidence.")
    evidence = Evidence(claim=claim, source=source, stance=stance, quote=quote.strip(), note=note.strip())
    evidence.added_by = user if getattr(user, "pk", None) else None
    evidence.full_clean()
    evidence.save()
    return evidence


@transaction.atomic
def evidence_delete(*, evidence: Evidence, user) -> None:
    _require(bool(user and user.has_perm("claims.delete_evidence")), "You may not delete evidence.")
    problem = evidence_removal_problem(evidence)
    if problem:
        raise ValidationError(problem)
    evidence.delete()



# --- Bulk workflow (imports) ---------------------------------------------------
# An import changes many claims at once. These apply the rules of
# claim_set_verdict and claim_publish to one row without querying, and build
# the same ClaimEvent rows, so the importer can validate a whole file first and
# then write it in one transaction.


def claim_import_problems(
    *, stored: Claim | None, claim: Claim, user, has_independent_evidence: bool
) -> dict[str, list[str]]:
    """What `claim_set_verdict` / `claim_publish` would refuse in taking `stored` to `claim`.

    `stored` is the claim as it is in the database (None for a new one);
    `claim` carries the imported status, verdict summary and publication state.
    Keys are CSV columns.
    """
    problems: dict[str, list[str]] = {}
    before_status = stored.status if stored else Status.UNVERIFIED
    before_summary = stored.verdict_summary if stored else ""
    was_published = bool(stored and stored.is_published)
    verdict_changed = (claim.status, claim.verdict_summary) != (before_status, before_summary)
    if verdict_changed:
        if not can_set_status(user, claim.status):
            problems.setdefault("status", []).append(
                f"You may not set the status '{Status(claim.status).label}': only editors set verdicts."
            )
        elif was_published:
            problems.setdefault("status", []).append(
                f"Claim '{claim.ref}' is published, so this verdict change is a correction: make it in the "
                "admin, where the reason is recorded for the public corrections log."
            )
    if claim.is_published and not was_published:
        if not can_publish(user):
            problems.setdefault("is_published", []).append("You may not publish claims: only editors publish.")
        else:
            reasons = publishing_problems(claim, has_independent_evidence=has_independent_evidence)
            if reasons:
                problems.setdefault("is_published", []).append(
                    f"Claim '{claim.ref}' cannot be published: " + "; ".join(reasons) + "."
                )
    elif was_published and not claim.is_published:
        problems.setdefault("is_published", []).append(
            f"Claim '{claim.ref}' is published; an import cannot unpublish it, because unpublishing needs a "
            "reason. Use the admin's Unpublish action."
        )
    if claim.published_at != (stored.published_at if stored else None) and not can_publish(user):
        problems.setdefault("published_at", []).append("You may not set publication dates: only editors publish.")
    return problems


def claim_import_events(*, stored: Claim | None, claim: Claim, user, at) -> list[ClaimEvent]:
    """The ClaimEvent rows claim_set_verdict and claim_publish would record for this change (unsaved)."""
    before_status = stored.status if stored else Status.UNVERIFIED
    before_summary = stored.verdict_summary if stored else ""
    was_published = bool(stored and stored.is_published)
    user = user if getattr(user, "pk", None) else None
    events = []
    common = {"claim": claim, "claim_ref": claim.ref, "to_status": claim.status,
              "verdict_summary": claim.verdict_summary, "user": user, "at": at}
    if (claim.status, claim.verdict_summary) != (before_status, before_summary):
        events.append(ClaimEvent(kind=ClaimEvent.Kind.STATUS, from_status=before_status, **common))
    if claim.is_published and not was_published:
        events.append(ClaimEvent(kind=ClaimEvent.Kind.PUBLISHED, from_status=claim.status, **common))
    return events


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
