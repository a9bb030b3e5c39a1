"""Metrics, through the write core. Every metric has its public page, so every change to one is public."""

from claims import rules
from claims.figures.models import Metric, StatedFigure
from claims.services.core import DELETE, NEW, Change, Writer, create_one, delete_one, update_one

METRIC_FIELDS = ("ref", "name", "description", "unit", "tolerance", "tolerance_is_relative")


class MetricWriter(Writer):
    model = Metric
    fields = METRIC_FIELDS

    def facts(self, changes: list[Change]) -> set[int]:
        deleted = [c.current.pk for c in changes if c.kind == DELETE]
        used = set()
        for model in StatedFigure.__subclasses__():
            used |= set(model._default_manager.filter(metric_id__in=deleted).values_list("metric_id", flat=True))
        return used

    def problems(self, change: Change, facts: set[int]) -> rules.Problems:
        action = {NEW: "add", DELETE: "delete"}.get(change.kind, "change")
        found = rules.record_problems(user=self.user, model=Metric, action=action)
        if not found and change.kind == DELETE and change.current.pk in facts:
            found = [rules.Problem("", f"Metric '{change.current.ref}' has figures: it stays while they do.")]
        return found


def metric_create(*, metric: Metric, user) -> Metric:
    return create_one(MetricWriter(user=user), metric)


def metric_update(*, metric: Metric, user, values: dict) -> Metric:
    return update_one(MetricWriter(user=user), metric, values)


def metric_delete(*, metric: Metric, user) -> None:
    delete_one(MetricWriter(user=user), metric)


__all__ = ["METRIC_FIELDS", "MetricWriter", "metric_create", "metric_delete", "metric_update"]
