"""Model instances made and copied fast, for writes of many rows: the write core's proposed records, the CSV
import's rows and the steps on the public record."""

from collections.abc import Callable
from typing import Any

from django.db import models
from django.db.models.base import ModelState


def copy_record(record: models.Model) -> models.Model:
    """A copy of a model instance, with its own state and its own cache of related records: setting a related
    record on the copy leaves the original's. copy.copy() makes the same copy by way of pickling's hooks, several
    times slower, and an import copies a record for each of its rows."""
    duplicate = record.__class__.__new__(record.__class__)
    duplicate.__dict__.update(record.__dict__)
    state = duplicate._state = ModelState()
    state.__dict__.update(record._state.__dict__)
    state.fields_cache = dict(record._state.fields_cache)
    return duplicate


class Prototype:
    """Makes new records as `make()` makes them, fast: each a copy of one made once (copy_record), with the
    callable defaults (a new list, the time now) called again. Building a model instance field by field costs
    more than checking an imported row, and a bulk write makes one for most of its rows."""

    def __init__(self, make: Callable[[], models.Model]):
        self.make = make
        self.first: models.Model | None = None
        self.called: list[models.Field] = []

    def new(self) -> Any:
        if self.first is None:
            first = self.make()
            self.called = [f for f in first._meta.concrete_fields if f.has_default() and callable(f.default)]
            self.first = first  # last: another thread that sees it sees `called` too
        record = copy_record(self.first)
        for model_field in self.called:
            setattr(record, model_field.attname, model_field.get_default())
        return record


__all__ = ["Prototype", "copy_record"]
