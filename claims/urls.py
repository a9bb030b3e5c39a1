from django.urls import path

from claims import views

app_name = "claims"

urlpatterns = [
    path("", views.home, name="home"),
    path("claims/", views.claim_list, name="claim_list"),
    path("claims/<slug:ref>/", views.claim_detail, name="claim_detail"),
    path("visits/<slug:ref>/", views.visit_detail, name="visit_detail"),
    path("figures/", views.metric_list, name="metric_list"),
    path("figures/<slug:ref>/", views.metric_detail, name="metric_detail"),
    path("corrections/", views.corrections, name="corrections"),
    path("methodology/", views.methodology, name="methodology"),
]
