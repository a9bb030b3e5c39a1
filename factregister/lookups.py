"""Reading the rows that match many keys at once.

An import looks up every key of its file (refs, names, ids). Sent as an IN list,
each of thousands of keys is a parameter that Django compiles and the driver
quotes, and PostgreSQL parses them all: for 20,000 keys that took longer than
finding the rows. On PostgreSQL the keys go as one array parameter; elsewhere
as IN lists in slices, under the databases' cap on parameters per query.
"""

from collections.abc import Iterable, Iterator

from django.db import connections
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

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
    # The column's type without its length: a cast to varchar(80) would cut a longer key to a match.
    column_type = queryset.model._meta.get_field(field).db_type(connections[queryset.db]).split("(")[0]
    return queryset.filter(**{f"{field}__in": RawSQL(f"SELECT unnest(%s::{column_type}[])", [keys])})
