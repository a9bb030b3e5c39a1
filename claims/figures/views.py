"""The figures cross-check: every metric, and every figure each source states for it.

Only figures from published claims, and from the evidence of published claims, are read
(claims.figures.compare.public_figures starts from `Claim.objects.published()`). Each page runs a fixed
number of queries whatever the number of figures: the metrics, the claims' figures, the
evidence's figures, and the register's freshness stamp.
"""

from django.shortcuts import get_object_or_404, render

from claims.figures.chart import figure_chart, format_value
from claims.figures.compare import compare_all_quietly, public_figures
from claims.models import Metric
from factregister.publiccache import public_page


def metric_summary(metric, figures) -> dict:
    comparisons = compare_all_quietly(figures)
    disagreements = [c for c in comparisons if not c.agree]
    sources = {figure.source.pk for figure in figures}
    values = [f.normalised.value for f in figures if f.comparable]
    if not figures:
        state = "none"
    elif disagreements:
        state = "disagree"
    elif comparisons:
        state = "agree"
    else:
        state = "uncompared"
    return {
        "metric": metric,
        "figures": figures,
        "comparisons": comparisons,
        "disagreements": disagreements,
        "source_count": len(sources),
        "state": state,
        "low": format_value(min(values), metric.unit) if values else "",
        "high": format_value(max(values), metric.unit) if values else "",
    }


@public_page
def metric_list(request):
    metrics, figures = public_figures()
    summaries = [metric_summary(metric, figures.get(pk, [])) for pk, metric in metrics.items()]
    summaries.sort(key=lambda s: (s["state"] != "disagree", s["state"] == "none", s["metric"].name))
    return render(request, "claims/figures/metric_list.html", {"summaries": summaries})


@public_page
def metric_detail(request, ref):
    metric = get_object_or_404(Metric, ref=ref)
    _, figures = public_figures(metric)
    summary = metric_summary(metric, figures.get(metric.pk, []))
    chart = figure_chart(summary["figures"], metric.unit)
    return render(request, "claims/figures/metric_detail.html", {**summary, "s": summary, "chart": chart})
