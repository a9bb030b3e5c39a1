"""The figures cross-check: every number the sources state, compared metric by metric.

models.py (Metric, and the figure fields claims and evidence carry), compare.py (how
two figures compare), chart.py (the figure chart), admin.py, views.py.
"""
