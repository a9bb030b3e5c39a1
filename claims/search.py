"""Searching the register's claims: full-text on PostgreSQL, every word somewhere on SQLite."""

from django.db import connection, models

# Full-text search: the fields and the text-search configuration. Migration 0003
# built its GIN index from `search_vector()`; migration 0008 stores the same document
# in a generated column (its SQL spelled out there) and indexes that instead.
SEARCH_FIELDS = ("text", "quote", "speaker", "verdict_summary")
SEARCH_CONFIG = "english"


class SearchDocument(models.Expression):
    """The claim's stored full-text document: the `search_document` column (PostgreSQL, migration 0008).

    Not a model field, so that SQLite and every write leave it alone. It resolves
    to the claim table's primary key column first, so that it names the right
    alias when the query is relabelled as a subquery.
    """

    def __init__(self, key=None):
        from django.contrib.postgres.search import SearchVectorField

        super().__init__(output_field=SearchVectorField())
        self.key = key

    def get_source_expressions(self):
        return [self.key] if self.key is not None else []

    def set_source_expressions(self, exprs):
        (self.key,) = exprs or (None,)

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False):
        clone = self.copy()
        clone.key = query.resolve_ref("pk")
        return clone

    def as_sql(self, compiler, connection):
        return f"{compiler.quote_name_unless_alias(self.key.alias)}.search_document", []


def search_vector():
    from django.contrib.postgres.search import SearchVector

    return SearchVector(*SEARCH_FIELDS, config=SEARCH_CONFIG)


def search(claims, text: str):
    """Claims matching the words of `text`, best match first on PostgreSQL.

    PostgreSQL uses full-text search over SEARCH_FIELDS (the stored
    `search_document` column of migration 0008 and its GIN index); SQLite, which has
    no such index, needs every word somewhere in those fields.
    """
    text = " ".join(text.split())
    if not text:
        return claims
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank

        query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
        return (
            claims.annotate(search_document=SearchDocument(), search_rank=SearchRank(SearchDocument(), query))
            .filter(search_document=query)
            .order_by("-search_rank", "-published_at", "-id")
        )
    matches = models.Q()
    for word in text.split():
        any_field = models.Q()
        for field in SEARCH_FIELDS:
            any_field |= models.Q(**{f"{field}__icontains": word})
        matches &= any_field
    return claims.filter(matches)
