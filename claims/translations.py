"""What readers of each language see of the register's own words, and which languages a record's page is offered in.

The interface (headings, labels, verdict names, dates) is translated into every language of
settings.LANGUAGES. The register's own words (a claim's statement, verdict summary and the register's
translation of its quote, a visit's title and summary, evidence in our words and its notes, the reasons for
corrections) are written in English and translated per record (claims.models.translations). Pages, feeds,
the sitemap and ClaimReview ask here:

- `shown(record, field)`: the text a reader of the page's language sees, and the language it is in: the
  PUBLISHED translation into that language when there is one, else the English original (marked as English
  by the templates). A draft or a translation in review is never shown.
- An out-of-date translation (its original was corrected, updated or withdrawn since: `outdated_at`) is still
  the page's translation, but nothing stale is presented as current. Its page says the English record changed
  and links to it (`translated()` gives the template what it needs), and `shown()` gives the English original
  for every field that may have changed: a claim's verdict summary always (a correction changes the verdict,
  and an update of the wording or the evidence changes what the summary rests on, so a stale summary would
  argue for a verdict the register may no longer give), its statement and the translation of its quote when an
  update since the translation went out of date changed them (the update's recorded `changes`), and every
  field of a visit's or a piece of evidence's translation (their changes are not itemised on the record). The
  verdict's name is the interface's, so it is always the current one.
- A claim's quote is never replaced: `quote_translation()` is the register's translation, shown beside it.
- `page_languages(record)`: the languages whose page of `record` is listed as an alternate of the others
  (hreflang in the head and in the sitemap, ClaimReview's `workTranslation`): for a claim or a visit, English
  and the languages with a published, current translation; the other language pages still answer (the
  interface is translated) but are not offered as alternates until their translation is current again. A page
  with nothing of the register's words to translate (a source, a metric, a list) is offered in every language.

Lists read their records' translations in a fixed number of queries: `with_translations(claims)`, or
`prefetch(records)` for records already read; a record read alone is looked up when first asked.
"""

from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import F, Prefetch
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from claims.models import (
    Claim,
    ClaimEvent,
    ClaimTranslation,
    EventTranslation,
    Evidence,
    EvidenceTranslation,
    Stance,
    Topic,
    Translation,
    TranslationStatus,
    Visit,
    VisitTranslation,
)
from factregister.languages import interface_languages, same_language

# The kinds of record with translations, each with its translation model.
TRANSLATED: dict[type[models.Model], type[Translation]] = {
    Claim: ClaimTranslation,
    Visit: VisitTranslation,
    Evidence: EvidenceTranslation,
    ClaimEvent: EventTranslation,
}
# Where a record keeps its published translations once read (every language: a page needs its own and the
# languages it is offered in).
PUBLISHED = "published_translations"
# Where a claim keeps the updates that came after one of its translations went out of date (changed fields).
UPDATES = "updates_since_translated"
# Fields shown beside the original rather than in place of it.
BESIDE = {"quote"}


class Shown(NamedTuple):
    text: str
    language: str  # a language code as settings.LANGUAGES has them


def original_language() -> str:
    """The language the register writes its records in."""
    return settings.LANGUAGE_CODE


def page_language() -> str:
    """The active language, as settings.LANGUAGES spells it."""
    active = translation.get_language() or original_language()
    for code in interface_languages():
        if same_language(code, active):
            return code
    return original_language()


def published_translations(model: type[Translation]):
    return model._default_manager.filter(status=TranslationStatus.PUBLISHED).select_related("reviewed_by")


def published_prefetch(model: type[models.Model], lookup: str = "translations") -> Prefetch:
    """A Prefetch of the published translations (every language) of `model`'s records, at `lookup`."""
    return Prefetch(lookup, queryset=published_translations(TRANSLATED[model]), to_attr=PUBLISHED)


