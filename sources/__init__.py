"""What was published: outlets, sources, origins, kept copies and the source watch's findings (CONTRIBUTING.md)."""


def __getattr__(name: str):
    """The history model of the source watch's SourceCheck (factregister.history.history_model)."""
    from factregister.history import history_model

    return history_model("sources", name)
