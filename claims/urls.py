"""The public register's addresses: claims, visits, sources, entities, figures, commitments, corrections and more."""

from django.urls import path

from claims.capitals import views as capitals
from claims.commitments import views as commitments
from claims.commitments.feeds import FollowUpFeed
from claims.entities import views as entities
from claims.figures import views as figures
from claims.tips.views import send_a_claim
from claims.transparency.views import transparency
from claims.views import claim, register, sources
from factregister.publiccache import public_page

app_name = "claims"

urlpatterns = [
    path("", register.home, name="home"),
    path("claims/", register.claim_list, name="claim_list"),
    path("claims/<slug:ref>/", claim.claim_detail, name="claim_detail"),
    path("visits/<slug:ref>/", register.visit_detail, name="visit_detail"),
    path("visits/<slug:ref>/accounts/", capitals.visit_accounts, name="visit_accounts"),
    path("sources/", sources.source_list, name="source_list"),
    path("sources/<slug:ref>/", sources.source_detail, name="source_detail"),
    path("entities/", entities.entity_list, name="entity_list"),
    path("entities/<slug:ref>/", entities.entity_detail, name="entity_detail"),
    path("figures/", figures.metric_list, name="metric_list"),
    path("figures/<slug:ref>/", figures.metric_detail, name="metric_detail"),
    path("commitments/", commitments.commitments, name="commitments"),
    path("commitments/feed/", public_page(FollowUpFeed()), name="commitment_feed"),
    path("corrections/", claim.corrections, name="corrections"),
    path("methodology/", register.methodology, name="methodology"),
    path("about/<slug:kind>/", transparency, name="transparency"),
    path("send-a-claim/", send_a_claim, name="send_a_claim"),
]
