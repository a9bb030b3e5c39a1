"""The editors' side of the figures cross-check: metrics, the comparison panel, the "figures disagree" filter.

Unlike the public pages, the editors see every claim's figures, published or not.
"""

from django.contrib import admin
from django.db.models import Q
from django.template.loader import render_to_string
from simple_history.admin import SimpleHistoryAdmin

from claims.admin.core import WrittenThroughCore
from claims.figures.compare import claim_comparison, claims_with_discrepancies, collect, figure_querysets
from claims.figures.services import MetricWriter
from claims.models import Claim, Metric
from factregister.admin_tools import LiveRevertMixin, TableTransfer
from factregister.admin_types import ModelAdminBase
from factregister.lookups import among


@admin.register(Metric)
class MetricAdmin(TableTransfer, WrittenThroughCore, LiveRevertMixin, SimpleHistoryAdmin):
    writer = MetricWriter
    list_display = ["name", "ref", "unit", "tolerance", "tolerance_is_relative"]
    search_fields = ["name", "ref", "description", "unit"]
    prepopulated_fields = {"ref": ["name"]}
    fields = ["name", "ref", "description", "unit", "tolerance", "tolerance_is_relative"]


# The most figures, and claims citing one figure, the claim page's comparison panel lists.
PANEL_ROWS = 50
PANEL_CLAIMS = 20


class FiguresDisagreeFilter(admin.SimpleListFilter):
    """Claims whose figure, or a figure in whose evidence, disagrees with another figure of the same metric."""

    title = "figures disagree"
    parameter_name = "figures_disagree"

    def lookups(self, request, model_admin):
        return [("yes", "Yes"), ("no", "No (states a figure, none disagrees)")]

    def queryset(self, request, queryset):
        if self.value() not in ("yes", "no"):
            return queryset
        # Thousands of drafts may disagree: their ids go to PostgreSQL as one array parameter.
        disagreeing = among(Claim.objects.all(), "id", sorted(claims_with_discrepancies(Claim.objects.all())))
        if self.value() == "yes":
            return queryset.filter(pk__in=disagreeing.values("pk"))
        with_figure = Q(metric__isnull=False, figure_value__isnull=False) | Q(
            evidence__metric__isnull=False, evidence__figure_value__isnull=False
        )
        return queryset.filter(with_figure).exclude(pk__in=disagreeing.values("pk")).distinct()


def figure_comparison_panel(claim) -> str:
    """The claim's figure beside every other figure of its metric (its evidence's first), with the differences."""
    if claim is None or not claim.pk:
        return "—"
    if claim.metric_id is None or claim.figure_value is None:
        return render_to_string("admin/claims/claim/figure_comparison.html", {"comparison": None})
    claims, evidence = figure_querysets(Claim.objects.all())
    figures = collect(
        claims.filter(metric_id=claim.metric_id),
        evidence.filter(metric_id=claim.metric_id),
        metrics={claim.metric_id: claim.metric},
        pairs=False,
    )
    comparison = claim_comparison(claim, figures.get(claim.metric_id, []))
    # Drafts by the thousand may state the metric: the page shows the first rows (the claim's evidence,
    # then disagreements) and the first claims citing each figure, and counts the rest.
    rows = comparison["rows"]
    comparison["more_rows"] = max(0, len(rows) - PANEL_ROWS)
    comparison["rows"] = [
        {**row, "claims": row["figure"].claims[:PANEL_CLAIMS], "more_claims": len(row["figure"].claims) - PANEL_CLAIMS}
        for row in rows[:PANEL_ROWS]
    ]
    return render_to_string("admin/claims/claim/figure_comparison.html", {"comparison": comparison, "claim": claim})


class FiguresAdminMixin(ModelAdminBase):
    """The read-only comparison panel on the claim page."""

    @admin.display(description="Compared with other figures")
    def figure_comparison(self, obj):
        from django.utils.safestring import mark_safe

        # The template escapes every value it prints.
        return mark_safe(figure_comparison_panel(obj))
