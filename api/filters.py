"""Query-string filters for the feed. Every unknown value answers 400 naming its parameter."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef

from claims.models import Claim, ClaimEvent, Evidence, Stance, Status, Topic, Visit
from claims.public import public_outlets
from sources.models import Outlet, OutletKind, Source, SourceKind


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


class ClaimFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(
        choices=Status.choices,
        help_text="Verdict; repeat the parameter for several (`status=false&status=disputed`).",
    )
    visit = django_filters.ModelChoiceFilter(
        queryset=Visit.objects.all(), to_field_name="ref", help_text="The visit's ref."
    )
    topic = django_filters.ChoiceFilter(choices=Topic.choices, help_text="Topic.")
    speaker = django_filters.CharFilter(
        lookup_expr="icontains", help_text="Part of the speaker's name or office, any case (`Tokayev`)."
    )
    outlet = django_filters.ModelChoiceFilter(
        field_name="article__outlet",
        queryset=public_outlets(),
        help_text="The id of the outlet that published the article the claim was logged from.",
    )
    stance = django_filters.ChoiceFilter(
        choices=Stance.choices,
        method="filter_stance",
        help_text="Claims with at least one piece of evidence of this stance.",
    )
    updated_since = django_filters.IsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gt",
        help_text="Only claims changed strictly after this ISO 8601 time (`2025-12-11T09:30:00Z`; no zone means UTC).",
    )
    search = django_filters.CharFilter(
        method="filter_search", help_text="Words to look for in the claim, quote, speaker and verdict."
    )

    class Meta:
        model = Claim
        form = FeedFilterForm
        fields = ["status", "visit", "topic", "speaker", "outlet", "stance", "updated_since", "search"]

    def filter_stance(self, queryset, name, value):
        return queryset.filter(Exists(Evidence.objects.filter(claim=OuterRef("pk"), stance=value)))

    def filter_search(self, queryset, name, value):
        # The register's own search: full-text on PostgreSQL, every word somewhere on SQLite.
        # The feed keeps its own ordering (the cursor needs it), not the rank order.
        return queryset.search(value)


class WithdrawalFilter(django_filters.FilterSet):
    since = django_filters.IsoDateTimeFilter(
        field_name="at", lookup_expr="gt", help_text="Only withdrawals strictly after this ISO 8601 time."
    )

    class Meta:
        model = ClaimEvent
        form = FeedFilterForm
        fields = ["since"]


class SourceFilter(django_filters.FilterSet):
    outlet = django_filters.ModelChoiceFilter(queryset=public_outlets(), help_text="The outlet's id.")
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
