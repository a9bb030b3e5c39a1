"""Commitments made or restated during the visits and the dated checks (follow-ups) on them.

models.py, state.py (where each commitment stands, overdue or not), services.py
(recording a follow-up), admin.py, views.py, feeds.py.
"""
