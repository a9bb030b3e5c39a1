"""The public register's pages; every read starts from `Claim.objects.published()`.

register.py (home, the claims list, a visit, the methodology), claim.py (a claim's
page, the page at a withdrawn claim's address, the corrections log), sources.py (the
sources the register cites). The feature packages keep their own
pages: claims.figures.views, claims.commitments.views, claims.capitals.views.
"""
