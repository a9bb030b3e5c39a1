"""Taking an article in: its source found or made, its copy kept, and the quotes citing it checked again.

The admin's article page and `manage.py intake_article` call these; every write goes through the write
core (claims.services: sources and outlets, the copy and the quote findings), under its rules: a source a
published claim cites is changed, and its copy taken or replaced, only by an editor with a reason.
"""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from claims.services import copy_delete, copy_keep, outlet_named, source_create, source_update
from intake.fetch import Received
from intake.segment import sentences
from sources.models import ArticleCopy, Source


def article_intake(*, source: Source, received: Received, user, note: str = "") -> tuple[ArticleCopy, bool]:
    """Keep `received` as the copy of `source`; returns the copy and whether it is new or changed.

    `note` is the reason on the record when a published claim cites the source."""
    split = [[s.start, s.end, s.paragraph] for s in sentences(received.text, source.language)]
    return copy_keep(
        source=source,
        text=received.text,
        how=received.how,
        url=received.url,
        filename=received.filename,
        sentences=split,
        language=source.language,
        user=user,
        note=note,
    )


def copy_remove(*, copy: ArticleCopy, user, note: str = "") -> None:
    """Stop keeping a copy (a publisher's request): the quotes citing its source are then unchecked."""
    copy_delete(copy=copy, user=user, note=note)


@transaction.atomic
def source_for_intake(
    *,
    user,
    ref: str = "",
    outlet: str = "",
    title: str = "",
    published_on: datetime.date | None = None,
    language: str = "",
    url: str = "",
    note: str = "",
) -> tuple[Source, bool]:
    """The source an article is taken in for: the one with `ref`, else the one at `url`, else a new article
    of `outlet` (added if the register does not know it yet) titled `title`. Returns it and whether it is new.
    Given values other than the ref update an existing source, under the rules for sources (`note` is the
    reason when a published claim cites it)."""
    source = None
    if ref:
        source = Source.objects.filter(ref=ref).first()
        if source is None:
            raise ValidationError({"source": f"There is no source with ref '{ref}'."})
    elif url:
        source = Source.objects.filter(url=url).first()
    values: dict[str, Any] = {
        name: value
        for name, value in (("title", title), ("published_on", published_on), ("language", language), ("url", url))
        if value
    }
    if outlet and (source is None or source.outlet is None or source.outlet.name != outlet):
        values["outlet"] = outlet_named(outlet, user=user)
    if source is None:
        if not (outlet and title):
            raise ValidationError({"title": "A new source needs its outlet's name and its title."})
        return source_create(source=Source(kind=Source.Kind.ARTICLE, **values), user=user), True
    return source_update(source=source, user=user, values=values, change_note=note), False
