"""What every rule returns (Problem), how a refusal is raised, and who may do what."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError

PERM_CHANGE = "claims.change_claim"
PERM_SET_VERDICT = "claims.set_verdict"
PERM_PUBLISH = "claims.publish_claim"
PERM_DELETE = "claims.delete_claim"


@dataclass(frozen=True)
class Problem:
    field: str  # "" when it is about the change as a whole
    message: str
    permission: bool = False


Problems = list[Problem]


def raise_for(problems: Problems) -> None:
    """Raise PermissionDenied for the first permission problem, else one ValidationError naming each field."""
    for problem in problems:
        if problem.permission:
            raise PermissionDenied(problem.message)
    if problems:
        grouped: dict[str, list[str]] = {}
        for problem in problems:
            grouped.setdefault(problem.field or "__all__", []).append(problem.message)
        raise ValidationError(grouped)


def by_field(problems: Problems) -> dict[str, list[str]]:
    """The problems' messages grouped by field, "" for the change as a whole."""
    grouped: dict[str, list[str]] = {}
    for problem in problems:
        grouped.setdefault(problem.field, []).append(problem.message)
    return grouped


def has(user, permission: str) -> bool:
    """Whether `user` holds `permission`, asked of the auth backends once per user object and permission: a file
    of 20,000 rows asks the same few questions 20,000 times (Django's own backend keeps its answers on the user
    object in the same way)."""
    if not user:
        return False
    answers = user.__dict__.setdefault("_rule_permissions", {})
    if permission not in answers:
        answers[permission] = bool(user.has_perm(permission))
    return answers[permission]


def model_permission(model, action: str) -> str:
    """The permission to `action` ("add", "change", "delete") rows of `model`, e.g. "claims.add_visit"."""
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def permission_problems(user, model, action: str) -> "Problems":
    """A permission problem unless `user` may `action` rows of `model`."""
    if has(user, model_permission(model, action)):
        return []
    return [Problem("", f"You may not {action} {model._meta.verbose_name_plural}.", permission=True)]


def can_publish(user) -> bool:
    return has(user, PERM_PUBLISH)


def can_change_published(user) -> bool:
    """A published claim, its evidence, its follow-ups and what it cites are public: only editors change them."""
    return can_publish(user)


def published_refusal(ref: str, what: str = "") -> str:
    """The refusal every path gives a contributor's change to published content (`what`: the part changed)."""
    included = f" ({what} included)" if what else ""
    return f"Claim '{ref}' is a published claim: only an editor can change it{included}."


def refused_fields(changed: Iterable[str], message: str, *, default: str = "") -> Problems:
    """One permission problem per changed field (`default` when none is named), so a form or a CSV row
    shows the refusal where the change is."""
    names = list(changed) or [default]
    return [Problem(name, message, permission=True) for name in names]


def reason_problem(*, note: str, message: str, field: str = "note") -> Problems:
    """A change that goes on the public record needs its reason."""
    return [] if note.strip() else [Problem(field, message)]


__all__ = [
    "PERM_CHANGE",
    "PERM_DELETE",
    "PERM_PUBLISH",
    "PERM_SET_VERDICT",
    "Problem",
    "Problems",
    "by_field",
    "can_change_published",
    "can_publish",
    "has",
    "model_permission",
    "permission_problems",
    "published_refusal",
    "raise_for",
    "reason_problem",
    "refused_fields",
]
