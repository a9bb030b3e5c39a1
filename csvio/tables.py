"""The register's CSV tables: which columns each file has and how its rows map onto a model.

Column names are the model's field names. The order a whole register is restored
in is RESTORE_ORDER: what is referred to before what refers to it.
"""

from claims.commitments.services import FollowUpWriter
from claims.figures.services import MetricWriter
from claims.models import (
    Claim,
    ClaimTranslation,
    Entity,
    Evidence,
    FollowUp,
    Metric,
    Translation,
    Visit,
    VisitTranslation,
)
from claims.services import core
from claims.services.claims import ClaimWriter
from claims.services.evidence import EvidenceWriter
from claims.services.sources import OriginWriter, OutletWriter, SourceWriter
from claims.services.translations import ClaimTranslationWriter, VisitTranslationWriter
from claims.services.visits import VisitWriter
from csvio.entities import ENTITY_COLUMNS, ClaimEntityColumns, EntityRoleTable, EntityTable
from csvio.rows import CHANGE_REASON, RowError, RowOutcome, Table, VersionedTable
from factregister.lookups import matching
from sources.models import Origin, Outlet, Source


class VisitTable(Table):
    name, model, writer = "visits", Visit, VisitWriter
    columns = ["ref", "title", "host_country", "start_date", "end_date", "location", "summary"]
    optional = ["guest", "guest_country"]
    key = ("ref",)
    stripped = frozenset({"ref", "host_country", "guest_country", "start_date", "end_date"})


class OutletTable(Table):
    name, model, writer = "outlets", Outlet, OutletWriter
    columns = ["name", "country", "kind", "website"]
    key = ("name",)
    stripped = frozenset({"country", "kind", "website"})


class OriginTable(Table):
    name, model, writer = "origins", Origin, OriginWriter
    columns = ["key", "label"]
    optional = ["published_on", "country"]
    key = ("key",)
    stripped = frozenset({"key", "published_on", "country"})


class SourceTable(Table):
    name, model, writer = "sources", Source, SourceWriter
    columns = ["ref", "title", "outlet", "kind", "url", "published_on", "language"]
    optional = ["notes", "origin", "archive_url", "change_note"]
    key = ("ref",)
    references = {"outlet": (Outlet, "name"), "origin": (Origin, "key")}
    stripped = frozenset({"ref", "kind", "url", "published_on", "language", "origin", "archive_url"})

    def build(self, values, stored, refs):
        values = dict(values)
        values.pop("change_note", None)  # the reason for a change, read by the write core
        return super().build(values, stored, refs)

    def check_rows(self, outcomes, errors):
        super().check_rows(outcomes, errors)
        # `url` is unique when present: within the file and against other stored sources.
        first_row: dict[str, int] = {}
        by_url: dict[str, RowOutcome] = {}
        for outcome in outcomes:
            url = outcome.instance.url
            if not url:
                continue
            if url in first_row:
                errors.append(RowError(outcome.row, "url", f"Row {first_row[url]} has the same url."))
            else:
                first_row[url] = outcome.row
                by_url[url] = outcome
        for url, ref in matching(Source.objects.values_list("url", "ref"), "url", by_url):
            outcome = by_url[str(url)]
            if getattr(outcome.instance, "ref", None) != ref:
                errors.append(RowError(outcome.row, "url", f"Source '{ref}' already has this url."))


class MetricTable(Table):
    name, model, writer = "metrics", Metric, MetricWriter
    columns = ["ref", "name", "unit", "tolerance", "tolerance_is_relative"]
    optional = ["description"]
    key = ("ref",)
    stripped = frozenset({"ref", "unit", "tolerance", "tolerance_is_relative"})


# The figures cross-check's optional columns, on claims.csv and evidence.csv; `metric` is the metric's ref.
FIGURE_COLUMNS = ["metric", "figure_qualifier", "figure_period_start", "figure_period_end"]
# Free text about a figure, kept as written.
FIGURE_NOTES = ["figure_period_note"]


# Commitments' optional columns on claims.csv: files written before them still import.
COMMITMENT_COLUMNS = [
    "is_commitment",
    "commitment_due",
    "commitment_due_is_reading",
    "commitment_horizon",
    "commitment_first_made",
]


class ClaimTable(ClaimEntityColumns, VersionedTable):
    name, model, writer = "claims", Claim, ClaimWriter
    streams = True  # every check and write below is per claim
    columns = [
        "ref",
        "article",
        "visit",
        "speaker",
        "text",
        "quote",
        "topic",
        "status",
        "verdict_summary",
        "is_published",
    ]
    optional = ["figure_value", "figure_unit", "figure_period", "published_at", *FIGURE_COLUMNS, *FIGURE_NOTES]
    key = ("ref",)
    references = {"article": (Source, "ref"), "visit": (Visit, "ref"), "metric": (Metric, "ref")}
    stripped = frozenset(
        {"ref", "topic", "status", "verdict_summary", "is_published", "figure_value", "published_at", *FIGURE_COLUMNS}
    )

    optional = optional + COMMITMENT_COLUMNS + ["repeat_of", *ENTITY_COLUMNS, "version", "change_note"]
    stripped = stripped | {"is_commitment", "commitment_due", "commitment_due_is_reading", "repeat_of", "version"}
    references = {**references, "repeat_of": (Claim, "ref"), "speaker_entity": (Entity, "ref")}

    def new(self):
        return Claim(created_by=self.user if getattr(self.user, "pk", None) else None)

    def build(self, values, stored, refs):
        if self.defer_publish and values.get("repeat_of", "").strip():
            # The restore's first pass: the claim a row repeats may come later in the file.
            values = {**values, "repeat_of": ""}
        instance, changed, problems = super().build(values, stored, refs)
        if self.defer_publish and "is_published" in changed:
            # The restore's first pass: publish only once the evidence is in.
            instance.is_published = stored.is_published if stored else False
            changed.remove("is_published")
        return instance, changed, problems

    def writer_for(self) -> core.Writer:
        # A file's row cannot carry a withdrawal's reason: the import never withdraws (claims.rules).
        return ClaimWriter(user=self.user, reason=CHANGE_REASON, by_import=True)


