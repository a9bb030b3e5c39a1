"""What of the sources, outlets and entities the public may see: only what a published claim shows.

A source is public when a published claim was logged from it (its article), cites it
as evidence, or cites it in a follow-up of a published commitment: the claim's page
names it and links to it. An outlet is public when it has a public source. Sources
and outlets known only from claims still being checked stay off every public
surface: the pages, the sitemap, the REST feed (lists, details, counts and the
browsable API's filter choices).

Each test is a one-row probe of an index (`claim_published_article`, the evidence's
and the follow-ups' source), so a list of public sources costs one query whatever
the register's size, and a query that stops at its first public row stops early.

An entity (a person, organisation or place) is public when a published claim was said by it, names it, or was
said in an office of it (a minister speaking for a ministry): its page lists those claims.

The write core (claims.services) asks the same questions to decide whether a change
moves the register's freshness stamp.
"""

from django.db.models import IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.lookups import IsNull

from claims.models import Claim, ClaimMention, Entity, Evidence, FollowUp
from sources.models import Outlet, Source


def _any(rows: QuerySet) -> Q:
    """The condition "`rows` (correlated with the outer query) has a row", probed row by row.

    A `LIMIT 1` scalar subquery rather than EXISTS: PostgreSQL may answer an EXISTS
    under OR by hashing every row the subquery could return (every published
    claim's article), which costs the whole table even when the outer query stops
    at its first row, as the freshness stamp and a page of a list do.
    """
    return Q(IsNull(Subquery(rows.order_by().values("pk")[:1]), False))


def is_public_source(outer: str = "pk") -> Q:
    """The condition "the source whose id is the outer query's `outer` is public"."""
    source = OuterRef(outer)
    return (
        _any(Claim.objects.published().filter(article_id=source))
        | _any(Evidence.objects.filter(source_id=source, claim__is_published=True))
        | _any(FollowUp.objects.filter(source_id=source, claim__is_published=True))
    )


def is_public_outlet(outer: str = "pk") -> Q:
    """The condition "the outlet whose id is the outer query's `outer` has a public source"."""
    return _any(Source.objects.filter(Q(outlet_id=OuterRef(outer)) & is_public_source()))


def public_sources() -> QuerySet[Source]:
    """The sources a published claim shows."""
    return Source.objects.filter(is_public_source())


def public_outlets() -> QuerySet[Outlet]:
    """The outlets of the sources a published claim shows."""
    return Outlet.objects.filter(is_public_outlet())


def said_by(entity) -> Q:
    """The condition "the claim was said by `entity` (an id, or an outer reference), or in an office of it"."""
    return Q(speaker_entity_id=entity) | Q(speaker_role__organisation_id=entity)


def is_public_entity(outer: str = "pk") -> Q:
    """The condition "the entity whose id is the outer query's `outer` is public"."""
    entity = OuterRef(outer)
    return (
        _any(Claim.objects.published().filter(speaker_entity_id=entity))
        | _any(ClaimMention.objects.filter(entity_id=entity, claim__is_published=True))
        | _any(Claim.objects.published().filter(speaker_role__organisation_id=entity))
    )


def public_entities() -> QuerySet[Entity]:
    """The people, organisations and places a published claim was said by, names, or was said in an office of."""
    return Entity.objects.filter(is_public_entity())


class SubqueryCount(Subquery):
    """The number of rows of a correlated subquery, whatever it selects and however it is filtered."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) AS counted)"
    output_field = IntegerField()


def with_claim_counts(entities):
    """`entities` with `said` (published claims said by each, or in an office of it) and `named` (published
    claims naming it), each a correlated count: no join multiplies the other."""
    return entities.annotate(
        said=SubqueryCount(Claim.objects.published().filter(said_by(OuterRef("pk"))).order_by().values("pk")),
        named=SubqueryCount(
            ClaimMention.objects.filter(entity_id=OuterRef("pk"), claim__is_published=True).order_by().values("pk")
        ),
    )
