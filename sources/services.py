"""Keeping a copy of an article: the one writer of ArticleCopy rows.

The intake (intake.services) and the demo loader call `copy_keep`; whoever keeps a copy then has the
quotes of the claims and evidence citing the source checked again (claims.services.quotes).
"""

import hashlib

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sources.models import ArticleCopy, CopyHow, Source


def digest(text: str) -> tuple[str, int]:
    """The SHA-256 (hex) and the size in bytes of `text`, UTF-8 encoded."""
    data = text.encode("utf-8")
    return hashlib.sha256(data).hexdigest(), len(data)


@transaction.atomic
def copy_keep(
    *,
    source: Source,
    text: str,
    how: str,
    url: str = "",
    filename: str = "",
    retrieved_at=None,
    sentences: list | None = None,
    language: str = "",
) -> tuple[ArticleCopy, bool]:
    """Keep `text` as the copy of `source`, replacing the copy it had. Returns the copy and whether it changed.

    A copy identical to the one kept (same SHA-256) is left as it is, with its first retrieval time.
    `sentences` ([start, end, line] offsets) and `language` are the intake's split of the text, if it made one.
    """
    if how not in CopyHow.values:
        raise ValidationError({"how": f"'{how}' is not a way a copy comes: use one of {', '.join(CopyHow.values)}."})
    if not text.strip():
        raise ValidationError({"text": f"The copy of '{source.ref}' is empty: there is no text to keep."})
    sha256, size = digest(text)
    copy = ArticleCopy.objects.select_for_update().filter(source=source).first()
    if copy is not None and copy.sha256 == sha256:
        if sentences is not None and (copy.sentences, copy.sentences_language) != (sentences, language):
            copy.sentences, copy.sentences_language = sentences, language
            copy.save(update_fields=["sentences", "sentences_language"])
        return copy, False
    copy = copy or ArticleCopy(source=source)
    copy.sentences, copy.sentences_language = sentences or [], language if sentences is not None else ""
    copy.text, copy.sha256, copy.size = text, sha256, size
    copy.how, copy.url, copy.filename = how, url or "", filename or ""
    copy.retrieved_at = retrieved_at or timezone.now()
    copy.full_clean()
    copy.save()
    return copy, True
