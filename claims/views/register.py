"""The public register: the home page, the list of claims, a visit, the methodology.

Every read starts from `Claim.objects.published()`. Listing pages run a fixed
number of queries whatever their length. A claim's own page and the corrections
log are in claims.views.claim.
"""

from collections import Counter, defaultdict

from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from claims import public_record, translations
from claims.charts import verdict_chart
from claims.entities.names import name_index
from claims.filters import ClaimFilter
from claims.models import RATING_BEST, RATING_SCALE, RATING_WORST, Claim, ClaimEvent, Status, Topic, Visit
from claims.search import SEARCH_CANDIDATES, did_you_mean, search_problem, spelled_names, vocabulary
from claims.text import language_of
from factregister import publiccache
from factregister.addresses import public_address
from factregister.publiccache import public_page

CLAIMS_PER_PAGE = 25
# The visit page shows this many of each topic's newest claims and links to /claims/ for the rest.
VISIT_CLAIMS_PER_TOPIC = 5


def verdict_counts_by_visit() -> dict[int, Counter]:
    # COUNT(*), not COUNT(id): the partial index claim_published_visit_status answers it alone.
    rows = Claim.objects.published().values("visit_id", "status").annotate(n=Count("*")).order_by()
    counts: defaultdict[int, Counter[str]] = defaultdict(Counter)
    for row in rows:
        counts[row["visit_id"]][row["status"]] = row["n"]
    return dict(counts)


@public_page
def home(request):
    # A GROUP BY over every published claim: kept until the register changes.
    counts = publiccache.value(request, "verdict-counts-by-visit", verdict_counts_by_visit)
    visible = Visit.objects.prefetch_related(translations.published_prefetch(Visit))
    visits = [(visit, verdict_chart(counts.get(visit.pk, Counter()))) for visit in visible]
    latest = translations.with_translations(Claim.objects.published().with_related()).order_by("-published_at", "-id")[
        :6
    ]
    corrections = public_record.logged_events().prefetch_related(translations.published_prefetch(ClaimEvent))[:5]
    return render(request, "home.html", {"visits": visits, "latest": latest, "corrections": corrections})


@public_page(reads=[*ClaimFilter.base_filters, "page"])
def claim_list(request):
    filterset = _filterset(request, request.GET or None)
    if filterset.search_refused:
        # The form, with what was typed and why it could not be searched; no list, which would answer
        # another question than the one asked.
        context = {"filter": filterset, "page": Paginator(Claim.objects.none(), CLAIMS_PER_PAGE).get_page(1)}
        return render(request, "claims/claim_list.html", {**context, "refused": filterset.search_refused}, status=400)
    page = _page(request, filterset)
    searched = {"typed": "", "names": [], "instead": "", "capped": False, "cap": SEARCH_CANDIDATES}
    if filterset.is_bound and filterset.form.is_valid() and filterset.form.cleaned_data.get("q"):
        typed = filterset.form.cleaned_data["q"]
        names = [(word, *language_of(word), spelled) for word, spelled in spelled_names(typed, request)]
        searched["typed"], searched["names"] = typed, names
        searched["capped"] = page.paginator.count >= SEARCH_CANDIDATES
        if not page.paginator.count:
            # Nothing matches: search the closest words the register uses, and say so.
            known_names = name_index(request)
            known = publiccache.value(request, "search-vocabulary", lambda: vocabulary(known_names))
            suggestion = did_you_mean(typed, known, known_names)
            if suggestion and not search_problem(suggestion):
                # The form keeps what the reader typed; the page shows the suggestion's claims.
                retry_page = _filtered_page(request, {**request.GET.dict(), "q": suggestion})[1]
                if retry_page.paginator.count:
                    page, searched["instead"] = retry_page, suggestion
    return render(request, "claims/claim_list.html", {"filter": filterset, "page": page, "searched": searched})


