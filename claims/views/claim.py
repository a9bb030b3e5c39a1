"""A claim's page, the page left at a withdrawn claim's address, and the corrections log.

A published claim's page shows its verdict, its evidence (with how many
independent sources corroborate and contradict it) and its whole public record.
When a claim is withdrawn, its address answers 410 Gone with a page that says
what was withdrawn, when and why, and keeps that record; it is not indexed and
carries no ClaimReview. A claim's former address (its ref before an editor
changed it) answers a permanent redirect to its address now. A claim that was
never published is a 404.
"""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from claims import public_record, refs, translations
from claims.claimreview import claim_review, review_facts
from claims.models import Claim, ClaimEvent, Evidence, Stance
from claims.services import count_independence
from factregister.publiccache import public_page
from sources.models import ArticleCopy, SourceCheck

CORRECTIONS_PER_PAGE = 50
# What a claim's page reads of a cited source's kept copy and watch check: their dates and hashes, never the text.
WATCH_DEFERRED = (
    "article__kept_copy__text",
    "article__kept_copy__sentences",
    "article__watch__text",
    "article__watch__detail",
)
# The corrections log's choices of kind (public_record.LOG_KINDS), as its readers read them.
KIND_LABELS = {"correction": _("Corrections"), "update": _("Updates"), "withdrawal": _("Withdrawals")}


def shared_origins(claim: Claim, evidence) -> list[dict]:
    """The origins that two or more of the claim's sources (its article among them) share, with those sources."""
    by_origin: dict[str, dict] = {}
    origins = {}
    for source in [claim.article, *(item.source for item in evidence)]:
        if source.origin_id:
            origins[source.origin_id] = source.origin
            sources = by_origin.setdefault(source.origin_id, {})
            sources[source.pk] = source
    return [
        {"origin": origins[key], "sources": list(sources.values())}
        for key, sources in sorted(by_origin.items())
        if len(sources) > 1
    ]


def _one(source, name: str):
    """The source's kept copy or watch check (selected with it), or None."""
    try:
        return getattr(source, name)
    except (ArticleCopy.DoesNotExist, SourceCheck.DoesNotExist):
        return None


def watch_notices(claim: Claim, evidence) -> list[dict]:
    """The sources this claim cites that the source watch found changed or gone after the claim first cited them,
    each with the check and whether our copy is kept."""
    cited: dict[int, tuple] = {}
    for source, at in [(claim.article, claim.created_at), *((item.source, item.added_at) for item in evidence)]:
        if source.pk not in cited or at < cited[source.pk][1]:
            cited[source.pk] = (source, at)
    notices = []
    for source, at in cited.values():
        check = _one(source, "watch")
        if check is not None and check.noticed and check.since > at:
            notices.append({"source": source, "check": check, "copy": _one(source, "kept_copy")})
    return notices


def with_page_related(claims):
    """`claims` with what a claim's page reads alongside: the kept copy's date and hash (never its text) and what
    the source watch found."""
    return translations.with_translations(
        claims.with_related()
        .select_related("article__kept_copy", "article__watch", "article__origin")
        .defer(*WATCH_DEFERRED)
    )


@public_page
def claim_detail(request, ref):
    claim = with_page_related(Claim.objects.published()).filter(ref=ref).first()
    if claim is None:
        moved_to = refs.page_redirect(ref)
        if moved_to:
            return redirect("claims:claim_detail", ref=moved_to, permanent=True)
        return claim_withdrawn(request, ref)
    return render(request, "claims/claim_detail.html", claim_page(claim))


def claim_page(claim: Claim) -> dict:
    """What a claim's page shows of `claim`: its evidence, how independent it is, its public record, and the sources
    that changed since it cited them. The admin's preview of an unpublished claim shows the same
    (claims.admin.preview)."""
    evidence = list(
        claim.evidence.select_related(
            "source", "source__outlet", "source__origin", "source__kept_copy", "source__watch"
        )
        .defer(*(name.replace("article__", "source__") for name in WATCH_DEFERRED))
        .prefetch_related(translations.published_prefetch(Evidence))
        .order_by("id")
    )
    by_stance = {stance: [item for item in evidence if item.stance == stance] for stance in Stance.values}
    article_key = claim.article.independence_key
    independence = {
        stance: count_independence(article_key, [(item.source.independence_key, stance) for item in items]).any
        for stance, items in by_stance.items()
    }
    facts = review_facts([claim])[claim.pk]
    mentions = claim.mentions.select_related("entity").order_by("entity__kind", "entity__name", "entity__ref")
    history = public_record.history(claim.ref, claim_id=claim.pk)
    translations.prefetch(history)
    return {
        "claim": claim,
        "corroborating": by_stance[Stance.CORROBORATES],
        "contradicting": by_stance[Stance.CONTRADICTS],
        "context_evidence": by_stance[Stance.CONTEXT],
        "independent_corroborating": independence[Stance.CORROBORATES],
        "independent_contradicting": independence[Stance.CONTRADICTS],
        "shared_origins": shared_origins(claim, evidence),
        "watch_notices": watch_notices(claim, evidence),
        "history": history,
        # The people, organisations and places the claim names (its speaker is `claim.speaker_entity`).
        "named": [mention.entity for mention in mentions],
        # The page's translation (None on the English page, or when there is none), and what changed since.
        "translation": translations.translated(claim),
        "english_url": translations.original_address(claim),
        "review": claim_review(claim, facts),
        "first_appearance": facts.first_appearance,
        # The languages this claim's page is offered in as an alternate (hreflang), as the sitemap lists it.
        "page_languages": translations.page_languages(claim),
    }


def claim_withdrawn(request, ref):
    withdrawal = public_record.withdrawn(ref)
    if withdrawal is None:
        raise Http404("No published claim has this address.")
    return render(request, "claims/claim_withdrawn.html", {"withdrawal": withdrawal}, status=410)


@public_page(reads=["kind", "page"])
def corrections(request):
    kind = request.GET.get("kind")
    kind = kind if kind in public_record.LOG_KINDS else None
    events = public_record.logged_events(kind).prefetch_related(translations.published_prefetch(ClaimEvent))
    page = Paginator(events, CORRECTIONS_PER_PAGE).get_page(request.GET.get("page"))
    kinds = [(key, KIND_LABELS[key]) for key in public_record.LOG_KINDS]
    return render(request, "claims/corrections.html", {"page": page, "kind": kind, "kinds": kinds})
