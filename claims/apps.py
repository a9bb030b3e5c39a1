from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and verdicts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from factregister import publiccache  # noqa: F401 - connects the stamp's invalidation to every history row
