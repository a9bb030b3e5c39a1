"""The read-only feed. Every claim read starts from Claim.objects.published()."""

from typing import TYPE_CHECKING

from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from api import filters, pagination, serializers
from api.datafeed_schema import DATA_FEED
from api.entities import EntitySerializer, mentions_prefetch, roles_prefetch
from api.negotiation import kept_variant
from api.renderers import JSONLDRenderer
from api.schema import ERROR_RESPONSES, NOT_FOUND_RESPONSE
from api.throttling import admit_read
from api.translations import public_translations
from claims import public_record, refs
from claims.claimreview import data_feed
from claims.commitments.state import with_commitment_state
from claims.models import Claim, ClaimTranslation, Evidence, Metric, Visit, VisitTranslation
from claims.public import public_entities, public_outlets, public_sources, with_claim_counts
from claims.refs import previous_refs
from claims.repeats.queries import appearance_refs
from factregister.addresses import absolute
from factregister.publiccache import serve, stamp

# A ref or id in the address: anything up to the next slash but a NUL character, which no identifier has.
LOOKUP_VALUE = r"[^/\x00]+"

if TYPE_CHECKING:
    APIViewBase = APIView  # what PublicReadMixin is mixed into, for mypy; a plain mixin at run time
else:
    APIViewBase = object


