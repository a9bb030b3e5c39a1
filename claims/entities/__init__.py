"""People, organisations and places: the entities a claim's speaker and its subjects are (the package's parts)."""
