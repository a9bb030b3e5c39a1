"""When did anything the public can see last change?

Public pages and the feed use this for Last-Modified/ETag and as part of their
cache keys, so a publish, unpublish, correction or edit is visible at once.
It reads the newest history row of each model: one indexed query, on the
database the page itself reads (a replica for an anonymous reader), so a
lagging replica never gets its old rows cached under a newer stamp.
"""

import datetime

from django.db import connections, router
from django.utils import timezone

from claims.models import Claim

_TABLES = [
    "claims_historicalclaim",
    "claims_historicalevidence",
    "claims_historicalvisit",
    "claims_historicalmetric",
    "claims_historicalfollowup",
    "sources_historicalsource",
    "sources_historicaloutlet",
]
_EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


def register_last_modified() -> datetime.datetime:
    """The time of the newest change to anything in the register (history rows include deletions)."""
    union = " UNION ALL ".join(f"SELECT MAX(history_date) AS changed FROM {table}" for table in _TABLES)
    with connections[router.db_for_read(Claim)].cursor() as cursor:
        cursor.execute(f"SELECT MAX(changed) FROM ({union}) AS latest")
        (value,) = cursor.fetchone()
    if value is None:
        return _EPOCH
    if isinstance(value, str):  # SQLite returns the aggregate of a subquery as text
        value = datetime.datetime.fromisoformat(value)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value
