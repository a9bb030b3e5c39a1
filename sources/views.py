from django.shortcuts import get_object_or_404, render

from sources.models import Source


def source_detail(request, ref):
    source = get_object_or_404(Source.objects.select_related("outlet"), ref=ref)
    return render(request, "sources/source_detail.html", {"source": source})
