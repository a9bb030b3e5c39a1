"""The public downloads of the register: CSV, streamed as the database reads it (csvio.export), and an
Excel workbook (csvio.spreadsheet), both with the filters of /claims/."""

import tempfile

from django.db.models import OuterRef, Subquery
from django.http import FileResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.views.decorators.http import require_GET
from import_export import fields

from claims.filters import ClaimFilter
from claims.models import Claim
from csvio import export, spreadsheet
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
        claims = claims.select_related("article", "visit").annotate(public_repeat_of=Subquery(root))
        return ClaimResource.with_mentions(claims)


def _published(request):
    """The published claims /claims/ would list for this query string, or the refusal of its search."""
    filterset = ClaimFilter(request.GET, queryset=Claim.objects.published())
    if filterset.search_refused:
        return None, HttpResponseBadRequest(
            f"The search (q) could not be run: {filterset.search_refused}\n", content_type="text/plain; charset=utf-8"
        )
    return PublicClaimResource.public(filterset.qs), None


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
    claims, refused = _published(request)
    if refused:
        return refused
    chunks = export.export(PublicClaimResource(), claims, bom=bom == "1")
    response = StreamingHttpResponse(chunks, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="claims.csv"'
    return response


@require_GET
def claims_xlsx(request):
    """The published register as an Excel workbook, with the filters of /claims/: the CSV's columns, every
    cell typed so that none is ever computed (csvio.spreadsheet).

    A workbook is a zip whose directory comes last, so it is written whole to a temporary file (rows
    streamed from the database into it) and then sent from there; the file goes when the answer is sent.
    """
    claims, refused = _published(request)
    if refused:
        return refused
    workbook = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it once sent
    try:
        spreadsheet.export_xlsx(PublicClaimResource(), workbook, claims, title="claims")
        workbook.seek(0)
    except BaseException:
        workbook.close()
        raise
    return FileResponse(workbook, as_attachment=True, filename="claims.xlsx", content_type=spreadsheet.CONTENT_TYPE)
