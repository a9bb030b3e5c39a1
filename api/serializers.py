from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.claimreview import absolute
from claims.models import Claim, ClaimEvent, Evidence, Metric, Visit
from sources.models import Outlet, Source


@extend_schema_field({"type": "string", "format": "uri"})
class PublicUrlField(serializers.Field):
    """The absolute address of the object's public page."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return absolute(obj.get_absolute_url())


class OutletRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name"]


class SourceRefSerializer(serializers.ModelSerializer):
    outlet = OutletRefSerializer(allow_null=True)

    class Meta:
        model = Source
        fields = ["ref", "title", "outlet", "kind", "url", "published_on"]


class ArticleSerializer(serializers.ModelSerializer):
    outlet = OutletRefSerializer(allow_null=True)

    class Meta:
        model = Source
        fields = ["ref", "title", "outlet", "url", "published_on"]


class VisitRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Visit
        fields = ["ref", "title"]


class FigureSerializer(serializers.Serializer):
    value = serializers.DecimalField(max_digits=20, decimal_places=4, source="figure_value")
    unit = serializers.CharField(source="figure_unit")
    period = serializers.CharField(source="figure_period")
    period_start = serializers.DateField(source="figure_period_start", allow_null=True)
    period_end = serializers.DateField(source="figure_period_end", allow_null=True)
    metric = serializers.CharField(
        source="metric.ref", read_only=True, allow_null=True,
        help_text="The ref of the metric the figure states (/api/v1/metrics/).",
    )


def figure_of(obj):
    return FigureSerializer(obj).data if obj.figure_value is not None else None


class EvidenceSerializer(serializers.ModelSerializer):
    source = SourceRefSerializer()
    figure = serializers.SerializerMethodField(help_text="The number the passage states, when it states one.")

    class Meta:
        model = Evidence
        fields = ["stance", "quote", "note", "source", "figure"]

    @extend_schema_field(FigureSerializer(allow_null=True))
    def get_figure(self, evidence):
        return figure_of(evidence)


class MetricSerializer(serializers.ModelSerializer):
    url = PublicUrlField(help_text="The metric's page: every figure, side by side.")
    figure_count = serializers.IntegerField(help_text="Figures stated for it in published claims and their evidence.")

    class Meta:
        model = Metric
        fields = ["ref", "url", "name", "description", "unit", "tolerance", "tolerance_is_relative", "figure_count"]


class ClaimSerializer(serializers.ModelSerializer):
    url = PublicUrlField(help_text="The claim's public page.")
    status_label = serializers.CharField(source="get_status_display", help_text="The verdict in words.")
    topic_label = serializers.CharField(source="get_topic_display")
    visit = VisitRefSerializer()
    article = ArticleSerializer(help_text="The article (or statement) the claim was logged from.")
    evidence = EvidenceSerializer(many=True)
    figure = serializers.SerializerMethodField(help_text="The number the claim states, when it states one.")

    class Meta:
        model = Claim
        fields = [
            "ref",
            "url",
            "text",
            "quote",
            "speaker",
            "topic",
            "topic_label",
            "status",
            "status_label",
            "verdict_summary",
            "visit",
            "article",
            "evidence",
            "figure",
            "published_at",
            "updated_at",
        ]

    @extend_schema_field(FigureSerializer(allow_null=True))
    def get_figure(self, claim):
        return figure_of(claim)


class VisitSerializer(serializers.ModelSerializer):
    url = PublicUrlField()
    claim_count = serializers.IntegerField(help_text="Published claims about this visit.")

    class Meta:
        model = Visit
        fields = [
            "ref",
            "url",
            "title",
            "host_country",
            "guest",
            "guest_country",
            "start_date",
            "end_date",
            "location",
            "summary",
            "claim_count",
        ]


class SourceSerializer(serializers.ModelSerializer):
    url = serializers.URLField(allow_null=True, help_text="Where the document can be read.")
    page = PublicUrlField(help_text="The source's page on the register.")
    outlet = OutletRefSerializer(allow_null=True)
    claim_count = serializers.IntegerField(help_text="Published claims logged from this source.")
    citation_count = serializers.IntegerField(help_text="Published claims that cite this source as evidence.")

    class Meta:
        model = Source
        fields = [
            "ref",
            "page",
            "title",
            "outlet",
            "kind",
            "url",
            "published_on",
            "language",
            "claim_count",
            "citation_count",
        ]


class OutletSerializer(serializers.ModelSerializer):
    source_count = serializers.IntegerField(help_text="Sources from this outlet in the register.")

    class Meta:
        model = Outlet
        fields = ["id", "name", "country", "kind", "website", "source_count"]


class WithdrawalSerializer(serializers.ModelSerializer):
    ref = serializers.CharField(source="claim_ref", help_text="The ref of the claim to remove from your copy.")
    withdrawn_at = serializers.DateTimeField(source="at")

    class Meta:
        model = ClaimEvent
        fields = ["ref", "withdrawn_at"]
