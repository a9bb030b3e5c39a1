from django.shortcuts import get_object_or_404, render

from claims.models import Claim, Visit


def claim_detail(request, ref):
    claim = get_object_or_404(Claim.objects.published().with_related(), ref=ref)
    return render(request, "claims/claim_detail.html", {"claim": claim})


def visit_detail(request, ref):
    visit = get_object_or_404(Visit, ref=ref)
    return render(request, "claims/visit_detail.html", {"visit": visit})
