"""The two capitals' accounts of a visit, side by side, on the public register."""

from django.shortcuts import get_object_or_404, render

from claims.capitals.compare import two_accounts
from claims.models import Visit
from factregister.publiccache import public_page


@public_page
def visit_accounts(request, ref):
    visit = get_object_or_404(Visit, ref=ref)
    return render(request, "claims/capitals/visit_accounts.html", two_accounts(visit))
