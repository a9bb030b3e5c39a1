"""The editors' claim search: the register's full-text search, not a scan.

Django's `search_fields` would run `icontains` on every field, which reads every
claim (docs/performance.md, finding 7). `Claim.objects.search()` uses the GIN
full-text index on PostgreSQL (with a word-by-word fallback on SQLite); a ref
typed in whole still finds its claim exactly.
"""

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Q
from django.utils.functional import cached_property

from claims.models import Claim


class ClaimSearchAdminMixin:
    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip()
        if not term:
            return queryset, False
        matching = Claim.objects.search(term).order_by().values("pk")
        return queryset.filter(Q(ref=term) | Q(pk__in=matching)), False


class EstimatedCountPaginator(Paginator):
    """The admin's paginator, without counting every row of an unfiltered list.

    An unfiltered change list asks for COUNT(*) over the whole table on every
    page view; on PostgreSQL the planner's row estimate (kept current by
    autovacuum) is good enough to number pages. Filtered and searched lists,
    and small tables, are counted exactly.
    """

    EXACT_BELOW = 10_000

    @cached_property
    def count(self):
        queryset = self.object_list
        if connection.vendor == "postgresql" and not queryset.query.where:
            with connection.cursor() as cursor:
                cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass",
                               [queryset.model._meta.db_table])
                row = cursor.fetchone()
            if row and row[0] >= self.EXACT_BELOW:
                return row[0]
        return super().count
