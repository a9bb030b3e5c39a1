"""The editors' claim search: the register's full-text search, not a scan.

Django's `search_fields` would run `icontains` on every field, which reads every
claim (docs/performance.md, finding 7). `Claim.objects.search()` uses the GIN
full-text index on PostgreSQL (with a word-by-word fallback on SQLite); a ref
typed in whole still finds its claim exactly.
"""

from django.db.models import Q

from claims.models import Claim


class ClaimSearchAdminMixin:
    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip()
        if not term:
            return queryset, False
        matching = Claim.objects.search(term).order_by().values("pk")
        return queryset.filter(Q(ref=term) | Q(pk__in=matching)), False
