"""The feed's serializers: what a partner reads of each published claim, visit, source, outlet and metric."""

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.entities import ClaimEntitiesMixin
from api.translations import ClaimTranslationSerializer, VisitTranslationSerializer, published_translations
from claims.commitments.state import commitment_state
from claims.models import Claim, ClaimEvent, Evidence, FollowUpStatus, Metric, Visit
from claims.refs import split_refs
from claims.repeats.queries import public_appearances
from factregister.addresses import absolute
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
        fields = ["ref", "title", "outlet", "kind", "url", "archive_url", "published_on"]


class ArticleSerializer(serializers.ModelSerializer):
    outlet = OutletRefSerializer(allow_null=True)

    class Meta:
        model = Source
        fields = ["ref", "title", "outlet", "url", "archive_url", "published_on"]


class VisitRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Visit
        fields = ["ref", "title"]


class FigureSerializer(serializers.Serializer):
    value = serializers.DecimalField(max_digits=20, decimal_places=4, source="figure_value")
    qualifier = serializers.CharField(
        source="figure_qualifier",
        help_text="The source's own qualifier: '' (as stated), about, nearly, more_than, at_least, less_than, "
        "up_to or target.",
    )
    unit = serializers.CharField(source="figure_unit")
    stated = serializers.CharField(
        source="figure_shown", help_text="The number in words, e.g. 'more than 500,000 tonnes'."
    )
    period = serializers.CharField(source="figure_period")
    period_start = serializers.DateField(source="figure_period_start", allow_null=True)
    period_end = serializers.DateField(source="figure_period_end", allow_null=True)
    period_note = serializers.CharField(
        source="figure_period_note", help_text="When the dates are our reading of the source's words, how we read them."
    )
    metric = serializers.CharField(
        source="metric.ref",
        read_only=True,
        allow_null=True,
        help_text="The ref of the metric the figure states (/api/v1/metrics/).",
    )


def figure_of(obj):
    return FigureSerializer(obj).data if obj.figure_value is not None else None


class EvidenceSerializer(serializers.ModelSerializer):
    # A field named `source`: DRF's metaclass takes declared fields off the class, but the stubs see it as
    # overriding Field.source (the attribute a field reads from).
    source = SourceRefSerializer()  # type: ignore[assignment]
    figure = serializers.SerializerMethodField(help_text="The number the passage states, when it states one.")

    class Meta:
        model = Evidence
        fields = ["stance", "quote", "paraphrased", "note", "source", "figure"]

    @extend_schema_field(FigureSerializer(allow_null=True))
    def get_figure(self, evidence):
        return figure_of(evidence)


class MetricSerializer(serializers.ModelSerializer):
    url = PublicUrlField(help_text="The metric's page: every figure, side by side.")
    figure_count = serializers.IntegerField(help_text="Figures stated for it in published claims and their evidence.")

    class Meta:
        model = Metric
        fields = ["ref", "url", "name", "description", "unit", "tolerance", "tolerance_is_relative", "figure_count"]


class FollowUpSummarySerializer(serializers.Serializer):
    status = serializers.CharField(help_text="One of: " + ", ".join(FollowUpStatus.values) + ".")
    checked_on = serializers.DateField()
    note = serializers.CharField()


class CommitmentSerializer(serializers.Serializer):
    due = serializers.DateField(allow_null=True, help_text="When it falls due; null when no date was given.")
    due_is_reading = serializers.BooleanField(
        help_text="The due date is our reading of the source's words, not a date it states."
    )
    first_made = serializers.CharField(help_text="When it was first made, if before this visit; empty otherwise.")
    horizon = serializers.CharField(help_text="The horizon in the source's words.")
    status = serializers.CharField(
        help_text="From the latest follow-up; pending without one. One of: " + ", ".join(FollowUpStatus.values) + "."
    )
    status_label = serializers.CharField()
    is_overdue = serializers.BooleanField(help_text="Due date passed and no settled outcome: computed, never typed.")
    latest_follow_up = FollowUpSummarySerializer(allow_null=True)


