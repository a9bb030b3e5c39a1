"""The register's transparency pages: who runs it and who is responsible, its funding, the corrections policy,
and how to contact the desk.

models.py (TransparencyPage: one page's text in one language), texts.py (the text each page has until a desk
admin writes its own), services.py (the only writer), views.py (the public pages), admin.py.
"""
