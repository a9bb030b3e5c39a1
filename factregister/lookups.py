"""Reading the rows that match many keys at once.

An import looks up every key of its file (refs, names, ids). Sent as an IN list,
each of thousands of keys is a parameter that Django compiles and the driver
quotes, and PostgreSQL parses them all: for 20,000 keys that took longer than
finding the rows. On PostgreSQL the keys go as one array parameter compared with
`= ANY(...)`; elsewhere as IN lists in slices, under the databases' cap on
parameters per query.

`= ANY(array)` rather than `IN (SELECT unnest(array))`: PostgreSQL estimates the
unnest at a fixed 100 rows and, on a table whose statistics predate a large import
(the history table during one), chose to read the whole table into a hash for
every slice; with `= ANY` it looks each key up in the column's index.
"""

from collections.abc import Iterable, Iterator

from django.db import connections
from django.db.models import Field, ForeignObject, Lookup, QuerySet

# SQLite caps the parameters of one query at 32,766.
SLICE = 5000


def matching(queryset: QuerySet, field: str, keys: Iterable) -> Iterator:
    """The rows of `queryset` whose `field` is one of `keys`, however many keys."""
    keys = list(keys)
    if not keys:
        return
    if connections[queryset.db].vendor == "postgresql":
        yield from among(queryset, field, keys)
        return
    for start in range(0, len(keys), SLICE):
        yield from queryset.filter(**{f"{field}__in": keys[start : start + SLICE]})


def among(queryset: QuerySet, field: str, keys: list) -> QuerySet:
    """`queryset` narrowed to rows whose `field` is one of `keys`, still a QuerySet (to page, to exclude).

    On PostgreSQL the keys go as one array parameter, however many; elsewhere as one IN list, which
    SQLite caps at 32,766 keys.
    """
    if connections[queryset.db].vendor != "postgresql":
        return queryset.filter(**{f"{field}__in": keys})
    return queryset.filter(**{f"{field}__any_of": keys})


class AnyOf(Lookup):
    """`field__any_of=[...]`: the column equals one of the keys, sent as one array (PostgreSQL only)."""

    lookup_name = "any_of"
    prepare_rhs = False

    def process_rhs(self, compiler, connection):
        return "%s", [list(self.rhs)]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        # The column's type without its length: a cast to varchar(80) would cut a longer key to a match.
        column_type = self.lhs.output_field.db_type(connection).split("(")[0]
        return f"{lhs} = ANY({rhs}::{column_type}[])", [*lhs_params, *rhs_params]


# Foreign keys have lookups of their own: register it on both.
Field.register_lookup(AnyOf)
ForeignObject.register_lookup(AnyOf)
