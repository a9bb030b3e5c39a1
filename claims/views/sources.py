"""Public pages for the documents the register cites.

A source appears here only once a published claim was logged from it or cites it
(as evidence, or in a follow-up of a commitment): what the desk is still checking
stays off the public register (claims.public).
"""

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render

from claims import translations
from claims.models import Claim, Evidence, FollowUp, Stance
from claims.public import public_sources
from factregister.publiccache import public_page

SOURCES_PER_PAGE = 50


def _cited(stance):
    return Count("citations", filter=Q(citations__stance=stance, citations__claim__is_published=True), distinct=True)


@public_page(reads=["page"])
def source_list(request):
    sources = (
        public_sources()
        .select_related("outlet")
        .annotate(
            logged=Count("claims_logged", filter=Q(claims_logged__is_published=True), distinct=True),
            corroborates=_cited(Stance.CORROBORATES),
            contradicts=_cited(Stance.CONTRADICTS),
            context=_cited(Stance.CONTEXT),
            followed_up=Count("follow_ups", filter=Q(follow_ups__claim__is_published=True), distinct=True),
        )
        .order_by("outlet__name", "-published_on", "title")
    )
    page = Paginator(sources, SOURCES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "sources/source_list.html", {"page": page})


@public_page
def source_detail(request, ref):
    # Looked up among public sources only: one query answers a source that is not public and one that does
    # not exist alike, with the same work, so the time of a 404 does not tell which it was.
    # That a copy is kept, its date and hash; never its text.
    source = get_object_or_404(
        public_sources().select_related("outlet", "kept_copy").defer("kept_copy__text", "kept_copy__sentences"),
        ref=ref,
    )
    published = Claim.objects.published()
    logged = list(translations.with_translations(published.with_related().filter(article=source)))
    citations = list(
        Evidence.objects.filter(source=source, claim__in=published)
        .select_related("claim", "claim__visit")
        .prefetch_related(translations.published_prefetch(Evidence), *translations.claim_prefetches("claim__"))
        .order_by("stance", "-claim__published_at", "id")
    )
    follow_ups = list(
        FollowUp.objects.filter(source=source, claim__in=published)
        .select_related("claim")
        .prefetch_related(translations.published_prefetch(Claim, "claim__translations"))
        .order_by("-checked_on", "-id")
    )
    by_stance = {stance: [item for item in citations if item.stance == stance] for stance in Stance.values}
    return render(
        request,
        "sources/source_detail.html",
        {
            "source": source,
            "logged": logged,
            "corroborates": by_stance[Stance.CORROBORATES],
            "contradicts": by_stance[Stance.CONTRADICTS],
            "context_evidence": by_stance[Stance.CONTEXT],
            "follow_ups": follow_ups,
        },
    )
