"""Translations of the register's own words, through the write core; and corrections that reach every language.

`TranslationWriter` (one subclass per kind of original: claims, visits, evidence, record notes) checks each
change against claims.rules.translations and derives what the translator does not type: the version of the
original a translation is made from (brought up to date whenever its words change), the account that made
it, and the review, recorded only as made by the editor who asks for it (`Change.options["review"]`) and
cleared when the words it reviewed change.

`follow_original()` is called by the core after every write: when an original is corrected, updated or
withdrawn (a claim's step on the public record, a visit or a piece of evidence changed), every translation
made from an older version is marked out of date (`outdated_at`) in the same transaction, so no language keeps
saying what the original no longer says.
"""

from typing import ClassVar

from django.db import models

from claims import rules
from claims.models import ClaimEvent, EventKind, Evidence, Visit
from claims.models.translations import (
    ClaimTranslation,
    EventTranslation,
    EvidenceTranslation,
    Translation,
    TranslationStatus,
    VisitTranslation,
)
from claims.services.core import DELETE, NEW, Change, Writer, acting, apply, apply_one

OUTDATE = "outdate"
# The fields every translation has beside its words and its original.
COMMON_FIELDS = ("language", "status", "translator", "machine_assisted")
DERIVED_FIELDS = ("made_from_version", "outdated_at", "reviewed_by", "reviewed_at", "created_by")


class TranslationWriter(Writer):
    """One kind of translation (`model`): its rules, and what follows from a change to it."""

    model: ClassVar[type[Translation]]
    versioned = True
    touched = ("updated_at",)
    default_reason = "Translation"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "model" in cls.__dict__:
            cls.fields = (*cls.editable_fields(), *DERIVED_FIELDS)

    @classmethod
    def editable_fields(cls) -> tuple[str, ...]:
        return (cls.model.original_field, *COMMON_FIELDS, *cls.model.translated_fields)

    def facts(self, changes: list[Change]) -> dict[int, int]:
        """The current version of each original the changes translate."""
        field = self.model.original_field
        ids = {getattr(c.proposed or c.current, f"{field}_id") for c in changes}
        original = self.model._meta.get_field(field).related_model
        if not hasattr(original, "version"):
            return dict.fromkeys(ids, 1)
        return dict(original._default_manager.filter(pk__in=ids).values_list("pk", "version"))  # type: ignore[union-attr]

    def _words_changed(self, change: Change) -> bool:
        return change.kind == NEW or bool(set(change.fields) & set(self.model.translated_fields))

    def problems(self, change: Change, facts) -> rules.Problems:
        if change.intent == OUTDATE:
            return []  # the core's own step, following the original
        action = {NEW: "add", DELETE: "delete"}.get(change.kind, "change")
        current, proposed = change.current, change.proposed
        changed = (
            list(change.fields)
            if change.kind != NEW
            else [name for name in self.editable_fields() if getattr(proposed, name, None) not in (None, "", False)]
        )
        original_quote = ""
        if proposed is not None and "quote" in self.model.translated_fields and isinstance(proposed, ClaimTranslation):
            original_quote = proposed.claim.quote if proposed.claim_id else ""
        return rules.translation_problems(
            user=self.user,
            model=self.model,
            action=action,
            changed=changed,
            was_published=current is not None and current.status == TranslationStatus.PUBLISHED,
            publishes=proposed is not None and proposed.status == TranslationStatus.PUBLISHED,
            reviews=bool(change.options.get("review")),
            outdated=current is not None and current.outdated_at is not None and not self._words_changed(change),
            quote_without_original=isinstance(proposed, ClaimTranslation)
            and bool(proposed.quote.strip())
            and not original_quote.strip(),
        )

    def derive(self, changes: list[Change], facts: dict[int, int], *, now) -> None:
        user = acting(self.user)
        for change in changes:
            translation = change.proposed
            if translation is None or change.intent == OUTDATE:
                continue
            derived = []
            if change.kind == NEW:
                translation.created_by = user
            if self._words_changed(change):
                # Translated from the original as it is now: current again, and any review was of other words.
                translation.made_from_version = facts.get(getattr(translation, f"{self.model.original_field}_id"), 1)
                translation.outdated_at = None
                translation.reviewed_by, translation.reviewed_at = None, None
                derived += ["made_from_version", "outdated_at", "reviewed_by", "reviewed_at"]
            if change.options.get("review"):
                translation.reviewed_by, translation.reviewed_at = user, now
                derived += ["reviewed_by", "reviewed_at"]
            if change.kind != NEW:
                change.fields += [name for name in derived if name not in change.fields]

    def is_public(self, change: Change, facts) -> bool:
        return any(t is not None and t.status == TranslationStatus.PUBLISHED for t in (change.current, change.proposed))


