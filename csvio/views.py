"""The public CSV download of the register, streamed as the database reads it (csvio.export)."""

from django.db.models import OuterRef, Subquery
from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.views.decorators.http import require_GET
from import_export import fields

from claims.filters import ClaimFilter
from claims.models import Claim
from csvio import export
from csvio.resources import ClaimResource
from csvio.tables import ClaimTable

# Columns the editors' exports carry for the import's sake, not for readers: the edit lock's counter.
INTERNAL_COLUMNS = frozenset({"version"})


class PublicClaimResource(ClaimResource):
    """claims.csv as readers get it: only what the published claims' pages show.

    A claim repeats another only publicly when that other is published: a draft's
    ref (a slug of its unpublished text) never appears.
    """

    repeat_of = fields.Field(attribute="public_repeat_of", column_name="repeat_of")

    class Meta(ClaimResource.Meta):
        fields = [name for name in ClaimTable.exported() if name not in INTERNAL_COLUMNS]

    @staticmethod
    def public(claims):
        """`claims` (published ones) with the ref of the published claim each repeats, read in the same query."""
        root = Claim.objects.published().filter(pk=OuterRef("repeat_of_id")).values("ref")[:1]
        return claims.select_related("article", "visit").annotate(public_repeat_of=Subquery(root))


@require_GET
def claims_csv(request):
    """The published register as CSV, with the filters of /claims/, streamed row by row.

    `?bom=1` starts the file with a byte-order mark, for Excel.
    """
    bom = request.GET.get("bom", "0")
    if bom not in ("0", "1"):
        return HttpResponseBadRequest(
            "The bom parameter is 1 (start the file with a byte-order mark, for Excel) or 0.\n",
            content_type="text/plain; charset=utf-8",
        )
    filterset = ClaimFilter(request.GET, queryset=Claim.objects.published())
    if filterset.search_refused:
        return HttpResponseBadRequest(
            f"The search (q) could not be run: {filterset.search_refused}\n", content_type="text/plain; charset=utf-8"
        )
    claims = PublicClaimResource.public(filterset.qs)
    chunks = export.export(PublicClaimResource(), claims, bom=bom == "1")
    response = StreamingHttpResponse(chunks, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="claims.csv"'
    return response
