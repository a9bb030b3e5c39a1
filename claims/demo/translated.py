"""The demo register in its readers' languages: the translations in claims/demo/translations/, loaded through the
write core, and the one claim whose translations a later update of the English record has put out of date.

Every translation here was made by the register's desk with a machine translation tool and edited by hand; none
has been reviewed by a second translator, so none is marked reviewed (readers are told so on each page).

One claim shows what readers see when the English record changes after a translation was made
(`OUT_OF_DATE_CLAIM`): it is first published with the first sentences of its verdict summary, translated from
that version, and then updated with the rest of the summary (the other Iranian reports, and why they were not
counted as independent), which puts its translations out of date until the desk translates them again.
"""

import importlib
import re
from types import ModuleType

from claims import services
from claims.models import Claim, ClaimTranslation, TranslationStatus, Visit, VisitTranslation
from claims.models.translations import Translation, translated_languages
from claims.services.core import NEW, NOTHING, Change, apply_one
from claims.services.translations import WRITERS

# The desk, credited in the language of its translation (as the interface names it: "Fact Register Desk").
TRANSLATORS = {
    "fa": "تحریریهٔ پایگاه راستی‌آزمایی",
    "ru": "Редакция реестра проверки фактов",
    "kk": "Фактілерді тексеру тізілімінің редакциясы",
}
OUT_OF_DATE_CLAIM = "pezeshkian-left-tehran-wednesday-10-december-2025"
LATER_NOTE = (
    "Added that the other Iranian reports of the departure (Alwaght, Mehr) repeat the Iranian presidency's own "
    "account, and were not counted as independent evidence."
)


def language_modules() -> list[ModuleType]:
    """The translation files there are, one per language (claims/demo/translations/<code>.py)."""
    found = []
    for code, _name in translated_languages():
        try:
            found.append(importlib.import_module(f"claims.demo.translations.{code}"))
        except ModuleNotFoundError:
            continue
    return found


def first_version(row: dict) -> dict:
    """The demo row as the claim was first published: for OUT_OF_DATE_CLAIM, without its summary's last sentence."""
    if row["ref"] != OUT_OF_DATE_CLAIM:
        return row
    return {**row, "verdict_summary": without_last_sentence(row["verdict_summary"])}


def without_last_sentence(text: str) -> str:
    sentences = re.split(r"(?<=[.!?؟])\s+", text.strip())
    return " ".join(sentences[:-1]) if len(sentences) > 1 else text.strip()


def sync_translations(*, user, tally) -> None:
    """Write every demo translation (published, by the desk, machine-assisted, not reviewed), then the later update
    of OUT_OF_DATE_CLAIM's English record."""
    claims = {claim.ref: claim for claim in Claim.objects.all()}
    visits = {visit.ref: visit for visit in Visit.objects.all()}
    for module in language_modules():
        for ref, words in module.VISITS.items():
            _sync(VisitTranslation, visits[ref], module.LANGUAGE, words, tally, user=user)
        for ref, words in module.CLAIMS.items():
            claim = claims[ref]
            if ref == OUT_OF_DATE_CLAIM:
                words = {**words, "verdict_summary": without_last_sentence(words["verdict_summary"])}
            _sync(ClaimTranslation, claim, module.LANGUAGE, words, tally, user=user)
    _later_update(claims.get(OUT_OF_DATE_CLAIM), user=user)


def _sync(model: type[Translation], original, language: str, words: dict, tally, *, user) -> None:
    values = {
        **{name: words.get(name, "") for name in model.translated_fields},
        "translator": TRANSLATORS[language],
        "machine_assisted": True,
        "status": TranslationStatus.PUBLISHED,
    }
    stored = model._default_manager.filter(**{model.original_field: original, "language": language}).first()
    if stored is None:
        change = Change(instance=model(**{model.original_field: original, "language": language}, **values))
    else:
        change = Change(target=stored, values=values)
    apply_one(WRITERS[model](user=user), change)
    kind = f"{model._meta.verbose_name_plural}"
    tally.add(kind, {NEW: "created", NOTHING: "unchanged"}.get(change.kind, "updated"))


def _later_update(claim: Claim | None, *, user) -> None:
    from claims.demo.data import CLAIMS

    if claim is None:
        return
    row = next(row for row in CLAIMS if row["ref"] == OUT_OF_DATE_CLAIM)
    full = row["verdict_summary"].strip()
    if claim.verdict_summary != full:
        services.claim_set_verdict(claim=claim, user=user, status=claim.status, verdict_summary=full, note=LATER_NOTE)


__all__ = ["OUT_OF_DATE_CLAIM", "first_version", "language_modules", "sync_translations"]