def updates_since_outdated(language: str):
    """Claims' updates made after their translation into `language` went out of date: on most pages none."""
    return (
        ClaimEvent.objects.filter(
            kind=ClaimEvent.Kind.UPDATE,
            claim__translations__language=language,
            claim__translations__status=TranslationStatus.PUBLISHED,
            claim__translations__outdated_at__lte=F("at"),
        )
        .only("id", "claim_id", "at", "changes")
        .distinct()
    )


def claim_prefetches(prefix: str = "") -> list[Prefetch]:
    """What claims shown on a page of the active language need of translations, in three queries: their own,
    their visits', and the updates that outdated their translation into the page's language (on an English page,
    none: the query is made all the same, so that every language's page costs the same). `prefix` leads to the
    claims."""
    return [
        published_prefetch(Claim, f"{prefix}translations"),
        published_prefetch(Visit, f"{prefix}visit__translations"),
        Prefetch(f"{prefix}events", queryset=updates_since_outdated(page_language()), to_attr=UPDATES),
    ]


def with_translations(claims):
    """`claims` (a query) with what `shown()` and `page_languages()` read, in a fixed number of queries."""
    return claims.prefetch_related(*claim_prefetches())


def prefetch(records, lookup: str = "translations") -> None:
    """Read the published translations of `records` (already read, all of one kind) in one query."""
    records = [record for record in records if record is not None]
    if records:
        models.prefetch_related_objects(records, published_prefetch(type(records[0]), lookup))


def _published(record) -> list[Translation]:
    """`record`'s published translations, every language: prefetched, else read once and kept on the record."""
    found = getattr(record, PUBLISHED, None)
    if found is None:
        model = TRANSLATED[type(record)]
        found = list(published_translations(model).filter(**{model.original_field: record}))
        setattr(record, PUBLISHED, found)
    return found


def translated(record, language: str | None = None) -> Translation | None:
    """`record`'s published translation into `language` (default the page's), current or out of date; None for
    the original's language or when there is none."""
    language = language or page_language()
    if type(record) not in TRANSLATED or record.pk is None or same_language(language, original_language()):
        return None
    return next((found for found in _published(record) if found.language == language), None)


def changed_since(record, found: Translation) -> set[str]:
    """The translated fields of `record` that may have changed since `found` was made (see the docstring)."""
    if found.outdated_at is None:
        return set()
    if not isinstance(record, Claim):
        return set(found.translated_fields)
    updates = getattr(record, UPDATES, None)
    if updates is None:
        updates = list(record.events.filter(kind=ClaimEvent.Kind.UPDATE, at__gte=found.outdated_at))
        setattr(record, UPDATES, updates)
    changed = {"verdict_summary"}
    for update in updates:
        if update.at >= found.outdated_at:
            # A change of the claim's own field has its verbose name as its label; a source's or a piece of
            # evidence's is prefixed (claims.services.records.describe).
            changed |= {c.get("field", "") for c in update.changes if not _prefixed_label(c.get("label", ""))}
    return changed & set(found.translated_fields)


def _prefixed_label(label: str) -> bool:
    return label.startswith((SOURCE_PREFIX, EVIDENCE_PREFIX))


def shown(record, field: str) -> Shown:
    """The text of `record.field` a reader of the page's language sees, and its language."""
    original = Shown(getattr(record, field, "") or "", original_language())
    model = TRANSLATED.get(type(record))
    if model is None or field not in model.translated_fields or (field in BESIDE and isinstance(record, Claim)):
        return original
    found = translated(record)
    if found is None or field in changed_since(record, found):
        return original
    text = getattr(found, field) or ""
    return Shown(text, found.language) if text.strip() else original


def quote_translation(record: Claim | Evidence) -> Shown | None:
    """The register's translation of a claim's quote or a piece of evidence's verbatim passage into the page's
    language, shown beside the verbatim words; None when there is none, or the words changed since it was made."""
    found = translated(record)
    if found is None or not getattr(found, "quote", "").strip() or not record.quote.strip():
        return None
    if "quote" in changed_since(record, found):
        return None
    return Shown(found.quote, found.language)  # type: ignore[attr-defined]


