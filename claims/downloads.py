from django.http import Http404


def claims_csv(request):
    raise Http404("The CSV download is not available yet.")
