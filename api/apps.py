"""The REST feed app's configuration: kept JSON reads of the feed are answered early, once throttled."""

from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "REST feed"

    def ready(self):
        from api.negotiation import kept_variant
        from api.throttling import admit_read
        from factregister.publiccache import answer_early

        # Kept JSON reads of the feed are answered before the session, CSRF and CSP layers, once counted.
        answer_early("/api/v1/", variant=kept_variant, admit=admit_read)
