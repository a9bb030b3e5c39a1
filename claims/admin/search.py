"""The editors' claim search: the register's full-text search, not a scan.

Django's `search_fields` would run `icontains` on every field, which reads every
claim. `claims.search.candidates()` uses the GIN full-text index on PostgreSQL
(with a word-by-word fallback on SQLite) and reads at most SEARCH_CANDIDATES
matches; a ref typed in whole still finds its claim exactly.
"""

from typing import cast

from django.contrib.admin.views.main import SEARCH_VAR
from django.core.paginator import Paginator
from django.db import connection, connections
from django.db.models import QuerySet
from django.template.response import TemplateResponse
from django.utils.functional import cached_property

from claims.models import Claim
from claims.search import among, candidates, search_problem
from factregister.admin_types import ModelAdminBase


class ClaimSearchAdminMixin(ModelAdminBase):
    def changelist_view(self, request, extra_context=None):
        # A search the register will not run (claims.search.search_problem) is answered here, with the reason,
        # rather than inside the list's queries.
        problem = search_problem(request.GET.get(SEARCH_VAR, "").strip())
        if problem and self.has_view_or_change_permission(request):
            context = {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": "The search could not be run",
                "parameter": SEARCH_VAR,
                "problem": problem,
            }
            return TemplateResponse(request, "admin/claims/claim/search_refused.html", context, status=400)
        return super().changelist_view(request, extra_context)

    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip()
        if not term:
            return queryset, False
        # One subquery (the ref, or the full-text matches), so the list is read from the matches
        # through the primary key; an OR of the two would read every claim.
        by_ref = Claim.objects.filter(ref=term).order_by().values("pk")
        # The candidates' LIMIT inside a UNION: SQLite allows it only one query further down.
        matches = candidates(Claim.objects.all(), term, request=request)
        found = Claim.objects.filter(pk__in=matches).order_by().values("pk")
        matching = by_ref.union(found)
        if connection.vendor == "postgresql":
            # Read once, then looked up by primary key for the count and the page (claims.search.among).
            return among(queryset, matching), False
        return queryset.filter(pk__in=matching), False


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
        queryset = cast(QuerySet, self.object_list)  # the change list pages a queryset
        database = connections[queryset.db]
        if database.vendor != "postgresql" or queryset.query.where:
            return super().count
        table = queryset.model._meta.db_table
        # One query whatever the table's size: the estimate, or the exact count when the table is small.
        with database.cursor() as cursor:
            cursor.execute(
                "SELECT CASE WHEN reltuples >= %s THEN reltuples::bigint "
                f"ELSE (SELECT COUNT(*) FROM {database.ops.quote_name(table)}) END "
                "FROM pg_class WHERE oid = %s::regclass",
                [self.EXACT_BELOW, table],
            )
            return cursor.fetchone()[0]
