"""What a partner reads of the people, organisations and places the published claims are said by or name, and the
prefetches that keep a page of them, or of claims naming them, at a fixed number of queries."""

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import ClaimMention, Entity, EntityRole
from factregister.addresses import absolute


def roles_prefetch() -> Prefetch:
    return Prefetch("roles", queryset=EntityRole.objects.select_related("organisation").order_by("-start_date", "pk"))


def mentions_prefetch() -> Prefetch:
    """A page of claims' mentions with their entities' refs, in one query."""
    return Prefetch("mentions", queryset=ClaimMention.objects.select_related("entity").order_by("entity__ref"))


class NamesSerializer(serializers.Serializer):
    en = serializers.CharField(source="name", help_text="The name in English.")
    fa = serializers.CharField(source="name_fa", help_text="In Persian; empty when the register has none.")
    ru = serializers.CharField(source="name_ru", help_text="In Russian; empty when the register has none.")
    kk = serializers.CharField(source="name_kk", help_text="In Kazakh (Cyrillic); empty when the register has none.")
    kk_latn = serializers.CharField(source="name_kk_latn", help_text="In Kazakh (Latin), where it has one.")


class TitlesSerializer(serializers.Serializer):
    en = serializers.CharField(source="title")
    fa = serializers.CharField(source="title_fa", help_text="Empty when the register has none.")
    ru = serializers.CharField(source="title_ru", help_text="Empty when the register has none.")
    kk = serializers.CharField(source="title_kk", help_text="Empty when the register has none.")


class RoleSerializer(serializers.ModelSerializer):
    title = serializers.CharField(help_text="The office, in English.")
    titles = TitlesSerializer(source="*", help_text="The office in each language.")
    organisation = serializers.CharField(
        source="organisation.name",
        read_only=True,
        allow_null=True,
        default=None,
        help_text="The organisation the office belongs to, by its English name, when the register names one.",
    )

    class Meta:
        model = EntityRole
        fields = ["title", "titles", "organisation", "start_date", "end_date"]


@extend_schema_field({"type": "string", "format": "uri"})
class PageField(serializers.Field):
    """The absolute address of the entity's page."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, entity):
        return absolute(entity.get_absolute_url())


class EntitySerializer(serializers.ModelSerializer):
    url = PageField(help_text="The entity's page: every published claim said by or naming it.")
    names = NamesSerializer(source="*", help_text="The name in each script the register keeps.")
    other_names = serializers.SerializerMethodField(help_text="Other spellings and transliterations readers use.")
    wikidata_id = serializers.SerializerMethodField(
        help_text="The Wikidata item's id, when a source the register can point to shows it; null otherwise."
    )
    roles = RoleSerializer(many=True, help_text="The offices held, with their dates, newest first.")
    claims_said = serializers.IntegerField(
        source="said", help_text="Published claims said by it, or said in one of its offices."
    )
    claims_naming = serializers.IntegerField(source="named", help_text="Published claims that name it.")

    class Meta:
        model = Entity
        fields = [
            "ref",
            "url",
            "kind",
            "names",
            "other_names",
            "description",
            "country",
            "wikidata_id",
            "roles",
            "claims_said",
            "claims_naming",
        ]

    def get_other_names(self, entity) -> list[str]:
        return [line.strip() for line in entity.other_names.splitlines() if line.strip()]

    @extend_schema_field({"type": "string", "pattern": "^Q[1-9][0-9]*$", "nullable": True})
    def get_wikidata_id(self, entity):
        return entity.wikidata_id or None


class ClaimEntitiesMixin(serializers.Serializer):
    """A claim's speaker entity, the office spoken in and the entities it names, as refs (read from the claim's
    selected speaker and role and its prefetched mentions: no query per claim)."""

    speaker_entity: serializers.SlugRelatedField = serializers.SlugRelatedField(
        slug_field="ref",
        read_only=True,
        allow_null=True,
        help_text="The ref of the person or organisation who made the statement (/api/v1/entities/); null when "
        "the register has not linked one.",
    )
    speaker_role = serializers.CharField(
        source="speaker_role.title",
        read_only=True,
        allow_null=True,
        default=None,
        help_text="The office the speaker spoke in, in English; null when not known.",
    )
    mentions = serializers.SerializerMethodField(
        help_text="The refs of the people, organisations and places the claim names."
    )

    def get_mentions(self, claim) -> list[str]:
        return [mention.entity.ref for mention in claim.mentions.all()]
