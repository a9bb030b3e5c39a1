"""What every template is given: the register's name, its publisher and its public address."""

from django.conf import settings
from django.utils.translation import gettext, gettext_noop

from factregister.addresses import public_address

# The editors' side of the register, as the admin and the login lockout page head it.
ADMIN_HEADER = "Fact register: editors' desk"
# The default names (settings.py), for the catalogs: a name a deployer sets is shown as they wrote it.
DEFAULT_NAMES = (gettext_noop("Iran–Kazakhstan Visits Fact Register"), gettext_noop("Fact Register Desk"))


def register_name() -> str:
    """The register's name in the page's language (the default name is translated)."""
    return gettext(settings.REGISTER_NAME)


def publisher_name() -> str:
    """Who publishes the verdicts, in the page's language (the default name is translated)."""
    return gettext(settings.REGISTER_PUBLISHER_NAME)


def register(request):
    """Names every template needs: the register's own name and public address."""
    return {
        "REGISTER_NAME": register_name(),
        "REGISTER_PUBLISHER_NAME": publisher_name(),
        "REGISTER_PUBLIC_URL": public_address(),
        "ADMIN_HEADER": ADMIN_HEADER,
    }
