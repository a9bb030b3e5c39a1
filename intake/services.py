"""Taking an article in: its source found or made, its copy kept, and the quotes citing it checked again.

The admin's article page and `manage.py intake_article` call these; the writes themselves are
sources.services (the copy) and claims.services.quotes (the findings).
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from claims.services import quotes_recheck
from intake.fetch import Received
from intake.segment import sentences
from sources.models import ArticleCopy, Outlet, Source
from sources.services import copy_keep


@transaction.atomic
def article_intake(*, source: Source, received: Received) -> tuple[ArticleCopy, bool]:
    """Keep `received` as the copy of `source`; returns the copy and whether it is new or changed."""
    split = [[s.start, s.end, s.paragraph] for s in sentences(received.text, source.language)]
    copy, changed = copy_keep(
        source=source,
        text=received.text,
        how=received.how,
        url=received.url,
        filename=received.filename,
        sentences=split,
        language=source.language,
    )
    if changed:
        quotes_recheck(source_ids=[source.pk])
    return copy, changed


@transaction.atomic
def copy_delete(*, copy: ArticleCopy) -> None:
    """Stop keeping a copy (a publisher's request): the quotes citing its source are then unchecked."""
    source_id = copy.source_id
    copy.delete()
    quotes_recheck(source_ids=[source_id])


@transaction.atomic
def source_for_intake(
    *,
    ref: str = "",
    outlet: str = "",
    title: str = "",
    published_on: datetime.date | None = None,
    language: str = "",
    url: str = "",
) -> tuple[Source, bool]:
    """The source an article is taken in for: the one with `ref`, else the one at `url`, else a new article
    of `outlet` (made if the register does not know it yet) titled `title`. Returns it and whether it is new.
    Given values other than the ref update an existing source."""
    source = None
    if ref:
        source = Source.objects.filter(ref=ref).first()
        if source is None:
            raise ValidationError({"source": f"There is no source with ref '{ref}'."})
    elif url:
        source = Source.objects.filter(url=url).first()
    created = source is None
    if source is None:
        if not (outlet and title):
            raise ValidationError({"title": "A new source needs its outlet's name and its title."})
        source = Source(kind=Source.Kind.ARTICLE)
    changed = created
    if outlet and (source.outlet is None or source.outlet.name != outlet):
        source.outlet = Outlet.objects.filter(name=outlet).first() or _new_outlet(outlet)
        changed = True
    for name, value in (("title", title), ("published_on", published_on), ("language", language), ("url", url)):
        if value and getattr(source, name) != value:
            setattr(source, name, value)
            changed = True
    if changed:
        source.full_clean()
        source.save()
    return source, created


def _new_outlet(name: str) -> Outlet:
    outlet = Outlet(name=name)
    outlet.full_clean()
    outlet.save()
    return outlet
