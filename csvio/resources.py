"""django-import-export resources for every register table.

The columns are the CSV contract (files.tables). Exports neutralise spreadsheet
formulas in every cell; imports undo that escape and then go through
csvio.importer, which validates the whole file (model rules, references,
permissions, the publishing workflow) before writing any of it. The admin's
import preview and the import_register command therefore report the same rows,
with the same messages.
"""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import OuterRef
from django.utils.dateparse import parse_datetime
from import_export import fields, resources, widgets
from import_export.results import Result, RowResult

from claims.models import (
    Claim,
    ClaimMention,
    ClaimTranslation,
    Entity,
    EntityRole,
    Evidence,
    FollowUp,
    Metric,
    Visit,
    VisitTranslation,
)
from claims.refs import joined_refs
from csvio import files, importer, tables
from csvio.entities import SEPARATOR
from sources.models import Origin, Outlet, Source


class TrueFalseWidget(widgets.BooleanWidget):
    """The contract writes booleans as true/false."""

    def render(self, value, obj=None, **kwargs):
        return "true" if value else "false"


class IsoDateTimeWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        return parse_datetime(value) if value else None

    def render(self, value, obj=None, **kwargs):
        return value.isoformat() if value else ""


class MetricRefWidget(widgets.Widget):
    """A metric id written as the metric's ref.

    Metrics are few: their refs are read once per export instead of once per row, so a streamed
    export of any length keeps its fixed number of queries. (Imports read the column in
    csvio.tables, as a reference by ref.)
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._refs = None

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        if self._refs is None or value not in self._refs:
            self._refs = dict(Metric.objects.values_list("pk", "ref"))
        return self._refs.get(value, "")


def iso_date():
    return widgets.DateWidget(format="%Y-%m-%d")


class RegisterResource(resources.ModelResource):
    """A resource whose import is csvio.importer's whole-file, all-or-nothing import."""

    #: the csvio.tables table this resource imports into
    table_name = ""

    def prepared(self, queryset):
        """`queryset` with what the export's columns read beyond the rows' own fields (the resource's own queryset
        has it already)."""
        return queryset

    def export_field(self, field, instance, **kwargs):
        value = super().export_field(field, instance, **kwargs)
        return files.neutralise(value) if isinstance(value, str) else value

    def import_data(
        self,
        dataset,
        dry_run=False,
        raise_errors=False,
        use_transactions=None,
        shown_rows: int | None = None,
        shown_errors: int | None = None,
        **kwargs,
    ):
        """Import `dataset` whole or not at all; the result has every row's outcome, or every wrong row's problems.

        `shown_rows` and `shown_errors` bound what the result keeps for a page: the first so many rows'
        outcomes, and the first so many wrong rows; `result.totals` still counts every row. The importer's
        whole report and the file's rows are on the result too (`report`, `file_rows`), for the admin's preview
        (csvio.preview).
        """
        table = tables.TABLES[self.table_name]
        header = [str(name).strip() for name in (dataset.headers or [])]
        result = Result()
        result.total_rows = len(dataset)
        try:
            files.check_header(header, columns=table.columns, optional=table.optional)
        except files.CsvFileError as error:
            # Without the file's header as the preview's columns: a wrong one may have a million.
            result.append_invalid_row(1, {}, ValidationError({NON_FIELD_ERRORS: [str(error)]}))
            result.report = importer.ImportReport(table=self.table_name, dry_run=dry_run, file_error=str(error))
            result.file_rows = []
            return result
        result.diff_headers = header
        parsed = files.CsvTable(header=header)
        for number, cells in enumerate(dataset, start=2):
            values = {h: files.restore("" if c is None else str(c)) for h, c in zip(header, cells, strict=False)}
            parsed.rows.append((number, values))
        report = importer.import_rows(self.table_name, parsed, user=kwargs.get("user"), dry_run=dry_run)
        result.report, result.file_rows = report, parsed.rows
        if report.conflict:
            message = report.conflict[0].upper() + report.conflict[1:]
            result.append_invalid_row(1, {}, ValidationError({NON_FIELD_ERRORS: [message]}))
            return result
        by_row: dict[int, dict[str, list[str]]] = {}
        for row_error in report.errors:
            by_row.setdefault(row_error.row, {}).setdefault(row_error.column or NON_FIELD_ERRORS, []).append(
                row_error.message
            )
        rows_by_number: dict[int, dict[str, str]] = dict(parsed.rows)
        for number, problems in sorted(by_row.items())[:shown_errors]:
            result.append_invalid_row(number, rows_by_number.get(number, {}), ValidationError(problems))
        if report.errors:
            result.totals[RowResult.IMPORT_TYPE_INVALID] = len(by_row)
            return result
        kinds = {
            "new": RowResult.IMPORT_TYPE_NEW,
            "update": RowResult.IMPORT_TYPE_UPDATE,
            "skip": RowResult.IMPORT_TYPE_SKIP,
        }
        for shown, outcome in enumerate(report.outcomes):
            if shown_rows is not None and shown >= shown_rows:
                result.totals[kinds[outcome.kind]] += 1
                continue
            row_result = RowResult()
            row_result.import_type = kinds[outcome.kind]
            row_result.instance = outcome.instance
            row_result.add_instance_info(outcome.instance)
            row_result.row_values = outcome.values
            row_result.diff = [outcome.values.get(name, "") for name in header]
            result.append_row_result(row_result)
            result.increment_row_result_total(row_result)
        return result


