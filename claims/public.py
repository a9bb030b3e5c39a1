"""What of the sources and outlets the public may see: only what a published claim shows.

A source is public when a published claim was logged from it (its article), cites it
as evidence, or cites it in a follow-up of a published commitment: the claim's page
names it and links to it. An outlet is public when it has a public source. Sources
and outlets known only from claims still being checked stay off every public
surface: the pages, the sitemap, the REST feed (lists, details, counts and the
browsable API's filter choices).

Each test is a one-row probe of an index (`claim_published_article`, the evidence's
and the follow-ups' source), so a list of public sources costs one query whatever
the register's size, and a query that stops at its first public row stops early.

`watch_public_changes()` tells the register's freshness stamp
(factregister.publiccache) which rows are public changes by the same tests: the
ETag and Last-Modified of every public page move with those, and never with an
edit to a draft, its evidence, a source or outlet nothing public cites, or a user.
"""

from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.lookups import IsNull

from claims.models import Claim, ClaimEvent, Evidence, FollowUp, Metric, Visit
from factregister import publiccache
from sources.models import ArticleCopy, Outlet, Source


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


def _of_published_claim(rows: QuerySet) -> QuerySet:
    """History rows of evidence or follow-ups whose claim is published."""
    return rows.filter(Exists(Claim.objects.published().filter(pk=OuterRef("claim_id"))))


def watch_public_changes() -> None:
    """Say which rows move the freshness stamp: the public record's steps and the history rows of what is public.

    A claim's history row counts when the claim was published after the change (a
    withdrawal or a deletion is a step on the record, which counts); evidence and
    follow-ups while their claim is published; sources and outlets while public
    (becoming public or not is a published claim's change, which counts); every
    visit and metric, all of which the register lists.
    """
    publiccache.watch_history(Claim, lambda rows: rows.filter(is_published=True))
    publiccache.watch_history(Evidence, _of_published_claim)
    publiccache.watch_history(FollowUp, _of_published_claim)
    publiccache.watch_history(Source, lambda rows: rows.filter(is_public_source("id")))
    publiccache.watch_history(Outlet, lambda rows: rows.filter(is_public_outlet("id")))
    publiccache.watch_history(Visit, lambda rows: rows)
    publiccache.watch_history(Metric, lambda rows: rows)
    publiccache.watch_dates(lambda: ClaimEvent.objects.filter(kind__in=ClaimEvent.Kind.on_the_record()), "at")
    # A claim's page says when the copy of its article was kept, and its hash.
    publiccache.watch_dates(lambda: ArticleCopy.objects.filter(is_public_source("source_id")), "retrieved_at")
