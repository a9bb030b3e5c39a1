from django.urls import path

from claims import views
from claims.caching import public_page
from claims.feeds import FollowUpFeed

app_name = "claims"

urlpatterns = [
    path("", views.home, name="home"),
    path("claims/", views.claim_list, name="claim_list"),
    path("claims/<slug:ref>/", views.claim_detail, name="claim_detail"),
    path("visits/<slug:ref>/", views.visit_detail, name="visit_detail"),
    path("figures/", views.metric_list, name="metric_list"),
    path("figures/<slug:ref>/", views.metric_detail, name="metric_detail"),
    path("visits/<slug:ref>/accounts/", views.visit_accounts, name="visit_accounts"),
    path("commitments/", views.commitments, name="commitments"),
    path("commitments/feed/", public_page(FollowUpFeed()), name="commitment_feed"),
    path("corrections/", views.corrections, name="corrections"),
    path("methodology/", views.methodology, name="methodology"),
]
