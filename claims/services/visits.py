"""Visits, through the write core. Every visit is listed on the public register, so every change to one is public."""

from claims import rules
from claims.models import Visit
from claims.services.core import DELETE, NEW, Change, Writer, create_one, delete_one, update_one

VISIT_FIELDS = (
    "ref",
    "title",
    "host_country",
    "guest",
    "guest_country",
    "start_date",
    "end_date",
    "location",
    "summary",
)


class VisitWriter(Writer):
    model = Visit
    fields = VISIT_FIELDS
    versioned = True

    def facts(self, changes: list[Change]) -> set[int]:
        deleted = [c.current.pk for c in changes if c.kind == DELETE]
        return set(Visit.objects.filter(pk__in=deleted, claims__isnull=False).values_list("pk", flat=True))

    def problems(self, change: Change, facts: set[int]) -> rules.Problems:
        action = {NEW: "add", DELETE: "delete"}.get(change.kind, "change")
        found = rules.record_problems(user=self.user, model=Visit, action=action)
        if not found and change.kind == DELETE and change.current.pk in facts:
            found = [rules.Problem("", f"Visit '{change.current.ref}' has claims: it stays while they do.")]
        return found


def visit_create(*, visit: Visit, user) -> Visit:
    return create_one(VisitWriter(user=user), visit)


def visit_update(*, visit: Visit, user, values: dict) -> Visit:
    return update_one(VisitWriter(user=user), visit, values)


def visit_delete(*, visit: Visit, user) -> None:
    delete_one(VisitWriter(user=user), visit)


__all__ = ["VISIT_FIELDS", "VisitWriter", "visit_create", "visit_delete", "visit_update"]
