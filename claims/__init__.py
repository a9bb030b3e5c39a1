"""What was said and what we found: visits, claims, evidence, the workflow and the public register (CONTRIBUTING.md)."""


def __getattr__(name: str):
    """The history models of the feature packages' models, by the name django-simple-history gives them.

    simple-history sets the `__module__` of a model's history model to the app's package (`claims`) when the
    model lives elsewhere than `claims.models` (figures' Metric, commitments' FollowUp), but attaches the class
    to the model's own module. `claims.HistoricalMetric` then named nothing, and Django's shell, which imports
    every model by its `__module__` and name, warned that two models could not be imported.
    """
    if name.startswith("Historical"):
        from django.apps import apps

        try:
            return apps.get_model("claims", name)
        except LookupError:
            pass
    raise AttributeError(f"module 'claims' has no attribute {name!r}")