class EvidenceTable(VersionedTable):
    name, model, writer = "evidence", Evidence, EvidenceWriter
    columns = ["claim", "source", "stance", "quote", "note"]
    optional = [
        "paraphrased",
        "metric",
        "figure_qualifier",
        "figure_value",
        "figure_unit",
        "figure_period",
        "figure_period_start",
        "figure_period_end",
        "figure_period_note",
        "version",
        "change_note",
    ]
    key = ("claim", "source", "quote")
    references = {"claim": (Claim, "ref"), "source": (Source, "ref"), "metric": (Metric, "ref")}
    stripped = frozenset({"stance", "paraphrased", "figure_value", *FIGURE_COLUMNS})

    def new(self):
        return Evidence(added_by=self.user if getattr(self.user, "pk", None) else None)

    def key_of(self, values, refs):
        claim = refs["claim"].get(values.get("claim", "").strip())
        source = refs["source"].get(values.get("source", "").strip())
        return (
            claim.pk if claim else values.get("claim"),
            source.pk if source else values.get("source"),
            values.get("quote", ""),
        )

    def stored(self, keys, refs):
        claim_ids = {k[0] for k in keys if isinstance(k[0], int)}
        return {
            (obj.claim_id, obj.source_id, obj.quote): obj
            for obj in matching(Evidence.objects.all(), "claim_id", claim_ids)
        }


class FollowUpTable(Table):
    name, model, writer = "follow_ups", FollowUp, FollowUpWriter
    columns = ["claim", "checked_on", "status", "note"]
    optional = ["source", "quote"]
    key = ("claim", "checked_on", "note")
    references = {"claim": (Claim, "ref"), "source": (Source, "ref")}
    stripped = frozenset({"checked_on", "status"})

    def new(self):
        return FollowUp(added_by=self.user if getattr(self.user, "pk", None) else None)

    def key_of(self, values, refs):
        claim = refs["claim"].get(values.get("claim", "").strip())
        return (
            claim.pk if claim else values.get("claim"),
            values.get("checked_on", "").strip(),
            values.get("note", ""),
        )

    def stored(self, keys, refs):
        claim_ids = {k[0] for k in keys if isinstance(k[0], int)}
        return {
            (obj.claim_id, obj.checked_on.isoformat(), obj.note): obj
            for obj in matching(FollowUp.objects.all(), "claim_id", claim_ids)
        }


# What a translation's file carries beside its original's ref and its words; and what an export adds for the reader
# but the import never reads: the translation writer derives them (claims.services.translations).
TRANSLATION_COLUMNS = ["language", "status", "translator", "machine_assisted"]
TRANSLATION_DERIVED = ["made_from_version", "outdated_at", "reviewed_at"]


class TranslationTable(VersionedTable):
    """One kind of translation, a row per original and language, written by the translation writers.

    A row names its original by ref (`original`); the review is an editor's own step, never a file's, so a row
    cannot record one, and the derived columns an export writes are read back by nobody.
    """

    model: type[Translation]
    original: str  # the column naming the original by ref; the key is (original, language)
    stripped = frozenset({"language", "status", "machine_assisted", "version", *TRANSLATION_DERIVED})

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        original = cls.original
        cls.key = (original, "language")
        cls.columns = [original, *TRANSLATION_COLUMNS, *cls.model.translated_fields]
        cls.optional = ["version", "change_note", *TRANSLATION_DERIVED]

    def key_of(self, values, refs):
        found = refs[self.original].get(values.get(self.original, "").strip())
        return (found.pk if found else values.get(self.original, ""), values.get("language", "").strip())

    def stored(self, keys, refs):
        ids = {k[0] for k in keys if isinstance(k[0], int)}
        column = f"{self.original}_id"
        return {
            (getattr(obj, column), obj.language): obj
            for obj in matching(self.model._default_manager.all(), column, ids)
        }

    def build(self, values, stored, refs):
        values = {name: value for name, value in values.items() if name not in TRANSLATION_DERIVED}
        return super().build(values, stored, refs)


class ClaimTranslationTable(TranslationTable):
    name, model, writer = "claim_translations", ClaimTranslation, ClaimTranslationWriter
    original = "claim"
    references = {"claim": (Claim, "ref")}


class VisitTranslationTable(TranslationTable):
    name, model, writer = "visit_translations", VisitTranslation, VisitTranslationWriter
    original = "visit"
    references = {"visit": (Visit, "ref")}


TABLES: dict[str, type[Table]] = {
    t.name: t
    for t in (
        VisitTable,
        EntityTable,
        EntityRoleTable,
        OutletTable,
        OriginTable,
        SourceTable,
        MetricTable,
        ClaimTable,
        EvidenceTable,
        FollowUpTable,
        ClaimTranslationTable,
        VisitTranslationTable,
    )
}
# The order a full restore loads them in: what is referred to before what refers to it.
RESTORE_ORDER = [
    "visits",
    "entities",
    "entity_roles",
    "outlets",
    "origins",
    "sources",
    "metrics",
    "claims",
    "evidence",
    "follow_ups",
    "claim_translations",
    "visit_translations",
]
