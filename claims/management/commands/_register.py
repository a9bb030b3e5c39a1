"""What import_register and export_register share: the tables and their resources."""

from claims.importing import RESTORE_ORDER, TABLES
from claims.resources import ClaimResource, EvidenceResource, FollowUpResource, MetricResource, VisitResource
from sources.resources import OutletResource, SourceResource

RESOURCES = {
    "visits": VisitResource,
    "outlets": OutletResource,
    "sources": SourceResource,
    "metrics": MetricResource,
    "claims": ClaimResource,
    "evidence": EvidenceResource,
    "follow_ups": FollowUpResource,
}
assert set(RESOURCES) == set(TABLES) == set(RESTORE_ORDER)
MODELS = RESTORE_ORDER
# Tables added after the first backups were written; a restore does without them if absent.
LATER_TABLES = {"metrics", "follow_ups"}


def user_named(username: str | None):
    """The account a command acts as: the named one, or the register's system account."""
    from django.contrib.auth import get_user_model
    from django.core.management.base import CommandError

    from claims.services import system_user

    if not username:
        return system_user()
    try:
        return get_user_model().objects.get(username=username, is_active=True)
    except get_user_model().DoesNotExist:
        raise CommandError(f"There is no active user called '{username}'.") from None
