"""The public register's filters: one FilterSet for the /claims/ page and the CSV download.

Use it as `ClaimFilter(request.GET, queryset=Claim.objects.published(), request=request)`
(the request lets its cached choices reuse the stamp the page has read). A value
that is not valid (an unknown visit, a made-up status) is left out of the query
and reported in `filterset.errors`, which the page shows; it never fails the request.
"""

import django_filters
from django import forms
from django.db import connections, router
from django.db.models import Exists, OuterRef
from django.forms.utils import flatatt
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from claims.models import Claim, Status, Topic, Visit
from claims.search import SEARCH_MAX_LENGTH, validate_search
from factregister import publiccache
from sources.models import Outlet

SORTS = {
    "newest": (_("Newest verdicts first"), ("-published_at", "-id")),
    "oldest": (_("Oldest verdicts first"), ("published_at", "id")),
    "updated": (_("Recently updated"), ("-updated_at", "-id")),
    "speaker": (_("Speaker, A to Z"), ("speaker", "-published_at", "-id")),
}
# Django's own messages that this page can show (a filter value that is not a choice, a search too long), for
# the register's catalogs: Django's Kazakh catalog lacks some and misspells one, so locale/kk carries them.
DJANGO_MESSAGES = (
    _("Select a valid choice. %(value)s is not one of the available choices."),
    _("Select a valid choice. That choice is not one of the available choices."),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
)
PUBLIC_STATUSES = [(status.value, status.label) for status in map(Status, Status.verdicts())]


def public_speakers() -> list[str]:
    return distinct_speakers(published=True)


def distinct_speakers(*, published: bool, limit: int | None = None) -> list[str]:
    """The speakers of (published) claims, A to Z.

    A loose index scan: a recursive query that jumps from one speaker to the next
    through the `claim_speaker` index, one probe per speaker however many claims
    each has. SELECT DISTINCT would read every claim.
    """
    database = connections[router.db_for_read(Claim)]
    table = database.ops.quote_name(Claim._meta.db_table)
    condition = "is_published AND " if published else ""
    sql = f"""
        WITH RECURSIVE speakers(name, n) AS (
            SELECT MIN(speaker), 1 FROM {table} WHERE {condition}speaker IS NOT NULL
            UNION ALL
            SELECT (SELECT MIN(speaker) FROM {table} WHERE {condition}speaker > speakers.name), n + 1
            FROM speakers WHERE speakers.name IS NOT NULL AND n < %s
        )
        SELECT name FROM speakers WHERE name IS NOT NULL
    """
    with database.cursor() as cursor:
        cursor.execute(sql, [limit or 2**31 - 1])
        return [name for (name,) in cursor.fetchall()]


def article_outlets() -> list[tuple[str, str]]:
    """(id, name) of the outlets with a published claim, A to Z: for each outlet, the first such claim
    found through the indexes."""
    published = Claim.objects.published().filter(article__outlet=OuterRef("pk"))
    return [
        (str(pk), name)
        for pk, name in Outlet.objects.filter(Exists(published)).order_by("name").values_list("pk", "name")
    ]


class PlainSelect(forms.Select):
    """A <select> written out directly instead of through one included template per option.

    The speaker and outlet lists run to hundreds of options on a large register,
    and Django's per-option template made them most of the page's rendering time.
    The markup is the same as Django's own.
    """

    def render(self, name, value, attrs=None, renderer=None):
        # What ChoiceWidget.optgroups and the select templates do, without a dict and a template per option.
        chosen, found = self.format_value(value), False
        parts: list[str] = [format_html('<select name="{}"{}>', name, flatatt(self.build_attrs(self.attrs, attrs)))]
        for group_value, group_label in self.choices:
            group = isinstance(group_label, (list, tuple))
            if group:
                parts.append(format_html('<optgroup label="{}">', group_value))
            for option_value, label in group_label if group else [(group_value, group_label)]:
                option_value = "" if option_value is None else str(option_value)
                selected = not found and option_value in chosen
                found |= selected
                parts.append(
                    f'<option value="{conditional_escape(option_value)}"{" selected" if selected else ""}>'
                    f"{conditional_escape(str(label))}</option>"
                )
            if group:
                parts.append(mark_safe("</optgroup>"))
        parts.append(mark_safe("</select>"))
        return mark_safe("".join(parts))


class ClaimFilter(django_filters.FilterSet):
    visit = django_filters.ModelChoiceFilter(
        queryset=Visit.objects.all(),
        to_field_name="ref",
        empty_label=_("All visits"),
        label=_("Visit"),
        widget=PlainSelect,
    )
    status = django_filters.ChoiceFilter(
        choices=PUBLIC_STATUSES, empty_label=_("All verdicts"), label=_("Verdict"), widget=PlainSelect
    )
    topic = django_filters.ChoiceFilter(
        choices=Topic.choices, empty_label=_("All topics"), label=_("Topic"), widget=PlainSelect
    )
    speaker = django_filters.ChoiceFilter(
        choices=[], empty_label=_("All speakers"), label=_("Speaker"), widget=PlainSelect
    )
    outlet = django_filters.ChoiceFilter(
        field_name="article__outlet", choices=[], empty_label=_("All outlets"), label=_("Outlet"), widget=PlainSelect
    )
    q = django_filters.CharFilter(
        method="filter_search",
        label=_("Search"),
        validators=[validate_search],  # its length too: one message, the search's own
        widget=forms.TextInput(
            attrs={
                "type": "search",
                "dir": "auto",
                "placeholder": _("Words from a claim, quote or speaker"),
                "maxlength": SEARCH_MAX_LENGTH,
            }
        ),
    )
    sort = django_filters.ChoiceFilter(
        method="filter_sort",
        choices=[(key, label) for key, (label, _order) in SORTS.items()],
        empty_label=_("Best match, then newest"),
        label=_("Sort by"),
        widget=PlainSelect,
    )

    class Meta:
        model = Claim
        fields = ["visit", "status", "topic", "speaker", "outlet", "q", "sort"]

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset=queryset, **kwargs)
        # Choices come from what the public can see, so a select never names a
        # speaker or outlet known only from unpublished claims.
        # Both are kept until the register changes.
        speakers = publiccache.value(self.request, "filter-speakers", public_speakers)
        self.filters["speaker"].extra["choices"] = [(name, name) for name in speakers]
        self.filters["outlet"].extra["choices"] = publiccache.value(self.request, "filter-outlets", article_outlets)

    def filter_search(self, queryset, name, value):
        return queryset.search(value, request=self.request)

    def filter_sort(self, queryset, name, value):
        return queryset.order_by(*SORTS[value][1])

    @property
    def problems(self) -> list[str]:
        """What was wrong with the query string, one sentence per parameter (named as in the address), for the page."""
        if not self.is_bound or self.form.is_valid():
            return []
        return [
            gettext("The %(filter)s filter was ignored: %(errors)s") % {"filter": name, "errors": " ".join(errors)}
            for name, errors in self.form.errors.items()
            if name != "q"
        ]

    @property
    def search_refused(self) -> str | None:
        """Why the search (`q`) could not be run, if it could not: a search is never ignored, since the
        list without it would answer another question."""
        if not self.is_bound or self.form.is_valid():
            return None
        errors = self.form.errors.get("q")
        return " ".join(errors) if errors else None

    @property
    def active(self) -> bool:
        return self.is_bound and any(self.form.cleaned_data.get(name) for name in self.filters if name != "sort")