class VisitResource(RegisterResource):
    table_name = "visits"
    start_date = fields.Field(attribute="start_date", column_name="start_date", widget=iso_date())
    end_date = fields.Field(attribute="end_date", column_name="end_date", widget=iso_date())

    class Meta:
        model = Visit
        fields = tables.VisitTable.exported()

    def get_queryset(self):
        return Visit.objects.order_by("pk")


class OutletResource(RegisterResource):
    table_name = "outlets"

    class Meta:
        model = Outlet
        fields = tables.OutletTable.exported()

    def get_queryset(self):
        return Outlet.objects.order_by("pk")


class OriginResource(RegisterResource):
    table_name = "origins"
    published_on = fields.Field(attribute="published_on", column_name="published_on", widget=iso_date())

    class Meta:
        model = Origin
        fields = tables.OriginTable.exported()

    def get_queryset(self):
        return Origin.objects.order_by("pk")


class SourceResource(RegisterResource):
    table_name = "sources"
    outlet = fields.Field(attribute="outlet", column_name="outlet", widget=widgets.ForeignKeyWidget(Outlet, "name"))
    # The origin's key, as the import reads it back.
    origin = fields.Field(attribute="origin_id", column_name="origin")
    published_on = fields.Field(attribute="published_on", column_name="published_on", widget=iso_date())

    class Meta:
        model = Source
        fields = tables.SourceTable.exported()

    def get_queryset(self):
        return Source.objects.select_related("outlet").order_by("pk")


class ClaimResource(RegisterResource):
    table_name = "claims"
    article = fields.Field(attribute="article", column_name="article", widget=widgets.ForeignKeyWidget(Source, "ref"))
    visit = fields.Field(attribute="visit", column_name="visit", widget=widgets.ForeignKeyWidget(Visit, "ref"))
    is_published = fields.Field(attribute="is_published", column_name="is_published", widget=TrueFalseWidget())
    published_at = fields.Field(attribute="published_at", column_name="published_at", widget=IsoDateTimeWidget())
    is_commitment = fields.Field(attribute="is_commitment", column_name="is_commitment", widget=TrueFalseWidget())
    commitment_due = fields.Field(attribute="commitment_due", column_name="commitment_due", widget=iso_date())
    commitment_due_is_reading = fields.Field(
        attribute="commitment_due_is_reading", column_name="commitment_due_is_reading", widget=TrueFalseWidget()
    )
    metric = fields.Field(attribute="metric_id", column_name="metric", widget=MetricRefWidget())
    figure_period_start = fields.Field(
        attribute="figure_period_start", column_name="figure_period_start", widget=iso_date()
    )
    figure_period_end = fields.Field(attribute="figure_period_end", column_name="figure_period_end", widget=iso_date())
    repeat_of = fields.Field(
        attribute="repeat_of", column_name="repeat_of", widget=widgets.ForeignKeyWidget(Claim, "ref")
    )
    speaker_entity = fields.Field(
        attribute="speaker_entity", column_name="speaker_entity", widget=widgets.ForeignKeyWidget(Entity, "ref")
    )
    # The role by its title among the speaker's roles; the entities named by their refs (`with_mentions`).
    speaker_role = fields.Field(
        attribute="speaker_role", column_name="speaker_role", widget=widgets.ForeignKeyWidget(EntityRole, "title")
    )
    mentions = fields.Field(attribute="mention_refs", column_name="mentions")

    class Meta:
        model = Claim
        fields = tables.ClaimTable.exported()

    @staticmethod
    def with_mentions(claims):
        """`claims` with the refs of the entities each names, read in the same query."""
        if "mention_refs" in claims.query.annotations:
            return claims
        mentions = ClaimMention.objects.filter(claim_id=OuterRef("pk"))
        return claims.select_related("speaker_entity", "speaker_role").annotate(
            mention_refs=joined_refs(mentions, field="entity__ref", delimiter=SEPARATOR)
        )

    def prepared(self, queryset):
        return self.with_mentions(queryset)

    def dehydrate_mentions(self, claim):
        if hasattr(claim, "mention_refs"):
            return claim.mention_refs
        # A claim read without the annotation (the admin's own list): its mentions, one query.
        return SEPARATOR.join(sorted(claim.mentions.values_list("entity__ref", flat=True))) or None

    def get_queryset(self):
        return self.with_mentions(Claim.objects.select_related("article", "visit", "repeat_of").order_by("pk"))


