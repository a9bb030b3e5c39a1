"""Public pages for the documents the register cites.

A source appears here only once a published claim was logged from it or cites
it: what the desk is still checking stays off the public register.
"""

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from claims.models import Claim, Evidence, Stance
from factregister.publiccache import public_page
from sources.models import Source

SOURCES_PER_PAGE = 50


def public_sources():
    published = Claim.objects.published()
    on_register = Q(pk__in=published.values("article")) | Q(
        pk__in=Evidence.objects.filter(claim__in=published).values("source")
    )
    return Source.objects.filter(on_register).select_related("outlet")


def _cited(stance):
    return Count("citations", filter=Q(citations__stance=stance, citations__claim__is_published=True), distinct=True)


@public_page
def source_list(request):
    sources = (
        public_sources()
        .annotate(
            logged=Count("claims_logged", filter=Q(claims_logged__is_published=True), distinct=True),
            corroborates=_cited(Stance.CORROBORATES),
            contradicts=_cited(Stance.CONTRADICTS),
            context=_cited(Stance.CONTEXT),
        )
        .order_by("outlet__name", "-published_on", "title")
    )
    page = Paginator(sources, SOURCES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "sources/source_list.html", {"page": page})


@public_page
def source_detail(request, ref):
    source = get_object_or_404(Source.objects.select_related("outlet"), ref=ref)
    logged = list(Claim.objects.published().with_related().filter(article=source))
    citations = list(
        Evidence.objects.filter(source=source, claim__in=Claim.objects.published())
        .select_related("claim", "claim__visit")
        .order_by("stance", "-claim__published_at", "id")
    )
    if not logged and not citations:
        raise Http404("No published claim comes from or cites this source.")
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
        },
    )
