"""What readers of each language see of the register's own words, and which languages a record's page is offered in.

The interface (headings, labels, verdict names, dates) is translated into every language of
settings.LANGUAGES. The register's own words (a claim's statement and verdict summary, a visit's
title and summary, evidence in our words and its notes, the reasons for corrections) are written
in English and have no translations yet. Pages, feeds and the sitemap ask here, so that
translations plug in at this one place when they exist:

- `shown(record, field)`: the text a reader of the page's language sees, and the language it is in.
  Today the original, in English. With translations: a published translation into the page's
  language made from the current version of the original, else the original.
- `page_languages(record)`: the languages whose page of `record` is listed as an alternate of the
  others (hreflang in the head and in the sitemap). Today every interface language, since the
  interface is translated into all of them. With translations: English and the languages with a
  published, current translation; the other language pages still answer (the interface is
  translated) but are not offered as alternates.
"""

from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from claims.models import Claim, Evidence, Stance, Topic
from factregister.languages import interface_languages, same_language


class Shown(NamedTuple):
    text: str
    language: str  # a language code as settings.LANGUAGES has them


def original_language() -> str:
    """The language the register writes its records in."""
    return settings.LANGUAGE_CODE


def shown(record, field: str) -> Shown:
    """The text of `record.field` a reader of the page's language sees, and its language: today the original."""
    return Shown(getattr(record, field) or "", original_language())


def page_languages(record=None) -> list[str]:
    """The languages in which `record`'s page is offered as an alternate (hreflang): today every interface language."""
    return interface_languages()


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
