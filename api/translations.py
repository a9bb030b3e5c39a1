"""The feed's translations: what a partner reads of a claim's or a visit's published translations, and the one
prefetch that reads them for a page of records (the records are public already: views start from published())."""

from django.db.models import Prefetch
from rest_framework import serializers

from claims.models import ClaimTranslation, Translation, TranslationStatus, VisitTranslation

# The published translations of each record, read by the views' prefetch (`public_translations`).
PUBLIC_TRANSLATIONS = "public_translations"


class TranslationSerializer(serializers.ModelSerializer):
    """A published translation: who made it and how, whether an editor reviewed it, and whether it still says what
    the original says. No account of the register's desk is named: `translator` is the public credit."""

    status = serializers.CharField(help_text="Always `published`: the feed gives no other translation.")
    machine_assisted = serializers.BooleanField(
        help_text="Made with a machine translation tool, then edited by the translator."
    )
    reviewed = serializers.SerializerMethodField(help_text="An editor checked it against the original.")
    reviewed_at = serializers.DateTimeField(allow_null=True, help_text="When an editor reviewed it; null if never.")
    made_from_version = serializers.IntegerField(help_text="The version of the original it was made from.")
    current = serializers.SerializerMethodField(
        help_text="False once the original was corrected, updated or withdrawn after the translation was made: "
        "the translation may no longer say what the original says, and the original is the record."
    )

    class Meta:
        fields = [
            "language",
            "status",
            "translator",
            "machine_assisted",
            "reviewed",
            "reviewed_at",
            "made_from_version",
            "current",
        ]

    def get_reviewed(self, translation) -> bool:
        return translation.reviewed_at is not None

    def get_current(self, translation) -> bool:
        return translation.is_current


class ClaimTranslationSerializer(TranslationSerializer):
    class Meta(TranslationSerializer.Meta):
        model = ClaimTranslation
        fields = [*TranslationSerializer.Meta.fields, "text", "verdict_summary", "quote"]
        extra_kwargs = {
            "quote": {
                "help_text": "The register's translation of the quote; the verbatim quote is the claim's `quote`."
            }
        }


class VisitTranslationSerializer(TranslationSerializer):
    class Meta(TranslationSerializer.Meta):
        model = VisitTranslation
        fields = [*TranslationSerializer.Meta.fields, "title", "summary"]


def published_translations(record) -> list:
    """The record's published translations, by language: the views' prefetch, or one query without it."""
    found = getattr(record, PUBLIC_TRANSLATIONS, None)
    if found is None:
        found = list(record.translations.filter(status=TranslationStatus.PUBLISHED).order_by("language"))
    return found


def public_translations(model: type[Translation]) -> Prefetch:
    """The published translations of each record on a page, in one query, by language."""
    published = model._default_manager.filter(status=TranslationStatus.PUBLISHED).order_by("language")
    return Prefetch("translations", queryset=published, to_attr=PUBLIC_TRANSLATIONS)
