"""What was said and what we found: visits, claims, evidence, the workflow and the public register (CONTRIBUTING.md)."""


def __getattr__(name: str):
    """The history models of the feature packages' models (factregister.history.history_model)."""
    from factregister.history import history_model

    return history_model("claims", name)
