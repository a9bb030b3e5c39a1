"""The figure comparison on a claim's public page."""

from django import template

from claims.figures.compare import claim_comparison, public_figures

register = template.Library()


@register.simple_tag
def claim_figure_comparison(claim):
    """How the figures of the claim's metric compare with the claim's own; None when it states none.

    Reads only published claims and their evidence (two queries, whatever their number).
    """
    if claim.metric_id is None or claim.figure_value is None:
        return None
    _, figures = public_figures(claim.metric)
    comparison = claim_comparison(claim, figures.get(claim.metric_id, []))
    comparison["metric"] = claim.metric
    return comparison
