"""The register's CSV tables: which columns each file has and how its rows map onto a model.

Column names are the model's field names. The order a whole register is restored
in is RESTORE_ORDER: what is referred to before what refers to it.
"""

from claims import refs, rules
from claims.models import Claim, Evidence, FollowUp, Metric, Visit
from claims.public import public_outlets
from claims.rules import Independence
from claims.services import bulk
from claims.services import sources as source_services
from claims.services.quotes import check_claim_quotes
from claims.services.workflow import count_independence
from csvio.rows import CHANGE_REASON, RowError, RowOutcome, Table, VersionedTable
from factregister.history import create_with_history
from factregister.lookups import matching
from sources.models import Outlet, Source


class VisitTable(Table):
    name, model = "visits", Visit
    columns = ["ref", "title", "host_country", "start_date", "end_date", "location", "summary"]
    optional = ["guest", "guest_country"]
    key = ("ref",)
    stripped = frozenset({"ref", "host_country", "guest_country", "start_date", "end_date"})


class OutletTable(Table):
    name, model = "outlets", Outlet
    columns = ["name", "country", "kind", "website"]
    key = ("name",)
    stripped = frozenset({"country", "kind", "website"})

    def check_rows(self, outcomes, errors):
        # An outlet a published claim's page names changes only by an editor's hand (claims.rules).
        changed = {o.instance.pk: o for o in outcomes if o.kind == "update"}
        public = set(public_outlets().filter(pk__in=list(changed)).values_list("pk", flat=True)) if changed else set()
        for pk, outcome in changed.items():
            problems = rules.outlet_problems(
                user=self.user, name=outcome.stored.name, public=pk in public, changed=outcome.changed
            )
            errors.extend(RowError(outcome.row, p.field, p.message) for p in problems)


class SourceTable(Table):
    name, model = "sources", Source
    columns = ["ref", "title", "outlet", "kind", "url", "published_on", "language"]
    optional = ["notes", "origin", "change_note"]
    key = ("ref",)
    references = {"outlet": (Outlet, "name")}
    stripped = frozenset({"ref", "kind", "url", "published_on", "language", "origin"})

    def build(self, values, stored, refs):
        values = dict(values)
        values.pop("change_note", None)  # the reason for a change, read by the source service's bulk writer
        return super().build(values, stored, refs)

    def check_rows(self, outcomes, errors):
        # A source a published claim cites changes only by an editor's hand, with a reason (claims.rules).
        changed = {o.instance.pk: o for o in outcomes if o.kind == "update"}
        cited = source_services.cited_by_published(list(changed))
        for pk, outcome in changed.items():
            for problem in rules.source_problems(
                user=self.user,
                ref=outcome.stored.ref,
                cited_by_published=pk in cited,
                changed=outcome.changed,
                note=outcome.values.get("change_note", ""),
            ):
                errors.append(RowError(outcome.row, bulk.as_columns([problem])[0].field, problem.message))
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

    def write(self, outcomes, *, now):
        user = self.user if getattr(self.user, "pk", None) else None
        new = [o.instance for o in outcomes if o.kind == "new"]
        create_with_history(new, self.model, user=user, reason=CHANGE_REASON, now=now)
        changes = [
            bulk.Change(
                stored=o.stored, instance=o.instance, fields=o.changed, note=o.values.get("change_note", "").strip()
            )
            for o in outcomes
            if o.kind == "update"
        ]
        source_services.write_sources(changes, user=self.user, now=now, reason=CHANGE_REASON)


class MetricTable(Table):
    name, model = "metrics", Metric
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


class ClaimTable(VersionedTable):
    name, model = "claims", Claim
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

    optional = optional + COMMITMENT_COLUMNS + ["repeat_of", "version", "change_note"]
    stripped = stripped | {"is_commitment", "commitment_due", "commitment_due_is_reading", "repeat_of", "version"}
    references = {**references, "repeat_of": (Claim, "ref")}

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

    def check_rows(self, outcomes, errors):
        # Claims whose evidence the rules weigh: those being published, and published ones whose verdict changes.
        weighed = [
            o
            for o in outcomes
            if (o.instance.is_published and not (o.stored and o.stored.is_published))
            or (o.stored and o.stored.is_published and o.changed and {"status", "verdict_summary"} & set(o.changed))
        ]
        counted = self._independence([o.instance for o in weighed if o.instance.pk])
        # Each quote against the kept copy of its article: a claim published by the file needs it found.
        check_claim_quotes([o.instance for o in outcomes])
        for outcome in outcomes:
            claim = outcome.instance
            problems = bulk.claim_problems(
                user=self.user,
                change=self.change(outcome),
                independence=counted.get(claim.pk, Independence()),
            )
            errors.extend(RowError(outcome.row, p.field, p.message) for p in problems)
        # A new claim may not take another claim's former address (claims.refs).
        reserved = refs.taken([o.instance.ref for o in outcomes if o.stored is None and o.instance.ref])
        errors.extend(
            RowError(o.row, "ref", reserved[o.instance.ref])
            for o in outcomes
            if o.stored is None and o.instance.ref in reserved
        )

    @staticmethod
    def _independence(claims: list[Claim]) -> dict[int, Independence]:
        """For each claim, its independent evidence as the services count it, in one query (a slice each on SQLite)."""
        by_id = {claim.pk: claim for claim in claims}
        pairs: dict[int, list[tuple[str, str]]] = {pk: [] for pk in by_id}
        rows = Evidence.objects.select_related("source").only("claim_id", "stance", "source__id", "source__origin")
        for item in matching(rows, "claim_id", by_id):
            pairs[item.claim_id].append((item.source.independence_key, item.stance))
        return {pk: count_independence(by_id[pk].article.independence_key, found) for pk, found in pairs.items()}

    def write(self, outcomes, *, now):
        self.check_not_stale(outcomes)
        bulk.write_claims([self.change(o) for o in outcomes], user=self.user, now=now, reason=CHANGE_REASON)


class EvidenceTable(VersionedTable):
    name, model = "evidence", Evidence
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

    def check_rows(self, outcomes, errors):
        for outcome in outcomes:
            problems = bulk.evidence_problems(user=self.user, change=self.change(outcome), claim=outcome.instance.claim)
            errors.extend(RowError(outcome.row, p.field, p.message) for p in problems)

    def write(self, outcomes, *, now):
        self.check_not_stale(outcomes)
        bulk.write_evidence([self.change(o) for o in outcomes], user=self.user, now=now, reason=CHANGE_REASON)


class FollowUpTable(Table):
    name, model = "follow_ups", FollowUp
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

    def check_rows(self, outcomes, errors):
        # The service's rules (claims.rules): a recorded check is never edited, a new one is never dated
        # in the future, and a published commitment's checks are an editor's.
        for outcome in outcomes:
            if outcome.kind == "skip":
                continue
            follow_up = outcome.instance
            problems = rules.follow_up_problems(
                user=self.user,
                ref=follow_up.claim.ref,
                claim_is_published=follow_up.claim.is_published,
                changed=outcome.changed if outcome.kind == "update" else (),
                checked_on=follow_up.checked_on,
            )
            errors.extend(RowError(outcome.row, p.field, p.message) for p in problems)


TABLES: dict[str, type[Table]] = {
    t.name: t for t in (VisitTable, OutletTable, SourceTable, MetricTable, ClaimTable, EvidenceTable, FollowUpTable)
}
# The order a full restore loads them in: what is referred to before what refers to it.
RESTORE_ORDER = ["visits", "outlets", "sources", "metrics", "claims", "evidence", "follow_ups"]

# Models' permission codenames, to check add/change per row.
