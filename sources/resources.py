"""django-import-export resources for outlets and sources (see claims.resources for how imports run)."""

from import_export import fields, widgets

from claims import importing
from claims.resources import RegisterResource, iso_date
from sources.models import Outlet, Source


class OutletResource(RegisterResource):
    table_name = "outlets"

    class Meta:
        model = Outlet
        fields = importing.OutletTable.columns
        import_id_fields = ["name"]
        clean_model_instances = True
        skip_unchanged = True

    def get_queryset(self):
        return Outlet.objects.order_by("pk")


class SourceResource(RegisterResource):
    table_name = "sources"
    outlet = fields.Field(attribute="outlet", column_name="outlet", widget=widgets.ForeignKeyWidget(Outlet, "name"))
    published_on = fields.Field(attribute="published_on", column_name="published_on", widget=iso_date())

    class Meta:
        model = Source
        fields = importing.SourceTable.columns + importing.SourceTable.optional
        import_id_fields = ["ref"]
        clean_model_instances = True
        skip_unchanged = True

    def get_queryset(self):
        return Source.objects.select_related("outlet").order_by("pk")