class ClaimTranslationWriter(TranslationWriter):
    model = ClaimTranslation


class VisitTranslationWriter(TranslationWriter):
    model = VisitTranslation


class EvidenceTranslationWriter(TranslationWriter):
    model = EvidenceTranslation


class EventTranslationWriter(TranslationWriter):
    model = EventTranslation


WRITERS: dict[type[Translation], type[TranslationWriter]] = {
    ClaimTranslation: ClaimTranslationWriter,
    VisitTranslation: VisitTranslationWriter,
    EvidenceTranslation: EvidenceTranslationWriter,
    EventTranslation: EventTranslationWriter,
}
# The originals whose own changes put their translations out of date (a claim's do through its record's steps).
FOLLOWING: dict[type[models.Model], type[Translation]] = {Visit: VisitTranslation, Evidence: EvidenceTranslation}


# --- Corrections reach every language ---------------------------------------------------------------------------
def follow_original(model: type[models.Model], changes: list[Change], events: list[ClaimEvent], *, now) -> None:
    """Mark out of date the translations whose original these writes corrected, updated or withdrew."""
    if model in WRITERS:
        return
    steps = set(EventKind.needing_reason())
    claims = {event.claim_id for event in events if event.kind in steps and event.claim_id is not None}
    if claims:
        outdate(ClaimTranslation, claims, at=now)
    translated = FOLLOWING.get(model)
    if translated is not None:
        changed = {
            c.current.pk
            for c in changes
            if c.current is not None and c.proposed is not None and set(c.fields) & set(translated.translated_fields)
        }
        if changed:
            outdate(translated, changed, at=now)


def outdate(model: type[Translation], original_ids: set[int], *, at) -> int:
    """Mark every current translation of these originals as out of date since `at`; how many were."""
    found = model._default_manager.filter(
        **{f"{model.original_field}_id__in": original_ids}, outdated_at__isnull=True
    ).order_by("pk")
    changes = [Change(target=t, values={"outdated_at": at}, intent=OUTDATE, validated=True) for t in found]
    if changes:
        apply(WRITERS[model](user=None, reason="Original corrected or updated"), changes)
    return len(changes)


# --- One-row steps ----------------------------------------------------------------------------------------------
def translation_save(translation: Translation, *, user, values: dict | None = None, review: bool = False):
    """Add `translation` (new) or change it (`values`); `review` records the acting editor's review."""
    writer = WRITERS[type(translation)](user=user)
    if translation.pk is None:
        change = Change(instance=translation, options={"review": review})
    else:
        change = Change(target=translation, values=values or {}, options={"review": review}, intent="save")
    apply_one(writer, change)
    return change.proposed or change.current


def translation_delete(translation: Translation, *, user) -> None:
    apply_one(WRITERS[type(translation)](user=user), Change(target=translation, delete=True))


def translations_publish(translations, *, user):
    """Publish these translations (the admin's action); those the rules refuse are named in the outcome."""
    by_model: dict[type[Translation], list[Change]] = {}
    for translation in translations:
        change = Change(target=translation, values={"status": TranslationStatus.PUBLISHED}, intent="publish")
        by_model.setdefault(type(translation), []).append(change)
    return [apply(WRITERS[model](user=user), changes, partial=True) for model, changes in by_model.items()]


__all__ = [
    "WRITERS",
    "ClaimTranslationWriter",
    "EventTranslationWriter",
    "EvidenceTranslationWriter",
    "TranslationWriter",
    "VisitTranslationWriter",
    "follow_original",
    "outdate",
    "translation_delete",
    "translation_save",
    "translations_publish",
]
