"""Repeated claims: one statement reported by several articles, linked as appearances.

models.py (dismissed suggestions), queries.py (groups and appearances),
suggestions.py (likely repeats by trigram similarity), services.py (link, unlink,
dismiss), admin.py (the likely-repeats panel).
"""
