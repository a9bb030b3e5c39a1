from django.contrib import admin
from django.urls import include, path

from claims import downloads

admin.site.site_header = "Fact register: editors' desk"
admin.site.site_title = "Fact register"
admin.site.index_title = "Claims, evidence and verdicts"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    path("claims.csv", downloads.claims_csv, name="claims_csv"),
    path("", include("sources.urls")),
    path("", include("claims.urls")),
]
