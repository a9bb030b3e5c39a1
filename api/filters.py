"""Query-string filters for the feed.

A value of the wrong kind (a verdict that does not exist, a time that is not a time, an id that is
not a whole number) answers 400 naming its parameter. A well-formed id or ref that names nothing
published filters down to an empty list, as a search with no match does.
"""

import datetime

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from drf_spectacular.utils import extend_schema_field

from claims.models import (
    Claim,
    ClaimEvent,
    ClaimMention,
    ClaimTranslation,
    Entity,
    EntityKind,
    Evidence,
    Stance,
    Status,
    Topic,
    TranslationStatus,
)
from claims.models.translations import translated_languages
from claims.search import SEARCH_CANDIDATES, SEARCH_MAX_LENGTH, SEARCH_MAX_MINUS_SIGNS, SEARCH_PATTERN, validate_search
from sources.models import Outlet, OutletKind, Source, SourceKind

# Ids are BigAutoField: 1 to 2**63 - 1.
LARGEST_ID = 2**63 - 1
# Times as written: with any offset, these years convert to UTC within Python's and the database's range.
FIRST_YEAR, LAST_YEAR = 2, 9998


class FeedFilterForm(forms.Form):
    """Refuses a blank choice, id or time: `?updated_since=` is a mistake, not "no filter"."""

    def clean(self):
        cleaned = super().clean()
        for name, field in self.fields.items():
            if isinstance(field, forms.CharField) or name not in self.data:
                continue
            values = self.data.getlist(name) if hasattr(self.data, "getlist") else [self.data[name]]
            if any(value == "" for value in values):
                self.add_error(name, "This parameter is blank: give a value or leave it out.")
        return cleaned


class UtcDateTimeField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 time in the years 2 to 9998 as written, handed to the database in UTC.

    Any offset up to ±23:59 is read (PostgreSQL itself reads none wider than ±15:59, hence UTC); the
    years 1 and 9999 are refused, as the schema says, since a time in them may have no UTC equivalent.
    """

    def to_python(self, value):
        parsed = super().to_python(value)
        if parsed is None:
            return None
        if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
            raise forms.ValidationError(f"Give a time in the years {FIRST_YEAR} to {LAST_YEAR}.", code="range")
        return parsed.astimezone(datetime.UTC)


@extend_schema_field({"type": "string", "format": "date-time", "pattern": "^(?!0001-|9999-)"})
class UtcDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UtcDateTimeField


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": LARGEST_ID})
class IdFilter(django_filters.NumberFilter):
    """A whole-number id; one that names nothing leaves an empty list."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=LARGEST_ID, **kwargs)


@extend_schema_field({"type": "string", "maxLength": SEARCH_MAX_LENGTH, "pattern": SEARCH_PATTERN})
class SearchFilter(django_filters.CharFilter):
    """The register's search (claims.search): its bounds are in the schema, so a client knows them."""


class ClaimFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(
        choices=Status.choices,
        help_text="Verdict; repeat the parameter for several (`status=false&status=disputed`).",
    )
    visit = django_filters.CharFilter(field_name="visit__ref", help_text="The visit's ref.")
    topic = django_filters.ChoiceFilter(choices=Topic.choices, help_text="Topic.")
    speaker = django_filters.CharFilter(
        lookup_expr="icontains", help_text="Part of the speaker's name or office, any case (`Tokayev`)."
    )
    entity = django_filters.CharFilter(
        method="filter_entity",
        help_text="The ref of an entity (/api/v1/entities/): claims said by it, in one of its offices, or naming it.",
    )
    outlet = IdFilter(
        field_name="article__outlet_id",
        help_text="The id of the outlet that published the article the claim was logged from.",
    )
    stance = django_filters.ChoiceFilter(
        choices=Stance.choices,
        method="filter_stance",
        help_text="Claims with at least one piece of evidence of this stance.",
    )
    language = django_filters.ChoiceFilter(
        choices=translated_languages(),
        method="filter_language",
        help_text="Claims with a published translation into this language that is current (made from the claim "
        "as it is now).",
    )
    updated_since = UtcDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gt",
        help_text="Only claims changed strictly after this ISO 8601 time (`2025-12-11T09:30:00Z`; no zone means UTC).",
    )
    search = SearchFilter(
        method="filter_search",
        validators=[validate_search],
        help_text=(
            "Words to look for in the claim, quote, speaker and verdict. A search lists at most "
            f"{SEARCH_CANDIDATES:,} matching claims: add words to narrow a broader one. A minus sign before a "
            f"word leaves out the claims with it; a search has at most {SEARCH_MAX_LENGTH} characters and "
            f"{SEARCH_MAX_MINUS_SIGNS} minus signs, and one with more answers 400 naming `search`."
        ),
    )

    class Meta:
        model = Claim
        form = FeedFilterForm
        fields = [
            "status",
            "visit",
            "topic",
            "speaker",
            "entity",
            "outlet",
            "stance",
            "language",
            "updated_since",
            "search",
        ]

    def filter_stance(self, queryset, name, value):
        return queryset.filter(Exists(Evidence.objects.filter(claim=OuterRef("pk"), stance=value)))

    def filter_entity(self, queryset, name, value: str):
        entity = Entity.objects.filter(ref=value).values("pk")[:1]
        named = ClaimMention.objects.filter(claim=OuterRef("pk"), entity_id__in=entity)
        return queryset.filter(
            Q(speaker_entity_id__in=entity) | Q(speaker_role__organisation_id__in=entity) | Exists(named)
        )

    def filter_language(self, queryset, name, value: str):
        translated = ClaimTranslation.objects.filter(
            claim=OuterRef("pk"), language=value, status=TranslationStatus.PUBLISHED, outdated_at__isnull=True
        )
        return queryset.filter(Exists(translated))

    def filter_search(self, queryset, name, value):
        # The register's own search: full-text on PostgreSQL, every word somewhere on SQLite.
        # The feed keeps its own ordering (the cursor needs it), not the rank order.
        return queryset.search(value, request=self.request)


class WithdrawalFilter(django_filters.FilterSet):
    since = UtcDateTimeFilter(
        field_name="at", lookup_expr="gt", help_text="Only withdrawals strictly after this ISO 8601 time."
    )

    class Meta:
        model = ClaimEvent
        form = FeedFilterForm
        fields = ["since"]


class SourceFilter(django_filters.FilterSet):
    outlet = IdFilter(field_name="outlet_id", help_text="The outlet's id.")
    kind = django_filters.ChoiceFilter(choices=SourceKind.choices, help_text="Kind of document.")

    class Meta:
        model = Source
        form = FeedFilterForm
        fields = ["outlet", "kind"]


class OutletFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=OutletKind.choices, help_text="Kind of outlet.")
    country = django_filters.CharFilter(help_text="ISO 3166-1 alpha-2 code, e.g. KZ.")

    class Meta:
        model = Outlet
        form = FeedFilterForm
        fields = ["kind", "country"]


class EntityFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=EntityKind.choices, help_text="Person, organisation or place.")
    country = django_filters.CharFilter(help_text="ISO 3166-1 alpha-2 code, e.g. KZ.")

    class Meta:
        model = Entity
        form = FeedFilterForm
        fields = ["kind", "country"]