class EvidenceResource(RegisterResource):
    table_name = "evidence"
    claim = fields.Field(attribute="claim", column_name="claim", widget=widgets.ForeignKeyWidget(Claim, "ref"))
    source = fields.Field(attribute="source", column_name="source", widget=widgets.ForeignKeyWidget(Source, "ref"))
    paraphrased = fields.Field(attribute="paraphrased", column_name="paraphrased", widget=TrueFalseWidget())
    metric = fields.Field(attribute="metric_id", column_name="metric", widget=MetricRefWidget())
    figure_period_start = fields.Field(
        attribute="figure_period_start", column_name="figure_period_start", widget=iso_date()
    )
    figure_period_end = fields.Field(attribute="figure_period_end", column_name="figure_period_end", widget=iso_date())

    class Meta:
        model = Evidence
        fields = tables.EvidenceTable.exported()

    def get_queryset(self):
        return Evidence.objects.select_related("claim", "source").order_by("pk")


class EntityResource(RegisterResource):
    table_name = "entities"

    class Meta:
        model = Entity
        fields = tables.EntityTable.exported()

    def get_queryset(self):
        return Entity.objects.order_by("pk")


class EntityRoleResource(RegisterResource):
    table_name = "entity_roles"
    entity = fields.Field(attribute="entity", column_name="entity", widget=widgets.ForeignKeyWidget(Entity, "ref"))
    organisation = fields.Field(
        attribute="organisation", column_name="organisation", widget=widgets.ForeignKeyWidget(Entity, "ref")
    )
    start_date = fields.Field(attribute="start_date", column_name="start_date", widget=iso_date())
    end_date = fields.Field(attribute="end_date", column_name="end_date", widget=iso_date())

    class Meta:
        model = EntityRole
        fields = tables.EntityRoleTable.exported()

    def get_queryset(self):
        return EntityRole.objects.select_related("entity", "organisation").order_by("pk")


class MetricResource(RegisterResource):
    table_name = "metrics"
    tolerance_is_relative = fields.Field(
        attribute="tolerance_is_relative", column_name="tolerance_is_relative", widget=TrueFalseWidget()
    )

    class Meta:
        model = Metric
        fields = tables.MetricTable.exported()

    def get_queryset(self):
        return Metric.objects.order_by("pk")


class FollowUpResource(RegisterResource):
    table_name = "follow_ups"
    claim = fields.Field(attribute="claim", column_name="claim", widget=widgets.ForeignKeyWidget(Claim, "ref"))
    checked_on = fields.Field(attribute="checked_on", column_name="checked_on", widget=iso_date())
    source = fields.Field(attribute="source", column_name="source", widget=widgets.ForeignKeyWidget(Source, "ref"))

    class Meta:
        model = FollowUp
        fields = tables.FollowUpTable.exported()

    def get_queryset(self):
        return FollowUp.objects.select_related("claim", "source").order_by("pk")


class ClaimTranslationResource(RegisterResource):
    """A claim's translations; `made_from_version`, `outdated_at` and `reviewed_at` are written for the reader and
    never read back (the translation writer derives them)."""

    table_name = "claim_translations"
    claim = fields.Field(attribute="claim", column_name="claim", widget=widgets.ForeignKeyWidget(Claim, "ref"))
    machine_assisted = fields.Field(
        attribute="machine_assisted", column_name="machine_assisted", widget=TrueFalseWidget()
    )
    outdated_at = fields.Field(attribute="outdated_at", column_name="outdated_at", widget=IsoDateTimeWidget())
    reviewed_at = fields.Field(attribute="reviewed_at", column_name="reviewed_at", widget=IsoDateTimeWidget())

    class Meta:
        model = ClaimTranslation
        fields = tables.ClaimTranslationTable.exported()

    def get_queryset(self):
        return ClaimTranslation.objects.select_related("claim").order_by("pk")


class VisitTranslationResource(RegisterResource):
    """A visit's translations, written as a claim's are."""

    table_name = "visit_translations"
    visit = fields.Field(attribute="visit", column_name="visit", widget=widgets.ForeignKeyWidget(Visit, "ref"))
    machine_assisted = fields.Field(
        attribute="machine_assisted", column_name="machine_assisted", widget=TrueFalseWidget()
    )
    outdated_at = fields.Field(attribute="outdated_at", column_name="outdated_at", widget=IsoDateTimeWidget())
    reviewed_at = fields.Field(attribute="reviewed_at", column_name="reviewed_at", widget=IsoDateTimeWidget())

    class Meta:
        model = VisitTranslation
        fields = tables.VisitTranslationTable.exported()

    def get_queryset(self):
        return VisitTranslation.objects.select_related("visit").order_by("pk")


# The resource of each table, by its name in csvio.tables.
RESOURCES: dict[str, type[RegisterResource]] = {
    "visits": VisitResource,
    "entities": EntityResource,
    "entity_roles": EntityRoleResource,
    "outlets": OutletResource,
    "origins": OriginResource,
    "sources": SourceResource,
    "metrics": MetricResource,
    "claims": ClaimResource,
    "evidence": EvidenceResource,
    "follow_ups": FollowUpResource,
    "claim_translations": ClaimTranslationResource,
    "visit_translations": VisitTranslationResource,
}
