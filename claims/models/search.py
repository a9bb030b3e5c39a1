"""`ClaimSearch`: what the search matches for one claim, folded, one row per claim.

The row holds the claim's words folded by `claims.text.fold`, one column per language: `en`, the claim's own
words (statement, quote, speaker as written, verdict summary) and every spelling of its speaker's and its
mentioned entities' names in every script; `fa`, `ru`, `kk`, the claim's PUBLISHED translation into that
language (statement, verdict summary, the translation of the quote). It is derived data, written only by the
write core after every change that alters it (claims/services/search_index.py) and filled for the claims
stored before it by migration 0021.

On PostgreSQL the row also has `document`, a stored generated tsvector (migration 0021; not a model field, so
SQLite and every write leave it alone): the English column under the `english` configuration, Russian under
`russian`, Persian and Kazakh under `simple` (PostgreSQL stems neither; `arabic` would damage Persian words),
with a GIN index. SQLite matches the same folded columns word by word.
"""

from django.db import models

# The columns, by the language whose words they hold, and PostgreSQL's text-search configuration for each.
SEARCH_CONFIGS = {"en": "english", "fa": "simple", "ru": "russian", "kk": "simple"}


class ClaimSearch(models.Model):
    claim = models.OneToOneField("claims.Claim", on_delete=models.CASCADE, primary_key=True, related_name="search_text")
    en = models.TextField(blank=True)
    fa = models.TextField(blank=True)
    ru = models.TextField(blank=True)
    kk = models.TextField(blank=True)

    class Meta:
        verbose_name = "claim's search text"
        verbose_name_plural = "claims' search text"

    def __str__(self):
        return f"Search text of claim {self.claim_id}"