@extend_schema_field(CommitmentSerializer(allow_null=True))
class CommitmentField(serializers.Field):
    """A commitment's due date and state; reads the annotations of claims.commitments.state.with_commitment_state."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, claim):
        if not claim.is_commitment:
            return None
        if hasattr(claim, "latest_status"):
            status, overdue = claim.latest_status or FollowUpStatus.PENDING, claim.is_overdue
            latest = claim.latest_status and {
                "status": claim.latest_status,
                "checked_on": claim.latest_checked_on,
                "note": claim.latest_note,
            }
        else:
            state = commitment_state(claim)
            status, overdue, found = state["status"], state["is_overdue"], state["latest"]
            latest = found and {"status": found.status, "checked_on": found.checked_on, "note": found.note}
        return CommitmentSerializer(
            {
                "due": claim.commitment_due,
                "due_is_reading": claim.commitment_due_is_reading,
                "first_made": claim.commitment_first_made,
                "horizon": claim.commitment_horizon,
                "status": status,
                "status_label": FollowUpStatus(status).label,
                "is_overdue": overdue,
                "latest_follow_up": latest or None,
            }
        ).data


class AppearanceSerializer(serializers.Serializer):
    ref = serializers.CharField()
    url = serializers.URLField()


@extend_schema_field(AppearanceSerializer(many=True))
class AppearancesField(serializers.Field):
    """The statement's other published appearances; reads the claims.repeats.queries.appearance_refs annotation."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, claim):
        if hasattr(claim, "appearance_refs"):
            refs = split_refs(claim.appearance_refs)
        else:
            refs = [other.ref for other in public_appearances(claim)]
        return [
            {"ref": ref, "url": absolute(reverse("claims:claim_detail", kwargs={"ref": ref}))} for ref in sorted(refs)
        ]


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class PreviousRefsField(serializers.Field):
    """The refs the claim had before; reads the claims.refs.previous_refs annotation (`previous_refs_joined`)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, claim):
        if hasattr(claim, "previous_refs_joined"):
            return split_refs(claim.previous_refs_joined)
        return sorted(claim.former_refs.values_list("ref", flat=True))


class ClaimSerializer(ClaimEntitiesMixin, serializers.ModelSerializer):
    url = PublicUrlField(help_text="The claim's public page.")
    status_label = serializers.CharField(source="get_status_display", help_text="The verdict in words.")
    topic_label = serializers.CharField(source="get_topic_display")
    visit = VisitRefSerializer()
    article = ArticleSerializer(help_text="The article (or statement) the claim was logged from.")
    evidence = EvidenceSerializer(many=True)
    figure = serializers.SerializerMethodField(help_text="The number the claim states, when it states one.")
    commitment = CommitmentField(help_text="For a commitment: when it falls due and where it stands.")
    appearances = AppearancesField(help_text="Other published claims that are appearances of the same statement.")
    previous_refs = PreviousRefsField(
        help_text="Refs this claim was published under before an editor changed its ref. Their addresses redirect "
        "here; a mirror that stored the claim under one of them should drop that copy (see the API description)."
    )
    translations = serializers.SerializerMethodField(
        help_text="The claim's published translations, one per language. Only `current` ones say what the claim "
        "says now; the English record is the reference."
    )

    class Meta:
        model = Claim
        fields = [
            "ref",
            "previous_refs",
            "url",
            "text",
            "quote",
            "speaker",
            "speaker_entity",
            "speaker_role",
            "mentions",
            "topic",
            "topic_label",
            "status",
            "status_label",
            "verdict_summary",
            "visit",
            "article",
            "evidence",
            "figure",
            "is_commitment",
            "commitment",
            "appearances",
            "translations",
            "published_at",
            "updated_at",
        ]

    @extend_schema_field(FigureSerializer(allow_null=True))
    def get_figure(self, claim):
        return figure_of(claim)

    @extend_schema_field(ClaimTranslationSerializer(many=True))
    def get_translations(self, claim):
        return ClaimTranslationSerializer(published_translations(claim), many=True).data


class VisitSerializer(serializers.ModelSerializer):
    url = PublicUrlField()
    claim_count = serializers.IntegerField(help_text="Published claims about this visit.")
    translations = serializers.SerializerMethodField(help_text="The visit's published translations, one per language.")

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
            "translations",
        ]

    @extend_schema_field(VisitTranslationSerializer(many=True))
    def get_translations(self, visit):
        return VisitTranslationSerializer(published_translations(visit), many=True).data


class SourceSerializer(serializers.ModelSerializer):
    url = serializers.URLField(allow_null=True, help_text="Where the document can be read.")
    page = PublicUrlField(help_text="The source's page on the register.")
    origin: serializers.SlugRelatedField = serializers.SlugRelatedField(
        slug_field="key",
        read_only=True,
        allow_null=True,
        help_text="The key of the statement or wire copy this source carries (sources sharing one are one voice).",
    )
    origin_label = serializers.CharField(
        source="origin.label",
        read_only=True,
        allow_null=True,
        default=None,
        help_text="That statement or wire copy in words, as the claim pages name it.",
    )
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
            "archive_url",
            "published_on",
            "language",
            "origin",
            "origin_label",
            "claim_count",
            "citation_count",
        ]


class OutletSerializer(serializers.ModelSerializer):
    source_count = serializers.IntegerField(help_text="Sources from this outlet that published claims cite.")

    class Meta:
        model = Outlet
        fields = ["id", "name", "country", "kind", "website", "source_count"]


class WithdrawalSerializer(serializers.ModelSerializer):
    ref = serializers.CharField(source="claim_ref", help_text="The ref of the claim to remove from your copy.")
    title = serializers.CharField(help_text="What the claim said, so a mirror can tell its readers what was withdrawn.")
    withdrawn_at = serializers.DateTimeField(source="at")
    reason = serializers.CharField(source="note", help_text="Why it was withdrawn, as the editor gave it.")
    url = serializers.SerializerMethodField(help_text="The page left at the claim's address: what, when and why.")

    class Meta:
        model = ClaimEvent
        fields = ["ref", "title", "withdrawn_at", "reason", "url"]

    def get_url(self, event) -> str:
        return absolute(reverse("claims:claim_detail", kwargs={"ref": event.claim_ref}))
