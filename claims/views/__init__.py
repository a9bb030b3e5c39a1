"""The public register's pages; every read starts from `Claim.objects.published()`.

register.py (home, the claims list, a claim, a visit, corrections, methodology),
sources.py (the sources the register cites). The feature packages keep their own
pages: claims.figures.views, claims.commitments.views, claims.two_accounts.views.
"""
