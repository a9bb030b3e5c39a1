"""Claims readers send us to check ("tips"): kept for the editors only, never public.

models.py (Tip), rules.py (what a triage decision needs), services.py (receive a tip, decide it: the only
writers), forms.py and views.py (the public form and its answer), admin.py (the editors' triage).
"""
