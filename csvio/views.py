"""The public CSV download of the register."""

import itertools

from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.views.decorators.http import require_GET

from claims.filters import ClaimFilter
from claims.models import Claim
from csvio.files import BOM
from csvio.resources import ClaimResource

# Rows fetched per database round trip; small enough that a 1,000-row export
# already uses the whole working set, so larger ones use no more.
CHUNK = 500


class PublicClaimResource(ClaimResource):
    def iter_queryset(self, queryset):
        # A plain iterator: rows are read from the database in chunks and
        # written out as they come, so memory stays flat whatever the size.
        return queryset.iterator(chunk_size=CHUNK)


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
    claims = ClaimFilter(request.GET, queryset=Claim.objects.published()).qs.select_related("article", "visit")
    lines = PublicClaimResource().export_lines(claims)
    if bom == "1":
        lines = itertools.chain([BOM], lines)
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="claims.csv"'
    return response