class PublicReadMixin(APIViewBase):
    """Every read of the feed goes through the public cache's one entry point (factregister.publiccache.serve).

    The throttle is counted first, on the plain Django request, so a read answered
    from the cache counts like any other; then a plain JSON GET is answered from
    the kept copy without entering DRF's request handling at all, or rendered by
    DRF and kept. Other formats (the browsable API renders a CSRF token) are made
    conditional but never kept.
    """

    throttle_classes = ()  # counted in dispatch(), before the cache

    @classmethod
    def as_view(cls, *args, **kwargs):
        view = super().as_view(*args, **kwargs)
        view.public_query = cls.query_parameters()  # type: ignore[attr-defined]  # read by publiccache.page_query
        return view

    @classmethod
    def query_parameters(cls) -> frozenset[str]:
        """What a read of this view reads from the query: its filters, its paging, `format`. Others are dropped."""
        filterset = getattr(cls, "filterset_class", None)
        paging = getattr(cls, "pagination_class", None)
        names = [
            api_settings.URL_FORMAT_OVERRIDE,
            *(filterset.base_filters if filterset is not None else ()),
            *(
                getattr(paging, name, None)
                for name in ("cursor_query_param", "ordering_query_param", "page_size_query_param")
            ),
        ]
        return frozenset(name for name in names if name)

    def dispatch(self, request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return super().dispatch(request, *args, **kwargs)
        refused = admit_read(request)
        if refused is not None:
            return refused
        kept = kept_variant(request)  # the one variant that is kept and shared: plain JSON
        return serve(
            request,
            lambda: super(PublicReadMixin, self).dispatch(request, *args, **kwargs),
            variant=kept or f"{request.GET.get('format', '')}|{request.META.get('HTTP_ACCEPT', '')}",
            store=kept is not None,
        )


class FeedViewSet(PublicReadMixin, viewsets.ReadOnlyModelViewSet):
    not_found = "Nothing has this {field} '{value}'."

    def get_object(self):
        field = self.lookup_url_kwarg or self.lookup_field
        value = self.kwargs[field]
        try:
            return self.get_queryset().get(**{self.lookup_field: value})
        except (self.get_queryset().model.DoesNotExist, ValueError):
            raise NotFound({field: [self.not_found.format(field=field, value=value)]}) from None


def _count(queryset, field: str, *, counted_field: str = "pk"):
    """A correlated COUNT, so several counts on one row do not multiply each other's joins."""
    counted = (
        queryset.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(n=Count(counted_field, distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


@extend_schema_view(
    list=extend_schema(
        summary="Published claims",
        description="Published claims with their verdicts and evidence. See the API description for how to sync.",
        responses={200: serializers.ClaimSerializer(many=True), **ERROR_RESPONSES},
    ),
    retrieve=extend_schema(
        summary="One published claim",
        responses={
            200: serializers.ClaimSerializer,
            301: OpenApiResponse(description="The claim's ref was changed: `Location` is its address now."),
            **NOT_FOUND_RESPONSE,
        },
    ),
)
class ClaimViewSet(FeedViewSet):
    serializer_class = serializers.ClaimSerializer
    filterset_class = filters.ClaimFilter
    pagination_class = pagination.ClaimPagination
    lookup_field = "ref"
    lookup_value_regex = LOOKUP_VALUE
    not_found = "No published claim has the ref '{value}'."

    def get_queryset(self):
        evidence = Evidence.objects.select_related("source__outlet", "metric").order_by("stance", "id")
        # Commitment state and appearances are annotations: no query per claim, none per page.
        claims = with_commitment_state(Claim.objects.published()).annotate(
            appearance_refs=appearance_refs(), previous_refs_joined=previous_refs()
        )
        return (
            claims.with_related()
            .select_related("metric")
            .prefetch_related(
                Prefetch("evidence", queryset=evidence), public_translations(ClaimTranslation), mentions_prefetch()
            )
        )

    def retrieve(self, request, *args, **kwargs):
        try:
            return super().retrieve(request, *args, **kwargs)
        except NotFound:
            # A ref an editor has changed keeps leading to the claim, as its page does.
            moved_to = refs.feed_redirect(self.kwargs["ref"])
            if moved_to is None:
                raise
            query = f"?{request.META['QUERY_STRING']}" if request.META.get("QUERY_STRING") else ""
            address = absolute(reverse("api:claim-detail", kwargs={"ref": moved_to}))
            return HttpResponsePermanentRedirect(address + query)


@extend_schema_view(
    list=extend_schema(summary="Visits", responses={200: serializers.VisitSerializer(many=True), **ERROR_RESPONSES}),
    retrieve=extend_schema(summary="One visit", responses={200: serializers.VisitSerializer, **NOT_FOUND_RESPONSE}),
)
class VisitViewSet(FeedViewSet):
    serializer_class = serializers.VisitSerializer
    pagination_class = pagination.RefPagination
    lookup_field = "ref"
    lookup_value_regex = LOOKUP_VALUE
    filterset_class = None
    not_found = "No visit has the ref '{value}'."

    def get_queryset(self):
        return Visit.objects.annotate(claim_count=_count(Claim.objects.published(), "visit")).prefetch_related(
            public_translations(VisitTranslation)
        )


@extend_schema_view(
    list=extend_schema(summary="Sources", responses={200: serializers.SourceSerializer(many=True), **ERROR_RESPONSES}),
    retrieve=extend_schema(summary="One source", responses={200: serializers.SourceSerializer, **NOT_FOUND_RESPONSE}),
)
class SourceViewSet(FeedViewSet):
    serializer_class = serializers.SourceSerializer
    filterset_class = filters.SourceFilter
    pagination_class = pagination.RefPagination
    lookup_field = "ref"
    lookup_value_regex = LOOKUP_VALUE
    not_found = "No source has the ref '{value}'."

    def get_queryset(self):
        return (
            public_sources()
            .select_related("outlet", "origin")
            .annotate(
                claim_count=_count(Claim.objects.published(), "article"),
                citation_count=_count(
                    Evidence.objects.filter(claim__in=Claim.objects.published()), "source", counted_field="claim"
                ),
            )
        )


@extend_schema_view(
    list=extend_schema(
        summary="People, organisations and places",
        description="The people, organisations and places published claims are said by, were said in an office "
        "of, or name; any other is not in the feed. Filter claims by one with `/api/v1/claims/?entity=<ref>`.",
        responses={200: EntitySerializer(many=True), **ERROR_RESPONSES},
    ),
    retrieve=extend_schema(
        summary="One person, organisation or place", responses={200: EntitySerializer, **NOT_FOUND_RESPONSE}
    ),
)
class EntityViewSet(FeedViewSet):
    serializer_class = EntitySerializer
    filterset_class = filters.EntityFilter
    pagination_class = pagination.RefPagination
    lookup_field = "ref"
    lookup_value_regex = LOOKUP_VALUE
    not_found = "No person, organisation or place on the register has the ref '{value}'."

    def get_queryset(self):
        return with_claim_counts(public_entities()).prefetch_related(roles_prefetch())


@extend_schema_view(
    list=extend_schema(summary="Metrics", responses={200: serializers.MetricSerializer(many=True), **ERROR_RESPONSES}),
    retrieve=extend_schema(summary="One metric", responses={200: serializers.MetricSerializer, **NOT_FOUND_RESPONSE}),
)
class MetricViewSet(FeedViewSet):
    """The quantities figures are compared on. Counts cover published claims and their evidence only."""

    serializer_class = serializers.MetricSerializer
    pagination_class = pagination.RefPagination
    lookup_field = "ref"
    lookup_value_regex = LOOKUP_VALUE
    filterset_class = None
    not_found = "No metric has the ref '{value}'."

    def get_queryset(self):
        published = Claim.objects.published()
        return Metric.objects.annotate(
            n_claim_figures=_count(published.filter(figure_value__isnull=False), "metric"),
            n_evidence_figures=_count(
                Evidence.objects.filter(claim__in=published, figure_value__isnull=False), "metric"
            ),
        ).annotate(figure_count=F("n_claim_figures") + F("n_evidence_figures"))


@extend_schema_view(
    list=extend_schema(summary="Outlets", responses={200: serializers.OutletSerializer(many=True), **ERROR_RESPONSES}),
    retrieve=extend_schema(
        summary="One outlet",
        parameters=[
            OpenApiParameter(
                "id", {"type": "integer", "minimum": 1, "maximum": filters.LARGEST_ID}, OpenApiParameter.PATH
            )
        ],
        responses={200: serializers.OutletSerializer, **NOT_FOUND_RESPONSE},
    ),
)
class OutletViewSet(FeedViewSet):
    serializer_class = serializers.OutletSerializer
    filterset_class = filters.OutletFilter
    pagination_class = pagination.OutletPagination
    lookup_field = "id"
    lookup_value_regex = LOOKUP_VALUE
    not_found = "No outlet has the id '{value}'."

    def get_queryset(self):
        return public_outlets().annotate(source_count=_count(public_sources(), "outlet"))


@extend_schema_view(
    list=extend_schema(
        summary="Withdrawn claims",
        description=(
            "Claims taken off the register (withdrawn, or deleted after publication): the ref to delete from your "
            "copy, what the claim said, when and why it was withdrawn, and the page left at its address. A claim "
            "that was withdrawn and later published again is no longer listed here; it comes back through "
            "`/api/v1/claims/?updated_since=...`."
        ),
        responses={200: serializers.WithdrawalSerializer(many=True), **ERROR_RESPONSES},
    ),
)
class WithdrawalViewSet(PublicReadMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = serializers.WithdrawalSerializer
    filterset_class = filters.WithdrawalFilter
    pagination_class = pagination.WithdrawalPagination

    def get_queryset(self):
        return public_record.withdrawals()


class ClaimReviewFeedView(PublicReadMixin, APIView):
    """Published verdicts as a schema.org DataFeed of ClaimReview items, as on the claim pages, a page at a time."""

    pagination_class = pagination.ClaimReviewPagination
    renderer_classes = [JSONRenderer, JSONLDRenderer, BrowsableAPIRenderer]

    @extend_schema(
        summary="ClaimReview DataFeed",
        description=(
            "Published verdicts, newest first, as a schema.org `DataFeed` in the layout of Data Commons' "
            "fact-check feeds: each element a `DataFeedItem` (`dateCreated`, `dateModified`, `url`) whose `item` "
            "holds the `ClaimReview`, the same markup as the claim page; the feed's `dateModified` is when the "
            "published register last changed. One page at a time: the next page's address is in the `Link` "
            'header (`<...>; rel="next"`), absent on the last page. Follow it as given. Served as '
            "`application/json`, or `application/ld+json` when asked for."
        ),
        parameters=[
            *(
                OpenApiParameter(p["name"], p["schema"], OpenApiParameter.QUERY, description=p["description"])
                for p in pagination.ClaimReviewPagination().schema_parameters(Claim)
            ),
            # The format is chosen with the Accept header; `?format=` is DRF's and not part of the contract.
            OpenApiParameter("format", exclude=True),
        ],
        responses={200: OpenApiResponse(DATA_FEED, description="A schema.org DataFeed."), **ERROR_RESPONSES},
    )
    def get(self, request):
        paginator = self.pagination_class()
        claims = paginator.paginate_queryset(Claim.objects.published().with_related(), request, view=self)
        return paginator.get_paginated_response(data_feed(claims, modified=stamp(request), languages=True))


def unknown_endpoint(request, *args, **kwargs):
    return JsonResponse({"detail": f"There is no feed endpoint at '{request.path}'. See /api/docs/."}, status=404)