def _filterset(request, data) -> ClaimFilter:
    claims = translations.with_translations(Claim.objects.published().with_related())
    return ClaimFilter(data, queryset=claims, request=request)


def _page(request, filterset: ClaimFilter):
    return Paginator(filterset.qs, CLAIMS_PER_PAGE).get_page(request.GET.get("page"))


def _filtered_page(request, data):
    filterset = _filterset(request, data)
    return filterset, _page(request, filterset)


def visit_topics(visit: Visit, *, request=None) -> tuple[list[dict], Counter]:
    """Per topic: how many published claims, and the newest few; and the visit's verdict counts.

    Two queries whatever the visit's size. The counts (a GROUP BY topic, status
    over the visit's published claims) are kept under the register stamp. The
    newest claims of each topic are picked by `newest_per_topic` and read in one
    more query with their article, outlet and visit.
    """
    published = Claim.objects.published().filter(visit=visit)
    rows = publiccache.value(
        request,
        f"visit-topic-verdicts:{visit.pk}",
        lambda: list(published.values_list("topic", "status").annotate(n=Count("*")).order_by()),
    )
    per_topic: Counter[str] = Counter()
    verdicts: Counter[str] = Counter()
    for topic, status, n in rows:
        per_topic[topic] += n
        verdicts[status] += n
    claims_by_topic = defaultdict(list)
    if per_topic:
        ids = newest_per_topic(published, sorted(per_topic))
        newest = translations.with_translations(published.with_related().filter(id__in=ids))
        for claim in newest.order_by("topic", "-published_at", "-id"):
            claims_by_topic[claim.topic].append(claim)
    topics = [
        {"value": topic, "label": Topic(topic).label, "count": per_topic[topic], "claims": claims_by_topic[topic]}
        for topic in sorted(per_topic)
    ]
    return topics, verdicts


def newest_per_topic(published, topics: list[str]) -> list[int]:
    """The ids of the VISIT_CLAIMS_PER_TOPIC newest claims of each topic, in one query.

    PostgreSQL: a UNION ALL of one LIMITed read per topic, each a short range of
    the `claim_visit_topic_newest` index, so the cost does not grow with the
    visit. SQLite, which cannot LIMIT the parts of a compound query, ranks the
    visit's narrow (topic, date, id) rows with ROW_NUMBER instead.
    """
    order = ["-published_at", "-id"]
    if connections[published.db].features.supports_slicing_ordering_in_compound:
        parts = [
            published.filter(topic=t).order_by(*order).values_list("id", flat=True)[:VISIT_CLAIMS_PER_TOPIC]
            for t in topics
        ]
        return list(parts[0].union(*parts[1:], all=True))
    ranked = published.annotate(
        rank=Window(RowNumber(), partition_by=F("topic"), order_by=[F("published_at").desc(), F("id").desc()])
    )
    return list(ranked.filter(rank__lte=VISIT_CLAIMS_PER_TOPIC).values_list("id", flat=True))


@public_page
def visit_detail(request, ref):
    visit = get_object_or_404(Visit.objects.prefetch_related(translations.published_prefetch(Visit)), ref=ref)
    topics, verdicts = visit_topics(visit, request=request)
    chart = verdict_chart(verdicts)
    listed = [claim for topic in topics for claim in topic["claims"]]
    context = {
        "visit": visit,
        "topics": topics,
        "chart": chart,
        "listed": listed,
        "page_languages": translations.page_languages(visit),
        "translation": translations.translated(visit),
        "english_url": translations.original_address(visit),
    }
    return render(request, "claims/visit_detail.html", context)


@public_page
def methodology(request):
    statuses = [
        {"status": status, "label": Status(status).label, "rating": RATING_SCALE.get(status)}
        for status in Status.verdicts()
    ]
    return render(
        request,
        "claims/methodology.html",
        {"statuses": statuses, "rating_best": RATING_BEST, "rating_worst": RATING_WORST},
    )


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Allow: /",
        f"Sitemap: {public_address()}/sitemap.xml",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
