"""What the search matches for a claim (`ClaimSearch`'s columns), built from plain values.

One folded text per language (claims/models/search.py says which words go where): the same `claims.text.fold`
then folds every query, so SQLite and PostgreSQL match the same text. Pure functions of the rows' values, so
the write core's step (claims/services/search_index.py) and the migration that fills the index for the claims
stored before it (0021) build the same documents.
"""

from functools import lru_cache

from claims.text import fold

# The claim's own words, as written in English.
CLAIM_FIELDS = ("text", "quote", "speaker", "verdict_summary")
# A published translation's words.
TRANSLATION_FIELDS = ("text", "verdict_summary", "quote")
# The names of an entity in every script, and its other spellings (one per line).
ENTITY_FIELDS = ("name", "name_fa", "name_ru", "name_kk", "name_kk_latn", "other_names")
LANGUAGES = ("en", "fa", "ru", "kk")


def entity_spellings(entity: dict) -> list[str]:
    """`Entity.spellings()` from a row's values: each script's name and each other spelling."""
    names = [entity.get(name) or "" for name in ENTITY_FIELDS[:-1]]
    names += (entity.get("other_names") or "").splitlines()
    return list(dict.fromkeys(name.strip() for name in names if name.strip()))


def document(claim: dict, entities: list[dict], translations: list[dict]) -> dict[str, str]:
    """The folded text of each language's column for one claim.

    `claim` holds CLAIM_FIELDS, `entities` its speaker's and mentioned entities' ENTITY_FIELDS, `translations`
    its PUBLISHED translations' `language` and TRANSLATION_FIELDS.
    """
    english = [claim.get(name) or "" for name in CLAIM_FIELDS]
    english += [spelling for entity in entities for spelling in entity_spellings(entity)]
    found = dict.fromkeys(LANGUAGES, "")
    found["en"] = _folded(english)
    for translation in translations:
        if translation["language"] in found:
            found[translation["language"]] = _folded([translation.get(name) or "" for name in TRANSLATION_FIELDS])
    return found


def _folded(parts: list[str]) -> str:
    """The parts folded one by one and joined by lines: what folding them joined gives (a line break is
    neither a letter nor a hyphen), but a part in plain ASCII takes `fold`'s quick way whatever its
    neighbours hold, and the short ones that recur (speakers, names) are folded once."""
    return "\n".join(_fold_short(part) if len(part) <= 200 else fold(part) for part in parts if part)


@lru_cache(maxsize=8192)
def _fold_short(text: str) -> str:
    return fold(text)
