"""The register's kept copies of articles: taking one, replacing it, removing it, through the write core.

The copy of a source is what the quotes citing it are checked against; for a source a published claim
cites it is public content (the claim's page says the quote was checked against our copy, with its date
and SHA-256). So taking, replacing or removing such a copy is an editor's change with a reason, an update
on the record of every published claim citing the source, and it moves the freshness stamp. Every earlier
copy stays in the copy's history. After any change of text, every quote citing the source is checked
again (claims.services.quotes).
"""

import hashlib
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils import timezone

from claims import rules
from claims.models import ClaimEvent
from claims.services.core import DELETE, NEW, Change, Writer, acting, apply_one
from claims.services.quotes import quotes_recheck
from claims.services.records import update_for
from claims.services.sources import cited_by_published, claims_citing
from sources.models import ArticleCopy, CopyHow, Source

# What a reader is told of a copy: a change to one of these is a change of the public record.
PUBLIC_COPY_FIELDS = ("text", "sha256", "size", "retrieved_at", "how", "url", "filename")
COPY_FIELDS = ("source", *PUBLIC_COPY_FIELDS, "sentences", "sentences_language")


def digest(text: str) -> tuple[str, int]:
    """The SHA-256 (hex) and the size in bytes of `text`, UTF-8 encoded."""
    data = text.encode("utf-8")
    return hashlib.sha256(data).hexdigest(), len(data)


def described(copy: ArticleCopy | None) -> str:
    if copy is None:
        return "no copy kept"
    return f"copy kept {copy.retrieved_at:%d %B %Y}, SHA-256 {copy.sha256}"


@dataclass
class CopyFacts:
    cited: set[int] = field(default_factory=set)
    citing: dict[int, list] = field(default_factory=dict)


def _shown(change: Change) -> bool:
    return change.kind in (NEW, DELETE) or bool(set(change.fields) & set(PUBLIC_COPY_FIELDS))


class CopyWriter(Writer):
    model = ArticleCopy
    fields = COPY_FIELDS
    default_reason = "Kept copy of the article"

    def facts(self, changes: list[Change]) -> CopyFacts:
        ids = {(c.current or c.proposed).source_id for c in changes}
        cited = cited_by_published(ids)
        return CopyFacts(cited=cited, citing=claims_citing(cited) if cited else {})

    def problems(self, change: Change, facts: CopyFacts) -> rules.Problems:
        copy = change.current or change.proposed
        action = {NEW: "add", DELETE: "delete"}.get(change.kind, "change")
        public = copy.source_id in facts.cited and _shown(change)
        return rules.copy_problems(
            user=self.user, ref=copy.source.ref, cited_by_published=public, action=action, note=change.note
        )

    def events(self, change: Change, facts: CopyFacts, *, now) -> list[ClaimEvent]:
        copy = change.current or change.proposed
        if copy.source_id not in facts.cited or not _shown(change):
            return []
        record = [
            {
                "field": "kept_copy",
                "label": "Our kept copy of the source",
                "before": described(change.current),
                "after": described(change.proposed),
            }
        ]
        user = acting(self.user)
        return [
            update_for(claim=claim, user=user, note=change.note, changes=record, at=now)
            for claim in facts.citing.get(copy.source_id, [])
        ]

    def after(self, changes: list[Change], facts: CopyFacts, *, now) -> None:
        rechecked = [
            (c.current or c.proposed).source_id for c in changes if c.kind in (NEW, DELETE) or "text" in c.fields
        ]
        if rechecked:
            quotes_recheck(source_ids=rechecked)

    def is_public(self, change: Change, facts: CopyFacts) -> bool:
        return (change.current or change.proposed).source_id in facts.cited and _shown(change)


def copy_change(
    *,
    source: Source,
    text: str,
    how: str,
    note: str = "",
    url: str = "",
    filename: str = "",
    retrieved_at=None,
    sentences: list | None = None,
    language: str = "",
) -> Change | None:
    """The change that keeps `text` as the copy of `source` (None: the same text is kept already, split alike).

    A copy identical to the one kept (same SHA-256) keeps its first retrieval time; only a new split of it
    (`sentences`: [start, end, line] offsets in the language `language`) is stored.
    """
    if how not in CopyHow.values:
        raise ValidationError({"how": f"'{how}' is not a way a copy comes: use one of {', '.join(CopyHow.values)}."})
    if not text.strip():
        raise ValidationError({"text": f"The copy of '{source.ref}' is empty: there is no text to keep."})
    sha256, size = digest(text)
    kept = ArticleCopy.objects.filter(source=source).first() if source.pk else None
    if kept is not None and kept.sha256 == sha256:
        if sentences is not None and (kept.sentences, kept.sentences_language) != (sentences, language):
            return Change(target=kept, values={"sentences": sentences, "sentences_language": language})
        return None
    values = {
        "source": source,
        "text": text,
        "sha256": sha256,
        "size": size,
        "how": how,
        "url": url or "",
        "filename": filename or "",
        "retrieved_at": retrieved_at or timezone.now(),
        "sentences": sentences or [],
        "sentences_language": language if sentences is not None else "",
    }
    return Change(target=kept, values=values, note=note)


def copy_keep(*, source: Source, user, **given) -> tuple[ArticleCopy, bool]:
    """Keep a text as the copy of `source` (see `copy_change` for what is given), replacing the copy it had.
    Returns the copy and whether its text changed. `note` is the reason on the record when a published claim
    cites the source."""
    change = copy_change(source=source, **given)
    if change is None:
        return ArticleCopy.objects.get(source=source), False
    apply_one(CopyWriter(user=user), change)
    return change.proposed, "text" in change.fields or change.kind == NEW


def copy_delete(*, copy: ArticleCopy, user, note: str = "") -> None:
    """Stop keeping a copy (a publisher's request): the quotes citing its source are then unchecked. The text
    stays in the copy's history."""
    apply_one(CopyWriter(user=user), Change(target=copy, delete=True, note=note))


__all__ = ["COPY_FIELDS", "CopyWriter", "copy_change", "copy_delete", "copy_keep", "described", "digest"]
