from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and verdicts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from claims.public import watch_public_changes

        # Imports factregister.publiccache, which connects the stamp's invalidation to every history row.
        watch_public_changes()