def original_address(record) -> str:
    """The address of `record`'s page in the original's language (English, unprefixed)."""
    with translation.override(original_language()):
        return record.get_absolute_url()


def page_languages(record=None) -> list[str]:
    """The languages in which `record`'s page is offered as an alternate (hreflang): see the docstring."""
    if type(record) not in (Claim, Visit):
        return interface_languages()
    current = {found.language for found in _published(record) if found.outdated_at is None}
    return [code for code in interface_languages() if code == original_language() or code in current]


# --- An update on the public record, in the page's language ---------------------------------------------------------
# An update keeps what changed as the services wrote it, in English (claims.services.records.describe): a label made
# of the field's name (after "Source: " or "Evidence from <source>: " for a cited source or a piece of evidence), and
# the values before and after. The labels are the interface's words, so other languages' pages name the field in
# their own; the values are the register's words (a choice, such as a topic, in its label), shown as they were.
FIELD_LABELS = {
    "ref": _("address"),
    "article": _("article"),
    "visit": _("visit"),
    "speaker": _("speaker"),
    "topic": _("topic"),
    "text": _("statement"),
    "quote": _("quote"),
    "metric": _("metric"),
    "figure_value": _("figure value"),
    "figure_qualifier": _("figure qualifier"),
    "figure_unit": _("figure unit"),
    "figure_period": _("figure period"),
    "figure_period_start": _("figure period start"),
    "figure_period_end": _("figure period end"),
    "figure_period_note": _("figure period note"),
    "is_commitment": _("is commitment"),
    "commitment_due": _("commitment due"),
    "commitment_due_is_reading": _("commitment due is reading"),
    "commitment_horizon": _("commitment horizon"),
    "commitment_first_made": _("commitment first made"),
    "claim": _("claim"),
    "source": _("source"),
    "stance": _("stance"),
    "paraphrased": _("paraphrased"),
    "note": _("note"),
    "title": _("title"),
    "url": _("address of the document"),
}
WHOLE_LABELS = {
    "Evidence added": _("Evidence added"),
    "Evidence removed": _("Evidence removed"),
    "Evidence restored": _("Evidence restored"),
}
SOURCE_PREFIX, EVIDENCE_PREFIX = "Source: ", "Evidence from "
CHOICES: dict[str, type[models.TextChoices]] = {"topic": Topic, "stance": Stance}


def change_label(change: dict) -> tuple[str, str]:
    """What an update changed, named in the page's language where the interface can; and the name's language."""
    label, field = change.get("label", ""), change.get("field", "")
    if same_language(translation.get_language() or original_language(), original_language()):
        return label, original_language()
    if label in WHOLE_LABELS:
        return str(WHOLE_LABELS[label]), translation.get_language()
    named = FIELD_LABELS.get(field)
    if named is not None:
        if label.lower() == _verbose_name(field):
            return str(named), translation.get_language()
        if label.startswith(SOURCE_PREFIX):
            return gettext("source: %(field)s") % {"field": named}, translation.get_language()
        if label.startswith(EVIDENCE_PREFIX) and ": " in label:
            source = label[len(EVIDENCE_PREFIX) : label.rindex(": ")]
            return gettext("evidence from %(source)s: %(field)s") % {"source": source, "field": named}, (
                translation.get_language()
            )
    return label, original_language()


def change_value(change: dict, when: str) -> str:
    """A value before or after an update: a choice in the page's language, anything else as it was."""
    value = change.get(when, "")
    choices = CHOICES.get(change.get("field", ""))
    if choices is not None:
        for choice in choices:
            if str(choice.label) == value or _english(choice.label) == value:
                return str(choice.label)
    return value


def _verbose_name(field: str) -> str:
    for model in (Claim, Evidence):
        try:
            found = model._meta.get_field(field)
        except FieldDoesNotExist:
            continue
        if isinstance(found, models.Field):
            return str(found.verbose_name).lower()
    return field.replace("_", " ")


def _english(label) -> str:
    with translation.override(original_language()):
        return str(label)
