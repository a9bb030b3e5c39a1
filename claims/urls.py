from django.urls import path

from claims import views

app_name = "claims"

urlpatterns = [
    path("claims/<slug:ref>/", views.claim_detail, name="claim_detail"),
    path("visits/<slug:ref>/", views.visit_detail, name="visit_detail"),
]
