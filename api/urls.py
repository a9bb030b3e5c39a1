"""The feed's addresses under /api/: the router's endpoints, the ClaimReview DataFeed, the schema and its docs."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from api import views

app_name = "api"

router = SimpleRouter()
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("visits", views.VisitViewSet, basename="visit")
router.register("sources", views.SourceViewSet, basename="source")
router.register("outlets", views.OutletViewSet, basename="outlet")
router.register("metrics", views.MetricViewSet, basename="metric")
router.register("entities", views.EntityViewSet, basename="entity")
router.register("withdrawals", views.WithdrawalViewSet, basename="withdrawal")

urlpatterns = [
    path("v1/claimreview.json", views.ClaimReviewFeedView.as_view(), name="claimreview_feed"),
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    # Anything else under /api/ that ends in a slash answers in JSON, like the rest of the feed.
    # (Paths without the slash are left to APPEND_SLASH's redirect.)
    re_path(r"^.*/$", views.unknown_endpoint, name="unknown"),
]
