"""The two capitals' accounts of a visit, side by side, on the public register."""

from django.shortcuts import get_object_or_404, render

from claims.models import Visit
from claims.two_accounts.accounts import two_accounts
from factregister.publiccache import public_page


@public_page
def visit_accounts(request, ref):
    visit = get_object_or_404(Visit, ref=ref)
    return render(request, "claims/two_accounts/visit_accounts.html", two_accounts(visit))
